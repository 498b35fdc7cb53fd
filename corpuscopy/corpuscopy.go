// Package corpuscopy moves a corpus from one store to another (SQLite to
// PostgreSQL and back) through the store.Store interface alone, so that it
// works between any two implementations. It must never touch SQL: what the
// interface cannot express is not copied, and the report says so.
//
// Article IDs differ between databases, so every reference (relations,
// index families, provenance edges, stories) is translated by URL. A copy
// is resumable: each phase either skips what the destination already holds
// (captures, by hash) or replaces it (relations, provenance, feeds…), so a
// copy interrupted anywhere and run again ends with exactly one of
// everything.
package corpuscopy

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/store"
)

// Copier copies one corpus into another database.
type Copier struct {
	From, To store.Store
	// Batch is how many records are stored per transaction (default 100).
	Batch int
	// Report receives progress lines every Every (default 2 s); nil for none.
	Report io.Writer
	Every  time.Duration
	// AfterBatch, when set, is called after each batch is stored, with the
	// phase's name and how many of its records are done so far (tests
	// interrupt copies with it).
	AfterBatch func(phase string, done int)

	sum      Summary
	lastLine time.Time
	phase    string
	// ids maps source article IDs to destination ones.
	ids map[int64]int64
	// order lists the source article IDs in ascending order.
	order []int64
}

// Summary counts what a copy did, per kind.
type Summary struct {
	Captures        int `json:"captures"`         // ingested into the destination
	CapturesPresent int `json:"captures_present"` // already there (an earlier, interrupted copy)
	Articles        int `json:"articles"`
	Versions        int `json:"versions"`
	IndexEntries    int `json:"index_entries"`
	Relations       int `json:"relations"`
	Provenance      int `json:"provenance_edges"`
	Storied         int `json:"articles_in_stories"`
	OutletMappings  int `json:"outlet_mappings"`
	OutletGroups    int `json:"outlet_groups"`
	AliasGroups     int `json:"alias_groups"`
	Feeds           int `json:"feeds"`
	Fetches         int `json:"fetches"` // entries of the fetch log
	Watches         int `json:"watches"`
	Failures        int `json:"failures"`
	ImportRuns      int `json:"import_runs"`
	// Diverged counts articles whose versions the destination did not
	// reproduce (a history rewritten by reextract can do that); their
	// newest text is still copied.
	Diverged int           `json:"diverged"`
	Elapsed  time.Duration `json:"elapsed"`
}

// Line is the summary as one line for people.
func (s Summary) Line() string {
	line := fmt.Sprintf("copy: %d captures (%d were already there), %d articles, %d versions, %d index entries, %d relations, "+
		"%d provenance edges, %d articles in stories, %d outlet mappings, %d outlet groups, %d alias groups, %d feeds, "+
		"%d fetches logged, %d watches, %d failures, %d import runs in %s",
		s.Captures+s.CapturesPresent, s.CapturesPresent, s.Articles, s.Versions, s.IndexEntries, s.Relations,
		s.Provenance, s.Storied, s.OutletMappings, s.OutletGroups, s.AliasGroups, s.Feeds,
		s.Fetches, s.Watches, s.Failures, s.ImportRuns, s.Elapsed.Round(time.Millisecond))
	if s.Diverged > 0 {
		line += fmt.Sprintf("; warning: %d articles ended with other versions than in the source", s.Diverged)
	}
	return line
}

// ErrOrder is returned when the destination numbers articles in another
// order than the source: relations (stored lower ID first, with passages
// and changes oriented that way) and relating (which takes a lower ID for
// an earlier arrival) cannot be translated across. A copy numbers
// articles in source order, so this only happens when the destination
// held some of the same articles before.
var ErrOrder = errors.New("the destination held some of the source's articles already, numbered in another order: copy into an empty database")

