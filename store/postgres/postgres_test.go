package postgres

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres/pgtest"
	"github.com/echotrace/echotrace/store/storetest"
)

func TestMain(m *testing.M) {
	pgtest.WarnIfUnset("store/postgres")
	os.Exit(m.Run())
}

func openTest(t *testing.T, dsn string, opts Options) *DB {
	t.Helper()
	db, err := Open(context.Background(), dsn, opts)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		return openTest(t, pgtest.DSN(t), Options{})
	})
}

func TestFreshSchemaMigratesOnceOnly(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	db := openTest(t, dsn, Options{})
	if v, err := db.SchemaVersion(ctx); err != nil || v != LatestVersion() || v == 0 {
		t.Fatalf("schema version = %d, %v; want %d", v, err, LatestVersion())
	}
	db.Close()
	// A second open changes nothing.
	db = openTest(t, dsn, Options{Migrate: true})
	defer db.Close()
	var applied int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&applied); err != nil {
		t.Fatal(err)
	}
	if ms, _ := migrations(); applied != len(ms) {
		t.Errorf("%d migrations recorded, want %d", applied, len(ms))
	}
}

// The test server has unaccent (pgtest installs it): search must fold
// diacritics, as the contract's search tests expect.
func TestSearchFoldsDiacritics(t *testing.T) {
	db := openTest(t, pgtest.DSN(t), Options{})
	defer db.Close()
	ctx := context.Background()
	if folds, err := db.FoldsDiacritics(ctx); err != nil || !folds {
		t.Errorf("FoldsDiacritics = %v, %v; want true", folds, err)
	}
	// What migration 0002 makes of a server without unaccent.
	if _, err := db.pool.Exec(ctx, `ALTER TEXT SEARCH CONFIGURATION echotrace_search
		ALTER MAPPING FOR word, hword, hword_part WITH simple`); err != nil {
		t.Fatal(err)
	}
	if folds, err := db.FoldsDiacritics(ctx); err != nil || folds {
		t.Errorf("without unaccent, FoldsDiacritics = %v, %v; want false", folds, err)
	}
}

func TestSchemaAheadIsRefused(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	db := openTest(t, dsn, Options{})
	if _, err := db.pool.Exec(ctx, `INSERT INTO schema_migrations VALUES (99999, '99999_future.sql', now())`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, dsn, Options{Migrate: true}); !errors.Is(err, echotrace.ErrSchemaAhead) {
		t.Fatalf("open of a newer schema: %v, want ErrSchemaAhead", err)
	}
}

func TestSchemaBehindIsRefusedUntilMigrated(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	openTest(t, dsn, Options{}).Close()
	// Pretend this binary ships one more migration than the schema has.
	extra := migration{version: LatestVersion() + 1, name: "next_test.sql", sql: `CREATE TABLE next_test (x INTEGER)`}
	withExtra := func() ([]migration, error) {
		ms, err := migrations()
		return append(ms, extra), err
	}
	if _, err := openWith(ctx, dsn, Options{}, withExtra); !errors.Is(err, echotrace.ErrSchemaBehind) {
		t.Fatalf("open of an older schema: %v, want ErrSchemaBehind", err)
	}
	db, err := openWith(ctx, dsn, Options{Migrate: true}, withExtra)
	if err != nil {
		t.Fatalf("migrate: %v", err)
	}
	defer db.Close()
	if _, err := db.pool.Exec(ctx, `INSERT INTO next_test VALUES (1)`); err != nil {
		t.Errorf("migration not applied: %v", err)
	}
}

func TestFailedMigrationLeavesThePreviousVersion(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	openTest(t, dsn, Options{}).Close()
	broken := migration{version: LatestVersion() + 1, name: "broken_test.sql",
		sql: `CREATE TABLE half_done (x INTEGER); SELECT no_such_column FROM half_done`}
	withBroken := func() ([]migration, error) {
		ms, err := migrations()
		return append(ms, broken), err
	}
	if _, err := openWith(ctx, dsn, Options{Migrate: true}, withBroken); err == nil {
		t.Fatal("a failing migration was reported as applied")
	}
	db := openTest(t, dsn, Options{})
	defer db.Close()
	if v, err := db.SchemaVersion(ctx); err != nil || v != LatestVersion() {
		t.Errorf("schema version after a failed migration = %d, %v; want %d", v, err, LatestVersion())
	}
	var exists bool
	if err := db.pool.QueryRow(ctx, `SELECT to_regclass('half_done') IS NOT NULL`).Scan(&exists); err != nil || exists {
		t.Errorf("the failed migration's first statement stayed applied (%v)", err)
	}
}

