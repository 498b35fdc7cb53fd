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
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres"
)

// Relater owns the reuse index of one process: in memory, loaded from the
// stored entries at start, or, when the store is PostgreSQL, kept in the
// database itself, so that nothing is loaded and no memory grows with the
// corpus.
type Relater struct {
	store   store.Store
	aliases *alias.Table
	engine  *reuse.Engine
	// pg is the index when it is kept in the database. Before its first
	// write a relater checks that it holds exactly the stored entries, and
	// rebuilds it from them if not (checked): only a writer, which holds
	// the sequencer lock, may do that; a reader uses it as it is, and does
	// not pay for the check (a count of every stored entry).
	pg      *postgres.ReuseIndex
	checked bool
	// added counts the entries an in-memory index gained since it was
	// loaded: PublishIndex has nothing to write when none.
	added int

	mu    sync.Mutex
	cache *docCache
}

// Options choose where the index lives and how it is built.
type Options struct {
	// InMemory keeps the index in this process even on PostgreSQL,
	// loading every stored entry at start.
	InMemory bool
	// Cap, when positive, bounds the documents kept per fingerprint
	// instead of reuse's default (tests reach it with small corpora). It
	// must be the same for every process relating one database.
	Cap int
}

// New loads the stored index entries computed with this alias table; the
// rest are pending and are redone by Catchup. On PostgreSQL the index is
// the database's and nothing is loaded.
func New(ctx context.Context, s store.Store, aliases *alias.Table) (*Relater, error) {
	return NewWithOptions(ctx, s, aliases, Options{})
}

// NewWithOptions is New with a choice of index.
func NewWithOptions(ctx context.Context, s store.Store, aliases *alias.Table, opts Options) (*Relater, error) {
	r := &Relater{store: s, aliases: aliases, cache: newDocCache(4096)}
	r.engine = reuse.NewEngine(aliases, r.load)
	r.engine.LoadMany = r.loadMany
	if db, ok := s.(*postgres.DB); ok && !opts.InMemory {
		ix, err := db.ReuseIndex(ctx, postgres.ReuseIndexConfig{Aliases: aliases.Version, Cap: opts.Cap, TrackStock: true})
		if err != nil {
			return nil, err
		}
		r.engine.Index, r.pg = ix, ix
		return r, nil
	}
	ix := reuse.NewIndex()
	ix.TrackStock = true
	if opts.Cap > 0 {
		ix.Cap = opts.Cap
	}
	if err := r.loadEntries(ctx, ix); err != nil {
		return nil, err
	}
	r.engine.Index = ix
	return r, nil
}

// loadEntries adds to ix every stored entry computed with this relater's
// alias table, in article ID order.
func (r *Relater) loadEntries(ctx context.Context, ix reuse.CandidateIndex) error {
	var after int64
	for {
		entries, err := r.store.IndexEntries(ctx, after, 2000)
		if err != nil {
			return err
		}
		if len(entries) == 0 {
			// Passages that became stock text as the stored entries were
			// added back did so when their articles were related, and the
			// relations they touched were judged again then, with the index
			// as it was: judging them again now, with a larger index, would
			// give other results than a process that never stopped.
			_, err := ix.TakeStocked(ctx)
			return err
		}
		for _, e := range entries {
			after = e.ArticleID
			if e.Aliases != r.aliases.Version {
				continue
			}
			var entry reuse.Entry
			if err := entry.UnmarshalBinary(e.Data); err != nil {
				return fmt.Errorf("index entry of article %d: %w", e.ArticleID, err)
			}
			entry.ID = e.ArticleID
			if err := ix.Add(ctx, entry); err != nil {
				return err
			}
		}
	}
}

