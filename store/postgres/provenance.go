package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/jackc/pgx/v5"
)

// SaveProvenance implements store.Store: one transaction, its statements
// sent as one batch once the edges are checked.
func (db *DB) SaveProvenance(ctx context.Context, u store.ProvenanceUpdate) error {
	for _, e := range u.Edges {
		if (e.From == 0) == (e.ExternalOutlet == "") || e.From == e.To {
			return fmt.Errorf("source of %d: want one article (not itself) or one external outlet: %w", e.To, echotrace.ErrInvalid)
		}
	}
	var b pgx.Batch
	for _, m := range u.Merges {
		b.Queue(`UPDATE articles SET story_id = $1 WHERE story_id = $2`, m[1], m[0])
	}
	if len(u.Stories) > 0 {
		ids, stories := make([]int64, 0, len(u.Stories)), make([]int64, 0, len(u.Stories))
		for id, story := range u.Stories {
			ids, stories = append(ids, id), append(stories, story)
		}
		b.Queue(`UPDATE articles a SET story_id = s.story FROM unnest($1::bigint[], $2::bigint[]) AS s(id, story)
			WHERE a.id = s.id`, ids, stories)
	}
	if len(u.Articles) > 0 {
		b.Queue(`DELETE FROM provenance_edges WHERE to_article_id = ANY($1)`, u.Articles)
	}
	for _, e := range u.Edges {
		var from, lag *int64
		if e.From != 0 {
			from = &e.From
		}
		if e.Lag != nil {
			s := int64(e.Lag.Seconds())
			lag = &s
		}
		b.Queue(`INSERT INTO provenance_edges (to_article_id, from_article_id, external_outlet,
			external_url, external_name, relation, score, confidence, conflict, evidence, lag_seconds)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, e.To, from, e.ExternalOutlet, e.ExternalURL, e.ExternalName,
			e.Relation, e.Score, e.Confidence, e.Conflict, jsonOr(e.Evidence, "[]"), lag)
	}
	if b.Len() == 0 {
		return nil
	}
	return db.tx(ctx, func(tx pgx.Tx) error {
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return fmt.Errorf("save provenance: %w", err)
		}
		return nil
	})
}

const edgeColumns = `e.to_article_id, e.from_article_id, e.external_outlet, e.external_url, e.external_name, e.relation,
	e.score, e.confidence, e.conflict, e.evidence::text, e.lag_seconds`

func scanEdge(row pgx.Row, extra ...any) (*echotrace.ProvenanceEdge, error) {
	var e echotrace.ProvenanceEdge
	var from, lag *int64
	var evidence string
	dest := append([]any{&e.To, &from, &e.ExternalOutlet, &e.ExternalURL, &e.ExternalName, &e.Relation, &e.Score,
		&e.Confidence, &e.Conflict, &evidence, &lag}, extra...)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	if from != nil {
		e.From = *from
	}
	e.Evidence = json.RawMessage(evidence)
	if lag != nil {
		d := time.Duration(*lag) * time.Second
		e.Lag = &d
	}
	return &e, nil
}

// Parent implements store.Store.
func (db *DB) Parent(ctx context.Context, articleID int64) (*echotrace.ProvenanceEdge, error) {
	e, err := scanEdge(db.pool.QueryRow(ctx, `SELECT `+edgeColumns+` FROM provenance_edges e WHERE e.to_article_id = $1`, articleID))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("source of %d: %w", articleID, err)
	}
	return e, nil
}

// Children implements store.Store.
func (db *DB) Children(ctx context.Context, articleID int64) ([]echotrace.ProvenanceEdge, error) {
	rows, err := db.pool.Query(ctx, `SELECT `+edgeColumns+` FROM provenance_edges e WHERE e.from_article_id = $1 ORDER BY e.to_article_id`, articleID)
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
	var story *int64
	err := db.pool.QueryRow(ctx, `SELECT story_id FROM articles WHERE id = $1`, articleID).Scan(&story)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("article %d: %w", articleID, echotrace.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("story of %d: %w", articleID, err)
	}
	if story == nil {
		return 0, nil
	}
	return *story, nil
}

// Stories implements store.Store. A story's first and last times are its
// articles' publication dates; first-seen times only when none is dated
// (an undated page imported today says nothing about the story's span).
// Sizes come from the articles table alone (its story index), and only the
// stories listed have their members' versions read.
func (db *DB) Stories(ctx context.Context, minArticles, limit int) ([]echotrace.StorySummary, error) {
	rows, err := db.pool.Query(ctx, `
		WITH sized AS (
			SELECT story_id, count(*) AS n, count(DISTINCT outlet_id) AS outlets
			FROM articles WHERE story_id IS NOT NULL
			GROUP BY story_id HAVING count(*) >= $1
			ORDER BY n DESC, story_id LIMIT $2
		),
		members AS (
			SELECT a.id, a.url, a.story_id, v.title,
				coalesce(v.published, a.first_seen) AS at, v.published AS published, a.first_seen AS seen,
				v.published IS NULL AS undated,
				e.from_article_id IS NULL AS sourceless
			FROM articles a `+newestVersion+`
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
		if err := rows.Scan(&s.ID, &s.Title, &s.Articles, &s.Outlets, &s.First, &s.Last, &s.Root, &s.RootURL); err != nil {
			return nil, fmt.Errorf("stories: %w", err)
		}
		s.First, s.Last = s.First.UTC(), s.Last.UTC()
		out = append(out, s)
	}
	return out, rows.Err()
}

// ParentEdges implements store.Store.
func (db *DB) ParentEdges(ctx context.Context, afterTo int64, limit int) ([]store.OutletEdge, error) {
	rows, err := db.pool.Query(ctx, `SELECT `+edgeColumns+`, ot.domain, coalesce(ofr.domain, e.external_outlet),
		coalesce(r.changes::text, '[]'), coalesce(r.a_id, 0)
		FROM provenance_edges e
		JOIN articles t ON t.id = e.to_article_id JOIN outlets ot ON ot.id = t.outlet_id
		LEFT JOIN articles f ON f.id = e.from_article_id LEFT JOIN outlets ofr ON ofr.id = f.outlet_id
		LEFT JOIN relations r ON r.a_id = least(e.to_article_id, e.from_article_id) AND r.b_id = greatest(e.to_article_id, e.from_article_id)
		WHERE e.to_article_id > $1 ORDER BY e.to_article_id LIMIT $2`, afterTo, limit)
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
	rows, err := db.pool.Query(ctx, `SELECT g.name, coalesce(o.domain, '') FROM outlet_groups g
		LEFT JOIN outlet_group_members m ON m.group_id = g.id LEFT JOIN outlets o ON o.id = m.outlet_id ORDER BY g.name, o.domain`)
	if err != nil {
		return nil, fmt.Errorf("outlet groups: %w", err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var name, domain string
		if err := rows.Scan(&name, &domain); err != nil {
			return nil, fmt.Errorf("outlet groups: %w", err)
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
	now := db.now()
	return db.tx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM outlet_groups WHERE name = $1`, name); err != nil {
			return fmt.Errorf("outlet group %s: %w", name, err)
		}
		var gid int64
		if err := tx.QueryRow(ctx, `INSERT INTO outlet_groups (name) VALUES ($1) RETURNING id`, name).Scan(&gid); err != nil {
			return fmt.Errorf("outlet group %s: %w", name, err)
		}
		for _, d := range domains {
			oid, err := upsertOutlet(ctx, tx, d, now)
			if err != nil {
				return fmt.Errorf("outlet group %s: %w", name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO outlet_group_members (group_id, outlet_id) VALUES ($1, $2)
				ON CONFLICT DO NOTHING`, gid, oid); err != nil {
				return fmt.Errorf("outlet group %s: %w", name, err)
			}
		}
		return nil
	})
}

// DeleteOutletGroup implements store.Store.
func (db *DB) DeleteOutletGroup(ctx context.Context, name string) error {
	tag, err := db.pool.Exec(ctx, `DELETE FROM outlet_groups WHERE name = $1`, name)
	if err != nil {
		return fmt.Errorf("outlet group %q: %w", name, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("outlet group %q: %w", name, echotrace.ErrNotFound)
	}
	return nil
}
