package app

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/store/postgres/pgtest"
	"github.com/echotrace/echotrace/store/sqlite"
)

// TestDemoOnPostgresMatchesSQLite loads the demo corpus through the real
// application into PostgreSQL and into SQLite, and checks that both hold
// the same corpus: counts, every relation, every immediate source, stories.
func TestDemoOnPostgresMatchesSQLite(t *testing.T) {
	pgDSN := pgtest.DSN(t)
	if code, stdout, stderr := run(t, nil, "", "migrate", "--db", pgDSN); code != 0 ||
		!strings.Contains(stdout, fmt.Sprintf("schema at version %d", postgres.LatestVersion())) {
		t.Fatalf("migrate: exit %d\n%s\n%s", code, stdout, stderr)
	}
	sqlitePath := filepath.Join(t.TempDir(), "demo.db")
	// One extraction worker: with several, pages are stored in whatever
	// order they finish, and what relating finds depends on that order
	// (one demo import in six on SQLite alone differs from the others by
	// a related pair), so two imports would not compare whatever the
	// stores did.
	oneWorker := map[string]string{"ECHOTRACE_WORKERS": "1"}
	for _, db := range []string{pgDSN, sqlitePath} {
		if code, stdout, stderr := run(t, oneWorker, "", "demo", "--no-serve", "--db", db); code != 0 || !strings.Contains(stdout, "37 articles from 12 outlets") {
			t.Fatalf("demo into %s: exit %d\n%s\n%s", db, code, stdout, stderr)
		}
	}
	ctx := context.Background()
	pg, err := postgres.Open(ctx, pgDSN, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	lite, err := sqlite.Open(ctx, sqlitePath, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()

	want, got := corpusFacts(t, lite), corpusFacts(t, pg)
	if want.counts.Relations == 0 || len(want.edges) == 0 {
		t.Fatalf("the SQLite demo has no relations or edges: %+v", want.counts)
	}
	t.Logf("SQLite: %+v, %d relations listed, %d sources, %d stories", want.counts, len(want.relations), len(want.edges), len(want.stories))
	if got.counts != want.counts {
		t.Errorf("counts on PostgreSQL = %+v, on SQLite %+v", got.counts, want.counts)
	}
	for _, f := range []struct {
		name      string
		got, want []string
	}{
		{"relations", got.relations, want.relations},
		{"immediate sources", got.edges, want.edges},
		{"stories", got.stories, want.stories},
	} {
		if !slices.Equal(f.got, f.want) {
			t.Errorf("%s differ:\nPostgreSQL %q\nSQLite     %q", f.name, f.got, f.want)
		}
	}
	// Reports name the database without its password (the local test
	// server trusts local connections, so any password will do).
	withPassword := strings.Replace(pgDSN, "://postgres@", "://postgres:s3cret@", 1)
	if withPassword == pgDSN {
		t.Logf("%s names no user postgres: the password check is left out", pgtest.Variable)
	} else if code, stdout, stderr := run(t, nil, "", "status", "--json", "--db", withPassword); code != 0 ||
		strings.Contains(stdout+stderr, "s3cret") || !strings.Contains(stdout, "xxxxx") {
		t.Errorf("status on PostgreSQL: exit %d\n%s\n%s", code, stdout, stderr)
	}
	// The same search finds the same articles.
	if code, stdout, stderr := run(t, nil, "", "search", "--db", pgDSN, "--json", "ferry"); code != 0 || !strings.Contains(stdout, `"snippet"`) {
		t.Errorf("search on PostgreSQL: exit %d\n%s\n%s", code, stdout, stderr)
	}
}

// corpusFactsOf names what a store holds by URL, not by ID, so that two
// databases compare whatever IDs they gave.
type corpusFactsOf struct {
	counts                    store.Counts
	relations, edges, stories []string
}

func corpusFacts(t *testing.T, s store.Store) corpusFactsOf {
	t.Helper()
	ctx := context.Background()
	var f corpusFactsOf
	var err error
	if f.counts, err = s.Counts(ctx); err != nil {
		t.Fatal(err)
	}
	urls := map[int64]string{}
	for after := int64(0); ; {
		page, err := s.Articles(ctx, after, 500)
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
	// Everything a relation says, by URL (IDs may differ between
	// databases): its kind, score, coverage, passages and changes.
	for after := [2]int64{}; ; {
		rels, err := s.AllRelations(ctx, after, 5000)
		if err != nil {
			t.Fatal(err)
		}
		if len(rels) == 0 {
			break
		}
		for _, r := range rels {
			f.relations = append(f.relations, fmt.Sprintf("%s %s %s score %.9f coverage %.9f %.9f passages %s changes %s",
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
			f.edges = append(f.edges, fmt.Sprintf("%s ← %s (%s, score %.9f, confidence %.9f, conflict %v)",
				urls[e.To], from, e.Relation, e.Score, e.Confidence, e.Conflict))
			after = e.To
		}
	}
	stories, err := s.Stories(ctx, 1, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range stories {
		f.stories = append(f.stories, fmt.Sprintf("%s: %d articles, %d outlets, root %s", urls[st.ID], st.Articles, st.Outlets, st.RootURL))
	}
	for _, list := range [][]string{f.relations, f.edges, f.stories} {
		slices.Sort(list)
	}
	return f
}
