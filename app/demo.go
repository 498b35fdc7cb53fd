package app

import (
	"context"
	"fmt"
	"io/fs"
	"sort"
	"text/tabwriter"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/demo"
	"github.com/echotrace/echotrace/source/files"
)

// DemoDB is where `echotrace demo` loads the corpus unless told otherwise,
// so that trying the demo never mixes fictional articles into a real corpus.
const DemoDB = "echotrace-demo.db"

func (a *App) runDemo(ctx context.Context, args []string) error {
	f := newFlags("demo", "demo [--db DSN] [--addr 127.0.0.1:8080] [--no-serve]\n\n"+
		"Loads the bundled demo corpus (fictional articles written for echotrace) into a\n"+
		"local database ("+DemoDB+" unless --db or ECHOTRACE_DB says otherwise), lists it,\n"+
		"and serves it (the web UI and the API) until interrupted.", a.Stderr)
	dbFlag(f, &a.Config)
	var so serveOptions
	a.serveFlags(f, &so)
	// The demo is fictional and local: its server fetches nothing.
	so.noCrawl = true
	// Tests and scripts load the corpus without serving it.
	noServe := f.Bool("no-serve", false, "load and list the corpus, then exit instead of serving it")
	if err := parseNoArgs(f, args); err != nil {
		return err
	}
	so.withToken(a.Config)
	if !*noServe {
		if err := checkListen(so); err != nil {
			return err
		}
	}
	if !a.Config.DBSet {
		a.Config.DB = DemoDB
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	// The demo's invented places have two spellings, as real ones do; its
	// alias groups are stored with the corpus so that every later command
	// on this database folds them too.
	truth, err := demo.LoadTruth()
	if err != nil {
		return err
	}
	for _, al := range truth.Aliases {
		if err := s.AddAliasGroup(ctx, []string{al.A, al.B}); err != nil {
			return err
		}
	}
	corpus, err := fs.Sub(demo.Corpus, "corpus")
	if err != nil {
		return err
	}
	// One extraction worker stores the pages in file order: with several,
	// pages are stored as they finish and relating, which depends on that
	// order, may find a related pair more or less from one run to the
	// next. The demo should show the same relations every time.
	a.Config.Workers = 1
	sum, err := a.importInputs(ctx, s, []files.Input{{FS: corpus, Path: ".", Display: "demo"}}, 200)
	if err != nil {
		return err
	}
	if sum.Interrupted {
		return context.Canceled
	}
	outlets, err := s.Outlets(ctx)
	if err != nil {
		return err
	}
	counts, err := s.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "Demo corpus loaded into %s: %d articles from %d outlets.\n\n", a.dbName(), counts.Articles, counts.Outlets)
	tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "OUTLET\tARTICLES")
	for _, o := range outlets {
		fmt.Fprintf(tw, "%s\t%d\n", o.Domain, o.Articles)
	}
	tw.Flush()
	fmt.Fprintln(a.Stdout)
	var all []echotrace.Article
	var after int64
	for {
		page, err := s.Articles(ctx, after, 200)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			break
		}
		all = append(all, page...)
		after = page[len(page)-1].ID
	}
	// Oldest first, undated last: the order a reader would follow the news.
	sort.SliceStable(all, func(i, j int) bool {
		pi, pj := all[i].Newest.Published, all[j].Newest.Published
		if pi.IsZero() != pj.IsZero() {
			return pj.IsZero()
		}
		return pi.Before(pj)
	})
	tw = tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PUBLISHED\tOUTLET\tTITLE")
	for _, art := range all {
		when := "unknown"
		switch {
		case art.Newest.PublishedSource == "url": // a day, not a time
			when = art.Newest.Published.Format("2006-01-02") + "       (url)"
		case !art.Newest.Published.IsZero():
			when = art.Newest.Published.Format("2006-01-02 15:04") + " (" + art.Newest.PublishedSource + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", when, art.Outlet, truncate(art.Newest.Title, 70))
	}
	tw.Flush()
	if *noServe {
		fmt.Fprintf(a.Stdout, "\nNext: echotrace serve --db %[1]s, echotrace status --db %[1]s, echotrace outlets --db %[1]s\n", a.Config.DB)
		return nil
	}
	fmt.Fprintln(a.Stdout)
	return a.serve(ctx, s, so)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
