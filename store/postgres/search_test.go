package postgres

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres/pgtest"
)

func openTestDB(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), pgtest.DSN(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func captureOf(url, title, text string, at time.Time) store.IngestItem {
	body := []byte(url + "\x00" + title + "\x00" + text + "\x00" + at.String())
	return store.IngestItem{
		Capture: echotrace.Capture{SHA256: sha256.Sum256(body), URL: url, Origin: echotrace.OriginFile, OriginRef: url,
			CapturedAt: at, Body: body},
		Extraction: &echotrace.Extraction{URL: url, Outlet: "harbourgazette.example", Title: title, Text: text, Lang: "en"},
	}
}

// checkIndexIsNewestVersions compares search_docs with what it would hold
// if built afresh from each article's newest version: what the triggers
// maintain must be exactly that, document and filters alike.
func checkIndexIsNewestVersions(t *testing.T, db *DB, step string) {
	t.Helper()
	var stale, missing int
	err := db.pool.QueryRow(context.Background(), `WITH fresh AS (
			SELECT a.id AS article_id, v.id AS version_id, a.outlet_id, v.published, lower(v.lang) AS lang,
				coalesce(v.published, a.first_seen) AS newest,
				setweight(to_tsvector('echotrace_search', v.title), 'A') || setweight(to_tsvector('echotrace_search', v.text), 'D') AS document
			FROM articles a `+newestVersion+`)
		SELECT
			(SELECT count(*) FROM (SELECT article_id, version_id, outlet_id, published, lang, newest, document::text FROM search_docs
				EXCEPT SELECT article_id, version_id, outlet_id, published, lang, newest, document::text FROM fresh) x),
			(SELECT count(*) FROM (SELECT article_id, version_id, outlet_id, published, lang, newest, document::text FROM fresh
				EXCEPT SELECT article_id, version_id, outlet_id, published, lang, newest, document::text FROM search_docs) y)`).
		Scan(&stale, &missing)
	if err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	if stale != 0 || missing != 0 {
		t.Fatalf("%s: search_docs has %d rows that are not the newest versions as they are, and lacks %d", step, stale, missing)
	}
}

// TestSearchIndexFollowsVersions drives the store through random
// ingests (new articles, new versions, captures older than what is stored,
// texts seen again), re-extractions and reassignments, and checks after
// every step that the index holds each article's newest version and
// nothing else.
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
	for step := range 150 {
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
				db.pool.QueryRow(ctx, `SELECT title, text FROM article_versions WHERE capture_id = $1`, id).Scan(&ex.Title, &ex.Text)
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
			at := t0.Add(time.Duration(rng.IntN(1000)) * time.Hour)
			id := captures[rng.IntN(len(captures))]
			if _, err := db.pool.Exec(ctx, `UPDATE article_versions SET seen_at = $1 WHERE capture_id = $2`, at, id); err != nil {
				t.Fatal(err)
			}
			desc = fmt.Sprintf("step %d: seen_at of capture %d's version set to %s", step, id, at)
		}
		checkIndexIsNewestVersions(t, db, desc)
	}
	// Deleting the newest version (nothing does today) indexes the one
	// before it.
	tag, err := db.pool.Exec(ctx, `DELETE FROM article_versions WHERE id IN (SELECT s.version_id FROM search_docs s
		WHERE (SELECT count(*) FROM article_versions v WHERE v.article_id = s.article_id) > 1)`)
	if err != nil {
		t.Fatal(err)
	}
	if tag.RowsAffected() == 0 {
		t.Fatal("no article has two versions to delete one of")
	}
	checkIndexIsNewestVersions(t, db, "after deleting newest versions")
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
	got := articleIDs(filtered)
	slices.Sort(got)
	if err != nil || !slices.Equal(got, ids[1:3]) {
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

// Snippets say where they were cut, and highlight the words matched.
func TestSnippetMarksCuts(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	long := strings.Repeat("The crossing was calm and the harbour quiet all morning. ", 12) +
		"Then the lantern on the breakwater went dark. " + strings.Repeat("Nobody on the quay could say why it happened. ", 12)
	if _, err := db.Ingest(ctx, []store.IngestItem{
		captureOf("https://harbourgazette.example/long", "Harbour", long, time.Now()),
		captureOf("https://harbourgazette.example/short", "Harbour", "A lantern was lit.", time.Now()),
	}); err != nil {
		t.Fatal(err)
	}
	hits, err := db.Search(ctx, store.SearchQuery{Text: "lantern"})
	if err != nil || len(hits) != 2 {
		t.Fatalf("hits = %+v, %v", hits, err)
	}
	for _, h := range hits {
		cut := strings.HasSuffix(h.URL, "/long")
		if got := strings.HasPrefix(h.Snippet, "…") && strings.HasSuffix(h.Snippet, "…"); got != cut {
			t.Errorf("%s: snippet %q, cut at both ends: %v, want %v", h.URL, h.Snippet, got, cut)
		}
		runes := []rune(h.Snippet)
		if len(h.Highlights) != 1 || strings.ToLower(string(runes[h.Highlights[0][0]:h.Highlights[0][1]])) != "lantern" {
			t.Errorf("%s: highlights %v in %q", h.URL, h.Highlights, h.Snippet)
		}
	}
}
