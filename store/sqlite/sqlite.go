// Package sqlite is the embedded store: one file, WAL mode, foreign keys on,
// migrations embedded in the binary. It opens two pools on the same file:
// one connection for writes (SQLite has one writer; a single connection with
// BEGIN IMMEDIATE avoids lock-upgrade deadlocks) and several read-only ones,
// so that readers never wait for an import.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is the SQLite implementation of store.Store.
type DB struct {
	path  string
	write *sql.DB
	read  *sql.DB
	reads *readStmts
	now   func() time.Time
}

var _ store.Store = (*DB)(nil)

// Options tune Open.
type Options struct {
	// Migrate applies pending migrations to an existing database. A new
	// (empty) database is always initialised; an existing one that is behind
	// is refused unless Migrate is set, so that an old file is never changed
	// behind the user's back.
	Migrate bool
}

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	for _, p := range []string{"foreign_keys(1)", "busy_timeout(15000)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	if readOnly {
		q.Add("_pragma", "query_only(1)")
		// Readers map the file instead of copying pages into each
		// connection's small page cache: full-text ranking reads a
		// document-size row per match, and at 100,000 articles those page
		// reads were a fifth of a search's CPU.
		q.Add("_pragma", "mmap_size(1073741824)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Set("_txlock", "immediate")
	}
	return "file:" + path + "?" + q.Encode()
}

// Open opens (creating if needed) the database file at path.
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	return openWith(ctx, path, opts, migrations)
}

func openWith(ctx context.Context, path string, opts Options, list func() ([]migration, error)) (*DB, error) {
	write, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	write.SetMaxOpenConns(1)
	write.SetConnMaxIdleTime(0)
	db := &DB{path: path, write: write, now: time.Now}
	if err := write.PingContext(ctx); err != nil {
		write.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	ms, err := list()
	if err != nil {
		write.Close()
		return nil, err
	}
	if err := db.migrate(ctx, ms, opts.Migrate); err != nil {
		write.Close()
		return nil, err
	}
	read, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	read.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)))
	db.read, db.reads = read, &readStmts{pool: read, stmts: map[string]*sql.Stmt{}}
	return db, nil
}

// Close closes both pools.
func (db *DB) Close() error {
	return errors.Join(db.reads.close(), db.read.Close(), db.write.Close())
}

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and _", e.Name())
		}
		b, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// LatestVersion is the schema version this binary writes.
func LatestVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

func (db *DB) migrate(ctx context.Context, ms []migration, allowUpgrade bool) error {
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("%s: %w", db.path, err)
	}
	var current int
	if err := db.write.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return fmt.Errorf("%s: %w", db.path, err)
	}
	latest := ms[len(ms)-1].version
	switch {
	case current > latest:
		return fmt.Errorf("%s is at schema version %d, this binary knows %d: %w", db.path, current, latest, echotrace.ErrSchemaAhead)
	case current > 0 && current < latest && !allowUpgrade:
		return fmt.Errorf("%s is at schema version %d, this binary needs %d; run `echotrace migrate --db %s`: %w",
			db.path, current, latest, db.path, echotrace.ErrSchemaBehind)
	}
	for _, m := range ms {
		if m.version <= current {
			continue
		}
		// One transaction per migration: a failure leaves the previous version intact.
		err := db.tx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, formatTime(db.now()))
			return err
		})
		if err != nil {
			return fmt.Errorf("%s: migration %s: %w", db.path, m.name, err)
		}
	}
	return nil
}

// SchemaVersion reports the version the database is at.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.queryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

func (db *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// timeLayout is fixed-width so that stored times sort as strings.
const timeLayout = "2006-01-02T15:04:05.000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return formatTime(t)
}

func parseTime(s string) (time.Time, error) {
	return time.Parse(time.RFC3339Nano, s)
}

func parseNullTime(s sql.NullString) (time.Time, error) {
	if !s.Valid || s.String == "" {
		return time.Time{}, nil
	}
	return parseTime(s.String)
}
