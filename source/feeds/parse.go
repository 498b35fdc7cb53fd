package feeds

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	"github.com/mmcdole/gofeed/rss"
	"golang.org/x/net/html/charset"

	"github.com/echotrace/echotrace"
)

// MaxDecompressed caps what a gzip-compressed listing may expand to. The
// sitemap protocol allows 50 MB uncompressed; anything larger is refused, so
// that a small gzip bomb cannot take the process's memory.
const MaxDecompressed = 50 << 20

// Parse reads a feed or sitemap fetched from sourceURL. The bytes decide what
// it is (gzip magic, XML root element, a JSON object, a list of URLs);
// contentType is only used to explain a refusal, because servers label feeds
// text/html, text/plain or application/octet-stream often enough that it
// cannot be trusted.
//
// An unreadable listing (truncated XML, an HTML page, a gzip bomb) is an
// error of kind echotrace.ErrInvalid naming sourceURL and the problem. A
// listing that reads with some bad entries keeps the good ones and reports
// the rest in Listing.Skipped and Listing.Warnings.
func Parse(body []byte, contentType, sourceURL string) (*Listing, error) {
	l, err := parse(body, contentType, sourceURL)
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", sourceURL, err)
	}
	return l, nil
}

func parse(body []byte, contentType, sourceURL string) (*Listing, error) {
	if bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		var err error
		if body, err = gunzip(body); err != nil {
			return nil, err
		}
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(trimmed) == 0:
		return nil, invalid("empty body")
	case trimmed[0] == '{':
		return parseFeed(body, sourceURL)
	case trimmed[0] == '<':
		// handled below
	case hasHTTPPrefix(trimmed):
		return parseTextSitemap(trimmed, sourceURL), nil
	default:
		return nil, invalid("not a feed or sitemap (%s)", describe(contentType))
	}
	root, err := rootElement(body)
	if err != nil {
		return nil, invalid("not well-formed XML: %v", err)
	}
	switch strings.ToLower(root) {
	case "rss", "rdf", "feed":
		return parseFeed(body, sourceURL)
	case "urlset":
		return parseSitemap(body, sourceURL)
	case "sitemapindex":
		return parseSitemapIndex(body, sourceURL)
	case "html":
		return nil, invalid("an HTML page (%s), not a feed: look for its feeds with Discover", describe(contentType))
	default:
		return nil, invalid("XML with root <%s> is not a feed or sitemap", root)
	}
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), echotrace.ErrInvalid)
}

func describe(contentType string) string {
	if contentType == "" {
		return "no content type"
	}
	return "served as " + contentType
}

func hasHTTPPrefix(b []byte) bool {
	return bytes.HasPrefix(bytes.ToLower(b[:min(len(b), 8)]), []byte("http://")) ||
		bytes.HasPrefix(bytes.ToLower(b[:min(len(b), 8)]), []byte("https://"))
}

// gunzip expands a gzip body up to MaxDecompressed bytes.
func gunzip(body []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, invalid("bad gzip: %v", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, MaxDecompressed+1))
	if err != nil {
		return nil, invalid("bad gzip: %v", err)
	}
	if len(out) > MaxDecompressed {
		return nil, invalid("gzip expands beyond %d MiB (a gzip bomb, or a sitemap over the protocol's limit)", MaxDecompressed>>20)
	}
	return out, nil
}

// newXMLDecoder reads XML in whatever encoding its declaration names.
func newXMLDecoder(body []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// rootElement returns the local name of the document's first element. An
// HTML page that is not well-formed XML is still recognised by its <html>.
func rootElement(body []byte) (string, error) {
	d := newXMLDecoder(body)
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return "", errors.New("no root element")
			}
			return "", err
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local, nil
		}
	}
}

// parseFeed reads RSS, Atom or JSON Feed through gofeed.
func parseFeed(body []byte, sourceURL string) (l *Listing, err error) {
	fp := gofeed.NewParser()
	// The originals are needed for what the universal feed blurs: an Atom
	// entry's <published> as against its <updated>, and an RSS guid's
	// isPermaLink.
	fp.KeepOriginalFeed = true
	defer func() {
		// A parser of outside input must not take the process down with it.
		if r := recover(); r != nil {
			l, err = nil, invalid("feed parser failed: %v", r)
		}
	}()
	f, err := fp.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, invalid("malformed feed: %v", err)
	}
	l = &Listing{Kind: f.FeedType, Title: strings.TrimSpace(f.Title)}
	switch f.FeedType {
	case "rss":
		l.Kind = KindRSS
	case "atom":
		l.Kind = KindAtom
	case "json":
		l.Kind = KindJSON
		// Any JSON object gets this far; only a JSON Feed names its version.
		if !strings.Contains(f.FeedVersion, "jsonfeed.org/version") {
			return nil, invalid("JSON without a JSON Feed version, not a JSON Feed")
		}
	}
	c := newCollector(l, sourceURL)
	var rssItems []*rss.Item
	var atomEntries []*atom.Entry
	switch o := f.OriginalFeed().(type) {
	case *rss.Feed:
		rssItems = o.Items
	case *atom.Feed:
		atomEntries = o.Entries
	}
	for i, fi := range f.Items {
		if fi == nil {
			continue
		}
		n := i + 1
		link, guid := fi.Link, strings.TrimSpace(fi.GUID)
		published, publishedText := fi.PublishedParsed, fi.Published
		modified := fi.UpdatedParsed
		if len(rssItems) == len(f.Items) {
			ri := rssItems[i]
			// RSS 2.0: a guid is the item's permalink unless it says
			// isPermaLink="false"; many feeds leave the attribute out on
			// guids such as "12345", so only an absolute URL is taken.
			if g := ri.GUID; link == "" && g != nil && !strings.EqualFold(g.IsPermalink, "false") && isAbsoluteHTTP(g.Value) {
				link = g.Value
			}
			// gofeed reads dc:date as both the publication and the update
			// time; only an atom:updated says when an RSS item changed.
			if len(ri.Extensions["atom"]["updated"]) == 0 {
				modified = nil
			}
		}
		if len(atomEntries) == len(f.Items) {
			// gofeed falls back to <updated> when <published> is absent;
			// an update time is not a publication date.
			e := atomEntries[i]
			published, publishedText = e.PublishedParsed, e.Published
			modified = e.UpdatedParsed
		}
		u, err := c.resolve(link)
		if err != nil {
			l.skip("item %d%s: %v", n, quoteTitle(fi.Title), err)
			continue
		}
		it := Item{URL: u, Title: strings.TrimSpace(fi.Title), GUID: guid}
		if published != nil {
			it.Published, it.PublishedSource = published.UTC(), SourceFeed
		} else if strings.TrimSpace(publishedText) != "" {
			l.warn("item %d (%s): publication date %q not understood; kept undated", n, u, publishedText)
		}
		if modified != nil {
			it.Modified = modified.UTC()
		}
		c.add(it)
	}
	return l, nil
}

func isAbsoluteHTTP(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) && u.Host != ""
}

func quoteTitle(title string) string {
	title = strings.TrimSpace(title)
	if title == "" {
		return ""
	}
	if r := []rune(title); len(r) > 60 {
		title = string(r[:60]) + "…"
	}
	return fmt.Sprintf(" %q", title)
}

// parseTime reads the W3C Datetime profile of ISO 8601 that sitemaps use,
// from a bare year to fractional seconds. Dates without a time are midnight
// UTC.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{
		time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02", "2006-01",
		"2006", "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02T15:04:05Z0700",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
