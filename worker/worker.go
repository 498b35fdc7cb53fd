// Package worker runs the pipeline as jobs of the shared queue, so that a
// PostgreSQL deployment spreads the work of a corpus over any number of
// processes on any number of machines.
//
// A queued import (`import --queue`) stages its records in the intake, in
// input order, with extract jobs covering them. Any worker extracts: that
// is most of the work, and its result depends on the record alone. Storing
// and relating depend on order, so exactly one process at a time does
// them: the sequencer, whichever holds the sequencer lock. It stores the
// extracted records as articles in input order (so article IDs follow the
// input) and relates them in article ID order, comparing each with every
// earlier one: the relations, chains and stories are then the ones a single
// process importing the same records in the same order finds. If the
// sequencer dies, its database session ends, the lock is free, and another
// worker takes the role and first relates whatever was left pending.
//
// Pages queued by `add --queue` come in as fetch jobs: any worker fetches
// one, politely across all workers (fetch.go), and stages it in the intake
// like a queued import's record, so that it is extracted, stored and
// related the same way.
//
// Every job's effects are idempotent (staged records are unique by hash,
// extraction is redone identically, captures are stored once by hash), so
// a job delivered twice, after a crash or a lost lease, does no harm.
package worker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/queue"
	"github.com/echotrace/echotrace/relate"
	"github.com/echotrace/echotrace/source/web"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres"
)

// Config tunes a worker.
type Config struct {
	// DSN is the database's, for the sequencer lock's own connection.
	DSN string
	// Name identifies the worker in leases and messages (default
	// host-pid).
	Name string
	// Concurrency is how many jobs the worker runs at once (default 1).
	Concurrency int
	// Lease is how long a claimed job is the worker's without a heartbeat;
	// heartbeats renew it every third of it (default 1 minute).
	Lease time.Duration
	// Grace is how long a stopping worker lets its jobs finish before it
	// releases them (default 30 s).
	Grace time.Duration
	// Idle is how long a worker with nothing to do waits before asking
	// again (default 250 ms).
	Idle time.Duration
	// SequencerIdle is how long the sequencer keeps its lock without a
	// relate job to do (default 5 s).
	SequencerIdle time.Duration
	// RelateBatch is how many records the sequencer stores and relates per
	// transaction (default 200).
	RelateBatch int
	// InMemoryIndex makes the sequencer keep the reuse index in memory,
	// loading every stored entry when it takes the lock: relating is
	// faster, taking over is slower (the load) and the memory grows with
	// the corpus. The default is the index kept in the database.
	InMemoryIndex bool
	// Fetch configures the fetcher of fetch jobs: its contact, its
	// interval per server (Config.PerHost, for all workers together: run
	// them with the same) and whether private addresses may be fetched,
	// which is the worker's to decide, never the enqueuer's. Its Pacer,
	// Retries and RobotsRetry are the worker's own: the turns are kept in
	// the database, and the queue retries.
	Fetch web.Config
	// FetchWait is the longest a fetch job waits for its server's turn
	// before the job goes back to the queue until then (default 2 s), so
	// that a busy server does not keep the worker from other servers.
	FetchWait time.Duration
	// KeepDone is how long done jobs are kept (default 7 days; negative:
	// for ever): the worker deletes older ones at start and every hour.
	KeepDone time.Duration
	// Aliases gives the alias table relating uses.
	Aliases func(context.Context) (*alias.Table, error)
	// Log receives one line per notable event (standard error); nil is
	// silent.
	Log io.Writer
}

