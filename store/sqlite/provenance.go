package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// SaveProvenance implements store.Store.
func (db *DB) SaveProvenance(ctx context.Context, u store.ProvenanceUpdate) error {
	return db.tx(ctx, func(sqlTx *sql.Tx) error {
		tx := newTxStmts(sqlTx)
		defer tx.Close()
		for _, m := range u.Merges {
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ? WHERE story_id = ?`, m[1], m[0]); err != nil {
				return fmt.Errorf("merge story %d into %d: %w", m[0], m[1], err)
			}
		}
		for id, story := range u.Stories {
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ? WHERE id = ?`, story, id); err != nil {
				return fmt.Errorf("story of %d: %w", id, err)
			}
		}
		for _, id := range u.Articles {
			if _, err := tx.ExecContext(ctx, `DELETE FROM provenance_edges WHERE to_article_id = ?`, id); err != nil {
				return fmt.Errorf("source of %d: %w", id, err)
			}
		}
		for _, e := range u.Edges {
			if (e.From == 0) == (e.ExternalOutlet == "") || e.From == e.To {
				return fmt.Errorf("source of %d: want one article (not itself) or one external outlet: %w", e.To, echotrace.ErrInvalid)
			}
			var from, lag any
			if e.From != 0 {
				from = e.From
			}
			if e.Lag != nil {
				lag = int64(e.Lag.Seconds())
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO provenance_edges (to_article_id, from_article_id, external_outlet,
				external_url, external_name, relation, score, confidence, conflict, evidence, lag_seconds)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.To, from, e.ExternalOutlet, e.ExternalURL, e.ExternalName,
				e.Relation, e.Score, e.Confidence, e.Conflict, jsonOr(e.Evidence, "[]"), lag); err != nil {
				return fmt.Errorf("source of %d: %w", e.To, err)
			}
		}
		return nil
	})
}

const edgeColumns = `e.to_article_id, e.from_article_id, e.external_outlet, e.external_url, e.external_name, e.relation,
	e.score, e.confidence, e.conflict, e.evidence, e.lag_seconds`

func scanEdge(row rowScanner, extra ...any) (*echotrace.ProvenanceEdge, error) {
	var e echotrace.ProvenanceEdge
	var from, lag sql.NullInt64
	var evidence string
	dest := append([]any{&e.To, &from, &e.ExternalOutlet, &e.ExternalURL, &e.ExternalName, &e.Relation, &e.Score,
		&e.Confidence, &e.Conflict, &evidence, &lag}, extra...)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	e.From = from.Int64
	e.Evidence = json.RawMessage(evidence)
	if lag.Valid {
		d := time.Duration(lag.Int64) * time.Second
		e.Lag = &d
	}
	return &e, nil
}

// Parent implements store.Store.
func (db *DB) Parent(ctx context.Context, articleID int64) (*echotrace.ProvenanceEdge, error) {
	e, err := scanEdge(db.queryRow(ctx, `SELECT `+edgeColumns+` FROM provenance_edges e WHERE e.to_article_id = ?`, articleID))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("source of %d: %w", articleID, err)
	}
	return e, nil
}

// Children implements store.Store.
func (db *DB) Children(ctx context.Context, articleID int64) ([]echotrace.ProvenanceEdge, error) {
	rows, err := db.query(ctx, `SELECT `+edgeColumns+` FROM provenance_edges e WHERE e.from_article_id = ? ORDER BY e.to_article_id`, articleID)
	if err != nil {
		return nil, fmt.Errorf("copies of %d: %w", articleID, err)
	}
	defer rows.Close()
	var out []echotrace.ProvenanceEdge
	for rows.Next() {
		e, err := scanEdge(rows)
		if err != nil {
			return nil, fmt.Errorf("copies of %d: %w", articleID, err)
		}
		out = append(out, *e)
	}
	return out, rows.Err()
}

// StoryOf implements store.Store.
func (db *DB) StoryOf(ctx context.Context, articleID int64) (int64, error) {
	var story sql.NullInt64
	err := db.queryRow(ctx, `SELECT story_id FROM articles WHERE id = ?`, articleID).Scan(&story)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("article %d: %w", articleID, echotrace.ErrNotFound)
	}
	return story.Int64, err
}

