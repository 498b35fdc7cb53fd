package worker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/queue"
	"github.com/echotrace/echotrace/source/crawl"
	"github.com/echotrace/echotrace/source/files"
	"github.com/echotrace/echotrace/source/web"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/urlkey"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Queued fetching: `add --queue` enqueues one fetch job per URL; a worker
// fetches the page with source/web, politely across all workers (the
// server's turns are in the database: fetchhosts.go), and stages it in the
// intake as a capture with an extract job, exactly as a queued import
// stages a record, so that extraction, storing and relating are the
// pipeline's as for any other record. What became of each fetch is kept in
// fetch_pages (migration 0007) and, as `add` does, in the fetch log.
//
// Whether private and loopback addresses may be fetched is the worker's
// setting alone: a job names a URL and nothing else, so whoever can
// enqueue cannot make workers fetch what their operator did not allow.
//
// A job's failures follow the queue's rules: what may succeed later (the
// server unreachable, a 5xx or 429, robots.txt unreadable, the database
// away) fails the job, which the queue retries with backoff and, after its
// last attempt, keeps dead with the reason; what will not (a 404, a
// robots.txt disallow, a private address, not a page) is the fetch's
// outcome, recorded, and the job is done.

// fetchRun is the import run fetched pages are staged under: none. A
// queued fetch is accounted for in fetch_pages, not in an import run, as
// `add` does not make one either.
const fetchRun = 0

// fetchJob is a fetch job's payload.
type fetchJob struct {
	URL string `json:"url"`
}

// Outcomes of fetch_pages.outcome beside crawl's words: a page fetched and
// waiting in the intake to be stored.
const fetchStaged = "staged"

// fetching is a worker's side of queued fetching.
type fetching struct {
	fetcher *web.Fetcher
	turns   *hostTurns
	pages   *Fetches
}

func newFetching(db *postgres.DB, q *queue.Queue, cfg Config, logf func(string, ...any)) *fetching {
	fc := cfg.Fetch
	if fc.Timeout <= 0 {
		fc.Timeout = 30 * time.Second
	}
	turns := &hostTurns{pool: db.Pool(), inFlight: fc.Timeout + 5*time.Second, maxWait: cfg.FetchWait,
		poll: 100 * time.Millisecond, logf: logf}
	// The queue retries, with its backoff, across workers; a worker that
	// waited for retries itself would hold the job and the server's turn.
	fc.Pacer, fc.Retries = turns, -1
	// An unreadable robots.txt is asked for again by the job's next
	// attempt, not ten minutes later.
	fc.RobotsRetry = time.Second
	return &fetching{fetcher: web.New(fc), turns: turns, pages: NewFetches(db.Pool(), q)}
}

// retryLater: the job cannot go on yet (its server's turn is far off); it
// goes back to the queue until after, with no attempt counted.
type retryLater struct {
	after time.Duration
	err   error
}

func (e *retryLater) Error() string   { return e.err.Error() }
func (e *retryLater) Unwrap() []error { return []error{errWait, e.err} }

// fetchPage runs a fetch job.
func (w *Worker) fetchPage(ctx context.Context, j queue.Job) error {
	var p fetchJob
	if err := json.Unmarshal(j.Payload, &p); err != nil || p.URL == "" {
		return fmt.Errorf("fetch job %d (%s): payload names no URL: %s", j.ID, j.Key, j.Payload)
	}
	f := w.fetching
	// A page fetched before is asked for with its validators, as `add`
	// does: an unchanged page then costs the server a 304.
	req := web.Request{URL: p.URL}
	h, err := w.db.LatestCaptureHeaders(ctx, p.URL)
	if err != nil {
		return fmt.Errorf("fetch %s: %w", p.URL, err)
	}
	req.ETag, req.LastModified = h["ETag"], h["Last-Modified"]
	res, err := f.fetcher.Fetch(ctx, req)
	if err != nil {
		return w.fetchFailed(ctx, j, p.URL, err)
	}
	r := crawl.PageResult{URL: p.URL, Status: res.Status, At: res.FetchedAt.UTC()}
	if res.URL != p.URL {
		r.FinalURL = res.URL
	}
	if res.NotModified {
		r.Outcome, r.Reason = crawl.Unchanged, "not modified since the last fetch"
		return f.pages.record(ctx, w.db, j.Key, r, nil)
	}
	// Staged as a queued import stages a record: the same importer, with
	// the capture `add` makes of the page.
	var staged []echotrace.Capture
	im := &ingest.Importer{
		Store:  w.db,
		Config: ingest.Config{Workers: 1, BatchSize: 1},
		Defer: func(ctx context.Context, captures []echotrace.Capture) error {
			if err := w.intake.Stage(ctx, fetchRun, captures); err != nil {
				return err
			}
			staged = append(staged, captures...)
			return nil
		},
	}
	sum, err := im.ImportFrom(ctx, func(ctx context.Context, emit func(files.Record) error) error {
		return emit(crawl.PageRecord(p.URL, res))
	})
	if err != nil {
		return fmt.Errorf("stage %s: %w", p.URL, err)
	}
	switch {
	case len(staged) == 1:
		r.Outcome = fetchStaged
		return f.pages.record(ctx, w.db, j.Key, r, &staged[0].SHA256)
	case sum.AlreadyStored == 1:
		r.Outcome, r.Reason = crawl.Unchanged, "the same bytes are stored already"
		return f.pages.record(ctx, w.db, j.Key, r, nil)
	}
	return fmt.Errorf("stage %s: neither staged nor found stored (%+v)", p.URL, sum)
}

