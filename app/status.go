package app

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/queue"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/worker"
)

func shortTime(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04")
}

type statusReport struct {
	DB       string          `json:"db"`
	Counts   store.Counts    `json:"counts"`
	Failures []failureReport `json:"failures"`
	// Feeds are the polled feeds and sitemaps with their state; Fetches
	// the recent fetches that failed or were skipped, and why.
	Feeds   []feedStatus      `json:"feeds"`
	Fetches []echotrace.Fetch `json:"fetch_problems"`
	// Imports are the latest import runs (imports and uploads), newest first.
	Imports []echotrace.ImportRun `json:"imports"`
	// Queue is the shared job queue's state (PostgreSQL only).
	Queue *queueStatus `json:"queue,omitempty"`
}

// queueStatus is what the workers have to do and what they could not.
type queueStatus struct {
	// Jobs counts the jobs by kind, then state (queued, running, done, dead).
	Jobs map[string]map[queue.State]int `json:"jobs"`
	// Intake counts the records of queued imports not stored yet: raw
	// (waiting for extraction) and extracted (waiting for the sequencer).
	Intake struct {
		Raw       int `json:"raw"`
		Extracted int `json:"extracted"`
	} `json:"intake"`
	// Sequencer names the session that holds the sequencer lock ("" when
	// none does): the one process storing and relating now.
	Sequencer string `json:"sequencer"`
	// Dead are the jobs that failed every attempt, newest first, with why.
	Dead []deadJob `json:"dead"`
	// Retried counts the dead jobs --retry-dead put back.
	Retried int `json:"retried,omitempty"`
	// ServerWarnings name the database server's settings that slow the
	// workers down as the corpus grows (autovacuum off).
	ServerWarnings []string `json:"server_warnings,omitempty"`
}

type deadJob struct {
	ID        int64     `json:"id"`
	Kind      string    `json:"kind"`
	Key       string    `json:"key"`
	Attempts  int       `json:"attempts"`
	LastError string    `json:"last_error"`
	Updated   time.Time `json:"updated"`
}

// feedStatus is a feed as status shows it: is it healthy?
type feedStatus struct {
	echotrace.Feed
	Health string `json:"health"` // ok, failing, quiet, new
}

// feedHealth says whether a feed needs a look: failing (its last poll
// failed), quiet (nothing new for a day though polled), new (never polled).
func feedHealth(f echotrace.Feed, now time.Time) string { return f.Health(now) }

type failureReport struct {
	Origin string    `json:"origin"`
	Ref    string    `json:"ref"`
	Error  string    `json:"error"`
	At     time.Time `json:"at"`
}

