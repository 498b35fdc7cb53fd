package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// querier is what the pool and a transaction share, so that a read can
// run inside a write's transaction or on its own.
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// newestVersion picks an article a's newest version: the latest seen, the
// highest number among equals (article_versions_seen answers it).
const newestVersion = `JOIN LATERAL (SELECT * FROM article_versions n WHERE n.article_id = a.id
		ORDER BY n.seen_at DESC, n.number DESC LIMIT 1) v ON true`

const articleSQL = `SELECT a.id, a.url, o.domain, a.first_seen,
	(SELECT count(*) FROM article_versions c WHERE c.article_id = a.id),
	v.id, v.number, v.capture_id, v.seen_at, v.title, v.byline, v.text, v.text_sha256, v.lang, v.site,
	v.published, v.published_source
	FROM articles a JOIN outlets o ON o.id = a.outlet_id ` + newestVersion

// scanArticle reads a row of articleSQL; extra receives the columns
// after articleSQL's own.
func scanArticle(row pgx.Row, extra ...any) (*echotrace.Article, error) {
	var a echotrace.Article
	var firstSeen time.Time
	v, err := scanVersionInto(row, []any{&a.ID, &a.URL, &a.Outlet, &firstSeen, &a.Versions}, extra...)
	if err != nil {
		return nil, err
	}
	a.Newest = *v
	a.Newest.ArticleID = a.ID
	a.FirstSeen = firstSeen.UTC()
	return &a, nil
}

// scanVersionInto reads a version's columns, with prefix's before them
// and suffix's after.
func scanVersionInto(row pgx.Row, prefix []any, suffix ...any) (*echotrace.Version, error) {
	var v echotrace.Version
	var hash []byte
	var published *time.Time
	dest := append(prefix, &v.ID, &v.Number, &v.CaptureID, &v.SeenAt, &v.Title, &v.Byline, &v.Text, &hash,
		&v.Lang, &v.Site, &published, &v.PublishedSource)
	dest = append(dest, suffix...)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	v.SeenAt = v.SeenAt.UTC()
	v.Published = fromNull(published)
	if len(hash) != 32 {
		return nil, fmt.Errorf("version %d: text hash of %d bytes", v.ID, len(hash))
	}
	v.TextSHA256 = [32]byte(hash)
	return &v, nil
}

// articleWithLinksSQL is articleSQL with the newest version's links, as
// two arrays in link order: one round trip for an article instead of two
// (relating reads the articles of a neighbourhood one by one, and the
// second trip was an eighth of a sequencer's time at 150,000 articles).
var articleWithLinksSQL = func() string {
	const from = "FROM articles a JOIN"
	if strings.Count(articleSQL, from) != 1 {
		panic("articleSQL: where its columns end is not found")
	}
	return strings.Replace(articleSQL, from, `,
	(SELECT coalesce(array_agg(l.url ORDER BY l.position), '{}') FROM version_links l WHERE l.version_id = v.id),
	(SELECT coalesce(array_agg(l.text ORDER BY l.position), '{}') FROM version_links l WHERE l.version_id = v.id)
	`+from, 1)
}()

func (db *DB) oneArticle(ctx context.Context, what string, where string, arg any) (*echotrace.Article, error) {
	var urls, texts []string
	a, err := scanArticle(db.pool.QueryRow(ctx, articleWithLinksSQL+" WHERE "+where, arg), &urls, &texts)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", what, echotrace.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", what, err)
	}
	if a.Newest.Links, err = linksOf(urls, texts); err != nil {
		return nil, fmt.Errorf("article %s: %w", what, err)
	}
	return a, nil
}

// linksOf pairs the link columns of articleWithLinksSQL.
func linksOf(urls, texts []string) ([]echotrace.Link, error) {
	if len(urls) != len(texts) {
		return nil, fmt.Errorf("%d link URLs and %d link texts", len(urls), len(texts))
	}
	var out []echotrace.Link
	for i := range urls {
		out = append(out, echotrace.Link{URL: urls[i], Text: texts[i]})
	}
	return out, nil
}

// Article implements store.Store.
func (db *DB) Article(ctx context.Context, id int64) (*echotrace.Article, error) {
	return db.oneArticle(ctx, fmt.Sprint(id), "a.id = $1", id)
}

// ArticleByURL implements store.Store.
func (db *DB) ArticleByURL(ctx context.Context, url string) (*echotrace.Article, error) {
	return db.oneArticle(ctx, url, "a.url = $1", text(url))
}

// Articles implements store.Store. Links are not loaded: listings are for
// paging through the corpus, and Article gives the whole of one.
func (db *DB) Articles(ctx context.Context, afterID int64, limit int) ([]echotrace.Article, error) {
	rows, err := db.pool.Query(ctx, articleSQL+" WHERE a.id > $1 ORDER BY a.id LIMIT $2", afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	defer rows.Close()
	var out []echotrace.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("articles: %w", err)
		}
		out = append(out, *a)
	}
	return out, rows.Err()
}

// Versions implements store.Store: oldest first, by number, with each
// version's links.
func (db *DB) Versions(ctx context.Context, articleID int64) ([]echotrace.Version, error) {
	rows, err := db.pool.Query(ctx, `SELECT id, number, capture_id, seen_at, title, byline, text, text_sha256,
		lang, site, published, published_source FROM article_versions WHERE article_id = $1 ORDER BY number`, articleID)
	if err != nil {
		return nil, fmt.Errorf("versions of %d: %w", articleID, err)
	}
	var out []echotrace.Version
	for rows.Next() {
		v, err := scanVersionInto(rows, nil)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("versions of %d: %w", articleID, err)
		}
		v.ArticleID = articleID
		out = append(out, *v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("versions of %d: %w", articleID, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("article %d: %w", articleID, echotrace.ErrNotFound)
	}
	for i := range out {
		if out[i].Links, err = db.links(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (db *DB) links(ctx context.Context, versionID int64) ([]echotrace.Link, error) {
	rows, err := db.pool.Query(ctx, `SELECT url, text FROM version_links WHERE version_id = $1 ORDER BY position`, versionID)
	if err != nil {
		return nil, fmt.Errorf("links of version %d: %w", versionID, err)
	}
	defer rows.Close()
	var out []echotrace.Link
	for rows.Next() {
		var l echotrace.Link
		if err := rows.Scan(&l.URL, &l.Text); err != nil {
			return nil, fmt.Errorf("links of version %d: %w", versionID, err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// ArticlesExist says whether any of the URLs (as extracted) is stored as
// an article already, so that the pages would be new versions of it.
func (db *DB) ArticlesExist(ctx context.Context, urls []string) (bool, error) {
	if len(urls) == 0 {
		return false, nil
	}
	keys := make([]string, len(urls))
	for i, u := range urls {
		keys[i] = text(u)
	}
	var found bool
	if err := db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE url = ANY($1))`, keys).Scan(&found); err != nil {
		return false, fmt.Errorf("look up articles by URL: %w", err)
	}
	return found, nil
}
