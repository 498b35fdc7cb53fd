package postgres

import (
	"context"
	"fmt"

	"github.com/echotrace/echotrace/store"
)

// RecordFailure implements store.Store. The same record failing again
// replaces its earlier entry rather than piling up duplicates.
func (db *DB) RecordFailure(ctx context.Context, f store.Failure) error {
	at := f.At
	if at.IsZero() {
		at = db.now()
	}
	_, err := db.pool.Exec(ctx, `INSERT INTO ingest_failures (origin, origin_ref, error, at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (origin, origin_ref) DO UPDATE SET error = excluded.error, at = excluded.at`,
		text(f.Origin), text(f.OriginRef), text(f.Error), ts(at))
	if err != nil {
		return fmt.Errorf("record failure of %s: %w", f.OriginRef, err)
	}
	return nil
}

// Failures implements store.Store.
func (db *DB) Failures(ctx context.Context, limit int) ([]store.Failure, error) {
	rows, err := db.pool.Query(ctx, `SELECT origin, origin_ref, error, at FROM ingest_failures ORDER BY at DESC, id DESC LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("failures: %w", err)
	}
	defer rows.Close()
	var out []store.Failure
	for rows.Next() {
		var f store.Failure
		if err := rows.Scan(&f.Origin, &f.OriginRef, &f.Error, &f.At); err != nil {
			return nil, fmt.Errorf("failures: %w", err)
		}
		f.At = f.At.UTC()
		out = append(out, f)
	}
	return out, rows.Err()
}

// Counts implements store.Store. Exact counts, in one statement so that
// they describe one moment; count(*) on a large table is a scan, which a
// status page can afford and a hot path should not call.
func (db *DB) Counts(ctx context.Context) (store.Counts, error) {
	var c store.Counts
	err := db.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM outlets), (SELECT count(*) FROM articles), (SELECT count(*) FROM article_versions),
		(SELECT count(*) FROM captures), (SELECT count(*) FROM captures WHERE error <> '' AND article_id IS NULL),
		(SELECT count(*) FROM ingest_failures), (SELECT count(*) FROM reuse_index), (SELECT count(*) FROM relations)`).
		Scan(&c.Outlets, &c.Articles, &c.Versions, &c.Captures, &c.CaptureErrors, &c.IngestFailures, &c.Indexed, &c.Relations)
	if err != nil {
		return c, fmt.Errorf("counts: %w", err)
	}
	return c, nil
}
