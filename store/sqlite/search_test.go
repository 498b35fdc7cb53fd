package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

func openTestDB(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "echotrace.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// The driver must have FTS5 compiled in: search depends on it, and a
// driver upgrade that dropped it should fail here, by name.
func TestFTS5IsCompiledIn(t *testing.T) {
	db := openTestDB(t)
	var used int
	if err := db.write.QueryRow(`SELECT sqlite_compileoption_used('ENABLE_FTS5')`).Scan(&used); err != nil || used != 1 {
		t.Fatalf("SQLite's ENABLE_FTS5 = %d, %v: modernc.org/sqlite was built without FTS5", used, err)
	}
	var name string
	if err := db.write.QueryRow(`SELECT name FROM sqlite_master WHERE name = 'search_index'`).Scan(&name); err != nil {
		t.Fatalf("search_index table: %v", err)
	}
}

func captureOf(url, title, text string, at time.Time) store.IngestItem {
	body := []byte(url + "\x00" + title + "\x00" + text + "\x00" + at.String())
	return store.IngestItem{
		Capture: echotrace.Capture{SHA256: sha256.Sum256(body), URL: url, Origin: echotrace.OriginFile, OriginRef: url,
			CapturedAt: at, Body: body},
		Extraction: &echotrace.Extraction{URL: url, Outlet: "harbourgazette.example", Title: title, Text: text, Lang: "en"},
	}
}

// checkIndexIsNewestVersions compares search_index, term by term and
// position by position, with an index built afresh from each article's
// newest version: what the triggers maintain must be exactly that.
func checkIndexIsNewestVersions(t *testing.T, db *DB, step string) {
	t.Helper()
	ctx := context.Background()
	for _, q := range []string{
		`DROP TABLE IF EXISTS temp.reference_vocab`,
		`DROP TABLE IF EXISTS temp.reference`,
		`DROP TABLE IF EXISTS temp.search_vocab`,
		`CREATE VIRTUAL TABLE temp.reference USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')`,
		`INSERT INTO temp.reference(rowid, title, text) SELECT v.id, v.title, v.text FROM articles a
			JOIN article_versions v ON v.id = (SELECT n.id FROM article_versions n WHERE n.article_id = a.id
				ORDER BY n.seen_at DESC, n.number DESC LIMIT 1)`,
		`CREATE VIRTUAL TABLE temp.reference_vocab USING fts5vocab('temp', 'reference', 'instance')`,
		`CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab('main', 'search_index', 'instance')`,
		`INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)`,
	} {
		if _, err := db.write.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %s: %v", step, q, err)
		}
	}
	for _, q := range []string{
		`SELECT term, doc, col, offset FROM temp.search_vocab EXCEPT SELECT term, doc, col, offset FROM temp.reference_vocab`,
		`SELECT term, doc, col, offset FROM temp.reference_vocab EXCEPT SELECT term, doc, col, offset FROM temp.search_vocab`,
	} {
		var term, col string
		var doc, offset int64
		err := db.write.QueryRowContext(ctx, q+" LIMIT 1").Scan(&term, &doc, &col, &offset)
		if err == nil {
			which := "indexed but not in the newest versions"
			if strings.HasPrefix(q, "SELECT term, doc, col, offset FROM temp.reference") {
				which = "in a newest version but not indexed"
			}
			t.Fatalf("%s: term %q of version %d (%s, at %d) is %s", step, term, doc, col, offset, which)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			t.Fatalf("%s: %v", step, err)
		}
	}
	// search_docs holds what filters and ordering need, as of now.
	var stale int64
	err := db.write.QueryRowContext(ctx, `SELECT count(*) FROM (
		SELECT version_id, article_id, outlet_id, published, lang, newest FROM search_docs
		EXCEPT
		SELECT v.id, a.id, a.outlet_id, v.published, lower(v.lang), coalesce(v.published, a.first_seen) FROM articles a
			JOIN article_versions v ON v.id = (SELECT n.id FROM article_versions n WHERE n.article_id = a.id
				ORDER BY n.seen_at DESC, n.number DESC LIMIT 1))`).Scan(&stale)
	if err != nil || stale != 0 {
		t.Fatalf("%s: %d rows of search_docs differ from the newest versions (%v)", step, stale, err)
	}
	var versions, indexed int
	db.write.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&versions)
	db.write.QueryRowContext(ctx, `SELECT count(*) FROM search_docs`).Scan(&indexed)
	if versions != indexed {
		t.Fatalf("%s: %d articles, %d in search_docs", step, versions, indexed)
	}
}

