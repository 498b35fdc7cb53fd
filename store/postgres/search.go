package postgres

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/echotrace/echotrace/store"
)

// searchConfig is the text search configuration of migration 0002: simple,
// with unaccent where the server has it.
const searchConfig = "echotrace_search"

// rankWeights are ts_rank_cd's weights for {D, C, B, A}: the title (A)
// counts four times the text (D), as in the SQLite store's bm25.
const rankWeights = "{0.25, 0.25, 0.25, 1}"

// rankedMatches bounds how many matches a query ranks, as in the SQLite
// store: the most recently stored ones (by version ID). Ranking reads each
// match's whole document, so a word found in most of a large corpus would
// otherwise cost a read of most of it.
const rankedMatches = 10000

// headlineOptions: about as many words as the SQLite store's snippets
// (32), from the best-matching part of the text.
var headlineOptions = fmt.Sprintf("StartSel=%c, StopSel=%c, MaxWords=32, MinWords=16, ShortWord=0, HighlightAll=false",
	store.SnippetStart, store.SnippetEnd)

// Search implements store.Store.
//
// The user's text is parsed by store.ParseSearchText, and each term goes
// to the database as a parameter of phraseto_tsquery, which reads it as
// words to find in sequence and sees no operator in it: the query's
// structure (AND of the terms, NOT of the excluded ones) is written here,
// never taken from the input.
//
// It runs in two steps: the first matches and ranks, and keeps one page;
// the second makes snippets for that page only, since ts_headline reads
// and parses the article's text.
func (db *DB) Search(ctx context.Context, q store.SearchQuery) ([]store.SearchHit, error) {
	return db.search(ctx, q, rankedMatches)
}

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

	var args []any
	param := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	phrase := func(term string) string {
		return fmt.Sprintf("phraseto_tsquery('%s', %s)", searchConfig, param(term))
	}
	// wanted is what must be there: what ranking and highlighting look
	// for. match adds what must not be there.
	var wanted, match strings.Builder
	for i, t := range terms.Include {
		if i > 0 {
			wanted.WriteString(" && ")
		}
		wanted.WriteString(phrase(t))
	}
	match.WriteString("(" + wanted.String() + ")")
	for _, t := range terms.Exclude {
		match.WriteString(" && !!" + phrase(t))
	}

	var where strings.Builder
	if len(q.Outlets) > 0 {
		outlets := make([]string, len(q.Outlets))
		for i, o := range q.Outlets {
			outlets[i] = strings.ToLower(strings.TrimSpace(o))
		}
		where.WriteString(" AND d.outlet_id IN (SELECT o.id FROM outlets o WHERE o.domain = ANY(" + param(outlets) + "::text[]))")
	}
	if !q.From.IsZero() {
		where.WriteString(" AND d.published >= " + param(ts(q.From)) + "::timestamptz")
	}
	if !q.To.IsZero() {
		where.WriteString(" AND d.published < " + param(ts(q.To)) + "::timestamptz")
	}
	if q.Lang != "" {
		// Tags are checked to be letters, digits and hyphens: no LIKE
		// wildcard can come from the user.
		lang := param(strings.ToLower(q.Lang))
		where.WriteString(" AND (d.lang = " + lang + "::text OR d.lang LIKE " + lang + "::text || '-%')")
	}
	if q.Relation != "" {
		kind := param(q.Relation)
		where.WriteString(` AND (EXISTS (SELECT 1 FROM relations r WHERE r.a_id = d.article_id AND r.relation = ` + kind + `::text)
			OR EXISTS (SELECT 1 FROM relations r WHERE r.b_id = d.article_id AND r.relation = ` + kind + `::text))`)
	}

	// matched takes the matches that pass the filters, most recently
	// stored first, up to rankCap; page ranks them and keeps one page;
	// only then are the page's texts read for snippets, with their ends,
	// to tell where a snippet was cut. Score is ts_rank_cd: higher is
	// better. The planner chooses well between the GIN index (a rare
	// word) and walking version_id backwards until rankCap matches (a
	// word in every article); measured on 100,000 synthetic documents:
	// 0.8 ms, 18 ms (1,500 matches) and 81 ms (all), where finding every
	// match first and then keeping the newest took 1.8, 35 and 674 ms.
	query := fmt.Sprintf(`WITH wanted AS (SELECT %s AS q),
	matched AS MATERIALIZED (
		SELECT d.article_id, d.version_id, d.newest, d.document
		FROM search_docs d
		WHERE d.document @@ (%s)%s
		ORDER BY d.version_id DESC
		LIMIT %s),
	page AS MATERIALIZED (
		SELECT m.article_id, m.version_id, m.newest, ts_rank_cd('%s', m.document, w.q) AS score
		FROM matched m CROSS JOIN wanted w
		ORDER BY score DESC, m.newest DESC, m.article_id DESC
		LIMIT %s OFFSET %s)
	SELECT p.article_id, a.url, o.domain, v.title, v.published, v.published_source, v.lang, p.score,
		ts_headline('%s', v.text, w.q, %s), left(v.text, %d), right(v.text, %d)
	FROM page p CROSS JOIN wanted w
	JOIN article_versions v ON v.id = p.version_id
	JOIN articles a ON a.id = p.article_id
	JOIN outlets o ON o.id = a.outlet_id
	ORDER BY p.score DESC, p.newest DESC, p.article_id DESC`,
		wanted.String(), match.String(), where.String(), param(capOrAll(rankCap)),
		rankWeights, param(limit), param(q.Offset),
		searchConfig, param(headlineOptions), textEnds, textEnds)

	rows, err := db.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer rows.Close()
	hits := []store.SearchHit{}
	for rows.Next() {
		var h store.SearchHit
		var published *time.Time
		var score float32
		var headline, head, tail string
		if err := rows.Scan(&h.ArticleID, &h.URL, &h.Outlet, &h.Title, &published, &h.PublishedSource, &h.Lang,
			&score, &headline, &head, &tail); err != nil {
			return nil, fmt.Errorf("search %q: %w", q.Text, err)
		}
		h.Published, h.Score = fromNull(published), float64(score)
		h.Snippet, h.Highlights = markCuts(store.SplitMarked(headline))(head, tail)
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return hits, nil
}

