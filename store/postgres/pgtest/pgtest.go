// Package pgtest gives a test a PostgreSQL schema of its own in the
// database named by $ECHOTRACE_TEST_POSTGRES, and skips the test, loudly,
// when that is not set. Schemas are dropped when their test ends, so tests
// can run in parallel on one database and leave nothing behind. It is for
// tests only: it creates and drops schemas.
package pgtest

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

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Variable names the database tests may use (.ci/run sets it).
const Variable = "ECHOTRACE_TEST_POSTGRES"

// Example is what Variable holds on a developer machine with a local
// server that trusts local connections.
const Example = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// WarnIfUnset says on stderr that PostgreSQL tests will be skipped, for a
// TestMain to call: skips are only listed with -v, and a green run that
// tested nothing must not pass for one that did.
func WarnIfUnset(pkg string) {
	if os.Getenv(Variable) == "" {
		fmt.Fprintf(os.Stderr, "\n*** %s: SKIPPING the tests that need PostgreSQL: %s is not set (e.g. %s) ***\n\n",
			pkg, Variable, Example)
	}
}

// DSN creates a schema for the test and returns a DSN whose connections
// work in it (its search_path), dropping the schema when the test ends.
// Without Variable set, the test is skipped.
func DSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(Variable)
	if dsn == "" {
		t.Skipf("SKIPPED: %s is not set, so PostgreSQL is NOT tested (e.g. %s=%s)", Variable, Variable, Example)
	}
	u, err := url.Parse(dsn)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		t.Fatalf("%s must be a postgres:// URL, not %q", Variable, dsn)
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect to %s: %v", Variable, err)
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
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
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
func installUnaccent(t testing.TB, admin *pgx.Conn) {
	unaccentOnce.Do(func() {
		_, err := admin.Exec(context.Background(), `CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`)
		var pgErr *pgconn.PgError
		switch {
		case err == nil:
		case errors.As(err, &pgErr) && (pgErr.Code == "23505" || pgErr.Code == "42710"):
			// Another test binary created it at the same moment: it is there.
		default:
			t.Logf("unaccent is not available (%v): search will tell diacritics apart", err)
		}
	})
}
