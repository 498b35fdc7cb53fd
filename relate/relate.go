// Package relate is the pipeline stage between stored articles and stored
// relations: it keeps the reuse index and the relations up to date as
// articles arrive, relating each new article (or new version) with the
// indexed ones, in article ID order so that the outcome does not depend on
// how the work was batched. It reads and writes the store; the comparing
// itself is package reuse's.
package relate

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/store"
)

// Relater owns the in-memory reuse index of one process.
type Relater struct {
	store   store.Store
	aliases *alias.Table
	engine  *reuse.Engine

	mu    sync.Mutex
	cache *docCache
}

// New loads the stored index entries computed with this alias table; the
// rest are pending and are redone by Catchup.
func New(ctx context.Context, s store.Store, aliases *alias.Table) (*Relater, error) {
	r := &Relater{store: s, aliases: aliases, cache: newDocCache(4096)}
	r.engine = reuse.NewEngine(aliases, r.load)
	r.engine.Index.TrackStock = true
	var after int64
	for {
		entries, err := s.IndexEntries(ctx, after, 2000)
		if err != nil {
			return nil, err
		}
		if len(entries) == 0 {
			break
		}
		for _, e := range entries {
			after = e.ArticleID
			if e.Aliases != aliases.Version {
				continue
			}
			var entry reuse.Entry
			if err := entry.UnmarshalBinary(e.Data); err != nil {
				return nil, fmt.Errorf("index entry of article %d: %w", e.ArticleID, err)
			}
			entry.ID = e.ArticleID
			r.engine.Index.Add(entry)
		}
	}
	return r, nil
}

// Indexed is the number of articles in the in-memory index.
func (r *Relater) Indexed() int { return r.engine.Index.Len() }

// Summary counts what a catch-up did.
type Summary struct {
	Articles  int            `json:"articles"`
	Relations int            `json:"relations"`
	ByKind    map[string]int `json:"by_kind"`
	Elapsed   time.Duration  `json:"-"`
}

// Add counts another run's work in s, as a command that relates batch by
// batch reports it at the end.
func (s *Summary) Add(o Summary) {
	s.Articles += o.Articles
	s.Relations += o.Relations
	s.Elapsed += o.Elapsed
	if s.ByKind == nil {
		s.ByKind = map[string]int{}
	}
	for k, n := range o.ByKind {
		s.ByKind[k] += n
	}
}

