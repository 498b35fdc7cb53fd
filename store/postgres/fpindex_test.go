package postgres

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/store/postgres/pgtest"
	"github.com/echotrace/echotrace/synth"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// synthDocs prepares a synthetic corpus of n articles, IDs from 1.
func synthDocs(tb testing.TB, n int) []*reuse.Doc {
	tb.Helper()
	var articles, truth bytes.Buffer
	if _, err := synth.Generate(context.Background(), synth.Config{Seed: 3, Articles: n}, &articles, &truth); err != nil {
		tb.Fatal(err)
	}
	aliases := alias.Default()
	dec := json.NewDecoder(&articles)
	var out []*reuse.Doc
	for id := int64(1); dec.More(); id++ {
		var a struct {
			Text      string    `json:"text"`
			Published time.Time `json:"published"`
		}
		if err := dec.Decode(&a); err != nil {
			tb.Fatal(err)
		}
		d := reuse.Prepare(id, a.Text, aliases)
		d.Published = a.Published
		out = append(out, d)
	}
	return out
}

// queryCounter counts the statements sent to the server, batched or not.
type queryCounter struct{ queries, batches atomic.Int64 }

func (c *queryCounter) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	c.queries.Add(1)
	return ctx
}
func (c *queryCounter) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}
func (c *queryCounter) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	c.batches.Add(1)
	return ctx
}
func (c *queryCounter) TraceBatchQuery(context.Context, *pgx.Conn, pgx.TraceBatchQueryData) {}
func (c *queryCounter) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData)     {}