// prepareWrite makes an index kept in the database hold exactly the
// stored entries before a writer adds to it: it undoes what a writer that
// died mid-batch indexed but never stored, and rebuilds the index from the
// stored entries, as an in-memory index is built at start, when that is
// not enough (after InvalidateIndex, with another alias table, after a
// crash between storing a batch's entries and marking them saved). The
// caller holds r.mu and the sequencer lock.
func (r *Relater) prepareWrite(ctx context.Context) error {
	if r.pg == nil || r.checked {
		return nil
	}
	// A writer that died mid-batch left Adds whose entries were never
	// stored: undone, they leave the index as that batch found it.
	recovered, err := r.pg.Recover(ctx)
	if err != nil {
		return err
	}
	if recovered {
		if inSync, err := r.pg.InSync(ctx); err != nil {
			return err
		} else if inSync {
			r.checked = true
			return nil
		}
	}
	// Built in memory from the stored entries, then copied whole: the
	// same index the entries added one by one would give, in a tenth of
	// the time (20,000 articles: 37 s instead of 5 min 46 s).
	mem := r.pg.MemoryIndex()
	if err := r.loadEntries(ctx, mem); err != nil {
		return err
	}
	if err := r.pg.Load(ctx, mem); err != nil {
		return err
	}
	r.checked = true
	return nil
}

// PublishIndex writes an index kept in this process on PostgreSQL into
// the database's own (postgres.ReuseIndex.Load), when it gained entries
// since it was loaded, so that the processes relating with the index kept
// there (a server, a crawl, a worker with the default index) find it in
// sync with the stored entries instead of rebuilding it. It reports
// whether it wrote. The caller holds the sequencer lock, and no batch is
// half stored (the index holds exactly the stored entries).
func (r *Relater) PublishIndex(ctx context.Context) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	mem, inMemory := r.engine.Index.(*reuse.Index)
	db, onPostgres := r.store.(*postgres.DB)
	if !inMemory || !onPostgres || r.added == 0 {
		return false, nil
	}
	ix, err := db.ReuseIndex(ctx, postgres.ReuseIndexConfig{Aliases: r.aliases.Version, Cap: mem.Cap, TermCap: mem.TermCap, StockDF: mem.StockDF})
	if err != nil {
		return false, err
	}
	if err := ix.Load(ctx, mem); err != nil {
		return false, err
	}
	r.added = 0
	return true, nil
}

// Indexed is the number of articles in the index.
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
	if err := r.prepareWrite(ctx); err != nil {
		return sum, err
	}
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
	if err := r.prepareWrite(ctx); err != nil {
		return sum, err
	}
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
	rv := &revision{r: r, batch: map[[2]int64]string{}, stored: map[int64]map[int64]string{}}
	r.prepareAll(jobs)
	for _, j := range jobs {
		d := r.prepare(j)
		found, entry, err := r.engine.Relate(ctx, d)
		if err != nil {
			return err
		}
		// Later jobs of this batch must see this one.
		if err := r.engine.Index.Add(ctx, entry); err != nil {
			return err
		}
		r.added++
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
			rv.batch[[2]int64{rel.A, rel.B}] = rel.Relation
			sum.ByKind[f.Result.Relation]++
		}
		sum.Relations += len(found)
		items = append(items, item)
		// Passages this article made stock text are judged again now, with
		// the index as it is right after it, and not at the end of the
		// batch: where batches end must not change any relation.
		if err := rv.reviseStock(ctx); err != nil {
			return err
		}
	}
	// Each item carries every relation of its article known now, including
	// those stored before that this comparison did not redo.
	if err := r.mergeStored(ctx, items); err != nil {
		return err
	}
	// The batch's relations go in first with unfinished entries, so that
	// its articles stay pending; the finished entries go in last, once the
	// relations it revised and the provenance it changed are stored too.
	// A batch interrupted anywhere in between (a crash, a lost connection)
	// is redone whole by the next Catchup, exactly as it was first done:
	// storing in several transactions is then as good as storing in one.
	final := make([]echotrace.IndexEntry, len(items))
	for i := range items {
		final[i] = items[i].Entry
		items[i].Entry.Aliases = r.aliases.Version + unfinished
		// A relation revised later in the batch is stored as revised, or
		// not at all: the revision is the later judgement.
		kept := items[i].Relations[:0]
		for _, rel := range items[i].Relations {
			if v, ok := rv.revised[[2]int64{rel.A, rel.B}]; ok {
				if v == nil {
					continue
				}
				rel = *v
			}
			kept = append(kept, rel)
		}
		items[i].Relations = kept
	}
	if err := r.store.SaveRelated(ctx, items); err != nil {
		return err
	}
	if err := rv.save(ctx); err != nil {
		return err
	}
	sum.Articles += len(jobs)
	ids := make([]int64, 0, len(jobs)+2*len(rv.revised))
	for _, j := range jobs {
		ids = append(ids, j.ArticleID)
	}
	for p := range rv.revised {
		ids = append(ids, p[0], p[1])
	}
	slices.Sort(ids)
	if err := r.updateProvenance(ctx, slices.Compact(ids)); err != nil {
		return err
	}
	if err := r.store.SaveIndexEntries(ctx, final); err != nil {
		return err
	}
	if r.pg != nil {
		// Only now does the stored index hold this batch's entries.
		return r.pg.Saved(ctx)
	}
	return nil
}

