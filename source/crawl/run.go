package crawl

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/source/feeds"
	"github.com/echotrace/echotrace/source/web"
)

// Run polls due feeds until ctx is done: a round (Poll), then a sleep until
// the next feed is due, at most Config.Idle. Each round is handed to each
// as it ends. Run returns nil when ctx is done (that is how it is stopped)
// and the store's error otherwise.
func (c *Crawler) Run(ctx context.Context, each func(Round)) error {
	cfg := c.Config.withDefaults()
	for {
		round, err := c.Poll(ctx)
		if ctx.Err() != nil {
			if each != nil && (len(round.Feeds) > 0 || len(round.Pages) > 0) {
				each(round)
			}
			return nil
		}
		if err != nil {
			return err
		}
		if each != nil && len(round.Feeds) > 0 {
			each(round)
		}
		wait := cfg.Idle
		next, err := c.NextDue(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if !next.IsZero() {
			// At least a second: a feed that looks due but was not polled
			// (clocks a little apart) must not spin the loop.
			wait = min(wait, max(next.Sub(cfg.Now()), time.Second))
		}
		if err := cfg.Sleep(ctx, wait); err != nil {
			return nil
		}
	}
}

// NextDue is when the earliest feed is due to be polled; zero when there
// are no feeds.
func (c *Crawler) NextDue(ctx context.Context) (next time.Time, err error) {
	fs, err := c.Store.Feeds(ctx)
	if err != nil {
		return next, err
	}
	for _, f := range fs {
		if next.IsZero() || f.NextPoll.Before(next) {
			next = f.NextPoll
		}
	}
	return next, nil
}

// Subscription is a feed that Subscribe added or found already followed.
type Subscription struct {
	Feed echotrace.Feed `json:"feed"`
	// New is false when the feed was followed already.
	New bool `json:"new"`
	// Listed is how many pages the listing names now.
	Listed int `json:"listed"`
	// DiscoveredOn is the page that announced the feed, when the URL given
	// was a page rather than a feed.
	DiscoveredOn string `json:"discovered_on,omitempty"`
}

// ErrNoFeed: the URL is an HTML page that announces no feed.
var ErrNoFeed = errors.New("an HTML page that announces no feed (<link rel=\"alternate\">); give the URL of a feed or a sitemap")

// maxDiscovered bounds the feeds taken from one page: some announce one
// per category, and a user who wants them all can add them by URL.
const maxDiscovered = 10

// Subscribe follows the feed or sitemap at rawURL. It is fetched and read
// first, so that a URL that is not a feed is refused with the reason; an
// HTML page is searched for the feeds it announces, and those are followed
// instead. The feed is stored under its URL after redirects, due at once.
func (c *Crawler) Subscribe(ctx context.Context, rawURL string) ([]Subscription, error) {
	res, err := c.Fetcher.Fetch(ctx, web.Request{URL: rawURL, Accept: web.Feed | web.Sitemap | web.Page})
	if err != nil {
		return nil, err
	}
	if res.ContentType == "text/html" || res.ContentType == "application/xhtml+xml" {
		found := feeds.Discover(res.Body, res.URL)
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: %w", rawURL, ErrNoFeed)
		}
		var subs []Subscription
		var errs []error
		for _, u := range found[:min(len(found), maxDiscovered)] {
			fres, err := c.Fetcher.Fetch(ctx, web.Request{URL: u, Accept: web.Feed | web.Sitemap})
			if err != nil {
				errs = append(errs, err)
				continue
			}
			s, err := c.follow(ctx, fres)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			s.DiscoveredOn = res.URL
			subs = append(subs, s)
		}
		if len(subs) == 0 {
			return nil, fmt.Errorf("%s announces %d feeds, none readable: %w", rawURL, len(found), errors.Join(errs...))
		}
		return subs, nil
	}
	s, err := c.follow(ctx, res)
	if err != nil {
		return nil, err
	}
	return []Subscription{s}, nil
}

// follow stores a fetched listing as a feed to poll. The validators of this
// fetch are not kept: the first poll must read the listing in full.
func (c *Crawler) follow(ctx context.Context, res *web.Result) (Subscription, error) {
	l, err := feeds.Parse(res.Body, res.ContentType, res.URL)
	if err != nil {
		return Subscription{}, err
	}
	kind := "feed"
	if l.Kind == feeds.KindSitemap || l.Kind == feeds.KindSitemapIndex {
		kind = "sitemap"
	}
	existing, err := c.Store.Feeds(ctx)
	if err != nil {
		return Subscription{}, err
	}
	for _, f := range existing {
		if f.URL == res.URL {
			return Subscription{Feed: f, Listed: len(l.Items) + len(l.Sitemaps)}, nil
		}
	}
	f, err := c.Store.AddFeed(ctx, res.URL, kind)
	if err != nil {
		return Subscription{}, err
	}
	if l.Title != "" {
		f.Title = l.Title
		if err := c.Store.SaveFeedPoll(ctx, f); err != nil {
			return Subscription{}, err
		}
	}
	return Subscription{Feed: f, New: true, Listed: len(l.Items) + len(l.Sitemaps)}, nil
}
