// Package crawl fetches what echotrace is asked to follow: pages a user
// names (`echotrace add`) and the feeds and sitemaps it polls on a schedule
// (`echotrace crawl`, and the same Crawler inside `serve`). It joins the
// polite fetcher (source/web), the listing parser (source/feeds) and
// ingestion (ingest): each fetched page becomes a capture that is
// extracted, stored and handed on to relating, and each attempt is written
// to the fetch log that `echotrace status` shows.
//
// It decides what to fetch and when. It never dials a server except through
// its web.Fetcher (whose politeness and address checks must hold for every
// request), never parses a page itself, and never fetches a listed page
// whose URL is already stored.
package crawl

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/source/feeds"
	"github.com/echotrace/echotrace/source/files"
	"github.com/echotrace/echotrace/source/web"
	"github.com/echotrace/echotrace/store"
)

// Config tunes a Crawler. The zero value of each field means its default.
type Config struct {
	// Parallel is how many pages (and feeds) are fetched at once, across
	// servers; the fetcher still asks each server one request at a time
	// (default 8).
	Parallel int
	// Schedule is the polling policy (default feeds.DefaultSchedule).
	Schedule feeds.Schedule
	// MaxPagesPerPoll bounds the new pages fetched from one feed in one
	// poll (default 200); the rest are fetched by the next polls, which
	// see them still unstored.
	MaxPagesPerPoll int
	// MaxSitemaps bounds the child sitemaps of a sitemap index read in one
	// poll (default 20), so that an index of a thousand monthly archives
	// does not turn one poll into a thousand requests.
	MaxSitemaps int
	// MaxFeedsPerRound bounds the due feeds one Poll takes (default 1000).
	MaxFeedsPerRound int
	// Idle is the longest Run sleeps between rounds (default 1m), so that
	// a feed added meanwhile by another process is polled soon.
	Idle time.Duration
	// BatchSize is how many pages one store transaction holds (default 50).
	BatchSize int
	// Now and Sleep replace the clock in tests (defaults: time.Now and a
	// timer that ends early when the context is done).
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
	// Logger receives what a user need not see (default: discarded).
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.Parallel <= 0 {
		c.Parallel = 8
	}
	if c.MaxPagesPerPoll <= 0 {
		c.MaxPagesPerPoll = 200
	}
	if c.MaxSitemaps <= 0 {
		c.MaxSitemaps = 20
	}
	if c.MaxFeedsPerRound <= 0 {
		c.MaxFeedsPerRound = 1000
	}
	if c.Idle <= 0 {
		c.Idle = time.Minute
	}
	if c.BatchSize <= 0 {
		c.BatchSize = 50
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Sleep == nil {
		c.Sleep = web.SleepContext
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// Crawler fetches pages and polls feeds into a store. One Crawler may serve
// a whole process; its methods are safe to call one at a time.
type Crawler struct {
	Store   store.Store
	Fetcher *web.Fetcher
	// Extractor reads each fetched page (outlet mappings included).
	Extractor *ingest.Extractor
	// AfterBatch, when set, is called after each stored batch with the
	// articles it created or gave a new version: the caller relates them.
	AfterBatch func(ctx context.Context, changed []int64) error
	Config     Config
}

// Outcomes of a page, as PageResult.Outcome says them.
const (
	NewArticle = "new article" // stored, an article seen for the first time
	NewVersion = "new version" // stored, a new text of a known article
	Unchanged  = "unchanged"   // fetched, but the text was stored already
	Skipped    = "skipped"     // not fetched or not an article, on purpose
	Failed     = "failed"      // the fetch did not succeed
)

// PageResult is what became of one page.
type PageResult struct {
	URL      string    `json:"url"`                 // as asked for
	FinalURL string    `json:"final_url,omitempty"` // after redirects
	FeedID   int64     `json:"feed_id,omitempty"`   // the feed that listed it
	Outcome  string    `json:"outcome"`
	Reason   string    `json:"reason,omitempty"` // why skipped, failed or unchanged
	Status   int       `json:"status,omitempty"` // HTTP status, when there was one
	At       time.Time `json:"at"`
	// ArticleID and Version say what the page was stored as.
	ArticleID int64 `json:"article_id,omitempty"`
	Version   int   `json:"version,omitempty"`

	// cut: the fetch was stopped by the caller (interrupted), which says
	// nothing about the site and is not logged.
	cut bool
}

// fetchOutcome is the fetch log's word for a page outcome.
func fetchOutcome(o string) string {
	switch o {
	case NewArticle, NewVersion:
		return echotrace.FetchStored
	case Unchanged:
		return echotrace.FetchUnchanged
	case Skipped:
		return echotrace.FetchSkipped
	}
	return echotrace.FetchFailed
}

// pageJob is one page to fetch.
type pageJob struct {
	url    string
	feedID int64
	origin string // echotrace.OriginFetch or OriginFeed
	ref    string // what the capture's OriginRef names: the feed, or the URL
	// listed is the publication date the listing gave the page, and
	// listedBy feeds.SourceFeed or SourceSitemap.
	listed   time.Time
	listedBy string
}

// fetched is a page fetched and on its way to the importer.
type fetched struct {
	job  pageJob
	res  *web.Result
	hash [32]byte
}

// Add fetches the pages at urls, stores them and says what became of each,
// in the order given. A URL given twice is fetched once. Failures of single
// pages are results, not errors; the error is the store's, or the context's
// when interrupted (the pages stored by then are kept).
func (c *Crawler) Add(ctx context.Context, urls []string) ([]PageResult, error) {
	var jobs []pageJob
	seen := map[string]bool{}
	for _, u := range urls {
		if !seen[u] {
			seen[u] = true
			jobs = append(jobs, pageJob{url: u, origin: echotrace.OriginFetch, ref: u})
		}
	}
	results, err := c.fetchPages(ctx, func(ctx context.Context, queue func(pageJob) bool) {
		for _, j := range jobs {
			if !queue(j) {
				return
			}
		}
	})
	order := map[string]int{}
	for i, j := range jobs {
		order[j.url] = i
	}
	sorted := make([]PageResult, len(jobs))
	for _, r := range results {
		sorted[order[r.URL]] = r
	}
	// A page never reached (the run was interrupted) has no result.
	out := sorted[:0]
	for _, r := range sorted {
		if r.URL != "" {
			out = append(out, r)
		}
	}
	return out, err
}

// fetchPages fetches the pages that produce queues, Parallel at a time, and
// ingests them as they arrive, in one import (batched transactions, each
// batch related through AfterBatch). Every page gets a result, and every
// result but an interrupted fetch is written to the fetch log.
func (c *Crawler) fetchPages(ctx context.Context, produce func(ctx context.Context, queue func(pageJob) bool)) ([]PageResult, error) {
	cfg := c.Config.withDefaults()
	// Fetching stops early when storing fails, not only when the caller
	// cancels: there is no point fetching what cannot be stored.
	fctx, stop := context.WithCancel(ctx)
	defer stop()
	jobs := make(chan pageJob)
	pages := make(chan fetched)
	var mu sync.Mutex
	var results []PageResult
	addResult := func(r PageResult) {
		mu.Lock()
		results = append(results, r)
		mu.Unlock()
	}

	go func() {
		defer close(jobs)
		produce(fctx, func(j pageJob) bool {
			select {
			case jobs <- j:
				return true
			case <-fctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range cfg.Parallel {
		wg.Go(func() {
			for j := range jobs {
				// A page fetched before is asked for with its validators:
				// an unchanged page then costs the server a 304, not the
				// whole page. Pages a feed lists are fetched only when not
				// stored, so only pages asked for by name are looked up.
				req := web.Request{URL: j.url}
				if j.feedID == 0 {
					if h, err := c.Store.LatestCaptureHeaders(fctx, j.url); err == nil {
						req.ETag, req.LastModified = h["ETag"], h["Last-Modified"]
					}
				}
				res, err := c.Fetcher.Fetch(fctx, req)
				if err != nil {
					addResult(fetchError(j, err, cfg.Now()))
					continue
				}
				if res.NotModified {
					addResult(PageResult{URL: j.url, FinalURL: res.URL, FeedID: j.feedID, Outcome: Unchanged,
						Reason: "not modified since the last fetch", Status: res.Status, At: res.FetchedAt})
					continue
				}
				pages <- fetched{job: j, res: res, hash: sha256.Sum256(res.Body)}
			}
		})
	}
	go func() { wg.Wait(); close(pages) }()

	// obs sees what the store made of each capture: the importer itself
	// only counts outcomes, and each page needs its own.
	obs := &observer{Store: c.Store, seen: map[string]store.IngestResult{}, errs: map[string]string{}}
	im := &ingest.Importer{
		Store:      obs,
		Extractor:  c.Extractor,
		AfterBatch: c.AfterBatch,
		// One worker: pages arrive at the pace of polite fetching, and
		// extraction of one page takes milliseconds. The batch is flushed
		// every second so that a slow crawl stores as it goes.
		Config: ingest.Config{Workers: 1, BatchSize: cfg.BatchSize, FlushEvery: time.Second, Now: cfg.Now},
	}
	var emitted []fetched
	byFinal := map[string]string{} // final URL → the URL first fetched there
	_, importErr := im.ImportFrom(ctx, func(ctx context.Context, emit func(files.Record) error) error {
		for p := range pages {
			if first, dup := byFinal[p.res.URL]; dup {
				addResult(PageResult{URL: p.job.url, FinalURL: p.res.URL, FeedID: p.job.feedID, Outcome: Unchanged,
					Reason: "the same page as " + first, Status: p.res.Status, At: p.res.FetchedAt})
				continue
			}
			byFinal[p.res.URL] = p.job.url
			emitted = append(emitted, p)
			if err := emit(pageRecord(p)); err != nil {
				return err
			}
		}
		return nil
	})
	// The fetchers finish (at once, when stopped) and nothing is left in
	// flight: every result is in before they are read below.
	stop()
	for range pages {
	}

	// Pages emitted but never given to the store were either stored before
	// (the same bytes: the importer skips them) or cut off by an error or
	// an interruption.
	var hashes [][32]byte
	for _, p := range emitted {
		if _, ok := obs.result(p.res.URL); !ok {
			hashes = append(hashes, p.hash)
		}
	}
	known := map[[32]byte]bool{}
	if len(hashes) > 0 {
		var err error
		if known, err = c.Store.KnownCaptures(context.WithoutCancel(ctx), hashes); err != nil && importErr == nil {
			importErr = err
		}
	}
	for _, p := range emitted {
		r := PageResult{URL: p.job.url, FeedID: p.job.feedID, Status: p.res.Status, At: p.res.FetchedAt}
		if p.res.URL != p.job.url {
			r.FinalURL = p.res.URL
		}
		res, ok := obs.result(p.res.URL)
		switch {
		case !ok && known[p.hash]:
			r.Outcome, r.Reason = Unchanged, "the same bytes are stored already"
		case !ok:
			r.Outcome, r.Reason, r.cut = Failed, "fetched but not stored (interrupted)", true
		case res.CaptureExisted:
			r.Outcome, r.Reason, r.ArticleID = Unchanged, "the same bytes are stored already", res.ArticleID
		case res.ArticleID == 0:
			r.Outcome, r.Reason = Skipped, "no article text: "+obs.errFor(p.res.URL)
		case res.NewArticle:
			r.Outcome, r.ArticleID, r.Version = NewArticle, res.ArticleID, res.Version
		case res.NewVersion:
			r.Outcome, r.ArticleID, r.Version = NewVersion, res.ArticleID, res.Version
		default:
			r.Outcome, r.ArticleID, r.Version = Unchanged, res.ArticleID, res.Version
			r.Reason = fmt.Sprintf("the same text as version %d", res.Version)
		}
		addResult(r)
	}

	var log []echotrace.Fetch
	for _, r := range results {
		if r.cut {
			continue // not the site's doing: nothing to report later
		}
		log = append(log, r.LogEntry())
	}
	if len(log) > 0 {
		if err := c.Store.LogFetches(context.WithoutCancel(ctx), log); err != nil && importErr == nil {
			importErr = fmt.Errorf("fetch log: %w", err)
		}
	}
	if importErr == nil && ctx.Err() != nil {
		importErr = ctx.Err()
	}
	return results, importErr
}

// LogEntry is r as the fetch log records it.
func (r PageResult) LogEntry() echotrace.Fetch {
	return echotrace.Fetch{URL: r.URL, FeedID: r.FeedID, At: r.At, Status: r.Status,
		Outcome: fetchOutcome(r.Outcome), Error: r.Reason}
}

// FetchFailure is what a failed fetch of a page asked for by URL is, by
// the rules of fetchError, for a caller that fetches pages itself (a
// queued fetch) and must say the same of them as Add.
func FetchFailure(pageURL string, err error, now time.Time) PageResult {
	return fetchError(pageJob{url: pageURL, origin: echotrace.OriginFetch, ref: pageURL}, err, now)
}

// PageRecord is the import record of a page asked for by URL and fetched
// as res, as Add makes it, for a caller that fetches pages itself and
// hands them on to be stored elsewhere (a queued fetch stages it for the
// workers): the same capture, so that a changed text is a new version of
// the same article either way.
func PageRecord(pageURL string, res *web.Result) files.Record {
	return pageRecord(fetched{job: pageJob{url: pageURL, origin: echotrace.OriginFetch, ref: pageURL}, res: res})
}

// fetchError turns a failed fetch into a result: skipped when echotrace
// chose not to fetch (robots.txt, a private address, not an http(s) URL,
// not an HTML page), failed otherwise.
func fetchError(j pageJob, err error, now time.Time) PageResult {
	r := PageResult{URL: j.url, FeedID: j.feedID, Outcome: Failed, Reason: err.Error(), At: now.UTC(), Status: statusOf(err)}
	r.cut = errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
	for _, kind := range []error{web.ErrDisallowed, web.ErrPrivateAddress, web.ErrUnsupportedURL, web.ErrContentType} {
		if errors.Is(err, kind) {
			r.Outcome = Skipped
		}
	}
	return r
}

// keptHeaders are the response headers stored with a capture: validators
// and dates that later stages and re-extraction may want.
var keptHeaders = []string{"Date", "Last-Modified", "ETag", "Content-Language"}

// pageRecord is the import record of a fetched page. The listing's date
// for the page rides along in headers, for the extractor to use when the
// page states none of its own.
func pageRecord(p fetched) files.Record {
	h := map[string]string{}
	for _, k := range keptHeaders {
		if v := p.res.Header.Get(k); v != "" {
			h[k] = v
		}
	}
	if !p.job.listed.IsZero() {
		h[ingest.HeaderListedDate] = p.job.listed.UTC().Format(time.RFC3339)
		h[ingest.HeaderListedBy] = p.job.listedBy
	}
	ct := p.res.Header.Get("Content-Type")
	if ct == "" {
		ct = p.res.ContentType // sniffed
	}
	return files.Record{
		Ref:  p.job.ref,
		Kind: files.KindPage,
		Body: p.res.Body,
		Page: &files.PageCapture{URL: p.res.URL, Origin: p.job.origin, CapturedAt: p.res.FetchedAt,
			ContentType: ct, Headers: h},
	}
}

// observer is the store as the importer sees it, noting what storing each
// capture did, by capture URL.
type observer struct {
	store.Store
	mu   sync.Mutex
	seen map[string]store.IngestResult
	errs map[string]string
}

func (o *observer) Ingest(ctx context.Context, items []store.IngestItem) ([]store.IngestResult, error) {
	res, err := o.Store.Ingest(ctx, items)
	if err != nil {
		return res, err
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	for i, it := range items {
		if i < len(res) {
			o.seen[it.Capture.URL] = res[i]
			o.errs[it.Capture.URL] = it.ExtractError
		}
	}
	return res, nil
}

func (o *observer) result(url string) (store.IngestResult, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	r, ok := o.seen[url]
	return r, ok
}

func (o *observer) errFor(url string) string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.errs[url]
}

// statusOf is the HTTP status an error carries, or 0.
func statusOf(err error) int {
	var se *web.StatusError
	if errors.As(err, &se) {
		return se.Code
	}
	return 0
}
