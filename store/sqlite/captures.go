package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// KnownCaptures implements store.Store.
func (db *DB) KnownCaptures(ctx context.Context, hashes [][32]byte) (map[[32]byte]bool, error) {
	known := make(map[[32]byte]bool)
	const chunk = 500 // stay far below SQLite's bound-parameter limit
	for start := 0; start < len(hashes); start += chunk {
		part := hashes[start:min(start+chunk, len(hashes))]
		args := make([]any, len(part))
		for i, h := range part {
			args[i] = h[:]
		}
		q := `SELECT sha256 FROM captures WHERE sha256 IN (?` + strings.Repeat(",?", len(part)-1) + `)`
		rows, err := db.query(ctx, q, args...)
		if err != nil {
			return nil, fmt.Errorf("known captures: %w", err)
		}
		for rows.Next() {
			var b []byte
			if err := rows.Scan(&b); err != nil {
				rows.Close()
				return nil, err
			}
			known[[32]byte(b)] = true
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return nil, err
		}
	}
	return known, nil
}

// Ingest implements store.Store.
func (db *DB) Ingest(ctx context.Context, items []store.IngestItem) ([]store.IngestResult, error) {
	// Compress outside the transaction: the writer is held only for SQL.
	bodies := make([][]byte, len(items))
	for i := range items {
		c, err := store.CompressBody(items[i].Capture.Body)
		if err != nil {
			return nil, fmt.Errorf("compress %s: %w", items[i].Capture.OriginRef, err)
		}
		bodies[i] = c
	}
	results := make([]store.IngestResult, len(items))
	err := db.tx(ctx, func(sqlTx *sql.Tx) error {
		tx := newTxStmts(sqlTx)
		defer tx.Close()
		for i := range items {
			r, err := db.ingestOne(ctx, tx, &items[i], bodies[i])
			if err != nil {
				return fmt.Errorf("store %s: %w", items[i].Capture.OriginRef, err)
			}
			results[i] = r
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return results, nil
}

func (db *DB) ingestOne(ctx context.Context, tx *txStmts, it *store.IngestItem, body []byte) (store.IngestResult, error) {
	c := &it.Capture
	if c.SHA256 == [32]byte{} {
		c.SHA256 = sha256.Sum256(c.Body)
	}
	headers, err := json.Marshal(c.Headers)
	if err != nil {
		return store.IngestResult{}, err
	}
	if c.Headers == nil {
		headers = []byte("{}")
	}
	capturedAt := c.CapturedAt
	if capturedAt.IsZero() {
		capturedAt = db.now()
	}
	var res store.IngestResult
	err = tx.QueryRowContext(ctx, `INSERT INTO captures
		(sha256, url, origin, origin_ref, captured_at, content_type, headers, compression, body_size, body, error)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (sha256) DO NOTHING RETURNING id`,
		c.SHA256[:], c.URL, c.Origin, c.OriginRef, formatTime(capturedAt), c.ContentType, string(headers),
		store.BodyCompression, len(c.Body), body, it.ExtractError).Scan(&res.CaptureID)
	if errors.Is(err, sql.ErrNoRows) {
		// Already stored: report what it became and change nothing.
		var articleID sql.NullInt64
		if err := tx.QueryRowContext(ctx, `SELECT id, article_id FROM captures WHERE sha256 = ?`, c.SHA256[:]).
			Scan(&res.CaptureID, &articleID); err != nil {
			return res, err
		}
		res.ArticleID = articleID.Int64
		res.CaptureExisted = true
		return res, nil
	}
	if err != nil {
		return res, err
	}
	if it.Extraction == nil {
		return res, nil
	}
	placed, err := db.placeVersion(ctx, tx, res.CaptureID, capturedAt, it.Extraction)
	placed.CaptureID = res.CaptureID
	return placed, err
}

// Reextract implements store.Store.
func (db *DB) Reextract(ctx context.Context, captureID int64, ex *echotrace.Extraction, extractErr string) (store.IngestResult, error) {
	res := store.IngestResult{CaptureID: captureID}
	err := db.tx(ctx, func(sqlTx *sql.Tx) error {
		tx := newTxStmts(sqlTx)
		defer tx.Close()
		var capturedAt string
		var articleID sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT captured_at, article_id FROM captures WHERE id = ?`, captureID).
			Scan(&capturedAt, &articleID)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("capture %d: %w", captureID, echotrace.ErrNotFound)
		}
		if err != nil {
			return err
		}
		if ex == nil {
			// Keep whatever an earlier extraction produced: a worse extractor
			// must not erase articles. Only the error is recorded.
			_, err := tx.ExecContext(ctx, `UPDATE captures SET error = ? WHERE id = ?`, extractErr, captureID)
			res.ArticleID = articleID.Int64
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE captures SET error = '' WHERE id = ?`, captureID); err != nil {
			return err
		}
		var versionID int64
		var number int
		err = tx.QueryRowContext(ctx, `SELECT id, number FROM article_versions WHERE capture_id = ?`, captureID).Scan(&versionID, &number)
		switch {
		case err == nil:
			// This capture produced a version: refresh it in place. The
			// article keeps its identity even if the canonical URL now reads
			// differently; re-running extraction must not split articles.
			if err := updateVersion(ctx, tx, versionID, ex); err != nil {
				return err
			}
			res.ArticleID, res.VersionID, res.Version = articleID.Int64, versionID, number
			return nil
		case errors.Is(err, sql.ErrNoRows):
			t, err := parseTime(capturedAt)
			if err != nil {
				return err
			}
			res, err = db.placeVersion(ctx, tx, captureID, t, ex)
			res.CaptureID = captureID
			return err
		default:
			return err
		}
	})
	return res, err
}

// placeVersion attaches an extracted capture to its article, creating the
// article or a new version when its text is new.
func (db *DB) placeVersion(ctx context.Context, tx *txStmts, captureID int64, capturedAt time.Time, ex *echotrace.Extraction) (store.IngestResult, error) {
	var res store.IngestResult
	if ex.URL == "" {
		return res, fmt.Errorf("extraction has no URL: %w", echotrace.ErrInvalid)
	}
	outletID, err := upsertOutlet(ctx, tx, ex.Outlet, db.now())
	if err != nil {
		return res, err
	}
	seen := formatTime(capturedAt)
	var firstSeen string
	err = tx.QueryRowContext(ctx, `SELECT id, first_seen FROM articles WHERE url = ?`, ex.URL).Scan(&res.ArticleID, &firstSeen)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if err := tx.QueryRowContext(ctx, `INSERT INTO articles (url, outlet_id, first_seen) VALUES (?, ?, ?) RETURNING id`,
			ex.URL, outletID, seen).Scan(&res.ArticleID); err != nil {
			return res, err
		}
		res.NewArticle = true
	case err != nil:
		return res, err
	case seen < firstSeen:
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET first_seen = ? WHERE id = ?`, seen, res.ArticleID); err != nil {
			return res, err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE captures SET article_id = ? WHERE id = ?`, res.ArticleID, captureID); err != nil {
		return res, err
	}

	textHash := sha256.Sum256([]byte(ex.Text))
	if !res.NewArticle {
		// Compare with the version that was current when this capture was
		// made (captures may arrive out of time order, as in WARC files).
		var prevID int64
		var prevNumber int
		var prevHash []byte
		var prevSeen string
		err := tx.QueryRowContext(ctx, `SELECT id, number, text_sha256, seen_at FROM article_versions
			WHERE article_id = ? ORDER BY (seen_at <= ?) DESC,
			CASE WHEN seen_at <= ? THEN seen_at END DESC, seen_at ASC, number DESC LIMIT 1`,
			res.ArticleID, seen, seen).Scan(&prevID, &prevNumber, &prevHash, &prevSeen)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return res, err
		}
		if err == nil && [32]byte(prevHash) == textHash {
			if seen < prevSeen {
				if _, err := tx.ExecContext(ctx, `UPDATE article_versions SET seen_at = ? WHERE id = ?`, seen, prevID); err != nil {
					return res, err
				}
			}
			res.VersionID, res.Version = prevID, prevNumber
			return res, nil
		}
	}
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(number), 0) + 1 FROM article_versions WHERE article_id = ?`,
		res.ArticleID).Scan(&res.Version); err != nil {
		return res, err
	}
	err = tx.QueryRowContext(ctx, `INSERT INTO article_versions
		(article_id, number, capture_id, seen_at, text_sha256, title, byline, text, lang, site, published, published_source)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		res.ArticleID, res.Version, captureID, seen, textHash[:], ex.Title, ex.Byline, ex.Text, ex.Lang, ex.Site,
		nullTime(ex.Published), ex.PublishedSource).Scan(&res.VersionID)
	if err != nil {
		return res, err
	}
	res.NewVersion = true
	return res, insertLinks(ctx, tx, res.VersionID, ex.Links)
}