// Copy copies everything, phase by phase, and returns what it did.
func (c *Copier) Copy(ctx context.Context) (Summary, error) {
	start := time.Now()
	if c.Batch <= 0 {
		c.Batch = 100
	}
	if c.Every <= 0 {
		c.Every = 2 * time.Second
	}
	c.sum, c.lastLine, c.ids, c.order = Summary{}, time.Now(), map[int64]int64{}, nil
	phases := []struct {
		name string
		run  func(context.Context) error
	}{
		{"captures", c.captures},
		{"articles", c.articles},
		{"relations", c.relations},
		{"provenance", c.provenance},
		{"settings", c.settings},
	}
	for _, p := range phases {
		c.phase = p.name
		if err := p.run(ctx); err != nil {
			c.sum.Elapsed = time.Since(start)
			return c.sum, fmt.Errorf("copy %s: %w", p.name, err)
		}
	}
	c.sum.Elapsed = time.Since(start)
	return c.sum, nil
}

// batchDone reports progress when it is due and calls AfterBatch.
func (c *Copier) batchDone(done int) {
	c.progress("%d done", done)
	if c.AfterBatch != nil {
		c.AfterBatch(c.phase, done)
	}
}

// progress writes a progress line when one is due.
func (c *Copier) progress(format string, args ...any) {
	if c.Report != nil && time.Since(c.lastLine) >= c.Every {
		c.lastLine = time.Now()
		fmt.Fprintf(c.Report, "copy: %s: %s\n", c.phase, fmt.Sprintf(format, args...))
	}
}

// captures re-ingests every capture with what extraction made of it in
// the source: the version it created, or else the text it was found to
// repeat. Each article's captures go in their source order, so that the
// destination builds the same versions; articles go in source ID order, so
// that the destination numbers them in the same order (a capture
// re-extracted long after it was stored can make an article younger than
// its capture), which relations, index families and relating later rely
// on. Captures without an article come last.
func (c *Copier) captures(ctx context.Context) error {
	plan, err := c.capturePlan(ctx)
	if err != nil {
		return err
	}
	done := 0
	var art *echotrace.Article
	var vs []echotrace.Version
	for start := 0; start < len(plan); start += c.Batch {
		ids := plan[start:min(start+c.Batch, len(plan))]
		caps := make([]*echotrace.Capture, 0, len(ids))
		hashes := make([][32]byte, 0, len(ids))
		for _, id := range ids {
			cp, err := c.From.Capture(ctx, id)
			if err != nil {
				return err
			}
			caps = append(caps, cp)
			hashes = append(hashes, cp.SHA256)
		}
		known, err := c.To.KnownCaptures(ctx, hashes)
		if err != nil {
			return err
		}
		var pending []store.IngestItem
		pendingURLs := map[string]bool{}
		flush := func() error {
			if len(pending) == 0 {
				return nil
			}
			res, err := c.To.Ingest(ctx, pending)
			if err != nil {
				return err
			}
			for _, r := range res {
				if r.CaptureExisted {
					c.sum.CapturesPresent++
				} else {
					c.sum.Captures++
				}
			}
			pending, pendingURLs = nil, map[string]bool{}
			return nil
		}
		for _, cp := range caps {
			done++
			if known[cp.SHA256] {
				c.sum.CapturesPresent++
				continue
			}
			item := store.IngestItem{Capture: *cp, ExtractError: cp.Error}
			item.Capture.ID, item.Capture.ArticleID, item.Capture.Error = 0, 0, ""
			if cp.ArticleID != 0 {
				// An article's captures come one after another: read it once.
				if art == nil || art.ID != cp.ArticleID {
					if art, err = c.From.Article(ctx, cp.ArticleID); err != nil {
						return err
					}
					if vs, err = c.From.Versions(ctx, cp.ArticleID); err != nil {
						return err
					}
				}
				var v *echotrace.Version
				for i := range vs {
					if vs[i].CaptureID == cp.ID {
						v = &vs[i]
					}
				}
				if v == nil {
					// The capture repeated a text: give it the text the
					// destination will compare it with, so that it joins
					// that version as it did in the source.
					if pendingURLs[art.URL] {
						if err := flush(); err != nil {
							return err
						}
					}
					if v, err = c.repeatedVersion(ctx, art.URL, cp.CapturedAt, vs); err != nil {
						return err
					}
				}
				if v != nil {
					item.Extraction = &echotrace.Extraction{
						URL: art.URL, Outlet: art.Outlet, Title: v.Title, Byline: v.Byline, Text: v.Text,
						Lang: v.Lang, Site: v.Site, Published: v.Published, PublishedSource: v.PublishedSource,
						Links: v.Links,
					}
				}
				pendingURLs[art.URL] = true
			}
			pending = append(pending, item)
		}
		if err := flush(); err != nil {
			return err
		}
		c.batchDone(c.sum.CapturesPresent + done)
	}
	return nil
}

