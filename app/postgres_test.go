package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/store/postgres/pgtest"
	"github.com/echotrace/echotrace/store/sqlite"
	"github.com/echotrace/echotrace/store/storetest"
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

	want := storetest.ReadFacts(t, lite)
	t.Logf("SQLite: %+v, %d relations listed, %d sources, %d stories", want.Counts, len(want.Relations), len(want.Edges), len(want.Stories))
	storetest.CompareFacts(t, "PostgreSQL", storetest.ReadFacts(t, pg), "SQLite", want)
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