func TestConcurrentMigratorsDoNotCollide(t *testing.T) {
	dsn := pgtest.DSN(t)
	const processes = 4
	var wg sync.WaitGroup
	errs := make(chan error, processes)
	for range processes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := Open(context.Background(), dsn, Options{Migrate: true})
			if err != nil {
				errs <- err
				return
			}
			db.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent open: %v", err)
	}
	db := openTest(t, dsn, Options{})
	defer db.Close()
	var applied int
	if err := db.pool.QueryRow(context.Background(), `SELECT count(*) FROM schema_migrations`).Scan(&applied); err != nil {
		t.Fatal(err)
	}
	if ms, _ := migrations(); applied != len(ms) {
		t.Errorf("%d migrations recorded, want %d", applied, len(ms))
	}
}

func TestRedactHidesThePassword(t *testing.T) {
	for dsn, want := range map[string]string{
		"postgres://ed:s3cret@db.example:5432/news?sslmode=disable": "postgres://ed:xxxxx@db.example:5432/news?sslmode=disable",
		"postgres://db.example/news?password=s3cret":                "postgres://db.example/news?password=xxxxx",
		"host=db.example password=s3cret":                           "the PostgreSQL database",
	} {
		if got := RedactDSN(dsn); got != want {
			t.Errorf("RedactDSN(%q) = %q, want %q", dsn, got, want)
		}
	}
}

func TestMarkCuts(t *testing.T) {
	text := "The union said the ferry strike would continue\n\nuntil the operator publishes the safety audit."
	head, tail := text[:30], text[len(text)-30:]
	for _, tc := range []struct {
		snippet string
		spans   [][2]int
		want    string
		wantAt  [][2]int
	}{
		{"The union said the ferry strike would continue until the operator publishes the safety audit.", [][2]int{{19, 24}},
			"The union said the ferry strike would continue until the operator publishes the safety audit.", [][2]int{{19, 24}}},
		{"the ferry strike would continue", [][2]int{{4, 9}}, "…the ferry strike would continue…", [][2]int{{5, 10}}},
		{"The union said the ferry strike", [][2]int{{19, 24}}, "The union said the ferry strike…", [][2]int{{19, 24}}},
		{"publishes the safety audit.", [][2]int{{14, 26}}, "…publishes the safety audit.", [][2]int{{15, 27}}},
	} {
		got, at := markCuts(tc.snippet, tc.spans)(head, tail)
		if got != tc.want || fmt.Sprint(at) != fmt.Sprint(tc.wantAt) {
			t.Errorf("markCuts(%q) = %q %v, want %q %v", tc.snippet, got, at, tc.want, tc.wantAt)
		}
	}
}

func TestAdviceNamesAutovacuumOff(t *testing.T) {
	if got := adviceFor(map[string]string{"autovacuum": "on", "track_counts": "on"}); len(got) != 0 {
		t.Errorf("advice on a well-set server: %q", got)
	}
	got := adviceFor(map[string]string{"autovacuum": "off", "track_counts": "on"})
	if len(got) != 1 || !strings.Contains(got[0], "autovacuum is off") {
		t.Errorf("advice with autovacuum off: %q", got)
	}
	if got := adviceFor(map[string]string{"autovacuum": "on", "track_counts": "off"}); len(got) != 1 || !strings.Contains(got[0], "track_counts") {
		t.Errorf("advice with track_counts off: %q", got)
	}
}

func TestServerAdviceReadsTheServersSettings(t *testing.T) {
	db := openTest(t, pgtest.DSN(t), Options{})
	var autovacuum string
	if err := db.Pool().QueryRow(context.Background(), `SHOW autovacuum`).Scan(&autovacuum); err != nil {
		t.Fatal(err)
	}
	advice, err := db.ServerAdvice(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	warned := len(advice) > 0 && strings.Contains(advice[0], "autovacuum is off")
	if warned != (autovacuum == "off") {
		t.Errorf("autovacuum %s, advice %q", autovacuum, advice)
	}
}
