package postgres

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/echotrace/echotrace"
)

// The ...Of methods read many articles' rows in one statement: relating
// reads a neighbourhood of articles, and a round trip for each was most
// of a sequencer's time on PostgreSQL.

// ArticlesOf implements store.Store.
func (db *DB) ArticlesOf(ctx context.Context, ids []int64) (map[int64]*echotrace.Article, error) {
	out := make(map[int64]*echotrace.Article, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := db.pool.Query(ctx, articleWithLinksSQL+" WHERE a.id = ANY($1)", ids)
	if err != nil {
		return nil, fmt.Errorf("%d articles: %w", len(ids), err)
	}
	defer rows.Close()
	for rows.Next() {
		var urls, texts []string
		a, err := scanArticle(rows, &urls, &texts)
		if err != nil {
			return nil, fmt.Errorf("%d articles: %w", len(ids), err)
		}
		if a.Newest.Links, err = linksOf(urls, texts); err != nil {
			return nil, fmt.Errorf("article %d: %w", a.ID, err)
		}
		out[a.ID] = a
	}
	return out, rows.Err()
}

// RelationsOf implements store.Store.
func (db *DB) RelationsOf(ctx context.Context, ids []int64) (map[int64][]echotrace.Relation, error) {
	out := make(map[int64][]echotrace.Relation, len(ids))
	for _, id := range ids {
		out[id] = []echotrace.Relation{}
	}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := db.pool.Query(ctx, `SELECT `+relationColumns+` FROM relations WHERE a_id = ANY($1) OR b_id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("relations of %d articles: %w", len(ids), err)
	}
	rels, err := scanRelations(rows)
	if err != nil {
		return nil, fmt.Errorf("relations of %d articles: %w", len(ids), err)
	}
	// A relation between two of ids belongs to both; each list in the
	// order Relations gives.
	for _, r := range rels {
		if l, ok := out[r.A]; ok {
			out[r.A] = append(l, r)
		}
		if l, ok := out[r.B]; ok {
			out[r.B] = append(l, r)
		}
	}
	for id, l := range out {
		slices.SortFunc(l, func(x, y echotrace.Relation) int {
			return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
		})
		out[id] = l
	}
	return out, nil
}

// StoriesOf implements store.Store.
func (db *DB) StoriesOf(ctx context.Context, ids []int64) (map[int64]int64, error) {
	out := make(map[int64]int64, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := db.pool.Query(ctx, `SELECT id, coalesce(story_id, 0) FROM articles WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("stories of %d articles: %w", len(ids), err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, story int64
		if err := rows.Scan(&id, &story); err != nil {
			return nil, fmt.Errorf("stories of %d articles: %w", len(ids), err)
		}
		out[id] = story
	}
	return out, rows.Err()
}