// tracedIndex opens a migrated database whose pool counts its statements,
// and the reuse index in it.
func tracedIndex(tb testing.TB, cfg ReuseIndexConfig) (*ReuseIndex, *queryCounter) {
	tb.Helper()
	ctx := context.Background()
	dsn := pgtest.DSN(tb)
	db, err := Open(ctx, dsn, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	db.Close()
	pc, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		tb.Fatal(err)
	}
	counter := &queryCounter{}
	pc.ConnConfig.Tracer = counter
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(pool.Close)
	ix, err := (&DB{pool: pool}).ReuseIndex(ctx, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	if err := ix.Reset(ctx); err != nil {
		tb.Fatal(err)
	}
	return ix, counter
}

// entries computes the documents' entries with the weights of an index
// growing as they are added, names some earlier document as the family of
// one in four (as the engine does for copies), and adds some IDs again
// with another text, as new versions are.
func entries(tb testing.TB, docs []*reuse.Doc) []reuse.Entry {
	tb.Helper()
	ctx := context.Background()
	mem := reuse.NewIndex()
	var out []reuse.Entry
	for i, d := range docs {
		e := reuse.EntryFor(d, mem.Weights())
		if i%4 == 3 {
			e.Family = docs[i/2].ID
		}
		out = append(out, e)
		if err := mem.Add(ctx, e); err != nil {
			tb.Fatal(err)
		}
		if i%97 == 96 {
			again := reuse.EntryFor(docs[i/3], mem.Weights())
			again.ID = docs[i-50].ID
			out = append(out, again)
			if err := mem.Add(ctx, again); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return out
}

// TestReuseIndexMatchesMemory adds the same entries to reuse.Index and to
// the index in PostgreSQL, with a cap low enough to be reached, and asks
// both the same questions after every addition: candidates, corpus
// statistics, passages become stock, what is indexed.
func TestReuseIndexMatchesMemory(t *testing.T) {
	ctx := context.Background()
	const capN, stockDF = 6, 4
	docs := synthDocs(t, 700)
	es := entries(t, docs)
	pg, _ := tracedIndex(t, ReuseIndexConfig{Aliases: "test", Cap: capN, StockDF: stockDF, TrackStock: true})
	mem := reuse.NewIndex()
	mem.Cap, mem.StockDF, mem.TrackStock = capN, stockDF, true
	byID := map[int64]*reuse.Doc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	var stockSets int
	for i, e := range es {
		stockSets += step(t, mem, pg, byID, i, e)
	}
	ids := []int64{-1, 0, 1, 2, 350, 699, 700, 701, 5000}
	want, _ := mem.Indexed(ctx, ids)
	got, err := pg.Indexed(ctx, ids)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("indexed %v, %v; in memory %v", got, err, want)
	}
	var capped, stock int
	if err := pg.pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE over > 0), count(*) FILTER (WHERE stock) FROM fp_hashes`).Scan(&capped, &stock); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d entries; fingerprints past the cap %d, stock %d, stock sets taken %d", len(es), capped, stock, stockSets)
	if capped == 0 || stock == 0 || stockSets == 0 {
		t.Error("the cap or the stock rule was not exercised")
	}
}

// TestReuseIndexRoundTrips checks how many statements each operation
// sends: one for the candidates of an article, one batch for adding it,
// at most one for the statistics of a comparison (none when every count
// is cached already).
func TestReuseIndexRoundTrips(t *testing.T) {
	ctx := context.Background()
	docs := synthDocs(t, 200)
	ix, counter := tracedIndex(t, ReuseIndexConfig{Aliases: "test", TrackStock: true})
	count := func(what string, most int64, fn func() error) {
		t.Helper()
		q0, b0 := counter.queries.Load(), counter.batches.Load()
		if err := fn(); err != nil {
			t.Fatal(err)
		}
		if n := counter.queries.Load() - q0 + counter.batches.Load() - b0; n > most || (most > 0 && what != "statistics of a new article" && n == 0) {
			t.Errorf("%s: %d round trips, want %d", what, n, most)
		}
	}
	for i, d := range docs {
		var corpus reuse.Corpus
		count("statistics of a new article", 1, func() (err error) {
			corpus, err = ix.Corpus(ctx, d)
			return err
		})
		e := reuse.EntryFor(d, corpus.Weights)
		count("candidates", 1, func() error {
			_, err := ix.Candidates(ctx, e)
			return err
		})
		if i > 0 {
			count("statistics already fetched", 0, func() error {
				_, err := ix.Corpus(ctx, d, docs[i-1])
				return err
			})
		}
		count("add", 1, func() error { return ix.Add(ctx, e) })
	}
}

// BenchmarkReuseIndexCandidates is candidate retrieval per article in an
// index of a few thousand synthetic articles in PostgreSQL (and, for
// scale, in memory), querying with the entries of indexed articles.
func BenchmarkReuseIndexCandidates(b *testing.B) {
	ctx := context.Background()
	docs := synthDocs(b, 3000)
	es := entries(b, docs)
	ix, _ := tracedIndex(b, ReuseIndexConfig{Aliases: "bench"})
	mem := reuse.NewIndex()
	start := time.Now()
	for _, e := range es {
		if err := ix.Add(ctx, e); err != nil {
			b.Fatal(err)
		}
		mem.Add(ctx, e)
	}
	b.Logf("%d entries added in %s (%.2f ms each)", len(es), time.Since(start).Round(time.Millisecond),
		float64(time.Since(start).Microseconds())/1000/float64(len(es)))
	if _, err := ix.pool.Exec(ctx, `ANALYZE fp_docs, fp_postings, fp_hashes, fp_words, fp_terms`); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		ix   reuse.CandidateIndex
	}{{"postgres", ix}, {"memory", mem}} {
		b.Run(c.name, func(b *testing.B) {
			took := make([]time.Duration, b.N)
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, err := c.ix.Candidates(ctx, es[(i*7919)%len(es)]); err != nil {
					b.Fatal(err)
				}
				took[i] = time.Since(start)
			}
			slices.Sort(took)
			b.ReportMetric(float64(took[b.N/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(took[b.N*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}

// TestReuseIndexGenerationNeverRepeats checks that the weights'
// generation changes at every Add, a replacing one too, and does not come
// back after a Reset: a prepared text keeps the weights of one generation,
// and must not take those of another corpus for the current one.
func TestReuseIndexGenerationNeverRepeats(t *testing.T) {
	ctx := context.Background()
	docs := synthDocs(t, 6)
	ix, _ := tracedIndex(t, ReuseIndexConfig{Aliases: "test"})
	seen := map[int]bool{}
	step := func(what string) {
		t.Helper()
		c, err := ix.Corpus(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if g := c.Weights.Generation(); seen[g] {
			t.Errorf("after %s: generation %d again", what, g)
		} else {
			seen[g] = true
		}
	}
	step("opening")
	for _, d := range docs[:4] {
		if err := ix.Add(ctx, reuse.EntryFor(d, reuse.DefaultWeights{})); err != nil {
			t.Fatal(err)
		}
		step("an add")
	}
	again := reuse.EntryFor(docs[5], reuse.DefaultWeights{})
	again.ID = docs[1].ID
	if err := ix.Add(ctx, again); err != nil {
		t.Fatal(err)
	}
	step("a replacing add")
	if err := ix.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	step("a reset")
	for _, d := range docs[:3] {
		if err := ix.Add(ctx, reuse.EntryFor(d, reuse.DefaultWeights{})); err != nil {
			t.Fatal(err)
		}
		step("an add after the reset")
	}
}

// step asks both indexes the same questions before entry i is added
// (every third entry: candidates and corpus statistics), adds it to both,
// and compares what became stock and how many are indexed. It returns the
// stock sets taken.
func step(t *testing.T, mem *reuse.Index, pg *ReuseIndex, byID map[int64]*reuse.Doc, i int, e reuse.Entry) int {
	t.Helper()
	ctx := context.Background()
	if i%3 == 0 {
		want, _ := mem.Candidates(ctx, e)
		got, err := pg.Candidates(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("entry %d (article %d): candidates\n%v\nin memory\n%v", i, e.ID, got, want)
		}
		d := byID[e.ID]
		wc, _ := mem.Corpus(ctx, d)
		gc, err := pg.Corpus(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := gc.Weights.(reuse.CorpusWeights).Docs, wc.Weights.(reuse.CorpusWeights).Docs; g != w {
			t.Fatalf("entry %d: %d documents, in memory %d", i, g, w)
		}
		for _, k := range d.Keys {
			if g, w := gc.Weights.Weight(k, "x"), wc.Weights.Weight(k, "x"); g != w {
				t.Fatalf("entry %d: weight of word %x %v, in memory %v", i, k, g, w)
			}
		}
		for _, f := range d.Fingerprints {
			if g, w := gc.Families(f.Hash), wc.Families(f.Hash); g != w {
				t.Fatalf("entry %d: families of %x %d, in memory %d", i, f.Hash, g, w)
			}
		}
	}
	if err := mem.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	if err := pg.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	want, _ := mem.TakeStocked(ctx)
	got, err := pg.TakeStocked(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("entry %d: stocked %v, in memory %v", i, got, want)
	}
	if pg.Len() != mem.Len() {
		t.Fatalf("entry %d: %d indexed, in memory %d", i, pg.Len(), mem.Len())
	}
	return len(got)
}

// TestReuseIndexRecover adds entries to the index in PostgreSQL that are
// never marked saved, as a writer that dies mid-batch leaves them (new
// articles, IDs added again, fingerprints reaching the cap and stock
// text), undoes them, and checks that the index then answers as one that
// never saw them, all the way to the end of the corpus.
func TestReuseIndexRecover(t *testing.T) {
	ctx := context.Background()
	const capN, stockDF = 6, 4
	docs := synthDocs(t, 500)
	es := entries(t, docs)
	pg, _ := tracedIndex(t, ReuseIndexConfig{Aliases: "test", Cap: capN, StockDF: stockDF, TrackStock: true})
	mem := reuse.NewIndex()
	mem.Cap, mem.StockDF, mem.TrackStock = capN, stockDF, true
	byID := map[int64]*reuse.Doc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	const saved, lost = 250, 60
	for i, e := range es[:saved] {
		step(t, mem, pg, byID, i, e)
	}
	if err := pg.Saved(ctx); err != nil {
		t.Fatal(err)
	}
	// The lost batch: its own entries, and entries of the saved part added
	// again.
	for i, e := range es[saved : saved+lost] {
		if i%10 == 0 {
			e = es[i]
		}
		if err := pg.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := pg.TakeStocked(ctx); err != nil {
		t.Fatal(err)
	}
	ok, err := pg.Recover(ctx)
	if err != nil || !ok {
		t.Fatalf("recover: %v, %v", ok, err)
	}
	var pending int
	if err := pg.pool.QueryRow(ctx, `SELECT count(*) FROM fp_pending`).Scan(&pending); err != nil || pending != 0 {
		t.Errorf("%d pending after recovery (%v)", pending, err)
	}
	for i, e := range es[saved:] {
		step(t, mem, pg, byID, saved+i, e)
	}
}