// TestSearchIndexFollowsVersions drives the store through random
// ingests (new articles, new versions, captures older than what is stored,
// texts seen again) and re-extractions, and checks after every step that
// the index holds each article's newest version and nothing else.
func TestSearchIndexFollowsVersions(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	rng := rand.New(rand.NewPCG(6, 1))
	words := strings.Fields("tide ferry harbour quay strike union audit crew pier storm gauge pilot lantern keeper Kyïv café " +
		"Velmar пором страйк πλοίο")
	sentence := func() string {
		var b []string
		for range 3 + rng.IntN(8) {
			b = append(b, words[rng.IntN(len(words))])
		}
		return strings.Join(b, " ")
	}
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	var texts []string // some texts come back, so that seen_at moves
	var captures []int64
	for step := range 200 {
		var desc string
		switch op := rng.IntN(10); {
		case op < 6 || len(captures) == 0:
			url := fmt.Sprintf("https://harbourgazette.example/%d", rng.IntN(8))
			text := sentence()
			if len(texts) > 0 && rng.IntN(3) == 0 {
				text = texts[rng.IntN(len(texts))]
			}
			texts = append(texts, text)
			at := t0.Add(time.Duration(rng.IntN(1000)) * time.Hour)
			res, err := db.Ingest(ctx, []store.IngestItem{captureOf(url, sentence(), text, at)})
			if err != nil {
				t.Fatal(err)
			}
			captures = append(captures, res[0].CaptureID)
			desc = fmt.Sprintf("step %d: ingest %s at %s: %+v", step, url, at.Format(time.RFC3339), res[0])
		case op < 8:
			id := captures[rng.IntN(len(captures))]
			ex := &echotrace.Extraction{Title: sentence(), Text: sentence(), Lang: []string{"en", "EN-gb", "uk"}[rng.IntN(3)],
				Outlet: "harbourgazette.example"}
			if rng.IntN(2) == 0 {
				ex.Published, ex.PublishedSource = t0.Add(time.Duration(rng.IntN(1000))*time.Hour), "meta"
			}
			if rng.IntN(3) == 0 {
				// Only the date or the language differ from what is stored.
				db.write.QueryRowContext(ctx, `SELECT title, text FROM article_versions WHERE capture_id = ?`, id).Scan(&ex.Title, &ex.Text)
			}
			c, err := db.Capture(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			ex.URL = c.URL
			if _, err := db.Reextract(ctx, id, ex, ""); err != nil {
				t.Fatal(err)
			}
			desc = fmt.Sprintf("step %d: reextract capture %d", step, id)
		case op < 9 && rng.IntN(2) == 0:
			outlet := []string{"harbourgazette.example", "gazettegroup.example"}[rng.IntN(2)]
			n, err := db.ReassignOutlet(ctx, "harbourgazette.example", outlet)
			if err != nil {
				t.Fatal(err)
			}
			desc = fmt.Sprintf("step %d: %d articles moved to %s", step, n, outlet)
		case op < 9:
			id := captures[rng.IntN(len(captures))]
			if _, err := db.Reextract(ctx, id, nil, "failed"); err != nil {
				t.Fatal(err)
			}
			desc = fmt.Sprintf("step %d: failed reextract of capture %d", step, id)
		default:
			// No store method moves a version later today; the index must
			// follow if one ever does.
			at := formatTime(t0.Add(time.Duration(rng.IntN(1000)) * time.Hour))
			id := captures[rng.IntN(len(captures))]
			if _, err := db.write.ExecContext(ctx, `UPDATE article_versions SET seen_at = ? WHERE capture_id = ?`, at, id); err != nil {
				t.Fatal(err)
			}
			desc = fmt.Sprintf("step %d: seen_at of capture %d's version set to %s", step, id, at)
		}
		checkIndexIsNewestVersions(t, db, desc)
	}
	// Deleting the newest version (nothing does today) indexes the one
	// before it.
	res, err := db.write.ExecContext(ctx, `DELETE FROM article_versions WHERE id IN (SELECT s.version_id FROM search_docs s
		WHERE (SELECT count(*) FROM article_versions v WHERE v.article_id = s.article_id) > 1)`)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		t.Fatal("no article has two versions to delete one of")
	}
	checkIndexIsNewestVersions(t, db, "after deleting newest versions")
}

