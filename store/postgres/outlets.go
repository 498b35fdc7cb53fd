package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/jackc/pgx/v5"
)

// upsertOutlet returns the ID of the outlet named domain, adding it if new.
// DO NOTHING then SELECT, rather than DO UPDATE ... RETURNING: a no-op
// update would still write a new row version of a hot row on every page.
func upsertOutlet(ctx context.Context, q querier, domain string, now time.Time) (int64, error) {
	if domain == "" {
		return 0, fmt.Errorf("article without an outlet: %w", echotrace.ErrInvalid)
	}
	var id int64
	err := q.QueryRow(ctx, `WITH added AS (
			INSERT INTO outlets (domain, created_at) VALUES ($1, $2) ON CONFLICT (domain) DO NOTHING RETURNING id)
		SELECT id FROM added UNION ALL SELECT id FROM outlets WHERE domain = $1 LIMIT 1`,
		domain, ts(now)).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		// Another transaction added it after this statement's snapshot was
		// taken (ON CONFLICT waited for it to commit): a new statement sees it.
		err = q.QueryRow(ctx, `SELECT id FROM outlets WHERE domain = $1`, domain).Scan(&id)
	}
	if err != nil {
		return 0, fmt.Errorf("outlet %s: %w", domain, err)
	}
	return id, nil
}

// Outlets implements store.Store.
func (db *DB) Outlets(ctx context.Context) ([]store.OutletCount, error) {
	rows, err := db.pool.Query(ctx, `SELECT o.id, o.domain, count(a.id) FROM outlets o
		LEFT JOIN articles a ON a.outlet_id = o.id GROUP BY o.id ORDER BY count(a.id) DESC, o.domain`)
	if err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	defer rows.Close()
	var out []store.OutletCount
	for rows.Next() {
		var o store.OutletCount
		if err := rows.Scan(&o.ID, &o.Domain, &o.Articles); err != nil {
			return nil, fmt.Errorf("outlets: %w", err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// OutletMappings implements store.Store.
func (db *DB) OutletMappings(ctx context.Context) ([]echotrace.OutletMapping, error) {
	rows, err := db.pool.Query(ctx, `SELECT host, outlet FROM outlet_mappings ORDER BY host`)
	if err != nil {
		return nil, fmt.Errorf("outlet mappings: %w", err)
	}
	defer rows.Close()
	var out []echotrace.OutletMapping
	for rows.Next() {
		var m echotrace.OutletMapping
		if err := rows.Scan(&m.Host, &m.Outlet); err != nil {
			return nil, fmt.Errorf("outlet mappings: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// SetOutletMapping implements store.Store.
func (db *DB) SetOutletMapping(ctx context.Context, m echotrace.OutletMapping) error {
	host, outlet := strings.ToLower(strings.TrimSpace(m.Host)), strings.ToLower(strings.TrimSpace(m.Outlet))
	if host == "" || outlet == "" {
		return fmt.Errorf("outlet mapping %q → %q: host and outlet are required: %w", m.Host, m.Outlet, echotrace.ErrInvalid)
	}
	if _, err := db.pool.Exec(ctx, `INSERT INTO outlet_mappings (host, outlet) VALUES ($1, $2)
		ON CONFLICT (host) DO UPDATE SET outlet = excluded.outlet`, host, outlet); err != nil {
		return fmt.Errorf("outlet mapping %s → %s: %w", host, outlet, err)
	}
	return nil
}

// DeleteOutletMapping implements store.Store.
func (db *DB) DeleteOutletMapping(ctx context.Context, host string) error {
	tag, err := db.pool.Exec(ctx, `DELETE FROM outlet_mappings WHERE host = $1`, strings.ToLower(strings.TrimSpace(host)))
	if err != nil {
		return fmt.Errorf("outlet mapping %q: %w", host, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("outlet mapping %q: %w", host, echotrace.ErrNotFound)
	}
	return nil
}

// ReassignOutlet implements store.Store.
func (db *DB) ReassignOutlet(ctx context.Context, host, outlet string) (int, error) {
	host, outlet = strings.ToLower(strings.TrimSpace(host)), strings.ToLower(strings.TrimSpace(outlet))
	if host == "" || outlet == "" {
		return 0, fmt.Errorf("reassign %q → %q: host and outlet are required: %w", host, outlet, echotrace.ErrInvalid)
	}
	var moved int
	err := db.tx(ctx, func(tx pgx.Tx) error {
		id, err := upsertOutlet(ctx, tx, outlet, db.now())
		if err != nil {
			return err
		}
		// The host is what lies between "://" and the next "/"; the
		// comparison is on that, exactly or as a subdomain, with or
		// without a port, never on the rest of the URL.
		tag, err := tx.Exec(ctx, `UPDATE articles SET outlet_id = $1 WHERE outlet_id <> $1 AND id IN (
			SELECT id FROM (SELECT id, lower(split_part(substr(url, strpos(url, '://') + 3), '/', 1)) AS hostport
				FROM articles WHERE url LIKE 'http%' AND strpos(url, '://') > 0) h
			WHERE hostport = $2 OR hostport LIKE '%.' || $3 OR hostport LIKE $3 || ':%' OR hostport LIKE '%.' || $3 || ':%')`,
			id, host, escapeLike(host))
		if err != nil {
			return fmt.Errorf("reassign %s to %s: %w", host, outlet, err)
		}
		moved = int(tag.RowsAffected())
		return nil
	})
	return moved, err
}

// escapeLike quotes LIKE's wildcards (and its escape character, the
// backslash) so that a host is matched as written.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