// Stories implements store.Store. A story's first and last times are its
// articles' publication dates; first-seen times only when none is dated
// (an undated page imported today says nothing about the story's span).
func (db *DB) Stories(ctx context.Context, minArticles, limit int) ([]echotrace.StorySummary, error) {
	// Sizes come from the articles table alone (its story index), and
	// only the stories listed have their members' versions read: reading
	// every article's newest version to list twenty stories took seconds
	// at 100,000 articles.
	rows, err := db.query(ctx, `
		WITH sized AS (
			SELECT story_id, count(*) AS n, count(DISTINCT outlet_id) AS outlets
			FROM articles WHERE story_id IS NOT NULL
			GROUP BY story_id HAVING count(*) >= ?
			ORDER BY n DESC, story_id LIMIT ?
		),
		members AS (
			SELECT a.id, a.url, a.story_id, v.title,
				coalesce(v.published, a.first_seen) AS at, v.published AS published, a.first_seen AS seen,
				v.published IS NULL AS undated,
				e.from_article_id IS NULL AS sourceless
			FROM articles a
			JOIN article_versions v ON v.id = (SELECT id FROM article_versions n WHERE n.article_id = a.id
				ORDER BY n.seen_at DESC, n.number DESC LIMIT 1)
			LEFT JOIN provenance_edges e ON e.to_article_id = a.id
			WHERE a.story_id IN (SELECT story_id FROM sized)
		),
		spans AS (
			SELECT story_id, coalesce(min(published), min(seen)) AS first, coalesce(max(published), max(seen)) AS last
			FROM members GROUP BY story_id
		),
		roots AS (
			SELECT story_id, id, url, title, row_number() OVER (PARTITION BY story_id
				ORDER BY sourceless DESC, undated, at, id) AS rank
			FROM members
		)
		SELECT s.story_id, r.title, s.n, s.outlets, p.first, p.last, r.id, r.url
		FROM sized s JOIN spans p ON p.story_id = s.story_id JOIN roots r ON r.story_id = s.story_id AND r.rank = 1
		ORDER BY s.n DESC, s.story_id`, max(minArticles, 1), limit)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	defer rows.Close()
	var out []echotrace.StorySummary
	for rows.Next() {
		var s echotrace.StorySummary
		var first, last string
		if err := rows.Scan(&s.ID, &s.Title, &s.Articles, &s.Outlets, &first, &last, &s.Root, &s.RootURL); err != nil {
			return nil, fmt.Errorf("stories: %w", err)
		}
		if s.First, err = parseTime(first); err != nil {
			return nil, err
		}
		if s.Last, err = parseTime(last); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// ParentEdges implements store.Store.
func (db *DB) ParentEdges(ctx context.Context, afterTo int64, limit int) ([]store.OutletEdge, error) {
	rows, err := db.query(ctx, `SELECT `+edgeColumns+`, ot.domain, coalesce(ofr.domain, e.external_outlet),
		coalesce(r.changes, '[]'), coalesce(r.a_id, 0)
		FROM provenance_edges e
		JOIN articles t ON t.id = e.to_article_id JOIN outlets ot ON ot.id = t.outlet_id
		LEFT JOIN articles f ON f.id = e.from_article_id LEFT JOIN outlets ofr ON ofr.id = f.outlet_id
		LEFT JOIN relations r ON r.a_id = min(e.to_article_id, e.from_article_id) AND r.b_id = max(e.to_article_id, e.from_article_id)
		WHERE e.to_article_id > ? ORDER BY e.to_article_id LIMIT ?`, afterTo, limit)
	if err != nil {
		return nil, fmt.Errorf("provenance edges: %w", err)
	}
	defer rows.Close()
	var out []store.OutletEdge
	for rows.Next() {
		var oe store.OutletEdge
		var changes string
		e, err := scanEdge(rows, &oe.ToOutlet, &oe.FromOutlet, &changes, &oe.RelationA)
		if err != nil {
			return nil, fmt.Errorf("provenance edges: %w", err)
		}
		oe.ProvenanceEdge = *e
		oe.Changes = json.RawMessage(changes)
		out = append(out, oe)
	}
	return out, rows.Err()
}

// OutletGroups implements store.Store.
func (db *DB) OutletGroups(ctx context.Context) (map[string][]string, error) {
	rows, err := db.query(ctx, `SELECT g.name, coalesce(o.domain, '') FROM outlet_groups g
		LEFT JOIN outlet_group_members m ON m.group_id = g.id LEFT JOIN outlets o ON o.id = m.outlet_id ORDER BY g.name, o.domain`)
	if err != nil {
		return nil, fmt.Errorf("outlet groups: %w", err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var name, domain string
		if err := rows.Scan(&name, &domain); err != nil {
			return nil, err
		}
		if out[name] == nil {
			out[name] = []string{}
		}
		if domain != "" {
			out[name] = append(out[name], domain)
		}
	}
	return out, rows.Err()
}

// SetOutletGroup implements store.Store. Domains not seen yet are added
// as outlets, so that a network can be named before its sites are ingested.
func (db *DB) SetOutletGroup(ctx context.Context, name string, domains []string) error {
	if name == "" || len(domains) == 0 {
		return fmt.Errorf("an outlet group needs a name and at least one domain: %w", echotrace.ErrInvalid)
	}
	now := formatTime(db.now())
	return db.tx(ctx, func(sqlTx *sql.Tx) error {
		tx := newTxStmts(sqlTx)
		defer tx.Close()
		if _, err := tx.ExecContext(ctx, `DELETE FROM outlet_groups WHERE name = ?`, name); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO outlet_groups (name) VALUES (?)`, name)
		if err != nil {
			return fmt.Errorf("outlet group %s: %w", name, err)
		}
		gid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for _, d := range domains {
			if _, err := tx.ExecContext(ctx, `INSERT INTO outlets (domain, created_at) VALUES (?, ?) ON CONFLICT (domain) DO NOTHING`, d, now); err != nil {
				return fmt.Errorf("outlet %s: %w", d, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO outlet_group_members (group_id, outlet_id)
				SELECT ?, id FROM outlets WHERE domain = ? ON CONFLICT DO NOTHING`, gid, d); err != nil {
				return fmt.Errorf("outlet group %s: %w", name, err)
			}
		}
		return nil
	})
}

// DeleteOutletGroup implements store.Store.
func (db *DB) DeleteOutletGroup(ctx context.Context, name string) error {
	res, err := db.write.ExecContext(ctx, `DELETE FROM outlet_groups WHERE name = ?`, name)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("outlet group %q: %w", name, echotrace.ErrNotFound)
	}
	return nil
}
