// Package feeds turns the bytes of a web feed (RSS, Atom, JSON Feed) or a
// sitemap (plain, index, gzip-compressed, Google News) into the list of
// article URLs to fetch, finds the feeds a homepage advertises, and says when
// a feed is due to be polled again.
//
// It only reads bytes it is handed: it never fetches, follows a link, stores
// anything or reads the clock. Bad input is an error or a reported skip, never
// a panic.
package feeds

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/echotrace/echotrace/urlkey"
)

// Listing kinds.
const (
	KindRSS          = "rss"
	KindAtom         = "atom"
	KindJSON         = "json"
	KindSitemap      = "sitemap"
	KindSitemapIndex = "sitemapindex"
)

// Published sources, in the vocabulary of the article's published_source.
const (
	SourceFeed    = "feed"
	SourceSitemap = "sitemap"
)

// maxReasons bounds Listing.Skipped and Listing.Warnings, so that a sitemap
// of 50,000 broken entries does not produce 50,000 messages.
const maxReasons = 50

// Listing is what one feed or sitemap says there is to fetch.
type Listing struct {
	// Kind is one of the Kind constants.
	Kind string
	// Title is the feed's title, or a news sitemap's publication name.
	Title string
	// Items are the articles listed, in document order, one per URL.
	Items []Item
	// Sitemaps are the child sitemaps of a sitemap index, absolute, in
	// document order, without duplicates.
	Sitemaps []string
	// Skipped says which entries were dropped and why ("item 3: no link").
	// After maxReasons entries the rest are counted in a last line.
	Skipped []string
	// Warnings says which entries were kept despite a problem, such as a
	// date that could not be read (the item is then kept undated).
	Warnings []string

	skipped, warned int
}

// Item is one article URL to fetch.
type Item struct {
	// URL is absolute (resolved against the listing's URL), with the
	// fragment and tracking parameters dropped: the key urlkey.Normalize
	// gives, so that it matches the stored article's URL.
	URL   string
	Title string
	// Published is when the article was first published, in UTC; zero
	// when the listing does not say.
	Published time.Time
	// PublishedSource is SourceFeed or SourceSitemap when Published is set,
	// empty otherwise.
	PublishedSource string
	// Modified is when the entry was last changed, in UTC, or zero: a
	// sitemap's <lastmod>, an Atom entry's <updated>, a JSON Feed's
	// date_modified. It is kept apart from Published on purpose: a page
	// edited today (a typo fixed, a related-links box refreshed) would
	// otherwise look as if it were first published today, and the earliest
	// date decides which copy of a story came first.
	Modified time.Time
	// GUID is the feed's identifier for the entry (RSS guid, Atom id, JSON
	// Feed id), empty for sitemaps.
	GUID string
}

func (l *Listing) skip(format string, args ...any) {
	l.skipped++
	l.Skipped = addReason(l.Skipped, l.skipped, "skipped", format, args...)
}

func (l *Listing) warn(format string, args ...any) {
	l.warned++
	l.Warnings = addReason(l.Warnings, l.warned, "warnings", format, args...)
}

func addReason(list []string, n int, what, format string, args ...any) []string {
	switch {
	case n <= maxReasons:
		return append(list, fmt.Sprintf(format, args...))
	case n == maxReasons+1:
		return append(list, fmt.Sprintf("and 1 more %s", what))
	default:
		list[maxReasons] = fmt.Sprintf("and %d more %s", n-maxReasons, what)
		return list
	}
}

// collector gathers items, merging those that name the same URL.
type collector struct {
	base  *url.URL // nil when the listing's own URL is unknown or relative
	l     *Listing
	index map[string]int // URL → position in l.Items
}

func newCollector(l *Listing, sourceURL string) *collector {
	c := &collector{l: l, index: map[string]int{}}
	if u, err := url.Parse(strings.TrimSpace(sourceURL)); err == nil && u.IsAbs() {
		c.base = u
	}
	return c
}

// resolve turns a link as written in the listing into an absolute,
// normalised http(s) URL.
func (c *collector) resolve(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", fmt.Errorf("no link")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("link %q is not a URL", raw)
	}
	if !u.IsAbs() {
		if c.base == nil {
			return "", fmt.Errorf("relative link %q and no absolute listing URL to resolve it against", raw)
		}
		u = c.base.ResolveReference(u)
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return "", fmt.Errorf("link %q is not an http(s) URL", raw)
	}
	key, err := urlkey.Normalize(u.String())
	if err != nil {
		return "", fmt.Errorf("link %q: %v", raw, err)
	}
	// Checked on the key: a host of "." is not empty until normalised.
	if k, err := url.Parse(key); err != nil || k.Hostname() == "" {
		return "", fmt.Errorf("link %q has no host", raw)
	}
	return key, nil
}

// add merges it into the listing: a URL seen before keeps its first title
// and GUID, the earliest publication date and the latest modification date.
func (c *collector) add(it Item) {
	i, seen := c.index[it.URL]
	if !seen {
		c.index[it.URL] = len(c.l.Items)
		c.l.Items = append(c.l.Items, it)
		return
	}
	old := &c.l.Items[i]
	if old.Title == "" {
		old.Title = it.Title
	}
	if old.GUID == "" {
		old.GUID = it.GUID
	}
	if !it.Published.IsZero() && (old.Published.IsZero() || it.Published.Before(old.Published)) {
		old.Published, old.PublishedSource = it.Published, it.PublishedSource
	}
	if it.Modified.After(old.Modified) {
		old.Modified = it.Modified
	}
}
