package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/echotrace/echotrace/corpuscopy"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/store/sqlite"
)

func (a *App) runCopy(ctx context.Context, args []string) error {
	fs := newFlags("copy", "copy --from DSN --to DSN [--batch N] [--json]\n\n"+
		"Copies a corpus (captures, articles with their versions, index entries, relations, provenance,\n"+
		"stories, outlet mappings and groups, alias groups, feeds, watches, failures, import runs) from\n"+
		"one database to another: a SQLite file or a postgres:// DSN on either side. The destination is\n"+
		"migrated first; it should be empty or hold an earlier, interrupted copy of the same source:\n"+
		"running the same command again finishes that copy.", a.Stderr)
	from := fs.String("from", "", "the database to copy (SQLite path or postgres:// DSN)")
	to := fs.String("to", "", "the database to copy into (created or migrated)")
	batch := fs.Int("batch", 100, "records stored per transaction")
	asJSON := fs.Bool("json", false, "print the summary as JSON on standard output")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		return usagef("name both databases: --from DSN --to DSN")
	}
	if *batch <= 0 {
		return usagef("--batch must be positive")
	}
	same, err := sameDatabase(*from, *to)
	if err != nil {
		return err
	}
	if same {
		return usagef("--from and --to name the same database")
	}
	if !isPostgres(*from) {
		// Opening a missing SQLite file would create an empty corpus and
		// copy nothing without a word.
		if _, err := os.Stat(sqlitePath(*from)); err != nil {
			return fmt.Errorf("--from: %w", err)
		}
	}
	src, err := openDSN(ctx, *from, false)
	if err != nil {
		return fmt.Errorf("--from: %w", err)
	}
	defer src.Close()
	dst, err := openDSN(ctx, *to, true)
	if err != nil {
		return fmt.Errorf("--to: %w", err)
	}
	defer dst.Close()
	c := &corpuscopy.Copier{From: src, To: dst, Batch: *batch, Report: a.Stderr, Every: 2 * time.Second}
	sum, err := c.Copy(ctx)
	fmt.Fprintln(a.Stderr, sum.Line())
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("interrupted; what was copied is kept, and running the same command again finishes the copy: %w", context.Canceled)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	}
	return nil
}

// openDSN opens a database other than the configured one, as openStore
// would.
func openDSN(ctx context.Context, dsn string, migrate bool) (store.Store, error) {
	if isPostgres(dsn) {
		return postgres.Open(ctx, dsn, postgres.Options{Migrate: migrate})
	}
	return sqlite.Open(ctx, sqlitePath(dsn), sqlite.Options{Migrate: migrate})
}

func sqlitePath(dsn string) string {
	return strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite://"), "sqlite:")
}

// sameDatabase reports whether two DSNs name one database: the same file
// (by its absolute path, or the same inode when both exist), or the same
// PostgreSQL server, database and schema.
func sameDatabase(a, b string) (bool, error) {
	if isPostgres(a) != isPostgres(b) {
		return false, nil
	}
	if isPostgres(a) {
		ca, err := pgconn.ParseConfig(a)
		if err != nil {
			return false, fmt.Errorf("--from: %s: %w", postgres.RedactDSN(a), err)
		}
		cb, err := pgconn.ParseConfig(b)
		if err != nil {
			return false, fmt.Errorf("--to: %s: %w", postgres.RedactDSN(b), err)
		}
		return ca.Host == cb.Host && ca.Port == cb.Port && ca.Database == cb.Database &&
			ca.RuntimeParams["search_path"] == cb.RuntimeParams["search_path"], nil
	}
	pa, pb := sqlitePath(a), sqlitePath(b)
	if fa, err := os.Stat(pa); err == nil {
		if fb, err := os.Stat(pb); err == nil {
			return os.SameFile(fa, fb), nil
		}
	}
	aa, err := filepath.Abs(pa)
	if err != nil {
		return false, err
	}
	ab, err := filepath.Abs(pb)
	if err != nil {
		return false, err
	}
	return aa == ab, nil
}
