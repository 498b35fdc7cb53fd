package crawl

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/source/feeds"
	"github.com/echotrace/echotrace/source/web"
)

// Feed poll outcomes, as FeedResult.Outcome says them.
const (
	FeedNew       = "new items" // the listing named pages not stored yet
	FeedUnchanged = "unchanged" // 304, or nothing new listed
	FeedFailed    = "failed"
)

// FeedResult is what one poll of a feed found.
type FeedResult struct {
	// Feed is the feed as saved after the poll (its next poll, error ...).
	Feed    echotrace.Feed `json:"feed"`
	Outcome string         `json:"outcome"`
	Error   string         `json:"error,omitempty"`
	// Listed is how many pages the listing named; Queued how many of them
	// were not stored yet and were fetched.
	Listed int `json:"listed"`
	Queued int `json:"queued"`
	// Notes are entries skipped or kept with a problem, child sitemaps
	// that could not be read, and pages left for the next poll.
	Notes []string `json:"notes,omitempty"`
}

// Round is one pass over the due feeds.
type Round struct {
	Feeds []FeedResult `json:"feeds"`
	Pages []PageResult `json:"pages"`
}

// Poll polls every due feed once, fetches the pages they list that are not
// stored yet, and saves each feed's new schedule. A feed that fails is a
// result, not an error; the error is the store's, or the context's when
// interrupted (what was stored by then is kept).
func (c *Crawler) Poll(ctx context.Context) (Round, error) {
	cfg := c.Config.withDefaults()
	due, err := c.Store.DueFeeds(ctx, cfg.Now(), cfg.MaxFeedsPerRound)
	if err != nil || len(due) == 0 {
		return Round{}, err
	}
	var round Round
	var mu sync.Mutex
	var storeErr error
	// Two feeds may list the same page: it is fetched once per round.
	queued := map[string]bool{}
	pages, err := c.fetchPages(ctx, func(ctx context.Context, queue func(pageJob) bool) {
		feedCh := make(chan echotrace.Feed)
		var wg sync.WaitGroup
		for range min(cfg.Parallel, len(due)) {
			wg.Go(func() {
				for f := range feedCh {
					fr, err := c.pollFeed(ctx, cfg, f, func(j pageJob) bool {
						mu.Lock()
						dup := queued[j.url]
						queued[j.url] = true
						mu.Unlock()
						return dup || queue(j)
					})
					mu.Lock()
					if err != nil && storeErr == nil {
						storeErr = err
					}
					if fr != nil {
						round.Feeds = append(round.Feeds, *fr)
					}
					mu.Unlock()
				}
			})
		}
		for _, f := range due {
			select {
			case feedCh <- f:
			case <-ctx.Done():
			}
		}
		close(feedCh)
		wg.Wait()
	})
	round.Pages = pages
	if err == nil {
		err = storeErr
	}
	return round, err
}

