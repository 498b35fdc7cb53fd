package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// newestVersionJoin picks each article's newest version, as articleSQL does.
const newestVersionJoin = `JOIN article_versions v ON v.id = (SELECT id FROM article_versions n WHERE n.article_id = a.id
		ORDER BY n.seen_at DESC, n.number DESC LIMIT 1)
	JOIN outlets o ON o.id = a.outlet_id`

func scanJobs(rows *sql.Rows) ([]echotrace.IndexJob, error) {
	defer rows.Close()
	var out []echotrace.IndexJob
	for rows.Next() {
		var j echotrace.IndexJob
		var pub sql.NullString
		if err := rows.Scan(&j.ArticleID, &j.VersionID, &j.Outlet, &j.Text, &pub); err != nil {
			return nil, err
		}
		var err error
		if j.Published, err = parseNullTime(pub); err != nil {
			return nil, err
		}
		out = append(out, j)
	}
	return out, rows.Err()
}

// PendingIndex implements store.Store.
func (db *DB) PendingIndex(ctx context.Context, aliases string, afterID int64, limit int) ([]echotrace.IndexJob, error) {
	rows, err := db.query(ctx, `SELECT a.id, v.id, o.domain, v.text, v.published FROM articles a `+newestVersionJoin+`
		LEFT JOIN reuse_index r ON r.article_id = a.id
		WHERE a.id > ? AND (r.article_id IS NULL OR r.version_id != v.id OR r.aliases != ?)
		ORDER BY a.id LIMIT ?`, afterID, aliases, limit)
	if err != nil {
		return nil, fmt.Errorf("pending index: %w", err)
	}
	return scanJobs(rows)
}

// Texts implements store.Store.
func (db *DB) Texts(ctx context.Context, ids []int64) ([]echotrace.IndexJob, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	var out []echotrace.IndexJob
	const chunk = 500
	for start := 0; start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := db.query(ctx, `SELECT a.id, v.id, o.domain, v.text, v.published FROM articles a `+newestVersionJoin+`
			WHERE a.id IN (?`+strings.Repeat(",?", len(part)-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("texts: %w", err)
		}
		jobs, err := scanJobs(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, jobs...)
	}
	return out, nil
}

