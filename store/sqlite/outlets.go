package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

func upsertOutlet(ctx context.Context, tx execQuerier, domain string, now time.Time) (int64, error) {
	if domain == "" {
		return 0, fmt.Errorf("article without an outlet: %w", echotrace.ErrInvalid)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO outlets (domain, created_at) VALUES (?, ?) ON CONFLICT (domain) DO NOTHING`,
		domain, formatTime(now)); err != nil {
		return 0, err
	}
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM outlets WHERE domain = ?`, domain).Scan(&id)
	return id, err
}

// Outlets implements store.Store.
func (db *DB) Outlets(ctx context.Context) ([]store.OutletCount, error) {
	rows, err := db.query(ctx, `SELECT o.id, o.domain, count(a.id) FROM outlets o
		LEFT JOIN articles a ON a.outlet_id = o.id GROUP BY o.id ORDER BY count(a.id) DESC, o.domain`)
	if err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	defer rows.Close()
	var out []store.OutletCount
	for rows.Next() {
		var o store.OutletCount
		if err := rows.Scan(&o.ID, &o.Domain, &o.Articles); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// OutletMappings implements store.Store.
func (db *DB) OutletMappings(ctx context.Context) ([]echotrace.OutletMapping, error) {
	rows, err := db.query(ctx, `SELECT host, outlet FROM outlet_mappings ORDER BY host`)
	if err != nil {
		return nil, fmt.Errorf("outlet mappings: %w", err)
	}
	defer rows.Close()
	var out []echotrace.OutletMapping
	for rows.Next() {
		var m echotrace.OutletMapping
		if err := rows.Scan(&m.Host, &m.Outlet); err != nil {
			return nil, err
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
	_, err := db.write.ExecContext(ctx, `INSERT INTO outlet_mappings (host, outlet) VALUES (?, ?)
		ON CONFLICT (host) DO UPDATE SET outlet = excluded.outlet`, host, outlet)
	return err
}

// DeleteOutletMapping implements store.Store.
func (db *DB) DeleteOutletMapping(ctx context.Context, host string) error {
	r, err := db.write.ExecContext(ctx, `DELETE FROM outlet_mappings WHERE host = ?`, strings.ToLower(strings.TrimSpace(host)))
	if err != nil {
		return err
	}
	if n, _ := r.RowsAffected(); n == 0 {
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
	err := db.tx(ctx, func(tx *sql.Tx) error {
		id, err := upsertOutlet(ctx, plainTx{tx}, outlet, db.now())
		if err != nil {
			return err
		}
		// The host is what lies between "://" and the next "/" or ":"; LIKE
		// finds the candidates and the exact test is done on the extracted host.
		r, err := tx.ExecContext(ctx, `UPDATE articles SET outlet_id = ? WHERE outlet_id != ? AND id IN (
			SELECT id FROM (SELECT id, lower(CASE
				WHEN instr(rest, '/') > 0 THEN substr(rest, 1, instr(rest, '/') - 1) ELSE rest END) AS hostport
				FROM (SELECT id, substr(url, instr(url, '://') + 3) AS rest FROM articles WHERE url LIKE 'http%')
			) WHERE hostport = ? OR hostport LIKE ? ESCAPE '\' OR hostport LIKE ? ESCAPE '\' OR hostport LIKE ? ESCAPE '\')`,
			id, id, host, "%."+escapeLike(host), escapeLike(host)+":%", "%."+escapeLike(host)+":%")
		if err != nil {
			return err
		}
		n, _ := r.RowsAffected()
		moved = int(n)
		return nil
	})
	return moved, err
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// execQuerier is what upsertOutlet needs of a transaction, prepared or not.
type execQuerier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) rowScanner
}

// plainTx adapts *sql.Tx to execQuerier.
type plainTx struct{ *sql.Tx }

func (t plainTx) QueryRowContext(ctx context.Context, query string, args ...any) rowScanner {
	return t.Tx.QueryRowContext(ctx, query, args...)
}
