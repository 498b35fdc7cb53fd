package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/jackc/pgx/v5"
)

// AllRelations implements store.Store. The primary key (a_id, b_id) makes
// each page one index range scan, however far into the corpus it starts.
func (db *DB) AllRelations(ctx context.Context, after [2]int64, limit int) ([]echotrace.Relation, error) {
	rows, err := db.pool.Query(ctx, `SELECT `+relationColumns+` FROM relations
		WHERE (a_id, b_id) > ($1, $2) ORDER BY a_id, b_id LIMIT $3`, after[0], after[1], limit)
	if err != nil {
		return nil, fmt.Errorf("relations after %d–%d: %w", after[0], after[1], err)
	}
	rels, err := scanRelations(rows)
	if err != nil {
		return nil, fmt.Errorf("relations after %d–%d: %w", after[0], after[1], err)
	}
	return rels, nil
}

// StoryArticles implements store.Store.
func (db *DB) StoryArticles(ctx context.Context, story int64) ([]int64, error) {
	rows, err := db.pool.Query(ctx, `SELECT id FROM articles WHERE story_id = $1 ORDER BY id`, story)
	if err != nil {
		return nil, fmt.Errorf("story %d: %w", story, err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("story %d: %w", story, err)
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("story %d: %w", story, echotrace.ErrNotFound)
	}
	return ids, nil
}

// ArticleRefs implements store.Store. The IDs travel as one array, so that
// every call is the same statement whatever its length.
func (db *DB) ArticleRefs(ctx context.Context, ids []int64) ([]store.ArticleRef, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := db.pool.Query(ctx, `SELECT a.id, a.url, o.domain, a.first_seen, coalesce(a.story_id, 0),
		v.title, v.published, v.published_source
		FROM articles a JOIN outlets o ON o.id = a.outlet_id `+newestVersion+`
		WHERE a.id = ANY($1) ORDER BY a.id`, ids)
	if err != nil {
		return nil, fmt.Errorf("article references: %w", err)
	}
	defer rows.Close()
	out := make([]store.ArticleRef, 0, len(ids))
	for rows.Next() {
		var r store.ArticleRef
		var published *time.Time
		if err := rows.Scan(&r.ID, &r.URL, &r.Outlet, &r.FirstSeen, &r.Story, &r.Title, &published, &r.PublishedSource); err != nil {
			return nil, fmt.Errorf("article references: %w", err)
		}
		r.FirstSeen, r.Published = r.FirstSeen.UTC(), fromNull(published)
		out = append(out, r)
	}
	return out, rows.Err()
}
