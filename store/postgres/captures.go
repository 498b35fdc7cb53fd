package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/jackc/pgx/v5"
)

// KnownCaptures implements store.Store.
func (db *DB) KnownCaptures(ctx context.Context, hashes [][32]byte) (map[[32]byte]bool, error) {
	known := make(map[[32]byte]bool)
	if len(hashes) == 0 {
		return known, nil
	}
	list := make([][]byte, len(hashes))
	for i := range hashes {
		list[i] = hashes[i][:]
	}
	rows, err := db.pool.Query(ctx, `SELECT sha256 FROM captures WHERE sha256 = ANY($1)`, list)
	if err != nil {
		return nil, fmt.Errorf("known captures: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, fmt.Errorf("known captures: %w", err)
		}
		known[[32]byte(b)] = true
	}
	return known, rows.Err()
}

// Ingest implements store.Store: the whole batch in one transaction.
func (db *DB) Ingest(ctx context.Context, items []store.IngestItem) ([]store.IngestResult, error) {
	// Compress outside the transaction, which then holds its locks only
	// for SQL.
	bodies := make([][]byte, len(items))
	for i := range items {
		c, err := store.CompressBody(items[i].Capture.Body)
		if err != nil {
			return nil, fmt.Errorf("compress %s: %w", items[i].Capture.OriginRef, err)
		}
		bodies[i] = c
	}
	results := make([]store.IngestResult, len(items))
	err := db.tx(ctx, func(tx pgx.Tx) error {
		outlets, err := lockBatch(ctx, tx, items, db.now())
		if err != nil {
			return err
		}
		for i := range items {
			r, err := db.ingestOne(ctx, tx, &items[i], bodies[i], outlets)
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

// articleLockClass is the first key of the transaction-level advisory
// locks Ingest takes on article URLs (the second is the URL's hash): a
// key space of its own, apart from the migrations' single-key lock.
const articleLockClass = 0x4543_4854 // "ECHT"

// lockBatch takes, in one fixed order, what storing the batch will lock:
// its outlets (added if new) and its articles' URLs. Items are then stored
// in the order given, as SQLite does (article IDs follow import order),
// yet two batches storing the same pages in other orders wait for each
// other instead of deadlocking, which PostgreSQL would take a second to
// detect. It returns the outlets' IDs by domain.
func lockBatch(ctx context.Context, tx pgx.Tx, items []store.IngestItem, now time.Time) (map[string]int64, error) {
	var urls, domains []string
	for _, it := range items {
		if ex := it.Extraction; ex != nil && ex.URL != "" {
			urls = append(urls, text(ex.URL))
			if ex.Outlet != "" {
				domains = append(domains, text(ex.Outlet))
			}
		}
	}
	slices.Sort(domains)
	outlets := make(map[string]int64)
	for _, d := range slices.Compact(domains) {
		id, err := upsertOutlet(ctx, tx, d, now)
		if err != nil {
			return nil, err
		}
		outlets[d] = id
	}
	if len(urls) > 0 {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, k)
			FROM (SELECT DISTINCT hashtext(u) AS k FROM unnest($2::text[]) AS u ORDER BY k) AS keys`,
			articleLockClass, urls); err != nil {
			return nil, fmt.Errorf("lock the batch's articles: %w", err)
		}
	}
	return outlets, nil
}

func (db *DB) ingestOne(ctx context.Context, tx pgx.Tx, it *store.IngestItem, body []byte, outlets map[string]int64) (store.IngestResult, error) {
	c := &it.Capture
	hash := c.SHA256
	if hash == [32]byte{} {
		hash = sha256.Sum256(c.Body)
	}
	headers := []byte("{}")
	if c.Headers != nil {
		var err error
		if headers, err = json.Marshal(c.Headers); err != nil {
			return store.IngestResult{}, err
		}
	}
	capturedAt := c.CapturedAt
	if capturedAt.IsZero() {
		capturedAt = db.now()
	}
	capturedAt = ts(capturedAt)
	var res store.IngestResult
	err := tx.QueryRow(ctx, `INSERT INTO captures
		(sha256, url, origin, origin_ref, captured_at, content_type, headers, compression, body_size, body, error)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
		ON CONFLICT (sha256) DO NOTHING RETURNING id`,
		hash[:], text(c.URL), text(c.Origin), text(c.OriginRef), capturedAt, text(c.ContentType), string(headers),
		store.BodyCompression, len(c.Body), body, text(it.ExtractError)).Scan(&res.CaptureID)
	if errors.Is(err, pgx.ErrNoRows) {
		// Already stored (perhaps by a concurrent import that has just
		// committed it): report what it became and change nothing.
		var articleID *int64
		if err := tx.QueryRow(ctx, `SELECT id, article_id FROM captures WHERE sha256 = $1`, hash[:]).
			Scan(&res.CaptureID, &articleID); err != nil {
			return res, err
		}
		if articleID != nil {
			res.ArticleID = *articleID
		}
		res.CaptureExisted = true
		return res, nil
	}
	if err != nil {
		return res, err
	}
	if it.Extraction == nil {
		return res, nil
	}
	placed, err := db.placeVersion(ctx, tx, res.CaptureID, capturedAt, it.Extraction, outlets)
	placed.CaptureID = res.CaptureID
	return placed, err
}

// Reextract implements store.Store.
func (db *DB) Reextract(ctx context.Context, captureID int64, ex *echotrace.Extraction, extractErr string) (store.IngestResult, error) {
	var res store.IngestResult
	err := db.tx(ctx, func(tx pgx.Tx) error {
		res = store.IngestResult{CaptureID: captureID}
		var capturedAt time.Time
		var articleID *int64
		// FOR UPDATE: two re-extractions of one capture take turns.
		err := tx.QueryRow(ctx, `SELECT captured_at, article_id FROM captures WHERE id = $1 FOR UPDATE`, captureID).
			Scan(&capturedAt, &articleID)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("capture %d: %w", captureID, echotrace.ErrNotFound)
		}
		if err != nil {
			return err
		}
		if articleID != nil {
			res.ArticleID = *articleID
		}
		if ex == nil {
			// Keep whatever an earlier extraction produced: a worse extractor
			// must not erase articles. Only the error is recorded.
			_, err := tx.Exec(ctx, `UPDATE captures SET error = $1 WHERE id = $2`, text(extractErr), captureID)
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE captures SET error = '' WHERE id = $1`, captureID); err != nil {
			return err
		}
		var versionID int64
		var number int
		err = tx.QueryRow(ctx, `SELECT id, number FROM article_versions WHERE capture_id = $1`, captureID).Scan(&versionID, &number)
		switch {
		case err == nil:
			// This capture produced a version: refresh it in place. The
			// article keeps its identity even if the canonical URL now reads
			// differently; re-running extraction must not split articles.
			if err := updateVersion(ctx, tx, versionID, ex); err != nil {
				return err
			}
			res.VersionID, res.Version = versionID, number
			return nil
		case errors.Is(err, pgx.ErrNoRows):
			placed, err := db.placeVersion(ctx, tx, captureID, capturedAt, ex, nil)
			placed.CaptureID = captureID
			res = placed
			return err
		default:
			return err
		}
	})
	return res, err
}

// placeVersion attaches an extracted capture to its article, creating the
// article or a new version when its text is new. outlets holds the IDs
// of outlets already looked up in this transaction.
func (db *DB) placeVersion(ctx context.Context, tx pgx.Tx, captureID int64, capturedAt time.Time, ex *echotrace.Extraction,
	outlets map[string]int64) (store.IngestResult, error) {
	var res store.IngestResult
	if ex.URL == "" {
		return res, fmt.Errorf("extraction has no URL: %w", echotrace.ErrInvalid)
	}
	// The hash is the text's as extracted, so that the same text captured
	// again is recognised whatever storing it changed.
	textHash := sha256.Sum256([]byte(ex.Text))
	ex = storable(ex)
	var err error
	outletID, ok := outlets[ex.Outlet]
	if !ok {
		if outletID, err = upsertOutlet(ctx, tx, ex.Outlet, db.now()); err != nil {
			return res, err
		}
	}
	seen := ts(capturedAt)
	err = tx.QueryRow(ctx, `INSERT INTO articles (url, outlet_id, first_seen) VALUES ($1, $2, $3)
		ON CONFLICT (url) DO NOTHING RETURNING id`, ex.URL, outletID, seen).Scan(&res.ArticleID)
	switch {
	case err == nil:
		res.NewArticle = true
	case errors.Is(err, pgx.ErrNoRows):
		// The article exists. Lock it: versions are numbered from the
		// article's highest, and two imports adding versions to one
		// article at once must take turns.
		var firstSeen time.Time
		if err := tx.QueryRow(ctx, `SELECT id, first_seen FROM articles WHERE url = $1 FOR UPDATE`, ex.URL).
			Scan(&res.ArticleID, &firstSeen); err != nil {
			return res, err
		}
		if seen.Before(firstSeen) {
			if _, err := tx.Exec(ctx, `UPDATE articles SET first_seen = $1 WHERE id = $2`, seen, res.ArticleID); err != nil {
				return res, err
			}
		}
	default:
		return res, err
	}
	if _, err := tx.Exec(ctx, `UPDATE captures SET article_id = $1 WHERE id = $2`, res.ArticleID, captureID); err != nil {
		return res, err
	}

	if !res.NewArticle {
		// Compare with the version that was current when this capture was
		// made (captures may arrive out of time order, as in WARC files):
		// the latest seen at or before it, else the earliest.
		var prevID int64
		var prevNumber int
		var prevHash []byte
		var prevSeen time.Time
		err := tx.QueryRow(ctx, `SELECT id, number, text_sha256, seen_at FROM article_versions
			WHERE article_id = $1 ORDER BY (seen_at <= $2) DESC,
			CASE WHEN seen_at <= $2 THEN seen_at END DESC NULLS LAST, seen_at ASC, number DESC LIMIT 1`,
			res.ArticleID, seen).Scan(&prevID, &prevNumber, &prevHash, &prevSeen)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return res, err
		}
		if err == nil && [32]byte(prevHash) == textHash {
			if seen.Before(prevSeen) {
				if _, err := tx.Exec(ctx, `UPDATE article_versions SET seen_at = $1 WHERE id = $2`, seen, prevID); err != nil {
					return res, err
				}
			}
			res.VersionID, res.Version = prevID, prevNumber
			return res, nil
		}
	}
	err = tx.QueryRow(ctx, `INSERT INTO article_versions
		(article_id, number, capture_id, seen_at, text_sha256, title, byline, text, lang, site, published, published_source)
		VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM article_versions WHERE article_id = $1),
			$2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
		RETURNING id, number`,
		res.ArticleID, captureID, seen, textHash[:], ex.Title, ex.Byline, ex.Text, ex.Lang, ex.Site,
		nullTS(ex.Published), ex.PublishedSource).Scan(&res.VersionID, &res.Version)
	if err != nil {
		return res, err
	}
	res.NewVersion = true
	return res, insertLinks(ctx, tx, res.VersionID, ex.Links)
}