func (c Config) withDefaults() Config {
	if c.Name == "" {
		host, _ := os.Hostname()
		c.Name = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	if c.Concurrency <= 0 {
		c.Concurrency = 1
	}
	if c.Lease <= 0 {
		c.Lease = time.Minute
	}
	if c.Grace <= 0 {
		c.Grace = 30 * time.Second
	}
	if c.Idle <= 0 {
		c.Idle = 250 * time.Millisecond
	}
	if c.SequencerIdle <= 0 {
		c.SequencerIdle = 5 * time.Second
	}
	if c.RelateBatch <= 0 {
		c.RelateBatch = 200
	}
	if c.FetchWait <= 0 {
		c.FetchWait = 2 * time.Second
	}
	if c.KeepDone == 0 {
		c.KeepDone = 7 * 24 * time.Hour
	}
	if c.Aliases == nil {
		c.Aliases = func(context.Context) (*alias.Table, error) { return alias.Load() }
	}
	return c
}

// Worker claims and runs jobs until stopped.
type Worker struct {
	cfg    Config
	db     *postgres.DB
	queue  *queue.Queue
	intake *Intake
	seq    *sequencer
	// fetching runs fetch jobs (fetch.go).
	fetching *fetching
	logMu    sync.Mutex

	// Counters, for the summary line at the end.
	done, failed, released atomic.Int64
}

// New returns a worker on db.
func New(db *postgres.DB, q *queue.Queue, cfg Config) *Worker {
	cfg = cfg.withDefaults()
	w := &Worker{cfg: cfg, db: db, queue: q, intake: NewIntake(db.Pool(), q)}
	w.seq = &sequencer{dsn: cfg.DSN, store: db, aliases: cfg.Aliases, logf: w.logf, inMemory: cfg.InMemoryIndex,
		due: func(ctx context.Context) (bool, error) { return q.Due(ctx, queue.KindRelate) }}
	w.fetching = newFetching(db, q, cfg, w.logf)
	return w
}

func (w *Worker) logf(format string, args ...any) {
	if w.cfg.Log == nil {
		return
	}
	w.logMu.Lock()
	defer w.logMu.Unlock()
	fmt.Fprintf(w.cfg.Log, "%s worker %s: %s\n", time.Now().UTC().Format(time.TimeOnly), w.cfg.Name, fmt.Sprintf(format, args...))
}

// Counts is what a worker did.
type Counts struct{ Done, Failed, Released int64 }

// Counts reports the jobs completed, failed and given back so far.
func (w *Worker) Counts() Counts {
	return Counts{w.done.Load(), w.failed.Load(), w.released.Load()}
}

// Run processes jobs until stop is cancelled (SIGTERM), then stops
// claiming, lets the jobs in hand finish for up to Config.Grace, gives
// back the ones that did not, and returns. Losing the database is not an
// error: the worker waits for it and goes on.
func (w *Worker) Run(stop context.Context) error {
	w.logf("started with %d at a time, lease %s", w.cfg.Concurrency, w.cfg.Lease)
	// A setting that slows the pipeline down as the corpus grows is said
	// once, at the start, where the operator looks.
	if advice, err := w.db.ServerAdvice(stop); err == nil {
		for _, a := range advice {
			w.logf("warning: %s", a)
		}
	}
	// Jobs run on a context of their own, cancelled only when the grace
	// period is over, so that a stop request lets them finish.
	jobs, cancelJobs := context.WithCancel(context.WithoutCancel(stop))
	defer cancelJobs()
	seqDone := make(chan struct{})
	go func() {
		defer close(seqDone)
		// A second between tries for the lock: a takeover waits at most
		// that long, and waiting workers cost the server little.
		w.seq.run(stop, time.Second, w.cfg.SequencerIdle)
	}()
	var wg sync.WaitGroup
	for range w.cfg.Concurrency {
		wg.Go(func() { w.loop(stop, jobs) })
	}
	if w.cfg.KeepDone > 0 {
		wg.Go(func() { w.prune(stop) })
	}
	<-stop.Done()
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-time.After(w.cfg.Grace):
		w.logf("grace period of %s over: giving back the jobs still running", w.cfg.Grace)
		cancelJobs()
		<-finished
	}
	<-seqDone
	w.seq.close()
	c := w.Counts()
	w.logf("stopped: %d jobs done, %d failed, %d given back", c.Done, c.Failed, c.Released)
	return nil
}

// prune deletes old done jobs at start and every hour until stop. Every
// worker does it: deleting what another worker deletes too is harmless.
func (w *Worker) prune(stop context.Context) {
	for {
		n, err := w.queue.Prune(stop, w.cfg.KeepDone)
		switch {
		case err != nil && stop.Err() == nil:
			w.logf("%v", err)
		case n > 0:
			w.logf("pruned %d done jobs older than %s", n, w.cfg.KeepDone)
		}
		n, err = NewFetches(w.db.Pool(), w.queue).Prune(stop, w.cfg.KeepDone)
		switch {
		case err != nil && stop.Err() == nil:
			w.logf("%v", err)
		case n > 0:
			w.logf("pruned %d queued fetches that ended more than %s ago", n, w.cfg.KeepDone)
		}
		select {
		case <-stop.Done():
			return
		case <-time.After(time.Hour):
		}
	}
}