// Catchup relates every pending article, in ID order: those an
// interrupted run left behind, or all of them after InvalidateIndex.
// Progress lines go to report every so often (nil for none).
func (r *Relater) Catchup(ctx context.Context, report io.Writer, every time.Duration) (Summary, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	sum := Summary{ByKind: map[string]int{}}
	start, last := time.Now(), time.Now()
	var after int64
	for {
		jobs, err := r.store.PendingIndex(ctx, r.aliases.Version, after, 200)
		if err != nil {
			return sum, err
		}
		if len(jobs) == 0 {
			break
		}
		after = jobs[len(jobs)-1].ArticleID
		if err := r.process(ctx, jobs, &sum); err != nil {
			return sum, err
		}
		if report != nil && every > 0 && time.Since(last) >= every {
			last = time.Now()
			fmt.Fprintf(report, "relate: %d articles (%.0f/s), %d relations\n", sum.Articles, float64(sum.Articles)/time.Since(start).Seconds(), sum.Relations)
		}
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}

// RelateArticles relates the given articles (new, or with a new version),
// in ID order. An import calls it after each stored batch.
func (r *Relater) RelateArticles(ctx context.Context, ids []int64) (Summary, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	sum := Summary{ByKind: map[string]int{}}
	start := time.Now()
	jobs, err := r.store.Texts(ctx, ids)
	if err != nil {
		return sum, err
	}
	sort.Slice(jobs, func(i, j int) bool { return jobs[i].ArticleID < jobs[j].ArticleID })
	err = r.process(ctx, jobs, &sum)
	sum.Elapsed = time.Since(start)
	return sum, err
}

func (r *Relater) process(ctx context.Context, jobs []echotrace.IndexJob, sum *Summary) error {
	items := make([]store.Related, 0, len(jobs))
	for _, j := range jobs {
		d := r.prepare(j)
		found, entry, err := r.engine.Relate(ctx, d)
		if err != nil {
			return err
		}
		// Later jobs of this batch must see this one.
		r.engine.Index.Add(entry)
		data, err := entry.MarshalBinary()
		if err != nil {
			return err
		}
		item := store.Related{Entry: echotrace.IndexEntry{ArticleID: j.ArticleID, VersionID: j.VersionID, Aliases: r.aliases.Version, Data: data}}
		for _, f := range found {
			rel, err := toRelation(f)
			if err != nil {
				return err
			}
			item.Relations = append(item.Relations, rel)
			sum.ByKind[f.Result.Relation]++
		}
		sum.Relations += len(found)
		items = append(items, item)
	}
	// Each item carries every relation of its article known now, including
	// those stored before that this comparison did not redo.
	if err := r.mergeStored(ctx, items); err != nil {
		return err
	}
	if err := r.store.SaveRelated(ctx, items); err != nil {
		return err
	}
	sum.Articles += len(jobs)
	revised, err := r.reviseStock(ctx)
	if err != nil {
		return err
	}
	ids := make([]int64, 0, len(jobs)+2*len(revised))
	for _, j := range jobs {
		ids = append(ids, j.ArticleID)
	}
	for _, p := range revised {
		ids = append(ids, p[0], p[1])
	}
	slices.Sort(ids)
	return r.updateProvenance(ctx, slices.Compact(ids))
}

// reviseStock judges again the excerpts between articles that share a
// passage which has just become stock text (used by many independent
// stories): found while it was rare, they rest on boilerplate.
func (r *Relater) reviseStock(ctx context.Context) ([][2]int64, error) {
	kinds := map[int64]map[int64]string{}
	var lookupErr error
	kindOf := func(a, b int64) string {
		if kinds[a] == nil {
			k, err := r.store.RelationKinds(ctx, a)
			if err != nil {
				lookupErr = err
				k = map[int64]string{}
			}
			kinds[a] = k
		}
		return kinds[a][b]
	}
	pairs := r.engine.StockPairs(func(a, b int64) bool { return kindOf(a, b) == reuse.Excerpt })
	if lookupErr != nil {
		return nil, lookupErr
	}
	var set []echotrace.Relation
	var drop [][2]int64
	for _, p := range pairs {
		f, err := r.engine.Recompare(ctx, p[0], p[1])
		if err != nil {
			return nil, err
		}
		if f.Result.Relation == reuse.Unrelated {
			drop = append(drop, p)
			continue
		}
		rel, err := toRelation(f)
		if err != nil {
			return nil, err
		}
		set = append(set, rel)
	}
	if len(set)+len(drop) == 0 {
		return nil, nil
	}
	return pairs, r.store.ReviseRelations(ctx, set, drop)
}

// mergeStored adds to each item the stored relations it would otherwise
// delete: those with articles that are not being re-related in this batch
// and that found this article before, when it had the same version. A
// relation computed on an older version of this article is dropped: the
// comparison just made replaces it.
func (r *Relater) mergeStored(ctx context.Context, items []store.Related) error {
	inBatch := map[int64]bool{}
	for _, it := range items {
		inBatch[it.Entry.ArticleID] = true
	}
	for i := range items {
		it := &items[i]
		have := map[[2]int64]bool{}
		for _, rel := range it.Relations {
			have[[2]int64{rel.A, rel.B}] = true
		}
		stored, err := r.store.Relations(ctx, it.Entry.ArticleID)
		if err != nil {
			return err
		}
		for _, rel := range stored {
			other := rel.A
			if other == it.Entry.ArticleID {
				other = rel.B
			}
			// The comparison with every indexed candidate was just made, so
			// a stored relation with an indexed article that was not found
			// again is gone; one with an article not indexed yet (pending,
			// later in ID order) is kept until that article is related.
			if have[[2]int64{rel.A, rel.B}] || inBatch[other] || r.engine.Index.Has(other) {
				continue
			}
			it.Relations = append(it.Relations, rel)
		}
	}
	return nil
}

func toRelation(f reuse.Found) (echotrace.Relation, error) {
	passages, err := json.Marshal(f.Result.Passages)
	if err != nil {
		return echotrace.Relation{}, err
	}
	changes, err := json.Marshal(f.Result.Changes)
	if err != nil {
		return echotrace.Relation{}, err
	}
	measures, err := json.Marshal(f.Result.Evidence)
	if err != nil {
		return echotrace.Relation{}, err
	}
	return echotrace.Relation{A: f.A, B: f.B, Relation: f.Result.Relation, Score: f.Result.Score,
		CoverageA: f.Result.Coverage.A, CoverageB: f.Result.Coverage.B,
		Passages: passages, Changes: changes, Measures: measures}, nil
}

func (r *Relater) prepare(j echotrace.IndexJob) *reuse.Doc {
	if d := r.cache.get(j.ArticleID, j.VersionID); d != nil {
		return d
	}
	d := reuse.Prepare(j.ArticleID, j.Text, r.aliases)
	d.Outlet, d.Published = j.Outlet, j.Published
	r.cache.put(j.ArticleID, j.VersionID, d)
	return d
}

// load gives the engine a candidate's prepared text.
func (r *Relater) load(ctx context.Context, id int64) (*reuse.Doc, error) {
	if d := r.cache.getAny(id); d != nil {
		return d, nil
	}
	jobs, err := r.store.Texts(ctx, []int64{id})
	if err != nil {
		return nil, err
	}
	if len(jobs) == 0 {
		return nil, fmt.Errorf("article %d: %w", id, echotrace.ErrNotFound)
	}
	return r.prepare(jobs[0]), nil
}