// capturePlan lists the source's captures that the destination lacks, in
// the order they are to be ingested. Finding each capture's article means
// reading the captures once more; those already copied are counted and
// left out, so a resumed copy reads them only here.
func (c *Copier) capturePlan(ctx context.Context) ([]int64, error) {
	type planned struct{ article, capture int64 }
	var plan []planned
	var after int64
	for {
		ids, err := c.From.CaptureIDs(ctx, after, c.Batch)
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			break
		}
		after = ids[len(ids)-1]
		page := make([]planned, 0, len(ids))
		hashes := make([][32]byte, 0, len(ids))
		for _, id := range ids {
			cp, err := c.From.Capture(ctx, id)
			if err != nil {
				return nil, err
			}
			article := cp.ArticleID
			if article == 0 {
				article = math.MaxInt64
			}
			page = append(page, planned{article, id})
			hashes = append(hashes, cp.SHA256)
		}
		known, err := c.To.KnownCaptures(ctx, hashes)
		if err != nil {
			return nil, err
		}
		for i, p := range page {
			if known[hashes[i]] {
				c.sum.CapturesPresent++
				continue
			}
			plan = append(plan, p)
		}
		c.progress("%d read to find their articles, %d of them copied already", len(plan)+c.sum.CapturesPresent, c.sum.CapturesPresent)
	}
	slices.SortFunc(plan, func(a, b planned) int {
		if a.article != b.article {
			return cmp.Compare(a.article, b.article)
		}
		return cmp.Compare(a.capture, b.capture)
	})
	ids := make([]int64, len(plan))
	for i, p := range plan {
		ids[i] = p.capture
	}
	return ids, nil
}

// repeatedVersion is the version of the article at url that the
// destination holds as current at time t, chosen as the stores choose the
// version a new capture is compared with; with no such article yet, the
// source's (from vs).
func (c *Copier) repeatedVersion(ctx context.Context, url string, t time.Time, vs []echotrace.Version) (*echotrace.Version, error) {
	a, err := c.To.ArticleByURL(ctx, url)
	switch {
	case errors.Is(err, echotrace.ErrNotFound):
	case err != nil:
		return nil, err
	default:
		if vs, err = c.To.Versions(ctx, a.ID); err != nil {
			return nil, err
		}
	}
	return currentAt(vs, t), nil
}

// currentAt is the newest version seen at or before t, or, when every
// version was seen later, the earliest; ties go to the higher number.
func currentAt(vs []echotrace.Version, t time.Time) *echotrace.Version {
	var best *echotrace.Version
	for i := range vs {
		v := &vs[i]
		if best == nil {
			best = v
			continue
		}
		vIn, bIn := !v.SeenAt.After(t), !best.SeenAt.After(t)
		switch {
		case vIn != bIn:
			if vIn {
				best = v
			}
		case vIn && (v.SeenAt.After(best.SeenAt) || (v.SeenAt.Equal(best.SeenAt) && v.Number > best.Number)):
			best = v
		case !vIn && (v.SeenAt.Before(best.SeenAt) || (v.SeenAt.Equal(best.SeenAt) && v.Number > best.Number)):
			best = v
		}
	}
	return best
}

