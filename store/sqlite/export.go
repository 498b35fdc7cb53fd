package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// AllRelations implements store.Store. The primary key (a_id, b_id) makes
// each page one index range scan, however far into the corpus it starts.
func (db *DB) AllRelations(ctx context.Context, after [2]int64, limit int) ([]echotrace.Relation, error) {
	rows, err := db.query(ctx, `SELECT a_id, b_id, relation, score, coverage_a, coverage_b, passages, changes,
		measures, found_at FROM relations WHERE (a_id, b_id) > (?, ?) ORDER BY a_id, b_id LIMIT ?`, after[0], after[1], limit)
	if err != nil {
		return nil, fmt.Errorf("relations after %d–%d: %w", after[0], after[1], err)
	}
	defer rows.Close()
	var out []echotrace.Relation
	for rows.Next() {
		var r echotrace.Relation
		var passages, changes, measures, found string
		if err := rows.Scan(&r.A, &r.B, &r.Relation, &r.Score, &r.CoverageA, &r.CoverageB, &passages, &changes, &measures, &found); err != nil {
			return nil, fmt.Errorf("relations: %w", err)
		}
		r.Passages, r.Changes, r.Measures = []byte(passages), []byte(changes), []byte(measures)
		if found != "" {
			if r.FoundAt, err = parseTime(found); err != nil {
				return nil, fmt.Errorf("relation %d–%d: %w", r.A, r.B, err)
			}
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// StoryArticles implements store.Store.
func (db *DB) StoryArticles(ctx context.Context, story int64) ([]int64, error) {
	rows, err := db.query(ctx, `SELECT id FROM articles WHERE story_id = ? ORDER BY id`, story)
	if err != nil {
		return nil, fmt.Errorf("story %d: %w", story, err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("story %d: %w", story, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("story %d: %w", story, err)
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("story %d: %w", story, echotrace.ErrNotFound)
	}
	return ids, nil
}

// ArticleRefs implements store.Store. The IDs travel as one JSON array,
// so that every call runs the same prepared statement whatever its length
// (a statement per list length would crowd the read cache).
func (db *DB) ArticleRefs(ctx context.Context, ids []int64) ([]store.ArticleRef, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	rows, err := db.query(ctx, `SELECT a.id, a.url, o.domain, a.first_seen, coalesce(a.story_id, 0),
		v.title, v.published, v.published_source
		FROM articles a `+newestVersionJoin+`
		WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id`, string(list))
	if err != nil {
		return nil, fmt.Errorf("article references: %w", err)
	}
	defer rows.Close()
	out := make([]store.ArticleRef, 0, len(ids))
	for rows.Next() {
		var r store.ArticleRef
		var firstSeen string
		var published sql.NullString
		if err := rows.Scan(&r.ID, &r.URL, &r.Outlet, &firstSeen, &r.Story, &r.Title, &published, &r.PublishedSource); err != nil {
			return nil, fmt.Errorf("article references: %w", err)
		}
		if r.FirstSeen, err = parseTime(firstSeen); err != nil {
			return nil, fmt.Errorf("article %d: %w", r.ID, err)
		}
		if r.Published, err = parseNullTime(published); err != nil {
			return nil, fmt.Errorf("article %d: %w", r.ID, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
