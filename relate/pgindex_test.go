package relate

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/store/postgres/pgtest"
	"github.com/echotrace/echotrace/synth"
)

func TestMain(m *testing.M) {
	pgtest.WarnIfUnset("relate")
	os.Exit(m.Run())
}

// synthArticle is one line of a synthetic corpus.
type synthArticle struct {
	URL       string    `json:"url"`
	Outlet    string    `json:"outlet"`
	Text      string    `json:"text"`
	Published time.Time `json:"published"`
}

func synthCorpus(t *testing.T, n int) []synthArticle {
	t.Helper()
	var articles, truth bytes.Buffer
	if _, err := synth.Generate(context.Background(), synth.Config{Seed: 7, Articles: n}, &articles, &truth); err != nil {
		t.Fatal(err)
	}
	var out []synthArticle
	dec := json.NewDecoder(&articles)
	for dec.More() {
		var a synthArticle
		if err := dec.Decode(&a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// corpusRun is one import of the corpus into its own database, with
// stops at which new versions arrive and the relater may be restarted.
type corpusRun struct {
	articles []synthArticle
	batch    int
	// revise lists, by batch, the articles whose page changes after that
	// batch: each gets a new version, with another article's text or
	// with its own cut short.
	revise map[int][]int
}

func pgStore(t *testing.T) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), pgtest.DSN(t), postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func ingestBatch(t *testing.T, s store.Store, arts []synthArticle, captured time.Time) []int64 {
	t.Helper()
	items := make([]store.IngestItem, len(arts))
	for i, a := range arts {
		body := []byte(a.URL + "\n" + a.Text)
		items[i] = store.IngestItem{
			Capture:    echotrace.Capture{SHA256: sha256.Sum256(body), URL: a.URL, Origin: echotrace.OriginJSONL, CapturedAt: captured, Body: body},
			Extraction: &echotrace.Extraction{URL: a.URL, Outlet: a.Outlet, Text: a.Text, Published: a.Published, PublishedSource: "meta"},
		}
	}
	res, err := s.Ingest(context.Background(), items)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(res))
	for i, r := range res {
		ids[i] = r.ArticleID
	}
	return ids
}

// run imports the corpus batch by batch, relating each batch as an import
// does; newRelater is called at the start and again wherever restart
// says.
func (c corpusRun) run(t *testing.T, s store.Store, newRelater func() *Relater, restart func(batch int) bool) {
	t.Helper()
	ctx := context.Background()
	r := newRelater()
	captured := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for b := 0; b*c.batch < len(c.articles); b++ {
		if restart != nil && restart(b) {
			r = newRelater()
		}
		arts := c.articles[b*c.batch : min(len(c.articles), (b+1)*c.batch)]
		captured = captured.Add(time.Hour)
		ids := ingestBatch(t, s, arts, captured)
		if _, err := r.RelateArticles(ctx, ids); err != nil {
			t.Fatal(err)
		}
		if len(c.revise[b]) == 0 {
			continue
		}
		var changed []synthArticle
		for k, i := range c.revise[b] {
			a := c.articles[i]
			if k%2 == 0 {
				a.Text = c.articles[(i+b*c.batch)/2].Text + "\nUpdated with a correction."
			} else {
				a.Text = a.Text[:strings.LastIndex(a.Text[:len(a.Text)/2], " ")]
			}
			changed = append(changed, a)
		}
		captured = captured.Add(time.Hour)
		if _, err := r.RelateArticles(ctx, ingestBatch(t, s, changed, captured)); err != nil {
			t.Fatal(err)
		}
	}
}

// outcome is everything relating stored, for comparing two runs.
type outcome struct {
	relations []echotrace.Relation
	parents   map[int64]string
	stories   map[int64]int64
}

func readOutcome(t *testing.T, s store.Store, n int) outcome {
	t.Helper()
	ctx := context.Background()
	var o outcome
	after := [2]int64{}
	for {
		page, err := s.AllRelations(ctx, after, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		for _, r := range page {
			r.FoundAt = time.Time{}
			o.relations = append(o.relations, r)
		}
		last := page[len(page)-1]
		after = [2]int64{last.A, last.B}
	}
	o.parents, o.stories = map[int64]string{}, map[int64]int64{}
	var ids []int64
	for last := int64(0); ; {
		page, err := s.Articles(ctx, last, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		for _, a := range page {
			ids = append(ids, a.ID)
		}
		last = page[len(page)-1].ID
	}
	if len(ids) != n {
		t.Fatalf("%d articles stored, want %d", len(ids), n)
	}
	for _, id := range ids {
		e, err := s.Parent(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if e != nil {
			o.parents[id] = fmt.Sprintf("%d %s %s %.6f %.6f %v %s", e.From, e.ExternalOutlet, e.Relation, e.Score, e.Confidence, e.Conflict, e.Evidence)
		}
		if o.stories[id], err = s.StoryOf(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	return o
}

func compareOutcomes(t *testing.T, name string, want, got outcome) {
	t.Helper()
	if len(got.relations) != len(want.relations) {
		t.Errorf("%s: %d relations, the in-memory index found %d", name, len(got.relations), len(want.relations))
	}
	wantRel := map[[2]int64]echotrace.Relation{}
	for _, r := range want.relations {
		wantRel[[2]int64{r.A, r.B}] = r
	}
	diffs := 0
	for _, r := range got.relations {
		w, ok := wantRel[[2]int64{r.A, r.B}]
		if !ok || !reflect.DeepEqual(w, r) {
			if diffs++; diffs <= 5 {
				t.Errorf("%s: relation %d–%d = %s %.4f (%.3f, %.3f), in memory %s %.4f (%.3f, %.3f) (found there: %v)",
					name, r.A, r.B, r.Relation, r.Score, r.CoverageA, r.CoverageB, w.Relation, w.Score, w.CoverageA, w.CoverageB, ok)
			}
		}
	}
	if !reflect.DeepEqual(got.parents, want.parents) {
		n := 0
		for id, p := range want.parents {
			if got.parents[id] != p {
				if n++; n <= 5 {
					t.Errorf("%s: parent of %d = %q, in memory %q", name, id, got.parents[id], p)
				}
			}
		}
		t.Errorf("%s: %d parents differ", name, n)
	}
	if !reflect.DeepEqual(got.stories, want.stories) {
		t.Errorf("%s: stories differ from the in-memory run's", name)
	}
}

// TestPostgresIndexMatchesMemory relates one synthetic corpus (copies,
// excerpts, rewrites, stock passages; pages that change mid-import, so
// that IDs are added again; a cap low enough to be reached) with the
// in-memory index, with the index in PostgreSQL, and with the index in
// PostgreSQL and the relater restarted twice on the way. Every relation
// (kind, score, coverage, passages, changes, measures), every provenance
// edge and every story must be the same in the three runs: the index in
// the database is the index a process that never stopped would hold.
func TestPostgresIndexMatchesMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("relates a 2,000-article corpus three times")
	}
	pgtest.DSN(t) // skips loudly without PostgreSQL
	ctx := context.Background()
	const n, capN = 2000, 12
	c := corpusRun{articles: synthCorpus(t, n), batch: 100, revise: map[int][]int{
		4:  {3, 17, 150, 240, 399},
		11: {5, 600, 601, 1000, 1100, 1111},
	}}
	aliases := alias.Default()
	relateAll := func(opts Options, restart func(int) bool) *postgres.DB {
		start := time.Now()
		db := pgStore(t)
		first := true
		c.run(t, db, func() *Relater {
			r, err := NewWithOptions(ctx, db, aliases, opts)
			if err != nil {
				t.Fatal(err)
			}
			if r.pg != nil && !first {
				if inSync, err := r.pg.InSync(ctx); err != nil || !inSync {
					t.Errorf("a restarted relater finds its index out of step with the stored entries (%v)", err)
				}
			}
			first = false
			return r
		}, restart)
		t.Logf("related with %+v, restarts %v: %s", opts, restart != nil, time.Since(start).Round(time.Millisecond))
		return db
	}

	memDB := relateAll(Options{InMemory: true, Cap: capN}, nil)
	want := readOutcome(t, memDB, n)
	if len(want.relations) < n/4 {
		t.Fatalf("only %d relations in the corpus: not a test of much", len(want.relations))
	}
	pgDB := relateAll(Options{Cap: capN}, nil)
	compareOutcomes(t, "index in PostgreSQL", want, readOutcome(t, pgDB, n))

	// The corpus reached the cap and made stock text, so both rules were
	// exercised.
	var capped, stock, dead int
	err := pgDB.Pool().QueryRow(ctx, `SELECT (SELECT count(*) FROM fp_hashes WHERE over > 0),
		(SELECT count(*) FROM fp_hashes WHERE stock), (SELECT count(*) FROM fp_docs WHERE NOT alive)`).Scan(&capped, &stock, &dead)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("fingerprints past the cap: %d; stock: %d; replaced entries: %d", capped, stock, dead)
	if capped == 0 || stock == 0 || dead == 0 {
		t.Errorf("the corpus did not exercise the cap (%d), stock text (%d) or replacement (%d)", capped, stock, dead)
	}

	restarted := relateAll(Options{Cap: capN}, func(b int) bool { return b == 7 || b == 13 })
	compareOutcomes(t, "index in PostgreSQL, relater restarted", want, readOutcome(t, restarted, n))
}

// TestPostgresIndexRebuilt checks that an index out of step with the
// stored entries is brought back in step by the next writer, and never by
// a reader: an article indexed but its entry never stored, as after a
// crash between the two, is undone; an invalidated index is rebuilt.
func TestPostgresIndexRebuilt(t *testing.T) {
	ctx := context.Background()
	s := pgStore(t)
	a := ingest(t, s, "https://gazette.example/port", story, 0)
	b := ingest(t, s, "https://wire.example/port-copy", strings.ReplaceAll(story, "Kyiv", "Kiev"), time.Hour)
	r, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	if r.pg == nil {
		t.Fatal("a relater on PostgreSQL keeps its index in memory")
	}
	if _, err := r.Catchup(ctx, nil, 0); err != nil {
		t.Fatal(err)
	}
	if r.Indexed() != 2 {
		t.Fatalf("indexed %d, want 2", r.Indexed())
	}

	// Indexed, never stored: the index is ahead of reuse_index.
	c := ingest(t, s, "https://valley.example/fog", weather, 2*time.Hour)
	jobs, err := s.Texts(ctx, []int64{c.ArticleID})
	if err != nil {
		t.Fatal(err)
	}
	if _, entry, err := r.engine.Relate(ctx, r.prepare(jobs[0])); err != nil {
		t.Fatal(err)
	} else if err := r.engine.Index.Add(ctx, entry); err != nil {
		t.Fatal(err)
	}
	reader, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	if inSync, err := reader.pg.InSync(ctx); err != nil || inSync || reader.Indexed() != 3 {
		t.Fatalf("after a crash: in step %v (%v), indexed %d; want out of step, the 3 indexed", inSync, err, reader.Indexed())
	}
	if m, err := reader.FindText(ctx, strings.Join(strings.Split(story, "\n")[1:4], "\n")); err != nil || len(m) != 2 {
		t.Fatalf("a reader finds %v, %v; want both copies", m, err)
	}
	writer, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	sum, err := writer.Catchup(ctx, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 1 || writer.Indexed() != 3 {
		t.Errorf("writer after a crash: %+v, indexed %d", sum, writer.Indexed())
	}
	if inSync, err := writer.pg.InSync(ctx); err != nil || !inSync {
		t.Errorf("rebuilt index out of step with the stored entries (%v)", err)
	}
	if got := relations(t, s, a.ArticleID); got[b.ArticleID] != "duplicate" {
		t.Errorf("relations after the rebuild: %v", got)
	}
	var slots int
	if err := s.Pool().QueryRow(ctx, `SELECT count(*) FROM fp_docs`).Scan(&slots); err != nil {
		t.Fatal(err)
	}
	if slots != 3 {
		t.Errorf("%d slots after the rebuild, want 3 (the unsaved one dropped)", slots)
	}

	// InvalidateIndex empties it; the next writer redoes everything.
	if err := s.InvalidateIndex(ctx); err != nil {
		t.Fatal(err)
	}
	again, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	if again.Indexed() != 0 {
		t.Errorf("indexed %d after InvalidateIndex", again.Indexed())
	}
	if sum, err := again.Catchup(ctx, nil, 0); err != nil || sum.Articles != 3 || again.Indexed() != 3 {
		t.Errorf("catch-up after InvalidateIndex: %+v, %v, indexed %d", sum, err, again.Indexed())
	}
}

// TestPostgresIndexVersionsAndAliases is TestCatchupRestartVersionsAndAliases
// with the index in PostgreSQL: a restart has nothing to do, a new version
// replaces its article's entry, and another alias table makes the next
// writer rebuild the index and relate everything again.
func TestPostgresIndexVersionsAndAliases(t *testing.T) {
	ctx := context.Background()
	s := pgStore(t)
	a := ingest(t, s, "https://gazette.example/port", story, 0)
	b := ingest(t, s, "https://wire.example/port-copy", strings.ReplaceAll(story, "Kyiv", "Kiev"), time.Hour)
	c := ingest(t, s, "https://valley.example/fog", weather, 2*time.Hour)
	r, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := r.Catchup(ctx, nil, 0); err != nil || sum.Articles != 3 || sum.Relations != 1 || r.Indexed() != 3 {
		t.Fatalf("catch-up = %+v, %v, indexed %d", sum, err, r.Indexed())
	}
	if got := relations(t, s, a.ArticleID); got[b.ArticleID] != "duplicate" || len(got) != 1 {
		t.Errorf("relations of the original = %v", got)
	}

	r2, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := r2.Catchup(ctx, nil, 0); err != nil || sum.Articles != 0 || r2.Indexed() != 3 {
		t.Errorf("after restart: catch-up %+v, %v, indexed %d", sum, err, r2.Indexed())
	}
	b2 := ingest(t, s, "https://wire.example/port-copy", weather+" Updated.", 3*time.Hour)
	if _, err := r2.RelateArticles(ctx, []int64{b2.ArticleID}); err != nil {
		t.Fatal(err)
	}
	if got := relations(t, s, a.ArticleID); len(got) != 0 {
		t.Errorf("original still related after the copy changed: %v", got)
	}
	if got := relations(t, s, c.ArticleID); got[b.ArticleID] != "duplicate" && got[b.ArticleID] != "copy" {
		t.Errorf("new version not related to the text it now copies: %v", got)
	}
	if r2.Indexed() != 3 {
		t.Errorf("indexed %d after a new version, want 3", r2.Indexed())
	}

	other, err := alias.Default().WithGroups([][]string{{"fog", "mist"}})
	if err != nil {
		t.Fatal(err)
	}
	r3, err := New(ctx, s, other)
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := r3.Catchup(ctx, nil, 0); err != nil || sum.Articles != 3 || r3.Indexed() != 3 {
		t.Errorf("catch-up with a new alias table = %+v, %v, indexed %d; want all 3 again", sum, err, r3.Indexed())
	}
	var slots int
	if err := s.Pool().QueryRow(ctx, `SELECT count(*) FROM fp_docs`).Scan(&slots); err != nil || slots != 3 {
		t.Errorf("%d slots after the rebuild for the new alias table (%v), want 3", slots, err)
	}
}

// TestPostgresIndexKeepsStoredBatch checks the other side of recovery: a
// writer that died after storing a batch's entries but before marking the
// index saved leaves Adds that must stay (their articles are not pending
// any more), here a new version replacing its article's entry.
func TestPostgresIndexKeepsStoredBatch(t *testing.T) {
	ctx := context.Background()
	s := pgStore(t)
	ingest(t, s, "https://gazette.example/port", story, 0)
	ingest(t, s, "https://wire.example/port-copy", strings.ReplaceAll(story, "Kyiv", "Kiev"), time.Hour)
	r, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Catchup(ctx, nil, 0); err != nil {
		t.Fatal(err)
	}
	b2 := ingest(t, s, "https://wire.example/port-copy", weather, 2*time.Hour)
	jobs, err := s.Texts(ctx, []int64{b2.ArticleID})
	if err != nil {
		t.Fatal(err)
	}
	_, entry, err := r.engine.Relate(ctx, r.prepare(jobs[0]))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.engine.Index.Add(ctx, entry); err != nil {
		t.Fatal(err)
	}
	data, err := entry.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	err = s.SaveIndexEntries(ctx, []echotrace.IndexEntry{{ArticleID: b2.ArticleID, VersionID: jobs[0].VersionID, Aliases: alias.Default().Version, Data: data}})
	if err != nil {
		t.Fatal(err)
	}

	writer, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := writer.Catchup(ctx, nil, 0); err != nil || sum.Articles != 0 || writer.Indexed() != 2 {
		t.Fatalf("catch-up after a crash past storing: %+v, %v, indexed %d", sum, err, writer.Indexed())
	}
	var slots, alive, pending int
	err = s.Pool().QueryRow(ctx, `SELECT (SELECT count(*) FROM fp_docs), (SELECT count(*) FROM fp_docs WHERE alive),
		(SELECT count(*) FROM fp_pending)`).Scan(&slots, &alive, &pending)
	if err != nil {
		t.Fatal(err)
	}
	if slots != 3 || alive != 2 || pending != 0 {
		t.Errorf("slots %d, alive %d, pending %d; want the stored batch kept (3, 2, 0), not rebuilt", slots, alive, pending)
	}
	if inSync, err := writer.pg.InSync(ctx); err != nil || !inSync {
		t.Errorf("index out of step after recovery (%v)", err)
	}
}
