package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/echotrace/echotrace"
)

// StartImportRun implements store.Store.
func (db *DB) StartImportRun(ctx context.Context, source string, started time.Time) (int64, error) {
	at := formatTime(started)
	res, err := db.write.ExecContext(ctx, `INSERT INTO import_runs (source, started, updated, state) VALUES (?, ?, ?, ?)`,
		source, at, at, echotrace.ImportRunning)
	if err != nil {
		return 0, fmt.Errorf("import run of %s: %w", source, err)
	}
	return res.LastInsertId()
}

// UpdateImportRun implements store.Store.
func (db *DB) UpdateImportRun(ctx context.Context, run echotrace.ImportRun) error {
	switch run.State {
	case echotrace.ImportRunning, echotrace.ImportDone, echotrace.ImportFailed, echotrace.ImportInterrupted:
	default:
		return fmt.Errorf("import run %d: state %q: %w", run.ID, run.State, echotrace.ErrInvalid)
	}
	updated := run.Updated
	if updated.IsZero() {
		updated = db.now()
	}
	res, err := db.write.ExecContext(ctx, `UPDATE import_runs SET updated = ?, finished = ?, state = ?, articles = ?, skipped = ?, error = ?
		WHERE id = ?`, formatTime(updated), nullTime(run.Finished), run.State, run.Articles, run.Skipped, run.Error, run.ID)
	if err != nil {
		return fmt.Errorf("import run %d: %w", run.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("import run %d: %w", run.ID, echotrace.ErrNotFound)
	}
	return nil
}

// ImportRuns implements store.Store.
func (db *DB) ImportRuns(ctx context.Context, limit int) ([]echotrace.ImportRun, error) {
	rows, err := db.query(ctx, `SELECT id, source, started, updated, finished, state, articles, skipped, error
		FROM import_runs ORDER BY started DESC, id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("import runs: %w", err)
	}
	defer rows.Close()
	out := []echotrace.ImportRun{}
	for rows.Next() {
		var r echotrace.ImportRun
		var started, updated string
		var finished sql.NullString
		if err := rows.Scan(&r.ID, &r.Source, &started, &updated, &finished, &r.State, &r.Articles, &r.Skipped, &r.Error); err != nil {
			return nil, fmt.Errorf("import runs: %w", err)
		}
		if r.Started, err = parseTime(started); err != nil {
			return nil, err
		}
		if r.Updated, err = parseTime(updated); err != nil {
			return nil, err
		}
		if r.Finished, err = parseNullTime(finished); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
