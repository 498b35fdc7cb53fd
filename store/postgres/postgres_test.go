package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"sync"
	"testing"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/storetest"
	"github.com/jackc/pgx/v5"
)

// testDSNVariable names the database the tests may use. Each test works in
// a schema of its own, created and dropped around it, so that tests run in
// parallel and leave nothing behind.
const testDSNVariable = "ECHOTRACE_TEST_POSTGRES"

func TestMain(m *testing.M) {
	if os.Getenv(testDSNVariable) == "" {
		// Said on stderr as well as in each skip, so that it shows without -v:
		// a green run that tested nothing must not pass for one that did.
		fmt.Fprintf(os.Stderr, "\n*** SKIPPING the PostgreSQL store's tests: %s is not set "+
			"(e.g. postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable; .ci/run sets it) ***\n\n", testDSNVariable)
	}
	os.Exit(m.Run())
}

// testSchema creates a schema for one test and returns a DSN whose
// connections work in it, dropping it when the test ends.
func testSchema(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv(testDSNVariable)
	if dsn == "" {
		t.Skipf("SKIPPED: %s is not set; the PostgreSQL store is NOT tested", testDSNVariable)
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect to %s: %v", testDSNVariable, err)
	}
	defer admin.Close(ctx)
	installUnaccent(t, admin)
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(context.Background(), dsn)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(context.Background())
		if _, err := conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("%s must be a postgres:// URL: %v", testDSNVariable, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

var unaccentOnce sync.Once

// installUnaccent installs the unaccent extension in the public schema
// before any test schema exists: otherwise the first migration would
// install it in its own test schema, and dropping that schema would take
// the extension, and every other test's search configuration, with it.
func installUnaccent(t *testing.T, admin *pgx.Conn) {
	unaccentOnce.Do(func() {
		ctx := context.Background()
		// The migrations' lock: two test binaries (or a migration) creating
		// it at once would collide.
		if _, err := admin.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
			t.Fatalf("lock: %v", err)
		}
		defer admin.Exec(ctx, `SELECT pg_advisory_unlock($1)`, migrationLock)
		if _, err := admin.Exec(ctx, `CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`); err != nil {
			t.Logf("unaccent is not available (%v): search will tell diacritics apart", err)
		}
	})
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
		return openTest(t, testSchema(t), Options{})
	})
}

func TestFreshSchemaMigratesOnceOnly(t *testing.T) {
	ctx := context.Background()
	dsn := testSchema(t)
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

func TestSchemaAheadIsRefused(t *testing.T) {
	ctx := context.Background()
	dsn := testSchema(t)
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
	dsn := testSchema(t)
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
	dsn := testSchema(t)
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
	dsn := testSchema(t)
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
		if got := redact(dsn); got != want {
			t.Errorf("redact(%q) = %q, want %q", dsn, got, want)
		}
	}
}

func TestSplitHeadline(t *testing.T) {
	for _, tc := range []struct {
		in    string
		text  string
		spans [][2]int
	}{
		{"the \x02safety\x03 \x02audit\x03 was\n\npublished", "the safety audit was published", [][2]int{{4, 16}}},
		{"\x02Kyïv\x03 and \x02café\x03", "Kyïv and café", [][2]int{{0, 4}, {9, 13}}},
		{"stray \x03 end \x02open", "stray end open", [][2]int{}},
	} {
		text, spans := splitHeadline(tc.in)
		if text != tc.text || fmt.Sprint(spans) != fmt.Sprint(tc.spans) {
			t.Errorf("splitHeadline(%q) = %q %v, want %q %v", tc.in, text, spans, tc.text, tc.spans)
		}
	}
}
