package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/jackc/pgx/v5"
)

const feedColumns = `id, url, kind, title, etag, last_modified, last_poll, next_poll, last_new, last_error,
	unchanged, failures, items, created_at`

func scanFeed(row pgx.Row) (echotrace.Feed, error) {
	var f echotrace.Feed
	var lastPoll, nextPoll, lastNew *time.Time
	if err := row.Scan(&f.ID, &f.URL, &f.Kind, &f.Title, &f.ETag, &f.LastModified, &lastPoll, &nextPoll, &lastNew,
		&f.LastError, &f.Unchanged, &f.Failures, &f.Items, &f.CreatedAt); err != nil {
		return f, err
	}
	f.LastPoll, f.NextPoll, f.LastNew, f.CreatedAt = fromNull(lastPoll), fromNull(nextPoll), fromNull(lastNew), f.CreatedAt.UTC()
	return f, nil
}

// AddFeed implements store.Store.
func (db *DB) AddFeed(ctx context.Context, url, kind string) (echotrace.Feed, error) {
	if url == "" || (kind != "feed" && kind != "sitemap") {
		return echotrace.Feed{}, fmt.Errorf("feed %q of kind %q: %w", url, kind, echotrace.ErrInvalid)
	}
	now := ts(db.now())
	if _, err := db.pool.Exec(ctx, `INSERT INTO feeds (url, kind, next_poll, created_at) VALUES ($1, $2, $3, $3)
		ON CONFLICT (url) DO NOTHING`, url, kind, now); err != nil {
		return echotrace.Feed{}, fmt.Errorf("feed %s: %w", url, err)
	}
	f, err := scanFeed(db.pool.QueryRow(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = $1`, url))
	if err != nil {
		return f, fmt.Errorf("feed %s: %w", url, err)
	}
	return f, nil
}

// Feeds implements store.Store.
func (db *DB) Feeds(ctx context.Context) ([]echotrace.Feed, error) {
	return db.queryFeeds(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY url`)
}

// DueFeeds implements store.Store. A feed never scheduled is the most
// overdue of all.
func (db *DB) DueFeeds(ctx context.Context, now time.Time, limit int) ([]echotrace.Feed, error) {
	return db.queryFeeds(ctx, `SELECT `+feedColumns+` FROM feeds WHERE next_poll IS NULL OR next_poll <= $1
		ORDER BY next_poll NULLS FIRST, id LIMIT $2`, ts(now), limit)
}

func (db *DB) queryFeeds(ctx context.Context, query string, args ...any) ([]echotrace.Feed, error) {
	rows, err := db.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	defer rows.Close()
	var out []echotrace.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("feeds: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// DeleteFeed implements store.Store.
func (db *DB) DeleteFeed(ctx context.Context, url string) error {
	tag, err := db.pool.Exec(ctx, `DELETE FROM feeds WHERE url = $1`, url)
	if err != nil {
		return fmt.Errorf("feed %s: %w", url, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("feed %s: %w", url, echotrace.ErrNotFound)
	}
	return nil
}

// SaveFeedPoll implements store.Store.
func (db *DB) SaveFeedPoll(ctx context.Context, f echotrace.Feed) error {
	tag, err := db.pool.Exec(ctx, `UPDATE feeds SET title = $1, etag = $2, last_modified = $3, last_poll = $4,
		next_poll = $5, last_new = $6, last_error = $7, unchanged = $8, failures = $9, items = $10 WHERE id = $11`,
		f.Title, f.ETag, f.LastModified, nullTS(f.LastPoll), nullTS(f.NextPoll), nullTS(f.LastNew), f.LastError,
		f.Unchanged, f.Failures, f.Items, f.ID)
	if err != nil {
		return fmt.Errorf("feed %s: %w", f.URL, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("feed %d: %w", f.ID, echotrace.ErrNotFound)
	}
	return nil
}

// LogFetches implements store.Store: one transaction, its inserts sent
// as one batch.
func (db *DB) LogFetches(ctx context.Context, fs []echotrace.Fetch) error {
	if len(fs) == 0 {
		return nil
	}
	return db.tx(ctx, func(tx pgx.Tx) error {
		var b pgx.Batch
		for _, f := range fs {
			var feed *int64
			if f.FeedID != 0 {
				feed = &f.FeedID
			}
			b.Queue(`INSERT INTO fetch_log (url, feed_id, at, status, outcome, error) VALUES ($1, $2, $3, $4, $5, $6)`,
				text(f.URL), feed, ts(f.At), f.Status, f.Outcome, text(f.Error))
		}
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return fmt.Errorf("fetch log: %w", err)
		}
		return nil
	})
}

// Fetches implements store.Store.
func (db *DB) Fetches(ctx context.Context, outcome string, limit int) ([]echotrace.Fetch, error) {
	// '' matches every outcome, in one statement.
	rows, err := db.pool.Query(ctx, `SELECT url, coalesce(feed_id, 0), at, status, outcome, error FROM fetch_log
		WHERE $1 = '' OR outcome = $1 ORDER BY at DESC, id DESC LIMIT $2`, outcome, limit)
	if err != nil {
		return nil, fmt.Errorf("fetch log: %w", err)
	}
	defer rows.Close()
	var out []echotrace.Fetch
	for rows.Next() {
		var f echotrace.Fetch
		if err := rows.Scan(&f.URL, &f.FeedID, &f.At, &f.Status, &f.Outcome, &f.Error); err != nil {
			return nil, fmt.Errorf("fetch log: %w", err)
		}
		f.At = f.At.UTC()
		out = append(out, f)
	}
	return out, rows.Err()
}

// StoredURLs implements store.Store.
func (db *DB) StoredURLs(ctx context.Context, urls []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(urls) == 0 {
		return out, nil
	}
	asked := make(map[string]string, len(urls)) // as stored → as asked
	stored := make([]string, len(urls))
	for i, u := range urls {
		stored[i] = text(u)
		asked[stored[i]] = u
	}
	rows, err := db.pool.Query(ctx, `SELECT url FROM captures WHERE url = ANY($1)
		UNION SELECT url FROM articles WHERE url = ANY($1)`, stored)
	if err != nil {
		return nil, fmt.Errorf("stored urls: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var u string
		if err := rows.Scan(&u); err != nil {
			return nil, fmt.Errorf("stored urls: %w", err)
		}
		out[asked[u]] = true
	}
	return out, rows.Err()
}
