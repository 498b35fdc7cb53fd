package app

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
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
	fs := newFlags("status", "status [--db DSN] [--json] [--failures N]", a.Stderr)
	dbFlag(fs, &a.Config)
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("failures", 50, "how many recent unreadable records to list")
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