// loop claims one job at a time until stop.
func (w *Worker) loop(stop, jobs context.Context) {
	pause := w.cfg.Idle
	for stop.Err() == nil {
		kinds := []string{queue.KindExtract, queue.KindFetch}
		if w.seq.ready.Load() {
			kinds = append(kinds, queue.KindRelate)
		}
		claimed, err := w.queue.Claim(stop, w.cfg.Name, kinds, 1, w.cfg.Lease)
		if err != nil {
			if stop.Err() != nil {
				return
			}
			// The database is away (restarting, the network): wait for it,
			// longer each time, and try again. The pool reconnects.
			w.logf("claim: %v; trying again in %s", err, pause)
			sleep(stop, pause)
			pause = min(2*pause, 5*time.Second)
			continue
		}
		pause = w.cfg.Idle
		if len(claimed) == 0 {
			sleep(stop, w.cfg.Idle)
			continue
		}
		w.handle(jobs, claimed[0])
	}
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// errWait: the job cannot make progress yet (it waits for earlier records
// to be extracted); it goes back to the queue for a moment, with no attempt
// counted.
var errWait = errors.New("waiting for earlier records")

// handle runs one job under a heartbeat, and reports how it ended.
func (w *Worker) handle(jobs context.Context, j queue.Job) {
	ctx, cancel := context.WithCancel(jobs)
	defer cancel()
	var lost atomic.Bool
	beat := make(chan struct{})
	go func() {
		defer close(beat)
		t := time.NewTicker(w.cfg.Lease / 3)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				gone, err := w.queue.Extend(ctx, w.cfg.Name, []int64{j.ID}, w.cfg.Lease)
				if err != nil {
					// Keep working: the next beat may get through, and if
					// the lease runs out meanwhile, Complete says so.
					w.logf("heartbeat of job %d: %v", j.ID, err)
					continue
				}
				if len(gone) > 0 {
					lost.Store(true)
					cancel()
					return
				}
			}
		}
	}()
	err := w.run(ctx, j)
	cancel()
	<-beat
	settle := func(what string, f func(context.Context) error) {
		// The outcome must reach the database; if it is away, try for a
		// while. If it never does, the lease runs out and the job is done
		// again, which its idempotent effects allow.
		for pause := 100 * time.Millisecond; ; pause *= 2 {
			c, stop := context.WithTimeout(context.Background(), 10*time.Second)
			e := f(c)
			stop()
			if e == nil || errors.Is(e, queue.ErrLeaseLost) || pause > 5*time.Second {
				if e != nil {
					w.logf("%s job %d (%s %s): %v", what, j.ID, j.Kind, j.Key, e)
				}
				return
			}
			time.Sleep(pause)
		}
	}
	switch {
	case lost.Load():
		w.logf("job %d (%s %s): lease lost, another worker has it now", j.ID, j.Kind, j.Key)
	case err == nil:
		settle("complete", func(c context.Context) error { return w.queue.Complete(c, w.cfg.Name, j.ID) })
		w.done.Add(1)
	case errors.Is(err, errWait) || errors.Is(err, errNotSequencer):
		delay := time.Second
		if later := (*retryLater)(nil); errors.As(err, &later) {
			delay = later.after
		}
		settle("postpone", func(c context.Context) error {
			_, e := w.queue.ReleaseAfter(c, w.cfg.Name, []int64{j.ID}, delay)
			return e
		})
	case jobs.Err() != nil:
		// Stopped after the grace period: not the job's fault.
		settle("release", func(c context.Context) error {
			_, e := w.queue.Release(c, w.cfg.Name, []int64{j.ID})
			return e
		})
		w.released.Add(1)
	default:
		w.failed.Add(1)
		settle("fail", func(c context.Context) error {
			dead, e := w.queue.Fail(c, w.cfg.Name, j.ID, err)
			if e == nil {
				state := "will be retried"
				if dead {
					state = "is dead (no attempts left; `echotrace status` lists it)"
				}
				w.logf("job %d (%s %s) failed and %s: %v", j.ID, j.Kind, j.Key, state, err)
			}
			return e
		})
	}
}