// unfinished marks the index entries of a batch that is being stored (see
// process): an entry of another alias table than the relater's is
// pending, and is not loaded into an index.
const unfinished = " (unfinished)"

// revision judges again the excerpts between articles that share a
// passage which has just become stock text (used by many independent
// stories): found while it was rare, they rest on boilerplate. It works
// article by article within a batch, and keeps its verdicts until the
// batch's own relations are stored.
type revision struct {
	r *Relater
	// batch holds the kinds of the relations found in this batch so far.
	batch map[[2]int64]string
	// revised holds the verdicts: the new relation, or nil to drop it.
	revised map[[2]int64]*echotrace.Relation
	// stored caches the stored relation kinds of an article.
	stored map[int64]map[int64]string
}

// kind is the relation of a pair as the batch leaves it so far.
func (rv *revision) kind(ctx context.Context, a, b int64) (string, error) {
	p := [2]int64{a, b}
	if v, ok := rv.revised[p]; ok {
		if v == nil {
			return "", nil
		}
		return v.Relation, nil
	}
	if k, ok := rv.batch[p]; ok {
		return k, nil
	}
	if rv.stored[a] == nil {
		k, err := rv.r.store.RelationKinds(ctx, a)
		if err != nil {
			return "", err
		}
		rv.stored[a] = k
	}
	return rv.stored[a][b], nil
}

