package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// AddWatch implements store.Store.
func (db *DB) AddWatch(ctx context.Context, w echotrace.Watch) (echotrace.Watch, error) {
	if w.Outlet == "" {
		return w, fmt.Errorf("a watch needs an outlet: %w", echotrace.ErrInvalid)
	}
	w.Created = ts(db.now())
	if err := db.pool.QueryRow(ctx, `INSERT INTO watches (outlet, webhook, created) VALUES ($1, $2, $3) RETURNING id`,
		w.Outlet, w.Webhook, w.Created).Scan(&w.ID); err != nil {
		return w, fmt.Errorf("watch of %s: %w", w.Outlet, err)
	}
	w.LastDelivery, w.LastStatus, w.LastError = time.Time{}, 0, ""
	return w, nil
}

// Watches implements store.Store.
func (db *DB) Watches(ctx context.Context) ([]echotrace.Watch, error) {
	rows, err := db.pool.Query(ctx, `SELECT id, outlet, webhook, created, last_delivery, last_status, last_error FROM watches ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("watches: %w", err)
	}
	defer rows.Close()
	out := []echotrace.Watch{}
	for rows.Next() {
		var w echotrace.Watch
		var last *time.Time
		if err := rows.Scan(&w.ID, &w.Outlet, &w.Webhook, &w.Created, &last, &w.LastStatus, &w.LastError); err != nil {
			return nil, fmt.Errorf("watches: %w", err)
		}
		w.Created, w.LastDelivery = w.Created.UTC(), fromNull(last)
		out = append(out, w)
	}
	return out, rows.Err()
}

// DeleteWatch implements store.Store.
func (db *DB) DeleteWatch(ctx context.Context, id int64) error {
	tag, err := db.pool.Exec(ctx, `DELETE FROM watches WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("watch %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("watch %d: %w", id, echotrace.ErrNotFound)
	}
	return nil
}

// SaveWatchDelivery implements store.Store.
func (db *DB) SaveWatchDelivery(ctx context.Context, id int64, at time.Time, status int, deliveryErr string) error {
	tag, err := db.pool.Exec(ctx, `UPDATE watches SET last_delivery = $1, last_status = $2, last_error = $3 WHERE id = $4`,
		ts(at), status, deliveryErr, id)
	if err != nil {
		return fmt.Errorf("watch %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("watch %d: %w", id, echotrace.ErrNotFound)
	}
	return nil
}

// watchedArticle reads one end of an edge: the article with its outlet and
// its newest version's title and date.
const watchedArticle = `SELECT a.id, a.url, o.domain, a.first_seen, v.title, v.published, a.outlet_id
	FROM articles a JOIN outlets o ON o.id = a.outlet_id ` + newestVersion

// WatchedCopies implements store.Store. Copies within the watched outlet
// (a site republishing its own article) are left out: a newsroom watches
// what others do with its work.
func (db *DB) WatchedCopies(ctx context.Context, q store.WatchQuery) ([]store.WatchedCopy, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	// A nil list means every copy; an empty one would mean none.
	var only []int64
	if len(q.Copies) > 0 {
		only = q.Copies
	}
	rows, err := db.pool.Query(ctx, `WITH src AS (`+watchedArticle+` WHERE o.domain = $1)
		SELECT `+edgeColumns+`,
			src.id, src.url, src.domain, src.first_seen, src.title, src.published,
			cp.id, cp.url, cp.domain, cp.first_seen, cp.title, cp.published,
			coalesce(r.changes::text, '[]'), coalesce(r.a_id, 0)
		FROM provenance_edges e
		JOIN src ON src.id = e.from_article_id
		JOIN LATERAL (`+watchedArticle+` WHERE a.id = e.to_article_id) cp ON cp.outlet_id <> src.outlet_id
		LEFT JOIN relations r ON r.a_id = least(e.to_article_id, e.from_article_id) AND r.b_id = greatest(e.to_article_id, e.from_article_id)
		WHERE $2::bigint[] IS NULL OR e.to_article_id = ANY($2)
		ORDER BY cp.first_seen DESC, e.to_article_id DESC LIMIT $3`, q.Outlet, only, q.Limit)
	if err != nil {
		return nil, fmt.Errorf("copies of %s: %w", q.Outlet, err)
	}
	defer rows.Close()
	out := []store.WatchedCopy{}
	for rows.Next() {
		var c store.WatchedCopy
		var changes string
		var srcPub, cpPub *time.Time
		e, err := scanEdge(rows,
			&c.Source.ID, &c.Source.URL, &c.Source.Outlet, &c.Source.FirstSeen, &c.Source.Title, &srcPub,
			&c.Copy.ID, &c.Copy.URL, &c.Copy.Outlet, &c.Copy.FirstSeen, &c.Copy.Title, &cpPub,
			&changes, &c.RelationA)
		if err != nil {
			return nil, fmt.Errorf("copies of %s: %w", q.Outlet, err)
		}
		c.ProvenanceEdge, c.Changes = *e, json.RawMessage(changes)
		c.Source.FirstSeen, c.Copy.FirstSeen = c.Source.FirstSeen.UTC(), c.Copy.FirstSeen.UTC()
		c.Source.Published, c.Copy.Published = fromNull(srcPub), fromNull(cpPub)
		out = append(out, c)
	}
	return out, rows.Err()
}
