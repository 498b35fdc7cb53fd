package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/echotrace/echotrace/store"
)

// Weights of search_index's columns in bm25: a word in the title says more
// about what an article is about than the same word in its text.
const (
	titleWeight = 4.0
	textWeight  = 1.0
)

// snippetWords is how many words snippet() shows (FTS5 allows 64).
const snippetWords = 32

// Search implements store.Store.
//
// It runs in two steps: the first ranks every match with its filters and
// keeps one page; the second makes snippets for that page only, since a
// snippet reads and tokenizes the article's text, and a common word can
// match most of the corpus.
func (db *DB) Search(ctx context.Context, q store.SearchQuery) ([]store.SearchHit, error) {
	return db.search(ctx, q, rankedMatches)
}

// rankedMatches bounds how many matches a query ranks: the most recently
// stored ones (by version ID). Ranking costs about 1.5 µs a match (bm25
// reads each match's length with a statement of its own), so a word found
// in most of a 100,000-article corpus took over 150 ms; only such broad
// queries reach the bound, and their best-ranked hits among the newest
// 10,000 are what a reader of a news archive wants first anyway.
const rankedMatches = 10000

// search is Search ranking at most rankCap matches (-1: all of them).
func (db *DB) search(ctx context.Context, q store.SearchQuery, rankCap int) ([]store.SearchHit, error) {
	terms, err := store.ParseSearchText(q.Text)
	if err != nil {
		return nil, err
	}
	if err := store.CheckSearchFilters(q); err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit == 0 {
		limit = store.DefaultSearchLimit
	}
	match := matchExpression(terms)

	// The ranking step reads search_docs only: it is small, and keyed
	// like search_index, so that even a word in every article is ranked
	// without reading the articles themselves.
	var where strings.Builder
	args := []any{match}
	if len(q.Outlets) > 0 {
		outlets := make([]string, len(q.Outlets))
		for i, o := range q.Outlets {
			outlets[i] = strings.ToLower(strings.TrimSpace(o))
		}
		list, err := json.Marshal(outlets)
		if err != nil {
			return nil, err
		}
		// One JSON parameter instead of one placeholder per outlet keeps
		// the statement's text fixed, so it is prepared once.
		where.WriteString(" AND d.outlet_id IN (SELECT o.id FROM outlets o WHERE o.domain IN (SELECT value FROM json_each(?)))")
		args = append(args, string(list))
	}
	if !q.From.IsZero() {
		where.WriteString(" AND d.published >= ?")
		args = append(args, formatTime(q.From))
	}
	if !q.To.IsZero() {
		where.WriteString(" AND d.published < ?")
		args = append(args, formatTime(q.To))
	}
	if q.Lang != "" {
		// Tags are checked to be letters, digits and hyphens: no LIKE
		// wildcard can come from the user.
		where.WriteString(" AND (d.lang = ? OR d.lang LIKE ? || '-%')")
		lang := strings.ToLower(q.Lang)
		args = append(args, lang, lang)
	}
	if q.Relation != "" {
		where.WriteString(` AND (EXISTS (SELECT 1 FROM relations r WHERE r.a_id = d.article_id AND r.relation = ?)
			OR EXISTS (SELECT 1 FROM relations r WHERE r.b_id = d.article_id AND r.relation = ?))`)
		args = append(args, q.Relation, q.Relation)
	}
	args = append(args, rankCap, limit, q.Offset, match)

	// ranked takes the matches that pass the filters newest stored first
	// (search_index yields them in that order: no sorting), scoring each,
	// up to rankCap; page orders them. bm25 is lower for better matches;
	// Score negates it so that higher is better. CROSS JOIN keeps
	// search_index the outer loop (the planner could otherwise scan
	// search_docs for a filter and probe the index row by row).
	// MATERIALIZED keeps the ranking apart from the snippet step, which
	// looks each hit of the page up again by rowid with the same MATCH
	// (auxiliary functions need a MATCH on their own table).
	query := fmt.Sprintf(`WITH ranked AS MATERIALIZED (
		SELECT d.version_id, d.article_id, -bm25(search_index, %g, %g) AS score, d.newest
		FROM search_index CROSS JOIN search_docs d ON d.version_id = search_index.rowid
		WHERE search_index MATCH ?%s
		ORDER BY search_index.rowid DESC
		LIMIT ?),
	page AS MATERIALIZED (
		SELECT * FROM ranked ORDER BY score DESC, newest DESC, article_id DESC LIMIT ? OFFSET ?)
	SELECT p.article_id, a.url, o.domain, v.title, v.published, v.published_source, v.lang, p.score,
		snippet(search_index, 1, char(%d), char(%d), '…', %d)
	FROM page p
	CROSS JOIN search_index
	JOIN article_versions v ON v.id = p.version_id
	JOIN articles a ON a.id = p.article_id
	JOIN outlets o ON o.id = a.outlet_id
	WHERE search_index MATCH ? AND search_index.rowid = p.version_id
	ORDER BY p.score DESC, p.newest DESC, p.article_id DESC`,
		titleWeight, textWeight, where.String(), store.SnippetStart, store.SnippetEnd, snippetWords)

	rows, err := db.query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer rows.Close()
	hits := []store.SearchHit{}
	for rows.Next() {
		var h store.SearchHit
		var published sql.NullString
		var snippet string
		if err := rows.Scan(&h.ArticleID, &h.URL, &h.Outlet, &h.Title, &published, &h.PublishedSource, &h.Lang,
			&h.Score, &snippet); err != nil {
			return nil, fmt.Errorf("search %q: %w", q.Text, err)
		}
		if h.Published, err = parseNullTime(published); err != nil {
			return nil, fmt.Errorf("search %q: article %d: %w", q.Text, h.ArticleID, err)
		}
		h.Snippet, h.Highlights = store.SplitMarked(snippet)
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return hits, nil
}

// matchExpression writes a parsed query in FTS5's query language. Every
// term is a quoted string, in which FTS5 sees no operator, column filter,
// prefix star or NEAR: only text to tokenize, as a phrase. The terms
// themselves decide nothing about the expression's structure.
func matchExpression(q store.SearchText) string {
	var b strings.Builder
	b.WriteByte('(')
	for i, t := range q.Include {
		if i > 0 {
			b.WriteString(" AND ")
		}
		b.WriteString(quoteFTS(t))
	}
	b.WriteByte(')')
	for _, t := range q.Exclude {
		b.WriteString(" NOT ")
		b.WriteString(quoteFTS(t))
	}
	return b.String()
}

// quoteFTS makes s an FTS5 string: in double quotes, a quote doubled.
func quoteFTS(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