// pollFeed fetches one feed (conditionally), reads its listing, queues the
// pages not stored yet and saves its schedule. It returns nil when
// interrupted before the poll finished (nothing is saved: the feed stays
// due), and an error only when the store fails.
func (c *Crawler) pollFeed(ctx context.Context, cfg Config, f echotrace.Feed, queue func(pageJob) bool) (*FeedResult, error) {
	fr := &FeedResult{}
	state := feeds.PollState{Unchanged: f.Unchanged, Failures: f.Failures, Key: f.URL}
	var outcome feeds.Outcome
	var notBefore time.Time
	etag, lastModified := f.ETag, f.LastModified

	res, err := c.Fetcher.Fetch(ctx, web.Request{URL: f.URL, ETag: f.ETag, LastModified: f.LastModified, Accept: web.Feed | web.Sitemap})
	switch {
	case ctx.Err() != nil:
		return nil, nil
	case err != nil:
		outcome, fr.Error = feeds.Failed, err.Error()
		var se *web.StatusError
		if errors.As(err, &se) && !se.RetryAt.IsZero() {
			// Counted on the crawler's clock, which the schedule runs on.
			notBefore = cfg.Now().Add(se.Wait)
		}
	case res.NotModified:
		outcome = feeds.Unchanged
	default:
		title, items, notes, err := c.readListing(ctx, cfg, res)
		fr.Notes = notes
		if ctx.Err() != nil {
			return nil, nil
		}
		if err != nil {
			outcome, fr.Error = feeds.Failed, err.Error()
			break
		}
		if title != "" {
			f.Title = title
		}
		fr.Listed, f.Items = len(items), len(items)
		urls := make([]string, len(items))
		for i, it := range items {
			urls[i] = it.URL
		}
		stored, err := c.Store.StoredURLs(ctx, urls)
		if err != nil {
			if ctx.Err() != nil {
				return nil, nil
			}
			return nil, fmt.Errorf("feed %s: %w", f.URL, err)
		}
		etag, lastModified = res.ETag, res.LastModified
		for _, it := range items {
			if stored[it.URL] {
				continue
			}
			if fr.Queued == cfg.MaxPagesPerPoll {
				fr.Notes = append(fr.Notes, fmt.Sprintf("%d new pages are left for the next poll (at most %d a poll)",
					countNew(items, stored)-fr.Queued, cfg.MaxPagesPerPoll))
				// Without the validators the next poll reads the whole
				// listing again, rather than hearing "not modified" and
				// never seeing the pages left over.
				etag, lastModified = "", ""
				break
			}
			j := pageJob{url: it.URL, feedID: f.ID, origin: echotrace.OriginFeed, ref: f.URL,
				listed: it.Published, listedBy: it.PublishedSource}
			if !queue(j) {
				return nil, nil
			}
			fr.Queued++
		}
		outcome = feeds.Unchanged
		if fr.Queued > 0 {
			outcome = feeds.Changed
		}
	}

	now := cfg.Now().UTC()
	state = state.After(outcome)
	state.NotBefore = notBefore
	f.Unchanged, f.Failures = state.Unchanged, state.Failures
	f.LastPoll, f.NextPoll = now, cfg.Schedule.Next(state, now).UTC()
	f.ETag, f.LastModified = etag, lastModified
	switch outcome {
	case feeds.Failed:
		fr.Outcome, f.LastError = FeedFailed, fr.Error
	case feeds.Changed:
		fr.Outcome, f.LastError, f.LastNew = FeedNew, "", now
	default:
		fr.Outcome, f.LastError = FeedUnchanged, ""
	}
	fr.Feed = f
	// The poll is saved with the context's cancellation ignored: it
	// happened, and forgetting it would poll the feed again at once.
	sctx := context.WithoutCancel(ctx)
	if err := c.Store.SaveFeedPoll(sctx, f); err != nil {
		return fr, err
	}
	logged := echotrace.Fetch{URL: f.URL, FeedID: f.ID, At: now, Outcome: echotrace.FetchUnchanged}
	switch {
	case outcome == feeds.Failed:
		logged.Outcome, logged.Error, logged.Status = echotrace.FetchFailed, fr.Error, statusOf(err)
	case res != nil:
		logged.Status = res.Status
		if outcome == feeds.Changed {
			logged.Outcome = echotrace.FetchStored
		}
	}
	if err := c.Store.LogFetches(sctx, []echotrace.Fetch{logged}); err != nil {
		return fr, fmt.Errorf("fetch log: %w", err)
	}
	return fr, nil
}

func countNew(items []feeds.Item, stored map[string]bool) int {
	n := 0
	for _, it := range items {
		if !stored[it.URL] {
			n++
		}
	}
	return n
}

// readListing parses a fetched feed or sitemap; a sitemap index is read
// through its child sitemaps (up to MaxSitemaps; a child that fails is a
// note, the others still count). Items listed twice keep their first
// place, the earliest date.
func (c *Crawler) readListing(ctx context.Context, cfg Config, res *web.Result) (string, []feeds.Item, []string, error) {
	l, err := feeds.Parse(res.Body, res.ContentType, res.URL)
	if err != nil {
		return "", nil, nil, err
	}
	notes := append(append([]string(nil), l.Skipped...), l.Warnings...)
	if l.Kind != feeds.KindSitemapIndex {
		return l.Title, l.Items, notes, nil
	}
	var items []feeds.Item
	index := map[string]int{}
	read := 0
	for i, child := range l.Sitemaps {
		if i == cfg.MaxSitemaps {
			notes = append(notes, fmt.Sprintf("%d more child sitemaps not read (at most %d a poll)", len(l.Sitemaps)-i, cfg.MaxSitemaps))
			break
		}
		cr, err := c.Fetcher.Fetch(ctx, web.Request{URL: child, Accept: web.Sitemap})
		if err != nil {
			notes = append(notes, err.Error())
			continue
		}
		cl, err := feeds.Parse(cr.Body, cr.ContentType, cr.URL)
		if err != nil {
			notes = append(notes, err.Error())
			continue
		}
		if cl.Kind == feeds.KindSitemapIndex {
			notes = append(notes, fmt.Sprintf("sitemap %s: an index inside an index is not followed", child))
			continue
		}
		read++
		for _, it := range cl.Items {
			if k, ok := index[it.URL]; ok {
				if !it.Published.IsZero() && (items[k].Published.IsZero() || it.Published.Before(items[k].Published)) {
					items[k].Published, items[k].PublishedSource = it.Published, it.PublishedSource
				}
				continue
			}
			index[it.URL] = len(items)
			items = append(items, it)
		}
	}
	if read == 0 && len(l.Sitemaps) > 0 {
		return "", nil, notes, fmt.Errorf("sitemap index %s: none of its sitemaps could be read", res.URL)
	}
	return l.Title, items, notes, nil
}