// fetchFailed decides what a failed fetch makes of its job: given back
// until its server's turn, failed for the queue to retry, or done with
// the failure recorded.
func (w *Worker) fetchFailed(ctx context.Context, j queue.Job, pageURL string, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var busy *hostBusy
	if errors.As(err, &busy) {
		after := busy.wait
		if after == 0 {
			after = 500 * time.Millisecond
		}
		// Spread, so that the jobs waiting for one server do not all come
		// back at the same moment.
		return &retryLater{after: after + rand.N(after/2+1), err: err}
	}
	// A Retry-After holds the server for every worker, whoever retries.
	var se *web.StatusError
	if errors.As(err, &se) && se.RetryAfter > 0 {
		if herr := w.fetching.turns.Hold(ctx, web.ServerOf(se.URL), se.RetryAfter); herr != nil {
			w.logf("%s: %v", pageURL, herr)
		}
	}
	r := crawl.FetchFailure(pageURL, err, time.Now())
	if temporary(err) && j.Attempts+1 < j.MaxAttempts {
		return err
	}
	if rerr := w.fetching.pages.record(ctx, w.db, j.Key, r, nil); rerr != nil {
		return errors.Join(err, rerr)
	}
	if temporary(err) {
		return err // the last attempt: the job dies with the reason
	}
	return nil
}

// temporary says whether a fetch that failed with err may succeed later.
func temporary(err error) bool {
	var se *web.StatusError
	switch {
	case errors.Is(err, web.ErrRobotsUnreachable), errors.Is(err, web.ErrPacing):
		return true
	case errors.As(err, &se):
		return se.Temporary()
	}
	for _, final := range []error{web.ErrDisallowed, web.ErrPrivateAddress, web.ErrUnsupportedURL, web.ErrContentType,
		web.ErrTooLarge, web.ErrRedirectLoop, web.ErrTooManyRedirects} {
		if errors.Is(err, final) {
			return false
		}
	}
	// Unreachable, timed out, reset: the network's, which comes back.
	return true
}

// Fetches are the queued fetches (fetch_pages, migration 0007): enqueued
// by `add --queue`, followed by `add --queue --wait`.
type Fetches struct {
	pool  *pgxpool.Pool
	queue *queue.Queue
}

// NewFetches returns the queued fetches of the database behind pool.
func NewFetches(pool *pgxpool.Pool, q *queue.Queue) *Fetches { return &Fetches{pool: pool, queue: q} }

// Enqueued is one URL given to Enqueue and what became of it.
type Enqueued struct {
	URL string `json:"url"`
	// Key is its fetch job's key; empty when the URL was refused.
	Key string `json:"key,omitempty"`
	// New is false when the job was there already (the same URL queued
	// earlier today), in whatever state: it is not fetched twice.
	New bool `json:"new"`
	// SameAs is the URL given before it in the same call that is the
	// same page (the same job).
	SameAs string `json:"same_as,omitempty"`
	// Refused says why the URL was not enqueued (not an http(s) URL).
	Refused string `json:"refused,omitempty"`
}

// FetchKey is the key of the fetch job for a URL, from its storage key
// (urlkey.Normalize): the URL and the day (UTC) it is asked for, so that a
// URL is fetched through the queue at most once a day however often it is
// added, and two adds in a row make one fetch; with refetch, the moment
// instead, which is a new fetch each time.
func FetchKey(normalized string, at time.Time, refetch bool) string {
	if refetch {
		return normalized + " again at " + at.UTC().Format(time.RFC3339Nano)
	}
	return normalized + " " + at.UTC().Format(time.DateOnly)
}

