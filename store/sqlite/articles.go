package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/echotrace/echotrace"
)

// newestVersionSQL selects each article's newest version: the latest seen,
// the highest number among equals.
const articleSQL = `SELECT a.id, a.url, o.domain, a.first_seen,
	(SELECT count(*) FROM article_versions c WHERE c.article_id = a.id),
	v.id, v.number, v.capture_id, v.seen_at, v.title, v.byline, v.text, v.text_sha256, v.lang, v.site,
	v.published, v.published_source
	FROM articles a JOIN outlets o ON o.id = a.outlet_id
	JOIN article_versions v ON v.id = (SELECT id FROM article_versions n WHERE n.article_id = a.id
		ORDER BY n.seen_at DESC, n.number DESC LIMIT 1)`

type rowScanner interface{ Scan(...any) error }

func scanArticle(row rowScanner) (*echotrace.Article, error) {
	var a echotrace.Article
	var firstSeen string
	v, err := scanVersionInto(row, &a.ID, &a.URL, &a.Outlet, &firstSeen, &a.Versions)
	if err != nil {
		return nil, err
	}
	a.Newest = *v
	a.Newest.ArticleID = a.ID
	if a.FirstSeen, err = parseTime(firstSeen); err != nil {
		return nil, err
	}
	return &a, nil
}

func scanVersionInto(row rowScanner, prefix ...any) (*echotrace.Version, error) {
	var v echotrace.Version
	var seen string
	var hash []byte
	var published sql.NullString
	dest := append(prefix, &v.ID, &v.Number, &v.CaptureID, &seen, &v.Title, &v.Byline, &v.Text, &hash,
		&v.Lang, &v.Site, &published, &v.PublishedSource)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	var err error
	if v.SeenAt, err = parseTime(seen); err != nil {
		return nil, err
	}
	if v.Published, err = parseNullTime(published); err != nil {
		return nil, err
	}
	v.TextSHA256 = [32]byte(hash)
	return &v, nil
}

func (db *DB) oneArticle(ctx context.Context, what string, where string, arg any) (*echotrace.Article, error) {
	a, err := scanArticle(db.queryRow(ctx, articleSQL+" WHERE "+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", what, echotrace.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", what, err)
	}
	if a.Newest.Links, err = db.links(ctx, a.Newest.ID); err != nil {
		return nil, err
	}
	return a, nil
}

// Article implements store.Store.
func (db *DB) Article(ctx context.Context, id int64) (*echotrace.Article, error) {
	return db.oneArticle(ctx, fmt.Sprint(id), "a.id = ?", id)
}

// ArticleByURL implements store.Store.
func (db *DB) ArticleByURL(ctx context.Context, url string) (*echotrace.Article, error) {
	return db.oneArticle(ctx, url, "a.url = ?", url)
}

// Articles implements store.Store. Links are not loaded: listings are for
// paging through the corpus, and Article gives the whole of one.
func (db *DB) Articles(ctx context.Context, afterID int64, limit int) ([]echotrace.Article, error) {
	rows, err := db.query(ctx, articleSQL+" WHERE a.id > ? ORDER BY a.id LIMIT ?", afterID, limit)
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

// Versions implements store.Store.
func (db *DB) Versions(ctx context.Context, articleID int64) ([]echotrace.Version, error) {
	rows, err := db.query(ctx, `SELECT id, number, capture_id, seen_at, title, byline, text, text_sha256,
		lang, site, published, published_source FROM article_versions WHERE article_id = ? ORDER BY number`, articleID)
	if err != nil {
		return nil, fmt.Errorf("versions of %d: %w", articleID, err)
	}
	var out []echotrace.Version
	for rows.Next() {
		v, err := scanVersionInto(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("versions of %d: %w", articleID, err)
		}
		v.ArticleID = articleID
		out = append(out, *v)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
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
	rows, err := db.query(ctx, `SELECT url, text FROM version_links WHERE version_id = ? ORDER BY position`, versionID)
	if err != nil {
		return nil, fmt.Errorf("links of version %d: %w", versionID, err)
	}
	defer rows.Close()
	var out []echotrace.Link
	for rows.Next() {
		var l echotrace.Link
		if err := rows.Scan(&l.URL, &l.Text); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
