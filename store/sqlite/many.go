package sqlite

import (
	"context"
	"errors"

	"github.com/echotrace/echotrace"
)

// The ...Of methods read many articles' rows at once on a database
// server; in process one look-up at a time costs no more, so they call
// the one-at-a-time methods.

// perID calls get once for each distinct ID of ids; an ID get does not
// find is left out.
func perID[T any](ids []int64, get func(int64) (T, error)) (map[int64]T, error) {
	out := make(map[int64]T, len(ids))
	for _, id := range ids {
		if _, done := out[id]; done {
			continue
		}
		v, err := get(id)
		if errors.Is(err, echotrace.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out[id] = v
	}
	return out, nil
}

// ArticlesOf implements store.Store.
func (db *DB) ArticlesOf(ctx context.Context, ids []int64) (map[int64]*echotrace.Article, error) {
	return perID(ids, func(id int64) (*echotrace.Article, error) { return db.Article(ctx, id) })
}

// RelationsOf implements store.Store.
func (db *DB) RelationsOf(ctx context.Context, ids []int64) (map[int64][]echotrace.Relation, error) {
	return perID(ids, func(id int64) ([]echotrace.Relation, error) { return db.Relations(ctx, id) })
}

// RelationKindsOf implements store.Store.
func (db *DB) RelationKindsOf(ctx context.Context, ids []int64) (map[int64]map[int64]string, error) {
	return perID(ids, func(id int64) (map[int64]string, error) { return db.RelationKinds(ctx, id) })
}

// StoriesOf implements store.Store.
func (db *DB) StoriesOf(ctx context.Context, ids []int64) (map[int64]int64, error) {
	return perID(ids, func(id int64) (int64, error) { return db.StoryOf(ctx, id) })
}
