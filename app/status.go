package app

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/echotrace/echotrace/store"
)

type statusReport struct {
	DB       string          `json:"db"`
	Counts   store.Counts    `json:"counts"`
	Failures []failureReport `json:"failures"`
}

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
	rep := statusReport{DB: a.Config.DB, Failures: []failureReport{}}
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
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	c := rep.Counts
	fmt.Fprintf(a.Stdout, "%s: %d articles (%d versions) from %d outlets; %d captures, %d without article text; %d unreadable records\n",
		rep.DB, c.Articles, c.Versions, c.Outlets, c.Captures, c.CaptureErrors, c.IngestFailures)
	fmt.Fprintf(a.Stdout, "reuse: %d of %d articles indexed, %d relations\n", c.Indexed, c.Articles, c.Relations)
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