func updateVersion(ctx context.Context, tx *txStmts, versionID int64, ex *echotrace.Extraction) error {
	textHash := sha256.Sum256([]byte(ex.Text))
	if _, err := tx.ExecContext(ctx, `UPDATE article_versions SET text_sha256 = ?, title = ?, byline = ?, text = ?,
		lang = ?, site = ?, published = ?, published_source = ? WHERE id = ?`,
		textHash[:], ex.Title, ex.Byline, ex.Text, ex.Lang, ex.Site, nullTime(ex.Published), ex.PublishedSource, versionID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM version_links WHERE version_id = ?`, versionID); err != nil {
		return err
	}
	return insertLinks(ctx, tx, versionID, ex.Links)
}

func insertLinks(ctx context.Context, tx *txStmts, versionID int64, links []echotrace.Link) error {
	for i, l := range links {
		if _, err := tx.ExecContext(ctx, `INSERT INTO version_links (version_id, position, url, text) VALUES (?, ?, ?, ?)`,
			versionID, i, l.URL, l.Text); err != nil {
			return err
		}
	}
	return nil
}

// Capture implements store.Store.
func (db *DB) Capture(ctx context.Context, id int64) (*echotrace.Capture, error) {
	var c echotrace.Capture
	var hash, body []byte
	var capturedAt, headers, compression string
	var articleID sql.NullInt64
	err := db.queryRow(ctx, `SELECT id, sha256, url, origin, origin_ref, captured_at, content_type, headers,
		compression, body, article_id, error FROM captures WHERE id = ?`, id).
		Scan(&c.ID, &hash, &c.URL, &c.Origin, &c.OriginRef, &capturedAt, &c.ContentType, &headers,
			&compression, &body, &articleID, &c.Error)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("capture %d: %w", id, echotrace.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("capture %d: %w", id, err)
	}
	c.SHA256 = [32]byte(hash)
	c.ArticleID = articleID.Int64
	if c.CapturedAt, err = parseTime(capturedAt); err != nil {
		return nil, fmt.Errorf("capture %d: %w", id, err)
	}
	if err := json.Unmarshal([]byte(headers), &c.Headers); err != nil {
		return nil, fmt.Errorf("capture %d headers: %w", id, err)
	}
	if c.Body, err = store.DecompressBody(compression, body); err != nil {
		return nil, fmt.Errorf("capture %d: %w", id, err)
	}
	return &c, nil
}

// CaptureIDs implements store.Store.
func (db *DB) CaptureIDs(ctx context.Context, afterID int64, limit int) ([]int64, error) {
	rows, err := db.query(ctx, `SELECT id FROM captures WHERE id > ? ORDER BY id LIMIT ?`, afterID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// LatestCaptureHeaders implements store.Store.
func (db *DB) LatestCaptureHeaders(ctx context.Context, url string) (map[string]string, error) {
	var headers string
	err := db.queryRow(ctx, `SELECT headers FROM captures WHERE url = ? ORDER BY captured_at DESC, id DESC LIMIT 1`, url).Scan(&headers)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("headers of the latest capture of %s: %w", url, err)
	}
	out := map[string]string{}
	if err := json.Unmarshal([]byte(headers), &out); err != nil {
		return nil, fmt.Errorf("headers of the latest capture of %s: %w", url, err)
	}
	return out, nil
}
