package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// exportCorpus stores five articles, three relations and two stories
// ({a, b, c} and {d, e}), and returns the articles' IDs in order.
func exportCorpus(t *testing.T, s store.Store) []int64 {
	t.Helper()
	ctx := context.Background()
	rs := ingest(t, s,
		item("https://harbourgazette.example/quay", "The quay will close for repairs.", 0),
		item("https://northwire.example/quay-relay", "The quay will close for repairs, the port said.", time.Hour),
		item("https://pulse24.example/quay-copy", "The quay closes for repairs.", 2*time.Hour),
		item("https://pulse24.example/tolls", "Bridge tolls rise in April.", 3*time.Hour),
		item("https://pulse24.example/tolls-again", "Bridge tolls will rise in April.", 4*time.Hour))
	ids := make([]int64, len(rs))
	for i, r := range rs {
		ids[i] = r.ArticleID
	}
	rel := func(a, b int, kind string) echotrace.Relation {
		return echotrace.Relation{A: ids[a], B: ids[b], Relation: kind, Score: 0.9, CoverageA: 0.8, CoverageB: 0.95,
			Passages: []byte(`[{"a":[0,9],"b":[0,9],"kind":"verbatim"}]`), Changes: []byte(`[]`)}
	}
	entry := func(i int) echotrace.IndexEntry {
		return echotrace.IndexEntry{ArticleID: ids[i], VersionID: rs[i].VersionID, Aliases: "v1", Data: []byte{byte(i)}}
	}
	if err := s.SaveRelated(ctx, []store.Related{
		{Entry: entry(1), Relations: []echotrace.Relation{rel(0, 1, "copy")}},
		{Entry: entry(2), Relations: []echotrace.Relation{rel(0, 2, "excerpt"), rel(1, 2, "duplicate")}},
		{Entry: entry(4), Relations: []echotrace.Relation{rel(3, 4, "related")}},
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveProvenance(ctx, store.ProvenanceUpdate{
		Articles: ids,
		Edges:    []echotrace.ProvenanceEdge{{To: ids[1], From: ids[0], Relation: "copy", Confidence: 0.9}},
		Stories:  map[int64]int64{ids[0]: ids[0], ids[1]: ids[0], ids[2]: ids[0], ids[3]: ids[3], ids[4]: ids[3]},
	}); err != nil {
		t.Fatal(err)
	}
	return ids
}

func testAllRelations(t *testing.T, s store.Store) {
	ctx := context.Background()
	ids := exportCorpus(t, s)
	want := fmt.Sprint([][2]int64{{ids[0], ids[1]}, {ids[0], ids[2]}, {ids[1], ids[2]}, {ids[3], ids[4]}})
	// Pages of two, then of one, must each give every pair once, in order.
	for _, size := range []int{2, 1, 100} {
		var got [][2]int64
		var after [2]int64
		for range 10 {
			page, err := s.AllRelations(ctx, after, size)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) > size {
				t.Fatalf("page of %d relations for a limit of %d", len(page), size)
			}
			if len(page) == 0 {
				break
			}
			for _, r := range page {
				got = append(got, [2]int64{r.A, r.B})
			}
			last := page[len(page)-1]
			after = [2]int64{last.A, last.B}
		}
		if fmt.Sprint(got) != want {
			t.Errorf("pages of %d: pairs = %v, want %v", size, got, want)
		}
	}
	page, err := s.AllRelations(ctx, [2]int64{}, 1)
	if err != nil || len(page) != 1 {
		t.Fatalf("first relation = %+v, %v", page, err)
	}
	r := page[0]
	if r.Relation != "copy" || r.Score != 0.9 || r.CoverageB != 0.95 || string(r.Passages) != `[{"a":[0,9],"b":[0,9],"kind":"verbatim"}]` ||
		string(r.Changes) != `[]` || r.FoundAt.IsZero() {
		t.Errorf("first relation = %+v", r)
	}
}

func testStoryArticles(t *testing.T, s store.Store) {
	ctx := context.Background()
	ids := exportCorpus(t, s)
	got, err := s.StoryArticles(ctx, ids[0])
	if err != nil || fmt.Sprint(got) != fmt.Sprint(ids[:3]) {
		t.Errorf("story %d = %v, %v; want %v", ids[0], got, err, ids[:3])
	}
	if got, err := s.StoryArticles(ctx, ids[3]); err != nil || fmt.Sprint(got) != fmt.Sprint(ids[3:]) {
		t.Errorf("story %d = %v, %v; want %v", ids[3], got, err, ids[3:])
	}
	// A member that is not the story's ID names no story.
	if _, err := s.StoryArticles(ctx, ids[1]); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("story named by a non-root member: %v, want ErrNotFound", err)
	}
	if _, err := s.StoryArticles(ctx, 999999); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("unknown story: %v, want ErrNotFound", err)
	}
}

func testArticleRefs(t *testing.T, s store.Store) {
	ctx := context.Background()
	ids := exportCorpus(t, s)
	// An article not related yet has story 0.
	loner := ingest(t, s, item("https://ridgewaytimes.example/fair", "The county fair opens.", 5*time.Hour))[0].ArticleID
	refs, err := s.ArticleRefs(ctx, []int64{loner, ids[2], 999999, ids[0]})
	if err != nil {
		t.Fatal(err)
	}
	if len(refs) != 3 || refs[0].ID != ids[0] || refs[1].ID != ids[2] || refs[2].ID != loner {
		t.Fatalf("refs = %+v, want articles %d, %d, %d in order", refs, ids[0], ids[2], loner)
	}
	r := refs[1]
	if r.URL != "https://pulse24.example/quay-copy" || r.Outlet != "harbourgazette.example" || r.Title != "Ferry contract questioned" ||
		!r.Published.Equal(base.Add(-time.Hour)) || r.PublishedSource != "meta" || !r.FirstSeen.Equal(base.Add(2*time.Hour)) || r.Story != ids[0] {
		t.Errorf("ref = %+v", r)
	}
	if refs[2].Story != 0 {
		t.Errorf("story of an unrelated article = %d, want 0", refs[2].Story)
	}
	if refs, err := s.ArticleRefs(ctx, nil); err != nil || len(refs) != 0 {
		t.Errorf("refs of no IDs = %+v, %v", refs, err)
	}
	// Long lists are one call too; IDs that do not exist are left out.
	many := append([]int64{loner}, ids...)
	for i := range 2000 {
		many = append(many, loner+1000+int64(i))
	}
	if refs, err := s.ArticleRefs(ctx, many); err != nil || len(refs) != 6 {
		t.Errorf("refs of 2000 IDs = %d, %v; want the 6 stored", len(refs), err)
	}
}