// articles maps every source article to the destination's by URL and
// checks that the versions came out alike.
func (c *Copier) articles(ctx context.Context) error {
	var after int64
	for {
		arts, err := c.From.Articles(ctx, after, c.Batch)
		if err != nil {
			return err
		}
		if len(arts) == 0 {
			return nil
		}
		after = arts[len(arts)-1].ID
		for _, a := range arts {
			d, err := c.To.ArticleByURL(ctx, a.URL)
			if err != nil {
				return fmt.Errorf("article %s: %w", a.URL, err)
			}
			if n := len(c.order); n > 0 && d.ID <= c.ids[c.order[n-1]] {
				return fmt.Errorf("%s: %w", a.URL, ErrOrder)
			}
			c.ids[a.ID] = d.ID
			c.order = append(c.order, a.ID)
			c.sum.Articles++
			c.sum.Versions += d.Versions
			if d.Versions != a.Versions {
				c.sum.Diverged++
			}
		}
		c.batchDone(c.sum.Articles)
	}
}

// id translates a source article ID.
func (c *Copier) id(src int64) (int64, error) {
	if src == 0 {
		return 0, nil
	}
	d, ok := c.ids[src]
	if !ok {
		return 0, fmt.Errorf("article %d of the source has no copy: %w", src, echotrace.ErrNotFound)
	}
	return d, nil
}

// relations copies each indexed article's index entry with all its
// relations; SaveRelated replaces an article's relations, so running it
// again changes nothing.
func (c *Copier) relations(ctx context.Context) error {
	var after int64
	done := 0
	relations := map[[2]int64]bool{}
	for {
		entries, err := c.From.IndexEntries(ctx, after, c.Batch)
		if err != nil {
			return err
		}
		if len(entries) == 0 {
			c.sum.Relations = len(relations)
			return nil
		}
		after = entries[len(entries)-1].ArticleID
		items := make([]store.Related, 0, len(entries))
		for _, e := range entries {
			it, err := c.related(ctx, e)
			if err != nil {
				return err
			}
			for _, r := range it.Relations {
				relations[[2]int64{r.A, r.B}] = true
			}
			items = append(items, it)
		}
		if err := c.To.SaveRelated(ctx, items); err != nil {
			return err
		}
		done += len(items)
		c.sum.IndexEntries = done
		c.batchDone(done)
	}
}

func (c *Copier) related(ctx context.Context, e echotrace.IndexEntry) (store.Related, error) {
	var it store.Related
	to, err := c.id(e.ArticleID)
	if err != nil {
		return it, err
	}
	// The entry names a version: the same-numbered one of the copy.
	src, err := c.From.Versions(ctx, e.ArticleID)
	if err != nil {
		return it, err
	}
	dst, err := c.To.Versions(ctx, to)
	if err != nil {
		return it, err
	}
	number := 0
	for _, v := range src {
		if v.ID == e.VersionID {
			number = v.Number
		}
	}
	var version int64
	for _, v := range dst {
		if v.Number == number {
			version = v.ID
		}
	}
	if version == 0 {
		return it, fmt.Errorf("article %d: version %d of the index entry has no copy: %w", e.ArticleID, e.VersionID, echotrace.ErrNotFound)
	}
	// The entry's family is an article ID too.
	var entry reuse.Entry
	if err := entry.UnmarshalBinary(e.Data); err != nil {
		return it, fmt.Errorf("index entry of article %d: %w", e.ArticleID, err)
	}
	if entry.Family, err = c.id(entry.Family); err != nil {
		return it, err
	}
	data, err := entry.MarshalBinary()
	if err != nil {
		return it, err
	}
	it.Entry = echotrace.IndexEntry{ArticleID: to, VersionID: version, Aliases: e.Aliases, Data: data}
	rels, err := c.From.Relations(ctx, e.ArticleID)
	if err != nil {
		return it, err
	}
	for _, r := range rels {
		if r.A, err = c.id(r.A); err != nil {
			return it, err
		}
		if r.B, err = c.id(r.B); err != nil {
			return it, err
		}
		if r.A >= r.B {
			return it, ErrOrder
		}
		it.Relations = append(it.Relations, r)
	}
	return it, nil
}