// run does a job's work.
func (w *Worker) run(ctx context.Context, j queue.Job) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v\n%s", p, debug.Stack())
		}
	}()
	var chunk extractJob
	if err := json.Unmarshal(j.Payload, &chunk); err != nil {
		return fmt.Errorf("job %d (%s %s): payload: %w", j.ID, j.Kind, j.Key, err)
	}
	switch j.Kind {
	case queue.KindExtract:
		return w.extract(ctx, chunk)
	case queue.KindRelate:
		return w.relate(ctx, chunk)
	case queue.KindFetch:
		return w.fetchPage(ctx, j)
	}
	return fmt.Errorf("job %d: this worker does not know jobs of kind %q", j.ID, j.Kind)
}

// extract extracts a chunk's records that are not extracted yet, then
// hands the chunk on to the sequencer.
func (w *Worker) extract(ctx context.Context, chunk extractJob) error {
	recs, err := w.intake.raw(ctx, chunk.From, chunk.To)
	if err != nil {
		return fmt.Errorf("read records %d-%d: %w", chunk.From, chunk.To, err)
	}
	if len(recs) > 0 {
		mappings, err := w.db.OutletMappings(ctx)
		if err != nil {
			return err
		}
		ex := &ingest.Extractor{Outlets: outlet.NewResolver(mappings)}
		seqs := make([]int64, len(recs))
		items := make([]store.IngestItem, len(recs))
		for i, r := range recs {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			seqs[i], items[i] = r.seq, extractOne(ex, r)
		}
		if err := w.intake.saveExtracted(ctx, seqs, items); err != nil {
			return fmt.Errorf("save extractions of records %d-%d: %w", chunk.From, chunk.To, err)
		}
	}
	p, _ := json.Marshal(chunk)
	_, err = w.queue.Enqueue(ctx, []queue.Job{{Kind: queue.KindRelate, Key: chunkKey(chunk.From, chunk.To), Payload: p}})
	return err
}

// extractOne extracts one record; a record that makes the extractor panic
// is a record without article text, named, and the chunk goes on.
func extractOne(ex *ingest.Extractor, r staged) (item store.IngestItem) {
	defer func() {
		if p := recover(); p != nil {
			item = store.IngestItem{Capture: r.capture, ExtractError: fmt.Sprintf("%s: extraction failed: %v", r.ref, p)}
		}
	}()
	return ex.Item(r.capture)
}