func updateVersion(ctx context.Context, tx pgx.Tx, versionID int64, ex *echotrace.Extraction) error {
	textHash := sha256.Sum256([]byte(ex.Text))
	ex = storable(ex)
	if _, err := tx.Exec(ctx, `UPDATE article_versions SET text_sha256 = $1, title = $2, byline = $3, text = $4,
		lang = $5, site = $6, published = $7, published_source = $8 WHERE id = $9`,
		textHash[:], ex.Title, ex.Byline, ex.Text, ex.Lang, ex.Site, nullTS(ex.Published), ex.PublishedSource, versionID); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM version_links WHERE version_id = $1`, versionID); err != nil {
		return err
	}
	return insertLinks(ctx, tx, versionID, ex.Links)
}

// insertLinks stores a version's links in one statement, whatever their
// number: a page can carry hundreds.
func insertLinks(ctx context.Context, tx pgx.Tx, versionID int64, links []echotrace.Link) error {
	if len(links) == 0 {
		return nil
	}
	urls, texts := make([]string, len(links)), make([]string, len(links))
	for i, l := range links {
		urls[i], texts[i] = text(l.URL), text(l.Text)
	}
	_, err := tx.Exec(ctx, `INSERT INTO version_links (version_id, position, url, text)
		SELECT $1, l.ord - 1, l.url, l.text FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS l(url, text, ord)`,
		versionID, urls, texts)
	return err
}

// text makes s storable in a TEXT column, which cannot hold NUL: each NUL
// becomes U+FFFD, one code point for one, so that spans over the text
// stay where they were. SQLite keeps NULs; a page or a JSONL record that
// carries one must not fail a whole import here.
func text(s string) string {
	if strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\x00", "\uFFFD")
}

// storable is ex with every string made storable by text.
func storable(ex *echotrace.Extraction) *echotrace.Extraction {
	c := *ex
	for _, f := range []*string{&c.URL, &c.Outlet, &c.Title, &c.Byline, &c.Text, &c.Lang, &c.Site, &c.PublishedSource} {
		*f = text(*f)
	}
	// Links are made storable by insertLinks.
	return &c
}

// Capture implements store.Store.
func (db *DB) Capture(ctx context.Context, id int64) (*echotrace.Capture, error) {
	var c echotrace.Capture
	var hash, body []byte
	var headers, compression string
	var articleID *int64
	err := db.pool.QueryRow(ctx, `SELECT id, sha256, url, origin, origin_ref, captured_at, content_type, headers::text,
		compression, body, article_id, error FROM captures WHERE id = $1`, id).
		Scan(&c.ID, &hash, &c.URL, &c.Origin, &c.OriginRef, &c.CapturedAt, &c.ContentType, &headers,
			&compression, &body, &articleID, &c.Error)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("capture %d: %w", id, echotrace.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("capture %d: %w", id, err)
	}
	c.SHA256 = [32]byte(hash)
	c.CapturedAt = c.CapturedAt.UTC()
	if articleID != nil {
		c.ArticleID = *articleID
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
	rows, err := db.pool.Query(ctx, `SELECT id FROM captures WHERE id > $1 ORDER BY id LIMIT $2`, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("capture ids: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("capture ids: %w", err)
	}
	return ids, nil
}

// LatestCaptureHeaders implements store.Store.
func (db *DB) LatestCaptureHeaders(ctx context.Context, url string) (map[string]string, error) {
	var headers string
	err := db.pool.QueryRow(ctx, `SELECT headers::text FROM captures WHERE url = $1 ORDER BY captured_at DESC, id DESC LIMIT 1`, text(url)).Scan(&headers)
	if errors.Is(err, pgx.ErrNoRows) {
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