// provenance copies every article's immediate source and story, a page of
// articles at a time; SaveProvenance replaces both, so running it again
// changes nothing.
func (c *Copier) provenance(ctx context.Context) error {
	var prev int64
	for start := 0; start < len(c.order); start += c.Batch {
		page := c.order[start:min(start+c.Batch, len(c.order))]
		last := page[len(page)-1]
		// An article has one immediate source at most, so a page of
		// articles has no more edges than articles.
		edges, err := c.From.ParentEdges(ctx, prev, len(page))
		if err != nil {
			return err
		}
		prev = last
		refs, err := c.From.ArticleRefs(ctx, page)
		if err != nil {
			return err
		}
		u := store.ProvenanceUpdate{Stories: map[int64]int64{}}
		for _, id := range page {
			d, err := c.id(id)
			if err != nil {
				return err
			}
			u.Articles = append(u.Articles, d)
		}
		for _, e := range edges {
			if e.To > last {
				break
			}
			pe := e.ProvenanceEdge
			if pe.To, err = c.id(pe.To); err != nil {
				return err
			}
			if pe.From, err = c.id(pe.From); err != nil {
				return err
			}
			u.Edges = append(u.Edges, pe)
		}
		for _, r := range refs {
			if r.Story == 0 {
				continue
			}
			// A story is named by one of its articles' IDs.
			d, err := c.id(r.ID)
			if err != nil {
				return err
			}
			if u.Stories[d], err = c.id(r.Story); err != nil {
				return err
			}
		}
		if err := c.To.SaveProvenance(ctx, u); err != nil {
			return err
		}
		c.sum.Provenance += len(u.Edges)
		c.sum.Storied += len(u.Stories)
		c.batchDone(start + len(page))
	}
	return nil
}

// listAll is the limit for the listings the interface bounds (failures,
// import runs): far more than a corpus has.
const listAll = 1 << 30

// settings copies what people set up and what the tools logged: outlet
// mappings and groups, alias groups, feeds, watches, failures and import
// runs. Each is matched with what the destination has, so that running it
// again adds nothing.
func (c *Copier) settings(ctx context.Context) error {
	mappings, err := c.From.OutletMappings(ctx)
	if err != nil {
		return err
	}
	for _, m := range mappings {
		if err := c.To.SetOutletMapping(ctx, m); err != nil {
			return err
		}
		c.sum.OutletMappings++
	}
	groups, err := c.From.OutletGroups(ctx)
	if err != nil {
		return err
	}
	for name, domains := range groups {
		if err := c.To.SetOutletGroup(ctx, name, domains); err != nil {
			return err
		}
		c.sum.OutletGroups++
	}
	aliases, err := c.From.AliasGroups(ctx)
	if err != nil {
		return err
	}
	for _, g := range aliases {
		if err := c.To.AddAliasGroup(ctx, g); err != nil {
			return err
		}
		c.sum.AliasGroups++
	}
	feeds, err := c.From.Feeds(ctx)
	if err != nil {
		return err
	}
	feedIDs := map[int64]int64{}
	for _, f := range feeds {
		d, err := c.To.AddFeed(ctx, f.URL, f.Kind)
		if err != nil {
			return err
		}
		feedIDs[f.ID] = d.ID
		f.ID = d.ID
		if err := c.To.SaveFeedPoll(ctx, f); err != nil {
			return err
		}
		c.sum.Feeds++
	}
	if err := c.fetches(ctx, feedIDs); err != nil {
		return err
	}
	if err := c.watches(ctx); err != nil {
		return err
	}
	failures, err := c.From.Failures(ctx, listAll)
	if err != nil {
		return err
	}
	// Oldest first, as they happened; a failure is keyed by its origin, so
	// recording it again replaces it.
	slices.Reverse(failures)
	for _, f := range failures {
		if err := c.To.RecordFailure(ctx, f); err != nil {
			return err
		}
		c.sum.Failures++
	}
	return c.importRuns(ctx)
}