// relate stores and relates the intake's extracted records in input order,
// as far as they go, and is done when the chunk's records are all stored.
//
// While one batch is related, the next is stored (ingested) beside it, on
// another connection, when that cannot change what relating the first one
// reads (ingestAhead): storing is a third of the sequencer's time, and the
// two overlap on a second core. The order of article IDs and of relating
// is the same as one batch after the other.
func (w *Worker) relate(ctx context.Context, chunk extractJob) error {
	s := w.seq
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lock == nil {
		return errNotSequencer
	}
	defer func() { s.last = time.Now() }()
	// ahead is a batch stored and not yet related. Left so (an error, a
	// stop), its articles are pending: the relater is dropped, so that the
	// next one relates them first (Catchup); storing the batch again only
	// finds it stored.
	var ahead *ingested
	defer func() {
		if ahead != nil {
			s.rel = nil
		}
	}()
	for {
		if !s.lock.Held(ctx) {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			s.dropLocked("its database session was lost")
			return errNotSequencer
		}
		rel, err := s.relaterLocked(ctx)
		if err != nil {
			return err
		}
		cur := ahead
		ahead = nil
		if cur == nil {
			batch, err := w.intake.prefix(ctx, w.cfg.RelateBatch)
			if err != nil {
				return err
			}
			if len(batch) == 0 {
				break
			}
			if cur, err = w.ingestBatch(ctx, batch); err != nil {
				return err
			}
		}
		next := make(chan aheadResult, 1)
		go func() {
			in, err := w.ingestAhead(ctx, cur)
			next <- aheadResult{in, err}
		}()
		err = w.finishBatch(ctx, cur, rel)
		got := <-next
		ahead = got.in
		if err != nil {
			// The relater's memory may be ahead of what was saved: build it
			// again from the database on the next attempt.
			s.rel = nil
			return err
		}
		if got.err != nil {
			return got.err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	pending, err := w.intake.pendingIn(ctx, chunk.From, chunk.To)
	if err != nil {
		return err
	}
	if pending {
		return errWait
	}
	return nil
}

// ingested is a batch of the intake stored as captures and articles, not
// yet related nor taken off the intake.
type ingested struct {
	batch   []staged
	items   []store.IngestItem
	seqs    []int64
	results []store.IngestResult
}

type aheadResult struct {
	in  *ingested
	err error
}

// ingestBatch stores a batch of extracted records as captures and
// articles, in one transaction.
func (w *Worker) ingestBatch(ctx context.Context, batch []staged) (*ingested, error) {
	in := &ingested{batch: batch, items: make([]store.IngestItem, len(batch)), seqs: make([]int64, len(batch))}
	for i, r := range batch {
		in.items[i] = store.IngestItem{Capture: r.capture, Extraction: r.ex, ExtractError: r.exErr}
		in.seqs[i] = r.seq
	}
	var err error
	if in.results, err = w.db.Ingest(ctx, in.items); err != nil {
		return nil, fmt.Errorf("store records %d-%d: %w", in.seqs[0], in.seqs[len(in.seqs)-1], err)
	}
	return in, nil
}

// ingestAhead stores the batch after cur while cur is related, or returns
// nil to leave it for later. Relating cur reads the texts of cur's
// articles and of earlier ones, by ID: new articles stored meanwhile are
// not among them, but a new version of any of them would be (its newest
// text), so a batch holding a page of a stored article (cur's included:
// they are stored) waits until cur is related, as it would one after the
// other.
func (w *Worker) ingestAhead(ctx context.Context, cur *ingested) (*ingested, error) {
	batch, err := w.intake.prefixAfter(ctx, cur.seqs[len(cur.seqs)-1], w.cfg.RelateBatch)
	if err != nil || len(batch) == 0 {
		return nil, err
	}
	var urls []string
	for _, r := range batch {
		if r.ex != nil {
			urls = append(urls, r.ex.URL)
		}
	}
	stored, err := w.db.ArticlesExist(ctx, urls)
	if err != nil || stored {
		return nil, err
	}
	return w.ingestBatch(ctx, batch)
}

// finishBatch relates a stored batch's new articles and versions, then
// takes the batch off the intake and counts it for its import runs.
func (w *Worker) finishBatch(ctx context.Context, in *ingested, rel *relate.Relater) error {
	batch, items, seqs := in.batch, in.items, in.seqs
	byRun := map[int64]*runCounts{}
	var changed []int64
	for i, res := range in.results {
		c := byRun[batch[i].run]
		if c == nil {
			c = &runCounts{}
			byRun[batch[i].run] = c
		}
		c.stored++
		switch {
		case res.CaptureExisted:
			c.alreadyStored++
		case items[i].Extraction == nil:
			c.notExtracted++
		case res.NewArticle:
			c.newArticles++
		case res.NewVersion:
			c.newVersions++
		default:
			c.unchanged++
		}
		if res.NewArticle || res.NewVersion {
			changed = append(changed, res.ArticleID)
		}
	}
	if len(changed) > 0 {
		if _, err := rel.RelateArticles(ctx, changed); err != nil {
			return fmt.Errorf("relate records %d-%d: %w", seqs[0], seqs[len(seqs)-1], err)
		}
	}
	if err := w.intake.done(ctx, seqs, byRun); err != nil {
		return fmt.Errorf("records %d-%d stored and related, but not taken off the intake (they will be found stored): %w", seqs[0], seqs[len(seqs)-1], err)
	}
	runs := make([]int64, 0, len(byRun))
	for r := range byRun {
		runs = append(runs, r)
	}
	slices.Sort(runs)
	return w.intake.FinishRuns(ctx, w.db, runs)
}
