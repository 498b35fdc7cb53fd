package sqlite

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
	_, err := db.write.ExecContext(ctx, `INSERT INTO ingest_failures (origin, origin_ref, error, at) VALUES (?, ?, ?, ?)
		ON CONFLICT (origin, origin_ref) DO UPDATE SET error = excluded.error, at = excluded.at`,
		f.Origin, f.OriginRef, f.Error, formatTime(at))
	if err != nil {
		return fmt.Errorf("record failure of %s: %w", f.OriginRef, err)
	}
	return nil
}

// Failures implements store.Store.
func (db *DB) Failures(ctx context.Context, limit int) ([]store.Failure, error) {
	rows, err := db.query(ctx, `SELECT origin, origin_ref, error, at FROM ingest_failures ORDER BY at DESC, id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("failures: %w", err)
	}
	defer rows.Close()
	var out []store.Failure
	for rows.Next() {
		var f store.Failure
		var at string
		if err := rows.Scan(&f.Origin, &f.OriginRef, &f.Error, &at); err != nil {
			return nil, err
		}
		if f.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// Counts implements store.Store.
func (db *DB) Counts(ctx context.Context) (store.Counts, error) {
	var c store.Counts
	err := db.queryRow(ctx, `SELECT
		(SELECT count(*) FROM outlets), (SELECT count(*) FROM articles), (SELECT count(*) FROM article_versions),
		(SELECT count(*) FROM captures), (SELECT count(*) FROM captures WHERE error != '' AND article_id IS NULL),
		(SELECT count(*) FROM ingest_failures), (SELECT count(*) FROM reuse_index), (SELECT count(*) FROM relations)`).
		Scan(&c.Outlets, &c.Articles, &c.Versions, &c.Captures, &c.CaptureErrors, &c.IngestFailures, &c.Indexed, &c.Relations)
	if err != nil {
		return c, fmt.Errorf("counts: %w", err)
	}
	return c, nil
}
