package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
)

const feedColumns = `id, url, kind, title, etag, last_modified, last_poll, next_poll, last_new, last_error,
	unchanged, failures, items, created_at`

func scanFeed(row rowScanner) (echotrace.Feed, error) {
	var f echotrace.Feed
	var lastPoll, nextPoll, lastNew sql.NullString
	var created string
	if err := row.Scan(&f.ID, &f.URL, &f.Kind, &f.Title, &f.ETag, &f.LastModified, &lastPoll, &nextPoll, &lastNew,
		&f.LastError, &f.Unchanged, &f.Failures, &f.Items, &created); err != nil {
		return f, err
	}
	var err error
	for _, x := range []struct {
		s sql.NullString
		t *time.Time
	}{{lastPoll, &f.LastPoll}, {nextPoll, &f.NextPoll}, {lastNew, &f.LastNew}, {sql.NullString{String: created, Valid: true}, &f.CreatedAt}} {
		if *x.t, err = parseNullTime(x.s); err != nil {
			return f, err
		}
	}
	return f, nil
}

// AddFeed implements store.Store.
func (db *DB) AddFeed(ctx context.Context, url, kind string) (echotrace.Feed, error) {
	if url == "" || (kind != "feed" && kind != "sitemap") {
		return echotrace.Feed{}, fmt.Errorf("feed %q of kind %q: %w", url, kind, echotrace.ErrInvalid)
	}
	now := formatTime(db.now())
	if _, err := db.write.ExecContext(ctx, `INSERT INTO feeds (url, kind, next_poll, created_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (url) DO NOTHING`, url, kind, now, now); err != nil {
		return echotrace.Feed{}, fmt.Errorf("feed %s: %w", url, err)
	}
	return scanFeed(db.write.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, url))
}

// Feeds implements store.Store.
func (db *DB) Feeds(ctx context.Context) ([]echotrace.Feed, error) {
	return db.queryFeeds(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY url`)
}

// DueFeeds implements store.Store.
func (db *DB) DueFeeds(ctx context.Context, now time.Time, limit int) ([]echotrace.Feed, error) {
	return db.queryFeeds(ctx, `SELECT `+feedColumns+` FROM feeds WHERE next_poll IS NULL OR next_poll <= ?
		ORDER BY next_poll, id LIMIT ?`, formatTime(now), limit)
}

func (db *DB) queryFeeds(ctx context.Context, query string, args ...any) ([]echotrace.Feed, error) {
	rows, err := db.query(ctx, query, args...)
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
	res, err := db.write.ExecContext(ctx, `DELETE FROM feeds WHERE url = ?`, url)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("feed %s: %w", url, echotrace.ErrNotFound)
	}
	return nil
}

// SaveFeedPoll implements store.Store.
func (db *DB) SaveFeedPoll(ctx context.Context, f echotrace.Feed) error {
	res, err := db.write.ExecContext(ctx, `UPDATE feeds SET title = ?, etag = ?, last_modified = ?, last_poll = ?,
		next_poll = ?, last_new = ?, last_error = ?, unchanged = ?, failures = ?, items = ? WHERE id = ?`,
		f.Title, f.ETag, f.LastModified, nullTime(f.LastPoll), nullTime(f.NextPoll), nullTime(f.LastNew), f.LastError,
		f.Unchanged, f.Failures, f.Items, f.ID)
	if err != nil {
		return fmt.Errorf("feed %s: %w", f.URL, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("feed %d: %w", f.ID, echotrace.ErrNotFound)
	}
	return nil
}

// LogFetches implements store.Store.
func (db *DB) LogFetches(ctx context.Context, fs []echotrace.Fetch) error {
	return db.tx(ctx, func(sqlTx *sql.Tx) error {
		tx := newTxStmts(sqlTx)
		defer tx.Close()
		for _, f := range fs {
			var feed any
			if f.FeedID != 0 {
				feed = f.FeedID
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO fetch_log (url, feed_id, at, status, outcome, error)
				VALUES (?, ?, ?, ?, ?, ?)`, f.URL, feed, formatTime(f.At), f.Status, f.Outcome, f.Error); err != nil {
				return fmt.Errorf("fetch log of %s: %w", f.URL, err)
			}
		}
		return nil
	})
}

// Fetches implements store.Store.
func (db *DB) Fetches(ctx context.Context, outcome string, limit int) ([]echotrace.Fetch, error) {
	q := `SELECT url, coalesce(feed_id, 0), at, status, outcome, error FROM fetch_log`
	args := []any{}
	if outcome != "" {
		q += ` WHERE outcome = ?`
		args = append(args, outcome)
	}
	q += ` ORDER BY at DESC, id DESC LIMIT ?`
	args = append(args, limit)
	rows, err := db.query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("fetch log: %w", err)
	}
	defer rows.Close()
	var out []echotrace.Fetch
	for rows.Next() {
		var f echotrace.Fetch
		var at string
		if err := rows.Scan(&f.URL, &f.FeedID, &at, &f.Status, &f.Outcome, &f.Error); err != nil {
			return nil, err
		}
		if f.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// StoredURLs implements store.Store.
func (db *DB) StoredURLs(ctx context.Context, urls []string) (map[string]bool, error) {
	out := map[string]bool{}
	for len(urls) > 0 {
		n := min(len(urls), 400)
		chunk := urls[:n]
		urls = urls[n:]
		marks := strings.TrimSuffix(strings.Repeat("?,", n), ",")
		args := make([]any, 0, 2*n)
		for _, u := range chunk {
			args = append(args, u)
		}
		for _, u := range chunk {
			args = append(args, u)
		}
		rows, err := db.query(ctx, `SELECT url FROM captures WHERE url IN (`+marks+`)
			UNION SELECT url FROM articles WHERE url IN (`+marks+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("stored urls: %w", err)
		}
		for rows.Next() {
			var u string
			if err := rows.Scan(&u); err != nil {
				rows.Close()
				return nil, err
			}
			out[u] = true
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
