package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/echotrace/echotrace/store"
)

// Facts is what a corpus holds, named by URL rather than by ID, so that
// two databases that gave the same articles different IDs still compare:
// every relation with its score, coverage, passages and changes, every
// immediate source with its confidence, and every story. Tests that
// import one corpus two ways (SQLite and PostgreSQL, one process and many
// workers) compare their Facts.
type Facts struct {
	Counts                    store.Counts
	Relations, Edges, Stories []string
}

// ReadFacts reads a store's Facts.
func ReadFacts(t testing.TB, s store.Store) Facts {
	t.Helper()
	ctx := context.Background()
	var f Facts
	var err error
	if f.Counts, err = s.Counts(ctx); err != nil {
		t.Fatal(err)
	}
	urls := map[int64]string{}
	for after := int64(0); ; {
		page, err := s.Articles(ctx, after, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		for _, a := range page {
			urls[a.ID] = a.URL
			after = a.ID
		}
	}
	for after := [2]int64{}; ; {
		rels, err := s.AllRelations(ctx, after, 5000)
		if err != nil {
			t.Fatal(err)
		}
		if len(rels) == 0 {
			break
		}
		for _, r := range rels {
			f.Relations = append(f.Relations, fmt.Sprintf("%s %s %s score %.9f coverage %.9f %.9f passages %s changes %s",
				urls[r.A], r.Relation, urls[r.B], r.Score, r.CoverageA, r.CoverageB, r.Passages, r.Changes))
			after = [2]int64{r.A, r.B}
		}
	}
	for after := int64(0); ; {
		edges, err := s.ParentEdges(ctx, after, 5000)
		if err != nil {
			t.Fatal(err)
		}
		if len(edges) == 0 {
			break
		}
		for _, e := range edges {
			from := urls[e.From]
			if e.From == 0 {
				from = "external " + e.ExternalOutlet
			}
			f.Edges = append(f.Edges, fmt.Sprintf("%s ← %s (%s, score %.9f, confidence %.9f, conflict %v)",
				urls[e.To], from, e.Relation, e.Score, e.Confidence, e.Conflict))
			after = e.To
		}
	}
	stories, err := s.Stories(ctx, 1, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range stories {
		f.Stories = append(f.Stories, fmt.Sprintf("%s: %d articles, %d outlets, root %s", urls[st.ID], st.Articles, st.Outlets, st.RootURL))
	}
	for _, list := range [][]string{f.Relations, f.Edges, f.Stories} {
		slices.Sort(list)
	}
	return f
}

// CompareFacts fails the test where got differs from want, naming how
// many facts are missing and extra and showing the first few; gotName and
// wantName say which database is which.
func CompareFacts(t testing.TB, gotName string, got Facts, wantName string, want Facts) {
	t.Helper()
	if want.Counts.Relations == 0 || len(want.Edges) == 0 || len(want.Stories) == 0 {
		t.Fatalf("%s has nothing to compare: %+v", wantName, want.Counts)
	}
	if got.Counts != want.Counts {
		t.Errorf("counts: %s %+v, %s %+v", gotName, got.Counts, wantName, want.Counts)
	}
	for _, f := range []struct {
		name      string
		got, want []string
	}{{"relations", got.Relations, want.Relations}, {"immediate sources", got.Edges, want.Edges}, {"stories", got.Stories, want.Stories}} {
		if slices.Equal(f.got, f.want) {
			continue
		}
		missing, extra := difference(f.want, f.got), difference(f.got, f.want)
		t.Errorf("%s differ: %d in %s, %d in %s; %d missing, %d extra; first missing %q; first extra %q",
			f.name, len(f.got), gotName, len(f.want), wantName, len(missing), len(extra), missing[:min(3, len(missing))], extra[:min(3, len(extra))])
	}
}

// difference lists what sorted a holds and sorted b does not.
func difference(a, b []string) []string {
	var out []string
	for _, s := range a {
		if _, ok := slices.BinarySearch(b, s); !ok {
			out = append(out, s)
		}
	}
	return out
}