// Enqueue adds a fetch job for each URL (once per FetchKey) and its line
// in fetch_pages, in one transaction, and says what became of each URL.
func (f *Fetches) Enqueue(ctx context.Context, urls []string, refetch bool) ([]Enqueued, error) {
	now := time.Now()
	out := make([]Enqueued, len(urls))
	var keys, pageURLs []string
	var jobs []queue.Job
	seen := map[string]string{} // key → the URL first given for it
	for i, raw := range urls {
		raw = strings.TrimSpace(raw)
		out[i].URL = raw
		norm, err := urlkey.Normalize(raw)
		if err == nil {
			if u, _ := url.Parse(norm); u == nil || (u.Scheme != "http" && u.Scheme != "https") {
				err = fmt.Errorf("%q is not an http(s) URL", raw)
			}
		}
		if err != nil {
			out[i].Refused = fmt.Sprintf("%v: %v", web.ErrUnsupportedURL, err)
			continue
		}
		out[i].Key = FetchKey(norm, now, refetch)
		if first, dup := seen[out[i].Key]; dup {
			out[i].SameAs = first // the same page twice in one call: one job
			continue
		}
		seen[out[i].Key] = raw
		p, _ := json.Marshal(fetchJob{URL: raw})
		jobs = append(jobs, queue.Job{Kind: queue.KindFetch, Key: out[i].Key, Payload: p})
		keys, pageURLs = append(keys, out[i].Key), append(pageURLs, raw)
	}
	if len(jobs) == 0 {
		return out, nil
	}
	tx, err := f.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("enqueue fetches: %w", err)
	}
	defer tx.Rollback(ctx)
	// fetch_pages and the jobs are written together, so a line new here
	// is a job new in the queue.
	rows, err := tx.Query(ctx, `
		INSERT INTO fetch_pages (key, url) SELECT * FROM unnest($1::text[], $2::text[])
		ON CONFLICT (key) DO NOTHING RETURNING key`, keys, pageURLs)
	if err != nil {
		return nil, fmt.Errorf("enqueue fetches: %w", err)
	}
	fresh, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("enqueue fetches: %w", err)
	}
	if _, err := f.queue.EnqueueTx(ctx, tx, jobs); err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("enqueue fetches: %w", err)
	}
	isNew := map[string]bool{}
	for _, k := range fresh {
		isNew[k] = true
	}
	for i := range out {
		out[i].New = isNew[out[i].Key] && out[i].SameAs == ""
	}
	return out, nil
}

// record writes what became of a fetch to the fetch log, as `add` does,
// and to fetch_pages. A page staged (sha256 set) is logged as stored: its
// capture is on its way to the store. A job redelivered after a crash
// between the two may log its fetch twice.
func (f *Fetches) record(ctx context.Context, db *postgres.DB, key string, r crawl.PageResult, sha256 *[32]byte) error {
	outcome := map[string]string{crawl.Unchanged: "unchanged", crawl.Skipped: "skipped", crawl.Failed: "failed", fetchStaged: fetchStaged}[r.Outcome]
	if outcome == "" {
		return fmt.Errorf("record fetch of %s: outcome %q", r.URL, r.Outcome)
	}
	// The log first: once fetch_pages says the fetch is over, its line is
	// in the log for whoever follows it.
	entry := r.LogEntry()
	if outcome == fetchStaged {
		entry.Outcome = echotrace.FetchStored
	}
	if err := db.LogFetches(ctx, []echotrace.Fetch{entry}); err != nil {
		return fmt.Errorf("fetch log of %s: %w", r.URL, err)
	}
	var hash []byte
	if sha256 != nil {
		hash = sha256[:]
	}
	_, err := f.pool.Exec(ctx, `
		INSERT INTO fetch_pages (key, url, outcome, final_url, status, reason, sha256, fetched_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		ON CONFLICT (key) DO UPDATE SET outcome = excluded.outcome, final_url = excluded.final_url,
			status = excluded.status, reason = excluded.reason, sha256 = excluded.sha256, fetched_at = excluded.fetched_at`,
		key, r.URL, outcome, r.FinalURL, r.Status, strings.ToValidUTF8(r.Reason, "\uFFFD"), hash, r.At)
	if err != nil {
		return fmt.Errorf("record fetch of %s: %w", r.URL, err)
	}
	return nil
}

