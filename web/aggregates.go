package web

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/report"
)

// aggregateFresh is how long a corpus-wide summary (the story list, outlet
// statistics) is served without being recomputed. Each costs a scan of
// the corpus (over a second at 100,000 articles), while it changes only
// as fast as feeds bring articles in; a reader may see it this much late.
const aggregateFresh = 30 * time.Second

// aggregates keeps corpus-wide summaries. After aggregateFresh the old
// value is still served while one refresh runs in the background, so only
// the very first reader of a summary waits for its scan.
type aggregates struct {
	mu      sync.Mutex
	entries map[string]*aggregate
}

type aggregate struct {
	value      any
	at         time.Time
	refreshing bool
}

// cachedAggregate returns the summary under key, computing it when there
// is none yet and refreshing it in the background when it is stale.
func cachedAggregate[T any](s *Server, ctx context.Context, key string, compute func(context.Context) (T, error)) (T, error) {
	c := &s.aggregates
	c.mu.Lock()
	if c.entries == nil {
		c.entries = map[string]*aggregate{}
	}
	e := c.entries[key]
	now := s.opts.Now()
	if e != nil {
		stale := now.Sub(e.at) > aggregateFresh || now.Before(e.at)
		if stale && !e.refreshing {
			e.refreshing = true
			go func() {
				// The request that noticed may be gone before the scan ends.
				bg, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Minute)
				defer cancel()
				v, err := compute(bg)
				c.mu.Lock()
				defer c.mu.Unlock()
				e.refreshing = false
				if err != nil {
					s.opts.Log.Warn("refreshing a summary", "summary", key, "err", err)
					return
				}
				e.value, e.at = v, s.opts.Now()
			}()
		}
		v := e.value.(T)
		c.mu.Unlock()
		return v, nil
	}
	c.mu.Unlock()
	v, err := compute(ctx)
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	c.entries[key] = &aggregate{value: v, at: s.opts.Now()}
	c.mu.Unlock()
	return v, nil
}

// stories lists stories as store.Stories does, through the cache.
func (s *Server) stories(ctx context.Context, minArticles, limit int) ([]echotrace.StorySummary, error) {
	v, err := cachedAggregate(s, ctx, fmt.Sprintf("stories %d %d", minArticles, limit), func(ctx context.Context) ([]echotrace.StorySummary, error) {
		return s.opts.Store.Stories(ctx, minArticles, limit)
	})
	return slices.Clone(v), err
}

// outletStats is report.OutletStats through the cache.
func (s *Server) outletStats(ctx context.Context, groups map[string][]string) ([]provenance.OutletStats, []provenance.OutletStats, error) {
	type both struct{ outlets, groups []provenance.OutletStats }
	var key strings.Builder
	key.WriteString("outlets")
	for _, name := range slices.Sorted(maps.Keys(groups)) {
		fmt.Fprintf(&key, "\x00%s=%s", name, strings.Join(groups[name], ","))
	}
	v, err := cachedAggregate(s, ctx, key.String(), func(ctx context.Context) (both, error) {
		o, g, err := report.OutletStats(ctx, s.opts.Store, groups)
		return both{o, g}, err
	})
	// Copies, so that a caller sorting its list does not reorder the
	// one other requests are reading.
	return slices.Clone(v.outlets), slices.Clone(v.groups), err
}

// Warm computes the corpus-wide summaries the front page and the outlet
// pages show, so that their first reader does not wait for the scans.
// A server calls it in the background once it listens.
func (s *Server) Warm(ctx context.Context) error {
	if _, err := s.stories(ctx, 2, frontStoryPool); err != nil {
		return err
	}
	groups, err := s.opts.Store.OutletGroups(ctx)
	if err != nil {
		return err
	}
	_, _, err = s.outletStats(ctx, groups)
	return err
}
