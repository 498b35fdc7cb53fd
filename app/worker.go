package app

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/queue"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/worker"
)

func (a *App) runWorker(ctx context.Context, args []string) error {
	fs := newFlags("worker", "worker --db postgres://... [--concurrency N] [--index postgres|memory] [--lease D] [--grace D] [--name NAME]\n"+
		"    [--contact URL] [--rate N] [--allow-private] [--keep-done D] [--pprof 127.0.0.1:PORT]\n\n"+
		"Process the jobs of the shared queue until stopped (SIGTERM or Ctrl-C: finish the jobs in hand\n"+
		"for up to --grace, give back the rest, exit 0). Any number of workers on any number of machines\n"+
		"can share one database; `echotrace import --queue` gives them work and `echotrace status` shows it.\n"+
		"Pages queued by `echotrace add --queue` are fetched politely across all workers together: --rate\n"+
		"requests per second to one server at most (give every worker the same), robots.txt and its\n"+
		"Crawl-delay, Retry-After; private addresses only with --allow-private.", a.Stderr)
	dbFlag(fs, &a.Config)
	concurrency := fs.Int("concurrency", a.Config.Workers, "jobs run at once (0: one per CPU; env ECHOTRACE_WORKERS)")
	lease := fs.Duration("lease", time.Minute, "how long a claimed job stays this worker's without a heartbeat")
	grace := fs.Duration("grace", 30*time.Second, "how long a stopping worker lets its jobs finish")
	name := fs.String("name", "", "this worker's name in leases and logs (default HOST-PID)")
	var fo fetchOptions
	fetchFlags(fs, &a.Config, &fo)
	keepDone := fs.Duration("keep-done", 7*24*time.Hour, "how long done jobs and ended queued fetches are kept, as the record that their work was done (0: for ever); older ones are deleted every hour")
	profiles := fs.String("pprof", "", "serve Go's runtime profiles on this loopback address (127.0.0.1:6060), to see where a running worker's time goes with go tool pprof")
	index := fs.String("index", "postgres", "where the sequencer keeps the reuse index: postgres (nothing to load when it takes over) or memory (faster relating; loads every entry when it takes over)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if !isPostgres(a.Config.DB) {
		return usagef("worker needs a postgres:// database (--db or ECHOTRACE_DB); on SQLite, import and serve run every stage in process")
	}
	if *index != "postgres" && *index != "memory" {
		return usagef("--index is postgres or memory, not %q", *index)
	}
	fetch, err := a.fetchConfig(fo)
	if err != nil {
		return err
	}
	if *concurrency <= 0 {
		*concurrency = runtime.GOMAXPROCS(0)
	}
	if *profiles != "" {
		logf := func(format string, args ...any) { fmt.Fprintf(a.Stderr, "worker: "+format+"\n", args...) }
		if err := serveProfiles(ctx, *profiles, logf); err != nil {
			return err
		}
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	db := s.(*postgres.DB)
	w := worker.New(db, queue.New(db.Pool(), queue.Options{}), worker.Config{
		DSN: a.Config.DB, Name: *name, Concurrency: *concurrency, Lease: *lease, Grace: *grace, Log: a.Stderr,
		InMemoryIndex: *index == "memory",
		KeepDone:      keepFor(*keepDone),
		Fetch:         fetch,
		Aliases:       func(ctx context.Context) (*alias.Table, error) { return a.aliasTable(ctx, db) },
	})
	if err := w.Run(ctx); err != nil {
		return err
	}
	c := w.Counts()
	fmt.Fprintf(a.Stderr, "worker: stopped after %d jobs (%d failed, %d given back)\n", c.Done, c.Failed, c.Released)
	return nil
}

// keepFor turns --keep-done's "0: for ever" into worker.Config's.
func keepFor(d time.Duration) time.Duration {
	if d <= 0 {
		return -1
	}
	return d
}