// readKinds reads the stored relation kinds of the articles of ids not
// read yet in this batch, in one statement: a passage that becomes stock
// text names hundreds of articles, and reading them one by one was a
// fifth of a sequencer's time at 150,000 articles on PostgreSQL.
func (rv *revision) readKinds(ctx context.Context, ids []int64) error {
	var missing []int64
	for _, id := range ids {
		if rv.stored[id] == nil {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	kinds, err := rv.r.store.RelationKindsOf(ctx, missing)
	if err != nil {
		return err
	}
	for _, id := range missing {
		if rv.stored[id] = kinds[id]; rv.stored[id] == nil {
			rv.stored[id] = map[int64]string{}
		}
	}
	return nil
}

func (rv *revision) reviseStock(ctx context.Context) error {
	var lookupErr error
	pairs, err := rv.r.engine.StockPairs(ctx, func(ids []int64) error { return rv.readKinds(ctx, ids) }, func(a, b int64) bool {
		k, err := rv.kind(ctx, a, b)
		if err != nil && lookupErr == nil {
			lookupErr = err
		}
		return k == reuse.Excerpt
	})
	if err != nil {
		return err
	}
	if lookupErr != nil {
		return lookupErr
	}
	for _, p := range pairs {
		f, err := rv.r.engine.Recompare(ctx, p[0], p[1])
		if err != nil {
			return err
		}
		if rv.revised == nil {
			rv.revised = map[[2]int64]*echotrace.Relation{}
		}
		if f.Result.Relation == reuse.Unrelated {
			rv.revised[p] = nil
			continue
		}
		rel, err := toRelation(f)
		if err != nil {
			return err
		}
		rv.revised[p] = &rel
	}
	return nil
}

// save stores the verdicts, after the batch's own relations, in one
// transaction.
func (rv *revision) save(ctx context.Context) error {
	if len(rv.revised) == 0 {
		return nil
	}
	var set []echotrace.Relation
	var drop [][2]int64
	for p, v := range rv.revised {
		if v == nil {
			drop = append(drop, p)
		} else {
			set = append(set, *v)
		}
	}
	return rv.r.store.ReviseRelations(ctx, set, drop)
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
	stored := make([][]echotrace.Relation, len(items))
	var others []int64
	for i, it := range items {
		rels, err := r.store.Relations(ctx, it.Entry.ArticleID)
		if err != nil {
			return err
		}
		stored[i] = rels
		for _, rel := range rels {
			others = append(others, rel.A, rel.B)
		}
	}
	indexed, err := r.engine.Index.Indexed(ctx, others)
	if err != nil {
		return err
	}
	for i := range items {
		it := &items[i]
		have := map[[2]int64]bool{}
		for _, rel := range it.Relations {
			have[[2]int64{rel.A, rel.B}] = true
		}
		for _, rel := range stored[i] {
			other := rel.A
			if other == it.Entry.ArticleID {
				other = rel.B
			}
			// The comparison with every indexed candidate was just made, so
			// a stored relation with an indexed article that was not found
			// again is gone; one with an article not indexed yet (pending,
			// later in ID order) is kept until that article is related.
			if have[[2]int64{rel.A, rel.B}] || inBatch[other] || indexed[other] {
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

// prepareAll prepares the texts of a batch not prepared yet on every core
// at once, before they are related one by one: preparing a text depends
// on the text alone (a tenth of a sequencer's time, done in order before).
// It returns each job's prepared text.
func (r *Relater) prepareAll(jobs []echotrace.IndexJob) []*reuse.Doc {
	docs := make([]*reuse.Doc, len(jobs))
	var todo []int
	for i, j := range jobs {
		if docs[i] = r.cache.get(j.ArticleID, j.VersionID); docs[i] == nil {
			todo = append(todo, i)
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < len(todo); k = int(next.Add(1)) - 1 {
				j := jobs[todo[k]]
				d := reuse.Prepare(j.ArticleID, j.Text, r.aliases)
				d.Outlet, d.Published = j.Outlet, j.Published
				docs[todo[k]] = d
			}
		})
	}
	wg.Wait()
	for _, i := range todo {
		r.cache.put(jobs[i].ArticleID, jobs[i].VersionID, docs[i])
	}
	return docs
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

// loadMany is load of a new text's every candidate: the texts not cached
// are read in one statement and prepared on every core (read one by one,
// they were a seventh of a sequencer's time at 150,000 articles on
// PostgreSQL).
func (r *Relater) loadMany(ctx context.Context, ids []int64) ([]*reuse.Doc, error) {
	out := make([]*reuse.Doc, len(ids))
	var missing []int64
	for i, id := range ids {
		if out[i] = r.cache.getAny(id); out[i] == nil {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	jobs, err := r.store.Texts(ctx, missing)
	if err != nil {
		return nil, err
	}
	docs := r.prepareAll(jobs)
	byID := make(map[int64]*reuse.Doc, len(jobs))
	for i, j := range jobs {
		byID[j.ArticleID] = docs[i]
	}
	for i, id := range ids {
		if out[i] == nil {
			if out[i] = byID[id]; out[i] == nil {
				return nil, fmt.Errorf("article %d: %w", id, echotrace.ErrNotFound)
			}
		}
	}
	return out, nil
}
