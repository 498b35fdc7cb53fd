package app

import (
	"context"
	"fmt"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/extract"
	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/queue"
	"github.com/echotrace/echotrace/source/files"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/worker"
)

// queueInputs reads the inputs here and stages their records, in order,
// for the workers (import --queue). With wait, it then follows the
// workers until every record is stored and related, and returns the
// whole import's summary.
func (a *App) queueInputs(ctx context.Context, s store.Store, inputs []files.Input, batch int, wait bool) (ingest.Summary, error) {
	db := s.(*postgres.DB)
	intake := worker.NewIntake(db.Pool(), queue.New(db.Pool(), queue.Options{}))
	source := runSource(inputs)
	run, err := intake.StartRun(ctx, s, source)
	if err != nil {
		return ingest.Summary{}, err
	}
	limits := files.DefaultOptions
	limits.MaxPageBytes = extract.DefaultMaxBytes
	im := &ingest.Importer{
		Store: s,
		Config: ingest.Config{
			Workers: a.Config.Workers, BatchSize: batch, Limits: limits,
			Report: a.Stderr, ProgressEvery: 2 * time.Second,
		},
		Defer: func(ctx context.Context, captures []echotrace.Capture) error {
			return intake.Stage(ctx, run, captures)
		},
	}
	sum, err := im.Import(ctx, inputs)
	fmt.Fprintln(a.Stderr, sum.Line(sum.Elapsed))
	if err != nil || sum.Interrupted {
		// What was staged stays staged: the workers store it, and running
		// the same command again stages the rest (records staged before
		// keep their place).
		if err == nil {
			s.UpdateImportRun(context.WithoutCancel(ctx), echotrace.ImportRun{ID: run, Source: source, Updated: time.Now(),
				Finished: time.Now(), State: echotrace.ImportInterrupted, Skipped: sum.Skipped()})
		}
		return sum, err
	}
	if err := intake.FinishReading(ctx, run, sum.Skipped()); err != nil {
		return sum, err
	}
	// Nothing new staged (all of it stored or staged before): no worker
	// will store a record of this run, so its end is recorded here.
	if st, err := intake.Run(ctx, run); err != nil {
		return sum, err
	} else if st.Staged == 0 {
		if err := intake.FinishRuns(ctx, s, []int64{run}); err != nil {
			return sum, err
		}
	}
	if !wait {
		fmt.Fprintf(a.Stderr, "import: %d records queued as import run %d; `echotrace worker` processes them and `echotrace status` follows them\n", sum.Queued, run)
		return sum, nil
	}
	start, last := time.Now(), time.Now()
	for {
		st, err := intake.Run(ctx, run)
		if err != nil {
			return sum, err
		}
		if st.Complete() {
			sum.NewArticles, sum.NewVersions, sum.Unchanged = st.NewArticles, st.NewVersions, st.Unchanged
			sum.AlreadyStored += st.AlreadyStored
			sum.NotExtracted = st.NotExtracted
			sum.Elapsed += time.Since(start)
			fmt.Fprintln(a.Stderr, sum.Line(sum.Elapsed))
			return sum, nil
		}
		if time.Since(last) >= 2*time.Second {
			last = time.Now()
			fmt.Fprintf(a.Stderr, "import: workers have stored %d of %d queued records (%d new articles, %d new versions)\n",
				st.Stored, st.Staged, st.NewArticles, st.NewVersions)
		}
		select {
		case <-ctx.Done():
			fmt.Fprintf(a.Stderr, "import: stopped waiting; the workers go on with import run %d\n", run)
			return sum, nil
		case <-time.After(200 * time.Millisecond):
		}
	}
}