// FetchResult is how far one queued fetch has gone.
type FetchResult struct {
	Key string
	// Page is what became of it, in `add`'s words; Page.Outcome is empty
	// while it is still to be fetched or stored.
	Page crawl.PageResult
	// Job is the state of its fetch job ("" when there is none).
	Job queue.State
	// Final: nothing more will happen to it.
	Final bool
}

// Prune deletes the lines of fetches that ended more than keep ago, as
// the worker prunes done jobs: their keys name a day (or a moment) that
// will not come again, and whoever followed them has long had the
// answer. Fetches still to come keep their lines whatever their age.
func (f *Fetches) Prune(ctx context.Context, keep time.Duration) (int, error) {
	tag, err := f.pool.Exec(ctx, `DELETE FROM fetch_pages WHERE fetched_at < now() - $1::bigint * interval '1 microsecond'`,
		keep.Microseconds())
	if err != nil {
		return 0, fmt.Errorf("prune queued fetches: %w", err)
	}
	return int(tag.RowsAffected()), nil
}

// Results reads how far the fetches of keys have gone, in keys' order.
// What storing made of a fetched page is read from its capture, once the
// sequencer has taken it off the intake.
func (f *Fetches) Results(ctx context.Context, keys []string) ([]FetchResult, error) {
	rows, err := f.pool.Query(ctx, `
		SELECT k.key, coalesce(p.url, ''), coalesce(j.state, ''), coalesce(j.last_error, ''),
			coalesce(p.outcome, ''), coalesce(p.final_url, ''), coalesce(p.status, 0), coalesce(p.reason, ''),
			p.fetched_at, EXISTS (SELECT 1 FROM intake i WHERE i.sha256 = p.sha256),
			c.id, c.article_id, coalesce(c.error, ''), v.number,
			(SELECT max(a.number) FROM article_versions a WHERE a.article_id = c.article_id AND a.seen_at <= c.captured_at)
		FROM unnest($1::text[]) WITH ORDINALITY AS k(key, n)
		LEFT JOIN fetch_pages p ON p.key = k.key
		LEFT JOIN jobs j ON j.kind = 'fetch' AND j.key = k.key
		LEFT JOIN captures c ON c.sha256 = p.sha256
		LEFT JOIN article_versions v ON v.capture_id = c.id
		ORDER BY k.n`, keys)
	if err != nil {
		return nil, fmt.Errorf("queued fetches: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (FetchResult, error) {
		var r FetchResult
		var lastError, outcome, captureErr string
		var at *time.Time
		var inIntake bool
		var captureID, articleID *int64
		var number, sameAs *int
		err := row.Scan(&r.Key, &r.Page.URL, &r.Job, &lastError, &outcome, &r.Page.FinalURL, &r.Page.Status, &r.Page.Reason,
			&at, &inIntake, &captureID, &articleID, &captureErr, &number, &sameAs)
		if err != nil {
			return r, err
		}
		if at != nil {
			r.Page.At = at.UTC()
		}
		p := &r.Page
		switch outcome {
		case "":
			// Not fetched yet, or it died on the way without a word.
			if r.Job == queue.Dead || r.Job == "" {
				p.Outcome, p.Reason, r.Final = crawl.Failed, lastError, true
				if r.Job == "" {
					p.Reason = "no such fetch job"
				}
			}
		case "unchanged":
			p.Outcome, r.Final = crawl.Unchanged, true
		case "skipped":
			p.Outcome, r.Final = crawl.Skipped, true
		case "failed":
			p.Outcome, r.Final = crawl.Failed, true
		case fetchStaged:
			r.Final = !inIntake
			switch {
			case inIntake:
				// Fetched; extracting and storing are to come.
			case captureID == nil:
				p.Outcome, p.Reason = crawl.Failed, "fetched, but its capture is neither staged nor stored"
			case number != nil && *number == 1:
				p.Outcome, p.ArticleID, p.Version = crawl.NewArticle, *articleID, 1
			case number != nil:
				p.Outcome, p.ArticleID, p.Version = crawl.NewVersion, *articleID, *number
			case articleID != nil:
				p.Outcome, p.ArticleID = crawl.Unchanged, *articleID
				p.Reason = "the same text as a stored version"
				if sameAs != nil {
					p.Version = *sameAs
					p.Reason = fmt.Sprintf("the same text as version %d", *sameAs)
				}
			default:
				p.Outcome, p.Reason = crawl.Skipped, "no article text: "+captureErr
			}
		}
		return r, nil
	})
	if err != nil {
		return nil, fmt.Errorf("queued fetches: %w", err)
	}
	return out, nil
}