// FoldsDiacritics reports whether search folds diacritics (Kyïv = Kyiv),
// which it does when the unaccent extension was available to migration
// 0002; without it, search works but tells them apart.
func (db *DB) FoldsDiacritics(ctx context.Context) (bool, error) {
	var folds bool
	err := db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_ts_config_map m JOIN pg_ts_dict d ON d.oid = m.mapdict
		WHERE m.mapcfg = '`+searchConfig+`'::regconfig AND d.dictname = 'unaccent')`).Scan(&folds)
	if err != nil {
		return false, fmt.Errorf("search configuration: %w", err)
	}
	return folds, nil
}

// capOrAll is a LIMIT's value: NULL, no limit at all, for a negative cap.
func capOrAll(rankCap int) *int {
	if rankCap < 0 {
		return nil
	}
	return &rankCap
}

// textEnds is how much of each end of a hit's text is read to tell
// whether its snippet starts or ends where the text does.
const textEnds = 200

// markCuts puts "…" where a snippet was cut from its text, as the SQLite
// store's snippets have it, moving the highlights after an opening one.
// head and tail are the text's first and last characters: a snippet that
// begins (ends) as the text does, whitespace aside, was not cut there.
func markCuts(snippet string, spans [][2]int) func(head, tail string) (string, [][2]int) {
	return func(head, tail string) (string, [][2]int) {
		if snippet == "" {
			return snippet, spans
		}
		head, tail = oneLine(head), oneLine(tail)
		out := snippet
		if !sameEnds(head, snippet, 40, false) {
			out = "…" + out
			for i := range spans {
				spans[i][0]++
				spans[i][1]++
			}
		}
		if !sameEnds(tail, snippet, 40, true) {
			out += "…"
		}
		return out, spans
	}
}

// oneLine folds whitespace and control characters as store.SplitMarked does.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }), " ")
}

// sameEnds reports whether a and b begin (or, with last, end) with the
// same n characters, or as many as the shorter has.
func sameEnds(a, b string, n int, last bool) bool {
	ra, rb := []rune(a), []rune(b)
	n = min(n, len(ra), len(rb))
	if last {
		return string(ra[len(ra)-n:]) == string(rb[len(rb)-n:])
	}
	return string(ra[:n]) == string(rb[:n])
}