func (a *App) runStatus(ctx context.Context, args []string) error {
	fs := newFlags("status", "status [--db DSN] [--json] [--failures N] [--retry-dead]", a.Stderr)
	dbFlag(fs, &a.Config)
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("failures", 50, "how many recent unreadable records (and dead jobs) to list")
	retryDead := fs.Bool("retry-dead", false, "PostgreSQL: put every dead job back in the queue (after fixing what killed them)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	rep := statusReport{DB: a.dbName(), Failures: []failureReport{}}
	if rep.Counts, err = s.Counts(ctx); err != nil {
		return err
	}
	fails, err := s.Failures(ctx, *limit)
	if err != nil {
		return err
	}
	for _, f := range fails {
		rep.Failures = append(rep.Failures, failureReport{f.Origin, f.OriginRef, f.Error, f.At.UTC()})
	}
	feeds, err := s.Feeds(ctx)
	if err != nil {
		return err
	}
	rep.Feeds = []feedStatus{}
	for _, f := range feeds {
		rep.Feeds = append(rep.Feeds, feedStatus{Feed: f, Health: feedHealth(f, time.Now())})
	}
	rep.Fetches = []echotrace.Fetch{}
	for _, outcome := range []string{echotrace.FetchFailed, echotrace.FetchSkipped} {
		fs, err := s.Fetches(ctx, outcome, *limit)
		if err != nil {
			return err
		}
		rep.Fetches = append(rep.Fetches, fs...)
	}
	if rep.Imports, err = s.ImportRuns(ctx, 10); err != nil {
		return err
	}
	for i := range rep.Imports {
		rep.Imports[i] = rep.Imports[i].AsOf(time.Now())
	}
	if *retryDead && !isPostgres(a.Config.DB) {
		return usagef("--retry-dead: there is a job queue on PostgreSQL only; on SQLite every stage runs in process")
	}
	if db, ok := s.(*postgres.DB); ok {
		if rep.Queue, err = a.queueStatus(ctx, db, *limit, *retryDead); err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	c := rep.Counts
	fmt.Fprintf(a.Stdout, "%s: %d articles (%d versions) from %d outlets; %d captures, %d without article text; %d unreadable records\n",
		rep.DB, c.Articles, c.Versions, c.Outlets, c.Captures, c.CaptureErrors, c.IngestFailures)
	fmt.Fprintf(a.Stdout, "reuse: %d of %d articles indexed, %d relations\n", c.Indexed, c.Articles, c.Relations)
	if len(rep.Feeds) > 0 {
		fmt.Fprintf(a.Stdout, "\nfeeds and sitemaps (%d):\n", len(rep.Feeds))
		tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  HEALTH\tURL\tPAGES\tLAST POLL\tNEXT POLL\tLAST ERROR")
		for _, f := range rep.Feeds {
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%s\t%s\t%s\n", f.Health, f.URL, f.Items, shortTime(f.LastPoll), shortTime(f.NextPoll), clip(f.LastError, 60))
		}
		tw.Flush()
	}
	if len(rep.Imports) > 0 {
		fmt.Fprintln(a.Stdout, "\nimports (newest first):")
		tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  STATE\tSTARTED\tFINISHED\tARTICLES\tSKIPPED\tSOURCE\tERROR")
		for _, r := range rep.Imports {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\t%d\t%s\t%s\n", r.State, shortTime(r.Started), shortTime(r.Finished), r.Articles, r.Skipped, clip(r.Source, 50), clip(r.Error, 60))
		}
		tw.Flush()
	}
	if q := rep.Queue; q != nil {
		printQueue(a, q)
	}
	if len(rep.Fetches) > 0 {
		fmt.Fprintln(a.Stdout, "\nrecent fetches that failed or were skipped:")
		tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
		for _, f := range rep.Fetches {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", f.At.Format("2006-01-02 15:04"), f.Outcome, f.URL, clip(f.Error, 80))
		}
		tw.Flush()
	}
	if len(rep.Failures) > 0 {
		fmt.Fprintln(a.Stdout, "\nrecent unreadable records:")
		tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
		for _, f := range rep.Failures {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", f.At.Format("2006-01-02 15:04"), f.Ref, f.Error)
		}
		tw.Flush()
	}
	return nil
}

// queueStatus reads the job queue, after putting the dead jobs back when
// asked.
func (a *App) queueStatus(ctx context.Context, db *postgres.DB, limit int, retryDead bool) (*queueStatus, error) {
	q := queue.New(db.Pool(), queue.Options{})
	st := &queueStatus{Dead: []deadJob{}}
	if retryDead {
		for {
			dead, err := q.Dead(ctx, 500)
			if err != nil {
				return nil, err
			}
			if len(dead) == 0 {
				break
			}
			for _, j := range dead {
				if err := q.Retry(ctx, j.ID); err != nil {
					return nil, err
				}
				st.Retried++
			}
		}
	}
	var err error
	if st.Jobs, err = q.Stats(ctx); err != nil {
		return nil, err
	}
	intake := worker.NewIntake(db.Pool(), q)
	if st.Intake.Raw, st.Intake.Extracted, err = intake.Backlog(ctx); err != nil {
		return nil, err
	}
	if st.Sequencer, err = worker.SequencerHolder(ctx, db.Pool()); err != nil {
		return nil, err
	}
	if st.ServerWarnings, err = db.ServerAdvice(ctx); err != nil {
		return nil, err
	}
	dead, err := q.Dead(ctx, limit)
	if err != nil {
		return nil, err
	}
	for _, j := range dead {
		st.Dead = append(st.Dead, deadJob{ID: j.ID, Kind: j.Kind, Key: j.Key, Attempts: j.Attempts, LastError: j.LastError, Updated: j.Updated.UTC()})
	}
	return st, nil
}

func printQueue(a *App, q *queueStatus) {
	if q.Retried > 0 {
		fmt.Fprintf(a.Stdout, "\nput %d dead jobs back in the queue\n", q.Retried)
	}
	fmt.Fprintln(a.Stdout, "\njob queue:")
	if len(q.Jobs) == 0 {
		fmt.Fprintln(a.Stdout, "  no jobs yet (`echotrace import --queue` gives workers work)")
	} else {
		kinds := make([]string, 0, len(q.Jobs))
		for k := range q.Jobs {
			kinds = append(kinds, k)
		}
		slices.Sort(kinds)
		tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "  KIND\tQUEUED\tRUNNING\tDONE\tDEAD\t")
		for _, k := range kinds {
			n := q.Jobs[k]
			fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%d\t\n", k, n[queue.Queued], n[queue.Running], n[queue.Done], n[queue.Dead])
		}
		tw.Flush()
	}
	fmt.Fprintf(a.Stdout, "  intake: %d records waiting for extraction, %d extracted and waiting to be stored\n", q.Intake.Raw, q.Intake.Extracted)
	if q.Sequencer != "" {
		fmt.Fprintf(a.Stdout, "  sequencer: %s\n", q.Sequencer)
	} else {
		fmt.Fprintln(a.Stdout, "  sequencer: none (no process is storing and relating now)")
	}
	for _, w := range q.ServerWarnings {
		fmt.Fprintf(a.Stdout, "  warning: %s\n", w)
	}
	if len(q.Dead) > 0 {
		fmt.Fprintf(a.Stdout, "\ndead jobs (newest first; `echotrace status --retry-dead` puts them back):\n")
		tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
		for _, j := range q.Dead {
			fmt.Fprintf(tw, "  %s\t#%d\t%s %s\t%d attempts\t%s\n", j.Updated.Format("2006-01-02 15:04"), j.ID, j.Kind, j.Key, j.Attempts, clip(j.LastError, 80))
		}
		tw.Flush()
	}
}