// fetches copies the fetch log. Entries have no identity of their own, so
// the destination gets as many of each as the source has, less those it
// holds already.
func (c *Copier) fetches(ctx context.Context, feedIDs map[int64]int64) error {
	src, err := c.From.Fetches(ctx, "", listAll)
	if err != nil {
		return err
	}
	dst, err := c.To.Fetches(ctx, "", listAll)
	if err != nil {
		return err
	}
	type key struct {
		url, outcome, err string
		feed, at          int64
		status            int
	}
	keyOf := func(f echotrace.Fetch) key {
		return key{f.URL, f.Outcome, f.Error, f.FeedID, f.At.UnixMilli(), f.Status}
	}
	have := map[key]int{}
	for _, f := range dst {
		have[keyOf(f)]++
	}
	slices.Reverse(src) // oldest first
	var missing []echotrace.Fetch
	for _, f := range src {
		f.FeedID = feedIDs[f.FeedID]
		if k := keyOf(f); have[k] > 0 {
			have[k]--
			continue
		}
		missing = append(missing, f)
	}
	for start := 0; start < len(missing); start += c.Batch {
		if err := c.To.LogFetches(ctx, missing[start:min(start+c.Batch, len(missing))]); err != nil {
			return err
		}
	}
	c.sum.Fetches = len(src)
	return nil
}

func (c *Copier) watches(ctx context.Context) error {
	src, err := c.From.Watches(ctx)
	if err != nil {
		return err
	}
	dst, err := c.To.Watches(ctx)
	if err != nil {
		return err
	}
	have := map[[2]string]echotrace.Watch{}
	for _, w := range dst {
		have[[2]string{w.Outlet, w.Webhook}] = w
	}
	for _, w := range src {
		d, ok := have[[2]string{w.Outlet, w.Webhook}]
		if !ok {
			if d, err = c.To.AddWatch(ctx, echotrace.Watch{Outlet: w.Outlet, Webhook: w.Webhook}); err != nil {
				return err
			}
		}
		if !w.LastDelivery.IsZero() {
			if err := c.To.SaveWatchDelivery(ctx, d.ID, w.LastDelivery, w.LastStatus, w.LastError); err != nil {
				return err
			}
		}
		c.sum.Watches++
	}
	return nil
}

// importRuns copies the import history, a run being known by its source
// and start (to the millisecond, which both stores keep).
func (c *Copier) importRuns(ctx context.Context) error {
	src, err := c.From.ImportRuns(ctx, listAll)
	if err != nil {
		return err
	}
	dst, err := c.To.ImportRuns(ctx, listAll)
	if err != nil {
		return err
	}
	type key struct {
		source  string
		started int64
	}
	have := map[key]int64{}
	for _, r := range dst {
		have[key{r.Source, r.Started.UnixMilli()}] = r.ID
	}
	slices.Reverse(src) // oldest first, so that IDs keep their order
	for _, r := range src {
		id, ok := have[key{r.Source, r.Started.UnixMilli()}]
		if !ok {
			if id, err = c.To.StartImportRun(ctx, r.Source, r.Started); err != nil {
				return err
			}
		}
		r.ID = id
		if err := c.To.UpdateImportRun(ctx, r); err != nil {
			return err
		}
		c.sum.ImportRuns++
	}
	return nil
}
