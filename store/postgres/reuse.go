package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/jackc/pgx/v5"
)

const jobColumns = `a.id, v.id, o.domain, v.text, v.published`

func scanJobs(rows pgx.Rows) ([]echotrace.IndexJob, error) {
	defer rows.Close()
	var out []echotrace.IndexJob
	for rows.Next() {
		var j echotrace.IndexJob
		var pub *time.Time
		if err := rows.Scan(&j.ArticleID, &j.VersionID, &j.Outlet, &j.Text, &pub); err != nil {
			return nil, err
		}
		j.Published = fromNull(pub)
		out = append(out, j)
	}
	return out, rows.Err()
}

// PendingIndex implements store.Store.
func (db *DB) PendingIndex(ctx context.Context, aliases string, afterID int64, limit int) ([]echotrace.IndexJob, error) {
	rows, err := db.pool.Query(ctx, `SELECT `+jobColumns+` FROM articles a `+newestVersion+`
		JOIN outlets o ON o.id = a.outlet_id
		LEFT JOIN reuse_index r ON r.article_id = a.id
		WHERE a.id > $1 AND (r.article_id IS NULL OR r.version_id <> v.id OR r.aliases <> $2)
		ORDER BY a.id LIMIT $3`, afterID, aliases, limit)
	if err != nil {
		return nil, fmt.Errorf("pending index: %w", err)
	}
	jobs, err := scanJobs(rows)
	if err != nil {
		return nil, fmt.Errorf("pending index: %w", err)
	}
	return jobs, nil
}

// Texts implements store.Store.
func (db *DB) Texts(ctx context.Context, ids []int64) ([]echotrace.IndexJob, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := db.pool.Query(ctx, `SELECT `+jobColumns+` FROM articles a `+newestVersion+`
		JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("texts: %w", err)
	}
	jobs, err := scanJobs(rows)
	if err != nil {
		return nil, fmt.Errorf("texts: %w", err)
	}
	return jobs, nil
}

// IndexEntries implements store.Store.
func (db *DB) IndexEntries(ctx context.Context, afterID int64, limit int) ([]echotrace.IndexEntry, error) {
	rows, err := db.pool.Query(ctx, `SELECT article_id, version_id, aliases, entry FROM reuse_index
		WHERE article_id > $1 ORDER BY article_id LIMIT $2`, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("index entries: %w", err)
	}
	defer rows.Close()
	var out []echotrace.IndexEntry
	for rows.Next() {
		var e echotrace.IndexEntry
		if err := rows.Scan(&e.ArticleID, &e.VersionID, &e.Aliases, &e.Data); err != nil {
			return nil, fmt.Errorf("index entries: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// SaveRelated implements store.Store: one transaction, its statements
// sent as one batch once every relation is checked.
func (db *DB) SaveRelated(ctx context.Context, items []store.Related) error {
	now := ts(db.now())
	var b pgx.Batch
	for _, it := range items {
		e := it.Entry
		for _, r := range it.Relations {
			if r.A == r.B || (r.A != e.ArticleID && r.B != e.ArticleID) {
				return fmt.Errorf("relation %d–%d saved with article %d: %w", r.A, r.B, e.ArticleID, echotrace.ErrInvalid)
			}
			if err := checkPair(r); err != nil {
				return err
			}
		}
		b.Queue(`INSERT INTO reuse_index (article_id, version_id, aliases, entry, indexed_at)
			VALUES ($1, $2, $3, $4, $5) ON CONFLICT (article_id) DO UPDATE SET version_id = excluded.version_id,
			aliases = excluded.aliases, entry = excluded.entry, indexed_at = excluded.indexed_at`,
			e.ArticleID, e.VersionID, e.Aliases, e.Data, now)
		b.Queue(`DELETE FROM relations WHERE a_id = $1 OR b_id = $1`, e.ArticleID)
		for _, r := range it.Relations {
			queueRelation(&b, r, now)
		}
	}
	if b.Len() == 0 {
		return nil
	}
	return db.tx(ctx, func(tx pgx.Tx) error {
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return fmt.Errorf("save relations: %w", err)
		}
		return nil
	})
}

func checkPair(r echotrace.Relation) error {
	if r.A >= r.B {
		return fmt.Errorf("relation %d–%d: A must have the lower ID: %w", r.A, r.B, echotrace.ErrInvalid)
	}
	return nil
}

// queueRelation stores r, replacing the pair's earlier relation.
func queueRelation(b *pgx.Batch, r echotrace.Relation, now time.Time) {
	b.Queue(`INSERT INTO relations (a_id, b_id, relation, score, coverage_a, coverage_b,
		passages, changes, measures, found_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (a_id, b_id) DO UPDATE SET relation = excluded.relation, score = excluded.score,
		coverage_a = excluded.coverage_a, coverage_b = excluded.coverage_b, passages = excluded.passages,
		changes = excluded.changes, measures = excluded.measures, found_at = excluded.found_at`,
		r.A, r.B, r.Relation, r.Score, r.CoverageA, r.CoverageB, jsonOr(r.Passages, "[]"), jsonOr(r.Changes, "[]"),
		jsonOr(r.Measures, "{}"), now)
}

// ReviseRelations implements store.Store.
func (db *DB) ReviseRelations(ctx context.Context, set []echotrace.Relation, drop [][2]int64) error {
	for _, r := range set {
		if err := checkPair(r); err != nil {
			return err
		}
	}
	now := ts(db.now())
	var b pgx.Batch
	for _, p := range drop {
		b.Queue(`DELETE FROM relations WHERE a_id = $1 AND b_id = $2`, p[0], p[1])
	}
	for _, r := range set {
		queueRelation(&b, r, now)
	}
	if b.Len() == 0 {
		return nil
	}
	return db.tx(ctx, func(tx pgx.Tx) error {
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return fmt.Errorf("revise relations: %w", err)
		}
		return nil
	})
}

// InvalidateIndex implements store.Store. The candidate index kept in the
// database (fpindex.go) is emptied with it: it was built from the entries
// now stale.
func (db *DB) InvalidateIndex(ctx context.Context) error {
	err := db.tx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE reuse_index SET aliases = ''`); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, truncateIndex)
		return err
	})
	if err != nil {
		return fmt.Errorf("invalidate the reuse index: %w", err)
	}
	return nil
}

