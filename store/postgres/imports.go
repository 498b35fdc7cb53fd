package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/echotrace/echotrace"
)

// StartImportRun implements store.Store.
func (db *DB) StartImportRun(ctx context.Context, source string, started time.Time) (int64, error) {
	var id int64
	err := db.pool.QueryRow(ctx, `INSERT INTO import_runs (source, started, updated, state) VALUES ($1, $2, $2, $3) RETURNING id`,
		source, ts(started), echotrace.ImportRunning).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("import run of %s: %w", source, err)
	}
	return id, nil
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
	tag, err := db.pool.Exec(ctx, `UPDATE import_runs SET updated = $1, finished = $2, state = $3, articles = $4, skipped = $5, error = $6
		WHERE id = $7`, ts(updated), nullTS(run.Finished), run.State, run.Articles, run.Skipped, run.Error, run.ID)
	if err != nil {
		return fmt.Errorf("import run %d: %w", run.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("import run %d: %w", run.ID, echotrace.ErrNotFound)
	}
	return nil
}

// ImportRuns implements store.Store.
func (db *DB) ImportRuns(ctx context.Context, limit int) ([]echotrace.ImportRun, error) {
	rows, err := db.pool.Query(ctx, `SELECT id, source, started, updated, finished, state, articles, skipped, error
		FROM import_runs ORDER BY started DESC, id DESC LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("import runs: %w", err)
	}
	defer rows.Close()
	out := []echotrace.ImportRun{}
	for rows.Next() {
		var r echotrace.ImportRun
		var finished *time.Time
		if err := rows.Scan(&r.ID, &r.Source, &r.Started, &r.Updated, &finished, &r.State, &r.Articles, &r.Skipped, &r.Error); err != nil {
			return nil, fmt.Errorf("import runs: %w", err)
		}
		r.Started, r.Updated, r.Finished = r.Started.UTC(), r.Updated.UTC(), fromNull(finished)
		out = append(out, r)
	}
	return out, rows.Err()
}
