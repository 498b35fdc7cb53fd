package sqlite

import (
	"context"
	"errors"

	"github.com/echotrace/echotrace"
)

// The ...Of methods read many articles' rows at once on a database
// server; in process one look-up at a time costs no more, so they loop.

// ArticlesOf implements store.Store.
func (db *DB) ArticlesOf(ctx context.Context, ids []int64) (map[int64]*echotrace.Article, error) {
	out := make(map[int64]*echotrace.Article, len(ids))
	for _, id := range ids {
		if _, done := out[id]; done {
			continue
		}
		a, err := db.Article(ctx, id)
		if errors.Is(err, echotrace.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out[id] = a
	}
	return out, nil
}

// RelationsOf implements store.Store.
func (db *DB) RelationsOf(ctx context.Context, ids []int64) (map[int64][]echotrace.Relation, error) {
	out := make(map[int64][]echotrace.Relation, len(ids))
	for _, id := range ids {
		if _, done := out[id]; done {
			continue
		}
		rels, err := db.Relations(ctx, id)
		if err != nil {
			return nil, err
		}
		out[id] = append([]echotrace.Relation{}, rels...)
	}
	return out, nil
}

// StoriesOf implements store.Store.
func (db *DB) StoriesOf(ctx context.Context, ids []int64) (map[int64]int64, error) {
	out := make(map[int64]int64, len(ids))
	for _, id := range ids {
		if _, done := out[id]; done {
			continue
		}
		s, err := db.StoryOf(ctx, id)
		if errors.Is(err, echotrace.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out[id] = s
	}
	return out, nil
}
