// Package postgres is the store for deployments that outgrow one machine:
// PostgreSQL through pgx, a pool of connections shared by every call, so
// that many processes on many machines can import, relate and serve one
// corpus. It implements store.Store with the same behaviour as store/sqlite
// (the contract suite in store/storetest says what that is), with its own
// embedded, numbered migrations. It never changes a schema that is behind
// unless asked to (Options.Migrate), and never touches one that is ahead.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is the PostgreSQL implementation of store.Store.
type DB struct {
	// name is the DSN without its password, for messages.
	name string
	pool *pgxpool.Pool
	now  func() time.Time
}

var _ store.Store = (*DB)(nil)

// Options tune Open.
type Options struct {
	// Migrate applies pending migrations to an existing schema. An empty
	// database is always initialised; one that is behind is refused unless
	// Migrate is set, so that a shared database is never changed by a
	// process that merely meant to read it.
	Migrate bool
}

// Open connects to the database at dsn (a postgres:// URL or a key=value
// string, as pgx reads them) and checks or applies its migrations.
func Open(ctx context.Context, dsn string, opts Options) (*DB, error) {
	return openWith(ctx, dsn, opts, migrations)
}

func openWith(ctx context.Context, dsn string, opts Options, list func() ([]migration, error)) (*DB, error) {
	name := RedactDSN(dsn)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	// Every statement of the pipeline reads or writes a few rows by key.
	// With statistics that lag behind fast-growing tables, the planner
	// started parallel workers for such look-ups (5 ms for one relation
	// row at 18,000 articles, many times per article); never here, unless
	// the DSN says otherwise.
	if _, set := cfg.ConnConfig.RuntimeParams["max_parallel_workers_per_gather"]; !set {
		cfg.ConnConfig.RuntimeParams["max_parallel_workers_per_gather"] = "0"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	db := &DB{name: name, pool: pool, now: time.Now}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	ms, err := list()
	if err != nil {
		pool.Close()
		return nil, err
	}
	if err := db.migrate(ctx, ms, opts.Migrate); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the pool, waiting for connections in use to be returned.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// Pool is the connection pool, for packages that keep their own tables in
// the same database (the job queue) and share its connections.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// RedactDSN drops the password from a DSN, so that messages can name the
// database they are about.
func RedactDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.Scheme == "" {
		// key=value form: say nothing of it rather than risk the password.
		return "the PostgreSQL database"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.String()
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

// migrationLock is the advisory lock key that serialises migrations of one
// database: a process that opens a database while another migrates it
// waits, then finds it up to date, instead of applying the same migration
// twice. It is derived from a fixed name so that every echotrace binary
// uses the same key.
var migrationLock = func() int64 {
	h := fnv.New64a()
	h.Write([]byte("echotrace schema migrations"))
	return int64(h.Sum64())
}()

func (db *DB) migrate(ctx context.Context, ms []migration, allowUpgrade bool) error {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", db.name, err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
		return fmt.Errorf("%s: waiting for other migrations: %w", db.name, err)
	}
	defer func() {
		// A fresh context: the lock must be released even when ctx was
		// cancelled, or the connection goes back to the pool holding it.
		if _, err := conn.Exec(context.Background(), `SELECT pg_advisory_unlock($1)`, migrationLock); err != nil {
			conn.Conn().Close(context.Background())
		}
	}()

	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`); err != nil {
		return fmt.Errorf("%s: %w", db.name, err)
	}
	var current int
	if err := conn.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return fmt.Errorf("%s: %w", db.name, err)
	}
	latest := ms[len(ms)-1].version
	switch {
	case current > latest:
		return fmt.Errorf("%s is at schema version %d, this binary knows %d: %w", db.name, current, latest, echotrace.ErrSchemaAhead)
	case current > 0 && current < latest && !allowUpgrade:
		return fmt.Errorf("%s is at schema version %d, this binary needs %d; run `echotrace migrate --db %s`: %w",
			db.name, current, latest, db.name, echotrace.ErrSchemaBehind)
	}
	for _, m := range ms {
		if m.version <= current {
			continue
		}
		// One transaction per migration: a failure leaves the previous
		// version intact (PostgreSQL's DDL is transactional).
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`,
				m.version, m.name, db.now())
			return err
		})
		if err != nil {
			return fmt.Errorf("%s: migration %s: %w", db.name, m.name, err)
		}
	}
	return nil
}

// SchemaVersion reports the version the database is at.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// tx runs fn in a transaction, committed when fn returns nil and rolled
// back otherwise. Two transactions that lock the same rows in opposite
// orders (two imports storing the same pages in another order) can
// deadlock; PostgreSQL then aborts one, and it is run again, which is safe
// because every fn here only writes what its arguments say.
func (db *DB) tx(ctx context.Context, fn func(pgx.Tx) error) error {
	const attempts = 4
	for i := 1; ; i++ {
		err := pgx.BeginFunc(ctx, db.pool, fn)
		if err == nil || i == attempts || !retryable(err) {
			return err
		}
	}
}

func retryable(err error) bool {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return false
	}
	return pgErr.Code == "40P01" || pgErr.Code == "40001" // deadlock_detected, serialization_failure
}

// ts is how a time is stored: in UTC, to the microsecond, which is all
// TIMESTAMPTZ keeps (so that a time read back equals the one compared).
func ts(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// nullTS stores the zero time as NULL (unknown).
func nullTS(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := ts(t)
	return &u
}

// fromNull reads a nullable time: zero when NULL, in UTC otherwise.
func fromNull(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

func jsonOr(b []byte, empty string) string {
	if len(b) == 0 {
		return empty
	}
	return string(b)
}