// A database made before search existed gets its articles indexed by the
// migration.
func TestSearchMigrationIndexesStoredArticles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "echotrace.db")
	beforeSearch := func() ([]migration, error) {
		ms, err := migrations()
		return slices.DeleteFunc(ms, func(m migration) bool { return m.version >= 6 }), err
	}
	old, err := openWith(ctx, path, Options{}, beforeSearch)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	url := "https://harbourgazette.example/ferry"
	for _, it := range []store.IngestItem{
		captureOf(url, "Ferry strike", "The ferry crews walked out at dawn.", t0),
		captureOf(url, "Ferry strike ends", "The ferry crews returned after the audit.", t0.Add(time.Hour)),
		captureOf("https://northwire.example/quay", "Quay repairs", "Repairs to the quay begin in May.", t0),
	} {
		if _, err := old.Ingest(ctx, []store.IngestItem{it}); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()

	db, err := Open(ctx, path, Options{Migrate: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	checkIndexIsNewestVersions(t, db, "after the migration")
	hits, err := db.Search(ctx, store.SearchQuery{Text: "crews"})
	if err != nil || len(hits) != 1 || hits[0].Title != "Ferry strike ends" {
		t.Errorf("search after migration = %+v, %v", hits, err)
	}
}

func TestMatchExpression(t *testing.T) {
	for _, tc := range []struct{ query, want string }{
		{`ferry`, `("ferry")`},
		{`ferry strike`, `("ferry" AND "strike")`},
		{`"ferry strike" -rumour -"press release"`, `("ferry strike") NOT "rumour" NOT "press release"`},
		{`NEAR(a b) OR c*`, `("NEAR(a" AND "b)" AND "OR" AND "c*")`},
		{`title:x`, `("title:x")`},
		{`a"b`, `("a" AND "b")`},
	} {
		terms, err := store.ParseSearchText(tc.query)
		if err != nil {
			t.Fatalf("%q: %v", tc.query, err)
		}
		if got := matchExpression(terms); got != tc.want {
			t.Errorf("%q → %s, want %s", tc.query, got, tc.want)
		}
	}
}

// FuzzMatchExpression checks that whatever a user types, the expression
// given to FTS5 is one it accepts: either the query is refused as invalid
// input before reaching SQLite, or MATCH runs without a syntax error.
func FuzzMatchExpression(f *testing.F) {
	for _, s := range []string{
		`ferry`, `"ferry strike" -rumour`, `NEAR(a b, 2)`, `a OR b AND NOT c`, `title:ferry`, `*`, `"`, `-"`, `a""b`,
		`^start`, `{title}: x`, "nul\x00byte", "\xff\xfe", `Kyïv café пором πλοίο`, `-- - -x`, `(((a)))`,
	} {
		f.Add(s)
	}
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		`CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')`,
		`INSERT INTO t(title, text) VALUES ('Ferry strike', 'The ferry crews of Kyïv walked out; пором стоїть.')`,
	} {
		if _, err := db.Exec(q); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, query string) {
		terms, err := store.ParseSearchText(query)
		if err != nil {
			if !errors.Is(err, echotrace.ErrInvalid) {
				t.Fatalf("parse %q: %v is not ErrInvalid", query, err)
			}
			return
		}
		expr := matchExpression(terms)
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM t WHERE t MATCH ?`, expr).Scan(&n); err != nil {
			t.Fatalf("query %q → MATCH %q: %v", query, expr, err)
		}
		var snippet string
		if err := db.QueryRow(`SELECT coalesce((SELECT snippet(t, 1, char(2), char(3), '…', 32) FROM t WHERE t MATCH ?), '')`, expr).Scan(&snippet); err != nil {
			t.Fatalf("snippet for %q: %v", query, err)
		}
		store.SplitMarked(snippet)
	})
}

// A broad query ranks only its most recently stored matches; what the
// bound lets through is ranked and paged as usual.
func TestSearchRanksTheNewestMatchesOfABroadQuery(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	var ids []int64
	for i, text := range []string{
		"Tide tide tide: the spring tide flooded the quay.", // the best match, stored first
		"The tide turned at noon.",
		"A tide table was pinned up.",
		"The ferry waited for the tide.",
		"Crews watched the tide and the tide gauge.",
	} {
		it := captureOf(fmt.Sprintf("https://harbourgazette.example/%d", i), "Harbour", text, t0)
		if i >= 3 {
			it.Extraction.Outlet = "northwire.example"
		}
		res, err := db.Ingest(ctx, []store.IngestItem{it})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, res[0].ArticleID)
	}
	articleIDs := func(hits []store.SearchHit) []int64 {
		var out []int64
		for _, h := range hits {
			out = append(out, h.ArticleID)
		}
		return out
	}
	all, err := db.search(ctx, store.SearchQuery{Text: "tide"}, -1)
	if err != nil || len(all) != 5 || all[0].ArticleID != ids[0] {
		t.Fatalf("uncapped: %v, %v", articleIDs(all), err)
	}
	capped, err := db.search(ctx, store.SearchQuery{Text: "tide"}, 3)
	if err != nil || len(capped) != 3 {
		t.Fatalf("capped: %v, %v", articleIDs(capped), err)
	}
	newest := ids[2:]
	for i, h := range capped {
		if !slices.Contains(newest, h.ArticleID) {
			t.Errorf("capped hit %d is article %d, not one of the 3 newest %v", i, h.ArticleID, newest)
		}
		if i > 0 && h.Score > capped[i-1].Score {
			t.Errorf("capped hits out of order: %v", capped)
		}
	}
	// The bound counts matches that pass the filters: the two newest of
	// the first outlet, not the newest two, which are the other's.
	filtered, err := db.search(ctx, store.SearchQuery{Text: "tide", Outlets: []string{"harbourgazette.example"}}, 2)
	if got := articleIDs(filtered); err != nil || !slices.Equal(sortedCopy(got), ids[1:3]) {
		t.Errorf("capped and filtered: %v, %v; want %v", got, err, ids[1:3])
	}
	page2, err := db.search(ctx, store.SearchQuery{Text: "tide", Offset: 2}, 3)
	if err != nil || len(page2) != 1 || page2[0].ArticleID != capped[2].ArticleID {
		t.Errorf("capped second page: %v, %v", articleIDs(page2), err)
	}
	if hits, err := db.search(ctx, store.SearchQuery{Text: "tide", Offset: 3}, 3); err != nil || len(hits) != 0 {
		t.Errorf("past the bound: %v, %v", articleIDs(hits), err)
	}
}

func sortedCopy(ids []int64) []int64 {
	out := slices.Clone(ids)
	slices.Sort(out)
	return out
}