// IndexEntries implements store.Store.
func (db *DB) IndexEntries(ctx context.Context, afterID int64, limit int) ([]echotrace.IndexEntry, error) {
	rows, err := db.query(ctx, `SELECT article_id, version_id, aliases, entry FROM reuse_index
		WHERE article_id > ? ORDER BY article_id LIMIT ?`, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("index entries: %w", err)
	}
	defer rows.Close()
	var out []echotrace.IndexEntry
	for rows.Next() {
		var e echotrace.IndexEntry
		if err := rows.Scan(&e.ArticleID, &e.VersionID, &e.Aliases, &e.Data); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// SaveRelated implements store.Store.
func (db *DB) SaveRelated(ctx context.Context, items []store.Related) error {
	now := formatTime(db.now())
	return db.tx(ctx, func(sqlTx *sql.Tx) error {
		tx := newTxStmts(sqlTx)
		defer tx.Close()
		for _, it := range items {
			e := it.Entry
			if _, err := tx.ExecContext(ctx, `INSERT INTO reuse_index (article_id, version_id, aliases, entry, indexed_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET version_id = excluded.version_id,
				aliases = excluded.aliases, entry = excluded.entry, indexed_at = excluded.indexed_at`,
				e.ArticleID, e.VersionID, e.Aliases, e.Data, now); err != nil {
				return fmt.Errorf("index entry of %d: %w", e.ArticleID, err)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM relations WHERE a_id = ? OR b_id = ?`, e.ArticleID, e.ArticleID); err != nil {
				return err
			}
			for _, r := range it.Relations {
				if r.A == r.B || (r.A != e.ArticleID && r.B != e.ArticleID) {
					return fmt.Errorf("relation %d–%d saved with article %d: %w", r.A, r.B, e.ArticleID, echotrace.ErrInvalid)
				}
				if err := insertRelation(ctx, tx, r, now); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// insertRelation stores r, replacing the pair's earlier relation.
func insertRelation(ctx context.Context, tx *txStmts, r echotrace.Relation, now string) error {
	if r.A >= r.B {
		return fmt.Errorf("relation %d–%d: A must have the lower ID: %w", r.A, r.B, echotrace.ErrInvalid)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO relations (a_id, b_id, relation, score, coverage_a, coverage_b,
		passages, changes, measures, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (a_id, b_id) DO UPDATE SET relation = excluded.relation, score = excluded.score,
		coverage_a = excluded.coverage_a, coverage_b = excluded.coverage_b, passages = excluded.passages,
		changes = excluded.changes, measures = excluded.measures, found_at = excluded.found_at`,
		r.A, r.B, r.Relation, r.Score, r.CoverageA, r.CoverageB, jsonOr(r.Passages, "[]"), jsonOr(r.Changes, "[]"),
		jsonOr(r.Measures, "{}"), now); err != nil {
		return fmt.Errorf("relation %d–%d: %w", r.A, r.B, err)
	}
	return nil
}

// ReviseRelations implements store.Store.
func (db *DB) ReviseRelations(ctx context.Context, set []echotrace.Relation, drop [][2]int64) error {
	now := formatTime(db.now())
	return db.tx(ctx, func(sqlTx *sql.Tx) error {
		tx := newTxStmts(sqlTx)
		defer tx.Close()
		for _, p := range drop {
			if _, err := tx.ExecContext(ctx, `DELETE FROM relations WHERE a_id = ? AND b_id = ?`, p[0], p[1]); err != nil {
				return fmt.Errorf("relation %d–%d: %w", p[0], p[1], err)
			}
		}
		for _, r := range set {
			if err := insertRelation(ctx, tx, r, now); err != nil {
				return err
			}
		}
		return nil
	})
}

func jsonOr(b []byte, empty string) string {
	if len(b) == 0 {
		return empty
	}
	return string(b)
}

// InvalidateIndex implements store.Store.
func (db *DB) InvalidateIndex(ctx context.Context) error {
	_, err := db.write.ExecContext(ctx, `UPDATE reuse_index SET aliases = ''`)
	return err
}

// RelationKinds implements store.Store.
func (db *DB) RelationKinds(ctx context.Context, articleID int64) (map[int64]string, error) {
	rows, err := db.query(ctx, `SELECT b_id, relation FROM relations WHERE a_id = ?
		UNION ALL SELECT a_id, relation FROM relations WHERE b_id = ?`, articleID, articleID)
	if err != nil {
		return nil, fmt.Errorf("relation kinds of %d: %w", articleID, err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var other int64
		var kind string
		if err := rows.Scan(&other, &kind); err != nil {
			return nil, err
		}
		out[other] = kind
	}
	return out, rows.Err()
}

// Relations implements store.Store.
func (db *DB) Relations(ctx context.Context, articleID int64) ([]echotrace.Relation, error) {
	rows, err := db.query(ctx, `SELECT a_id, b_id, relation, score, coverage_a, coverage_b, passages, changes,
		measures, found_at FROM relations WHERE a_id = ? UNION ALL SELECT a_id, b_id, relation, score, coverage_a, coverage_b,
		passages, changes, measures, found_at FROM relations WHERE b_id = ? ORDER BY 1, 2`, articleID, articleID)
	if err != nil {
		return nil, fmt.Errorf("relations of %d: %w", articleID, err)
	}
	defer rows.Close()
	var out []echotrace.Relation
	for rows.Next() {
		var r echotrace.Relation
		var passages, changes, measures, found string
		if err := rows.Scan(&r.A, &r.B, &r.Relation, &r.Score, &r.CoverageA, &r.CoverageB, &passages, &changes, &measures, &found); err != nil {
			return nil, err
		}
		r.Passages, r.Changes, r.Measures = []byte(passages), []byte(changes), []byte(measures)
		if found != "" {
			if r.FoundAt, err = parseTime(found); err != nil {
				return nil, err
			}
		}
		out = append(out, r)
	}
	return out, errors.Join(rows.Err())
}
