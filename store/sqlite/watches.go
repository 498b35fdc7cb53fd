package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// AddWatch implements store.Store.
func (db *DB) AddWatch(ctx context.Context, w echotrace.Watch) (echotrace.Watch, error) {
	if w.Outlet == "" {
		return w, fmt.Errorf("a watch needs an outlet: %w", echotrace.ErrInvalid)
	}
	w.Created = db.now().UTC().Truncate(time.Microsecond)
	res, err := db.write.ExecContext(ctx, `INSERT INTO watches (outlet, webhook, created) VALUES (?, ?, ?)`,
		w.Outlet, w.Webhook, formatTime(w.Created))
	if err != nil {
		return w, fmt.Errorf("watch of %s: %w", w.Outlet, err)
	}
	w.ID, err = res.LastInsertId()
	w.LastDelivery, w.LastStatus, w.LastError = time.Time{}, 0, ""
	return w, err
}

// Watches implements store.Store.
func (db *DB) Watches(ctx context.Context) ([]echotrace.Watch, error) {
	rows, err := db.query(ctx, `SELECT id, outlet, webhook, created, last_delivery, last_status, last_error FROM watches ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("watches: %w", err)
	}
	defer rows.Close()
	out := []echotrace.Watch{}
	for rows.Next() {
		var w echotrace.Watch
		var created string
		var last sql.NullString
		if err := rows.Scan(&w.ID, &w.Outlet, &w.Webhook, &created, &last, &w.LastStatus, &w.LastError); err != nil {
			return nil, fmt.Errorf("watches: %w", err)
		}
		if w.Created, err = parseTime(created); err != nil {
			return nil, err
		}
		if w.LastDelivery, err = parseNullTime(last); err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// DeleteWatch implements store.Store.
func (db *DB) DeleteWatch(ctx context.Context, id int64) error {
	res, err := db.write.ExecContext(ctx, `DELETE FROM watches WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("watch %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("watch %d: %w", id, echotrace.ErrNotFound)
	}
	return nil
}

// SaveWatchDelivery implements store.Store.
func (db *DB) SaveWatchDelivery(ctx context.Context, id int64, at time.Time, status int, deliveryErr string) error {
	res, err := db.write.ExecContext(ctx, `UPDATE watches SET last_delivery = ?, last_status = ?, last_error = ? WHERE id = ?`,
		formatTime(at), status, deliveryErr, id)
	if err != nil {
		return fmt.Errorf("watch %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("watch %d: %w", id, echotrace.ErrNotFound)
	}
	return nil
}

// watchedArticle reads one end of an edge: the article with its outlet and
// its newest version's title and date.
const watchedArticle = `SELECT a.id, a.url, o.domain, a.first_seen, v.title, v.published, a.outlet_id
	FROM articles a JOIN outlets o ON o.id = a.outlet_id
	JOIN article_versions v ON v.id = (SELECT id FROM article_versions n WHERE n.article_id = a.id
		ORDER BY n.seen_at DESC, n.number DESC LIMIT 1)`

// WatchedCopies implements store.Store. Copies within the watched outlet
// (a site republishing its own article) are left out: a newsroom watches
// what others do with its work.
func (db *DB) WatchedCopies(ctx context.Context, q store.WatchQuery) ([]store.WatchedCopy, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	args := []any{q.Outlet}
	only := ""
	if len(q.Copies) > 0 {
		only = ` AND e.to_article_id IN (?` + strings.Repeat(", ?", len(q.Copies)-1) + `)`
		for _, id := range q.Copies {
			args = append(args, id)
		}
	}
	args = append(args, q.Limit)
	rows, err := db.query(ctx, `WITH src AS (`+watchedArticle+` WHERE o.domain = ?),
		cp AS (`+watchedArticle+`)
		SELECT `+edgeColumns+`,
			src.id, src.url, src.domain, src.first_seen, src.title, src.published,
			cp.id, cp.url, cp.domain, cp.first_seen, cp.title, cp.published,
			coalesce(r.changes, '[]'), coalesce(r.a_id, 0)
		FROM provenance_edges e
		JOIN src ON src.id = e.from_article_id
		JOIN cp ON cp.id = e.to_article_id AND cp.outlet_id <> src.outlet_id
		LEFT JOIN relations r ON r.a_id = min(e.to_article_id, e.from_article_id) AND r.b_id = max(e.to_article_id, e.from_article_id)
		WHERE 1`+only+`
		ORDER BY cp.first_seen DESC, e.to_article_id DESC LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("copies of %s: %w", q.Outlet, err)
	}
	defer rows.Close()
	out := []store.WatchedCopy{}
	for rows.Next() {
		var c store.WatchedCopy
		var srcSeen, cpSeen, changes string
		var srcPub, cpPub sql.NullString
		e, err := scanEdge(rows,
			&c.Source.ID, &c.Source.URL, &c.Source.Outlet, &srcSeen, &c.Source.Title, &srcPub,
			&c.Copy.ID, &c.Copy.URL, &c.Copy.Outlet, &cpSeen, &c.Copy.Title, &cpPub,
			&changes, &c.RelationA)
		if err != nil {
			return nil, fmt.Errorf("copies of %s: %w", q.Outlet, err)
		}
		c.ProvenanceEdge, c.Changes = *e, json.RawMessage(changes)
		for _, x := range []struct {
			s sql.NullString
			t *time.Time
		}{{sql.NullString{String: srcSeen, Valid: true}, &c.Source.FirstSeen}, {srcPub, &c.Source.Published},
			{sql.NullString{String: cpSeen, Valid: true}, &c.Copy.FirstSeen}, {cpPub, &c.Copy.Published}} {
			if *x.t, err = parseNullTime(x.s); err != nil {
				return nil, err
			}
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
