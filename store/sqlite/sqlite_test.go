package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := Open(context.Background(), filepath.Join(t.TempDir(), "echotrace.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestSchemaVersionChecks(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "echotrace.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if v, err := db.SchemaVersion(ctx); err != nil || v != LatestVersion() || v == 0 {
		t.Fatalf("schema version = %d, %v; want %d", v, err, LatestVersion())
	}

	// A database written by a newer binary is refused, even with Migrate.
	if _, err := db.write.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (99999, '99999_future.sql', '')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, path, Options{Migrate: true}); !errors.Is(err, echotrace.ErrSchemaAhead) {
		t.Fatalf("open of a newer schema: %v, want ErrSchemaAhead", err)
	}
}

func TestSchemaBehindIsRefusedUntilMigrated(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "echotrace.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Pretend this binary ships one more migration than the file has.
	extra := migration{version: LatestVersion() + 1, name: "next_test.sql", sql: `CREATE TABLE next_test (x INTEGER)`}
	withExtra := func() ([]migration, error) {
		ms, err := migrations()
		return append(ms, extra), err
	}
	if _, err := openWith(ctx, path, Options{}, withExtra); !errors.Is(err, echotrace.ErrSchemaBehind) {
		t.Fatalf("open of an older schema: %v, want ErrSchemaBehind", err)
	}
	db, err = openWith(ctx, path, Options{Migrate: true}, withExtra)
	if err != nil {
		t.Fatalf("migrate: %v", err)
	}
	defer db.Close()
	if _, err := db.write.ExecContext(ctx, `INSERT INTO next_test VALUES (1)`); err != nil {
		t.Errorf("migration not applied: %v", err)
	}
}
