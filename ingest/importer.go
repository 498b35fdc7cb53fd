package ingest

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/source/files"
	"github.com/echotrace/echotrace/store"
)

// Config tunes an import.
type Config struct {
	// Workers run extraction in parallel; 0 means one per CPU.
	Workers int
	// BatchSize is how many records one transaction stores. Larger batches
	// are faster on SQLite; a crash loses at most one batch of work, which a
	// re-run redoes.
	BatchSize int
	// FlushEvery bounds how long an extracted record waits for its batch.
	FlushEvery time.Duration
	Limits     files.Options
	// Report receives progress and skip lines (standard error); nil is silent.
	Report io.Writer
	// ProgressEvery is how often a progress line is written; 0 disables them.
	ProgressEvery time.Duration
	// MaxSkipLines bounds how many skipped records are reported one by one.
	MaxSkipLines int
	// Now is the clock for capture times.
	Now func() time.Time
}

func (c Config) withDefaults() Config {
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.BatchSize <= 0 {
		c.BatchSize = 200
	}
	if c.FlushEvery <= 0 {
		c.FlushEvery = time.Second
	}
	if c.Limits.MaxPageBytes == 0 {
		c.Limits = files.DefaultOptions
	}
	if c.MaxSkipLines == 0 {
		c.MaxSkipLines = 100
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Summary counts what an import did.
type Summary struct {
	Read          int `json:"read"`           // records read, good or bad
	NewArticles   int `json:"new_articles"`   // articles seen for the first time
	NewVersions   int `json:"new_versions"`   // new texts of known articles
	Unchanged     int `json:"unchanged"`      // new captures of a text already stored
	AlreadyStored int `json:"already_stored"` // captures imported before: nothing to do
	NotExtracted  int `json:"not_extracted"`  // stored as captures, but no article text found
	Unreadable    int `json:"unreadable"`     // records that could not be read at all
	// NotPages counts records passed over by design (a WARC request or
	// metadata record, a PDF, a 404), and SkippedBy counts them by reason.
	NotPages  int            `json:"not_pages"`
	SkippedBy map[string]int `json:"skipped_by_reason,omitempty"`
	// Queued counts records handed on for workers to extract and store
	// (a queued import): what they become is counted by the workers.
	Queued int `json:"queued,omitempty"`
	// BytesRead is how much input the records took, where the source says
	// (WARC archives, compressed as on disk).
	BytesRead   int64         `json:"bytes_read,omitempty"`
	Elapsed     time.Duration `json:"-"`
	Interrupted bool          `json:"interrupted"`
}

// Skipped is how many records did not become articles, for whatever reason.
func (s Summary) Skipped() int { return s.NotExtracted + s.Unreadable + s.NotPages }

// Importer imports documents into a store.
type Importer struct {
	Store     store.Store
	Extractor *Extractor
	Config    Config
	// AfterBatch, when set, is called after each stored batch with the
	// articles it created or gave a new version (the next stage's work).
	AfterBatch func(ctx context.Context, changed []int64) error
	// Defer, when set, leaves extraction and storing to others: each
	// batch's captures are handed to it, in input order, instead (a queued
	// import stages them for the workers). Records already stored and
	// records that cannot be read are still counted and recorded here.
	Defer func(ctx context.Context, captures []echotrace.Capture) error
}

// job is one record on its way through the pipeline.
type job struct {
	// seq is the record's position in the input: records are stored in
	// this order whatever order extraction finishes in, so that article IDs,
	// and with them the relations, do not depend on thread scheduling.
	seq int64
	// readAt is the capture time of a record read from a file: when its
	// import began. Every record of one import is first seen at the same
	// moment: how fast an import happens to read is no evidence of which
	// article appeared first, and must not change what relating finds
	// (two undated articles captured over a minute apart are ordered by
	// it). Archives carry their own capture times.
	readAt time.Time
	rec    files.Record
	hash   [32]byte
	known  bool
	item   store.IngestItem
}

// Import reads the inputs and stores what they hold. It returns early only
// for a store error; a cancelled ctx stops reading, stores what was already
// extracted, and marks the summary interrupted.
func (im *Importer) Import(ctx context.Context, inputs []files.Input) (Summary, error) {
	limits := im.Config.withDefaults().Limits
	return im.ImportFrom(ctx, func(ctx context.Context, emit func(files.Record) error) error {
		return files.Read(ctx, inputs, limits, emit)
	})
}

// Source emits the records an import stores, in order, until it is done or
// ctx is cancelled: files on disk are one source (Import), a WARC archive or
// the fetcher are others. A record that cannot be read is emitted with Err
// set, so that it is reported and the rest goes on; an error returned ends
// the import.
type Source func(ctx context.Context, emit func(files.Record) error) error

// ImportFrom stores what a source emits, as Import does for files.
func (im *Importer) ImportFrom(ctx context.Context, src Source) (Summary, error) {
	cfg := im.Config.withDefaults()
	start := cfg.Now()
	// Storing must outlive a cancelled ctx: what was extracted is saved.
	storeCtx := context.WithoutCancel(ctx)

	read := make(chan *job, cfg.Workers*4)
	done := make(chan *job, cfg.Workers*4)
	var readErr error
	go func() {
		defer close(read)
		readErr = im.readAll(ctx, storeCtx, src, start, read)
	}()
	var wg sync.WaitGroup
	for range cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range read {
				im.prepare(j, cfg)
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	w := &writer{im: im, cfg: cfg, ctx: storeCtx, start: start, lastReport: start}
	// Storing and relating a batch run beside the extraction of the next
	// ones, in order, one batch at a time: done cannot hold a batch, so a
	// store-and-relate step run inline would leave the extraction workers
	// idle for as long as it takes, and a second core unused.
	batches := make(chan []*job, 1)
	stored := make(chan struct{})
	go func() {
		defer close(stored)
		for b := range batches {
			if w.failed() == nil {
				w.fail(w.flush(b))
			}
		}
	}()
	var batch []*job
	send := func(wait bool) {
		if len(batch) == 0 {
			return
		}
		if wait {
			batches <- batch
		} else {
			select {
			case batches <- batch:
			default:
				return // the storer is busy: this batch grows meanwhile
			}
		}
		batch = make([]*job, 0, cfg.BatchSize)
	}
	flushTimer := time.NewTicker(cfg.FlushEvery)
	defer flushTimer.Stop()
	// Extraction finishes out of order; early arrivals wait here for the
	// records before them. At most the jobs in flight (a few per worker)
	// can be waiting.
	waiting := map[int64]*job{}
	var next int64
loop:
	for {
		select {
		case j, ok := <-done:
			if !ok {
				break loop
			}
			waiting[j.seq] = j
			for {
				j, ok := waiting[next]
				if !ok {
					break
				}
				delete(waiting, next)
				next++
				if w.failed() != nil {
					continue // drain, so the workers can finish
				}
				if w.add(j) {
					batch = append(batch, j)
				}
				if len(batch) >= cfg.BatchSize {
					send(true)
				}
			}
		case <-flushTimer.C:
			send(false)
			w.progress(false)
		}
	}
	if w.failed() == nil {
		send(true)
	}
	close(batches)
	<-stored
	storeErr := w.failed()
	w.sum.Elapsed = cfg.Now().Sub(start)
	if readErr != nil && ctx.Err() != nil {
		w.sum.Interrupted = true
		readErr = nil
	}
	if storeErr != nil {
		return w.sum, storeErr
	}
	return w.sum, readErr
}

// readAll reads records and marks those whose capture is already stored, in
// chunks, so that a re-run over a large corpus skips extraction cheaply.
func (im *Importer) readAll(ctx, storeCtx context.Context, src Source, started time.Time, out chan<- *job) error {
	const chunk = 128
	pending := make([]*job, 0, chunk)
	var seq int64
	send := func() error {
		var hashes [][32]byte
		for _, j := range pending {
			if j.rec.Err == nil && j.rec.Skip == "" {
				hashes = append(hashes, j.hash)
			}
		}
		known, err := im.Store.KnownCaptures(storeCtx, hashes)
		if err != nil {
			return err
		}
		for _, j := range pending {
			j.known = j.rec.Err == nil && j.rec.Skip == "" && known[j.hash]
			select {
			case out <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		pending = pending[:0]
		return nil
	}
	err := src(ctx, func(r files.Record) error {
		j := &job{rec: r, seq: seq, readAt: started}
		seq++
		if r.Err == nil && r.Skip == "" {
			j.hash = sha256.Sum256(r.Body)
		}
		pending = append(pending, j)
		if len(pending) == chunk {
			return send()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return send()
}

// prepare builds the capture and runs extraction (unless it is deferred);
// it runs on a worker.
func (im *Importer) prepare(j *job, cfg Config) {
	if j.rec.Err != nil || j.rec.Skip != "" || j.known {
		return
	}
	c := captureOf(j)
	if im.Defer != nil {
		j.item = store.IngestItem{Capture: c}
		return
	}
	j.item = im.Extractor.Item(c)
}

// captureOf is the capture a record makes: its bytes and what its source
// says of them.
func captureOf(j *job) echotrace.Capture {
	c := echotrace.Capture{
		SHA256: j.hash, Origin: echotrace.OriginFile, OriginRef: j.rec.Ref,
		CapturedAt: j.readAt, Body: j.rec.Body, URL: j.rec.FileURL, ContentType: "text/html",
	}
	switch j.rec.Kind {
	case files.KindJSONL:
		c.Origin, c.ContentType, c.URL = echotrace.OriginJSONL, echotrace.ContentTypeJSONLRecord, j.rec.JSONL.URL
	case files.KindPage:
		if p := j.rec.Page; p != nil {
			c.Origin, c.URL, c.ContentType, c.Headers = p.Origin, p.URL, p.ContentType, p.Headers
			if !p.CapturedAt.IsZero() {
				c.CapturedAt = p.CapturedAt.UTC()
			}
		}
	}
	return c
}

// Item runs extraction on a capture and gives what storing it needs: the
// capture (named by the article's URL when its source gave none) with the
// extraction, or with the reason there is none. Workers of a queued import
// call it on staged captures, the importer on the records it reads.
func (e *Extractor) Item(c echotrace.Capture) store.IngestItem {
	ex, err := e.Extract(&c)
	item := store.IngestItem{Capture: c, Extraction: ex}
	if err != nil {
		item.ExtractError = err.Error()
	}
	if c.URL == "" && ex != nil {
		item.Capture.URL = ex.URL
	}
	return item
}

// writer collects prepared jobs into batches and accounts for them.
type writer struct {
	im  *Importer
	cfg Config
	ctx context.Context
	// mu guards what the reading loop and the storer both touch: the
	// counts, the skip lines, the first store error.
	mu         sync.Mutex
	err        error
	sum        Summary
	skipLines  int
	start      time.Time
	lastReport time.Time
}

func (w *writer) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

func (w *writer) fail(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
	}
}

// add accounts for a prepared job, and says whether it is to be stored.
func (w *writer) add(j *job) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.sum.Read++
	w.sum.BytesRead += j.rec.Bytes
	switch {
	case j.rec.Skip != "":
		// Not listed one by one: a crawl holds as many request and
		// metadata records as pages. The counts by reason say it.
		w.sum.NotPages++
		if w.sum.SkippedBy == nil {
			w.sum.SkippedBy = map[string]int{}
		}
		w.sum.SkippedBy[j.rec.Skip]++
	case j.rec.Err != nil:
		w.sum.Unreadable++
		w.skip(j.rec.Ref, j.rec.Err.Error())
		origin := echotrace.OriginFile
		switch {
		case j.rec.Kind == files.KindJSONL:
			origin = echotrace.OriginJSONL
		case j.rec.Page != nil && j.rec.Page.Origin != "":
			origin = j.rec.Page.Origin
		}
		if err := w.im.Store.RecordFailure(w.ctx, store.Failure{Origin: origin, OriginRef: j.rec.Ref, Error: j.rec.Err.Error(), At: w.cfg.Now()}); err != nil {
			w.report("warning: %v\n", err)
		}
	case j.known:
		w.sum.AlreadyStored++
	default:
		return true
	}
	return false
}

// flush stores a batch and relates what it changed; it runs on the storer.
func (w *writer) flush(batch []*job) error {
	if len(batch) == 0 {
		return nil
	}
	if w.im.Defer != nil {
		captures := make([]echotrace.Capture, len(batch))
		for i, j := range batch {
			captures[i] = j.item.Capture
		}
		if err := w.im.Defer(w.ctx, captures); err != nil {
			return err
		}
		w.mu.Lock()
		w.sum.Queued += len(batch)
		w.mu.Unlock()
		return nil
	}
	items := make([]store.IngestItem, len(batch))
	for i, j := range batch {
		items[i] = j.item
	}
	results, err := w.im.Store.Ingest(w.ctx, items)
	if err != nil {
		return fmt.Errorf("store batch: %w", err)
	}
	var changed []int64
	for _, r := range results {
		if r.NewArticle || r.NewVersion {
			changed = append(changed, r.ArticleID)
		}
	}
	if w.im.AfterBatch != nil && len(changed) > 0 {
		if err := w.im.AfterBatch(w.ctx, changed); err != nil {
			return err
		}
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for i, r := range results {
		j := batch[i]
		switch {
		case r.CaptureExisted:
			w.sum.AlreadyStored++
		case j.item.Extraction == nil:
			w.sum.NotExtracted++
			w.skip(j.rec.Ref, "no article: "+j.item.ExtractError)
		case r.NewArticle:
			w.sum.NewArticles++
		case r.NewVersion:
			w.sum.NewVersions++
		default:
			w.sum.Unchanged++
		}
	}
	return nil
}

func (w *writer) skip(ref, why string) {
	w.skipLines++
	if w.skipLines <= w.cfg.MaxSkipLines {
		w.report("skip %s: %s\n", ref, why)
	} else if w.skipLines == w.cfg.MaxSkipLines+1 {
		w.report("skip: more skipped records are counted but not listed; `echotrace status` lists them\n")
	}
}

func (w *writer) progress(final bool) {
	if w.cfg.ProgressEvery <= 0 && !final {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	now := w.cfg.Now()
	if !final && now.Sub(w.lastReport) < w.cfg.ProgressEvery {
		return
	}
	w.lastReport = now
	w.report("%s\n", w.sum.Line(now.Sub(w.start)))
}

func (w *writer) report(format string, args ...any) {
	if w.cfg.Report != nil {
		fmt.Fprintf(w.cfg.Report, format, args...)
	}
}

// Line is the one-line account of an import so far.
func (s Summary) Line(elapsed time.Duration) string {
	rate := 0.0
	if elapsed > 0 {
		rate = float64(s.Read) / elapsed.Seconds()
	}
	rates := fmt.Sprintf("%.0f/s", rate)
	if s.BytesRead > 0 && elapsed > 0 {
		// Archives: throughput in input bytes and in articles too, since
		// most of a crawl's records are not pages.
		secs := elapsed.Seconds()
		rates += fmt.Sprintf(", %.1f MB/s, %.0f articles/s", float64(s.BytesRead)/1e6/secs, float64(s.NewArticles+s.NewVersions)/secs)
	}
	line := fmt.Sprintf("import: %d records in %s (%s): %d new articles, %d new versions, %d unchanged, %d already stored, %d skipped",
		s.Read, elapsed.Round(time.Millisecond), rates, s.NewArticles, s.NewVersions, s.Unchanged, s.AlreadyStored, s.Skipped())
	if s.Queued > 0 {
		line += fmt.Sprintf(", %d queued for workers", s.Queued)
	}
	if why := s.skipReasons(); why != "" {
		line += " (" + why + ")"
	}
	return line
}

// skipReasons says why records were skipped, largest count first:
// "not a response 2345, not HTML 12, no article text 3, unreadable 1".
func (s Summary) skipReasons() string {
	if s.NotPages == 0 {
		return "" // the old one-line form, for imports of files
	}
	type reason struct {
		why string
		n   int
	}
	var rs []reason
	for why, n := range s.SkippedBy {
		rs = append(rs, reason{why, n})
	}
	if s.NotExtracted > 0 {
		rs = append(rs, reason{"no article text", s.NotExtracted})
	}
	if s.Unreadable > 0 {
		rs = append(rs, reason{"unreadable", s.Unreadable})
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].n > rs[j].n || rs[i].n == rs[j].n && rs[i].why < rs[j].why })
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = fmt.Sprintf("%s %d", r.why, r.n)
	}
	return strings.Join(parts, ", ")
}