// RelationKinds implements store.Store.
func (db *DB) RelationKinds(ctx context.Context, articleID int64) (map[int64]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT b_id, relation FROM relations WHERE a_id = $1
		UNION ALL SELECT a_id, relation FROM relations WHERE b_id = $1`, articleID)
	if err != nil {
		return nil, fmt.Errorf("relation kinds of %d: %w", articleID, err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var other int64
		var kind string
		if err := rows.Scan(&other, &kind); err != nil {
			return nil, fmt.Errorf("relation kinds of %d: %w", articleID, err)
		}
		out[other] = kind
	}
	return out, rows.Err()
}

// RelationKindsOf implements store.Store in one statement.
func (db *DB) RelationKindsOf(ctx context.Context, ids []int64) (map[int64]map[int64]string, error) {
	out := make(map[int64]map[int64]string, len(ids))
	for _, id := range ids {
		out[id] = map[int64]string{}
	}
	if len(ids) == 0 {
		return out, nil
	}
	// Each part names the article of ids first, so that a pair with both
	// ends among ids is recorded for each end.
	rows, err := db.pool.Query(ctx, `SELECT a_id, b_id, relation FROM relations WHERE a_id = ANY($1)
		UNION ALL SELECT b_id, a_id, relation FROM relations WHERE b_id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("relation kinds of %d articles: %w", len(ids), err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, other int64
		var kind string
		if err := rows.Scan(&id, &other, &kind); err != nil {
			return nil, fmt.Errorf("relation kinds of %d articles: %w", len(ids), err)
		}
		out[id][other] = kind
	}
	return out, rows.Err()
}

const relationColumns = `a_id, b_id, relation, score, coverage_a, coverage_b, passages::text, changes::text,
	measures::text, found_at`

func scanRelations(rows pgx.Rows) ([]echotrace.Relation, error) {
	defer rows.Close()
	var out []echotrace.Relation
	for rows.Next() {
		var r echotrace.Relation
		var passages, changes, measures string
		var found *time.Time
		if err := rows.Scan(&r.A, &r.B, &r.Relation, &r.Score, &r.CoverageA, &r.CoverageB, &passages, &changes, &measures, &found); err != nil {
			return nil, err
		}
		r.Passages, r.Changes, r.Measures = []byte(passages), []byte(changes), []byte(measures)
		r.FoundAt = fromNull(found)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Relations implements store.Store.
func (db *DB) Relations(ctx context.Context, articleID int64) ([]echotrace.Relation, error) {
	rows, err := db.pool.Query(ctx, `SELECT `+relationColumns+` FROM relations WHERE a_id = $1
		UNION ALL SELECT `+relationColumns+` FROM relations WHERE b_id = $1 ORDER BY 1, 2`, articleID)
	if err != nil {
		return nil, fmt.Errorf("relations of %d: %w", articleID, err)
	}
	rels, err := scanRelations(rows)
	if err != nil {
		return nil, fmt.Errorf("relations of %d: %w", articleID, err)
	}
	return rels, nil
}
