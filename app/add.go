package app

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/echotrace/echotrace/queue"
	"github.com/echotrace/echotrace/source/crawl"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/worker"
)

func (a *App) runAdd(ctx context.Context, args []string) error {
	fs := newFlags("add", "add [--db DSN] [--contact URL] [--rate N] [--allow-private] [--json] URL...\n"+
		"       add --queue [--wait] [--refetch] --db postgres://... [--json] URL...\n\n"+
		"Fetches each page (politely: robots.txt, one request per second per server), stores it and relates it.\n"+
		"A page fetched again with a different text becomes a new version of its article.\n"+
		"With --queue (PostgreSQL), enqueues one fetch job per URL for `echotrace worker` processes instead,\n"+
		"which fetch politely across all of them; a URL is fetched through the queue once a day however often\n"+
		"it is added, unless --refetch.", a.Stderr)
	dbFlag(fs, &a.Config)
	var o fetchOptions
	fetchFlags(fs, &a.Config, &o)
	asJSON := fs.Bool("json", false, "print one JSON object per page instead of a table")
	queued := fs.Bool("queue", false, "PostgreSQL: enqueue fetch jobs for the worker processes (echotrace worker) instead of fetching here")
	wait := fs.Bool("wait", false, "with --queue: wait until the workers have fetched, stored and related every page, then print what became of each")
	refetch := fs.Bool("refetch", false, "with --queue: fetch again even a URL already queued today")
	urls, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if (*wait || *refetch) && !*queued {
		return usagef("--wait and --refetch go with --queue")
	}
	if *queued {
		if !isPostgres(a.Config.DB) {
			return usagef("--queue needs a postgres:// database (--db or ECHOTRACE_DB), which workers share; on SQLite, add fetches here")
		}
		// How to fetch is the workers' to decide: whoever can enqueue must
		// not be able to make them fetch from private addresses.
		var workerFlags []string
		fs.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "allow-private", "contact", "rate":
				workerFlags = append(workerFlags, "--"+f.Name)
			}
		})
		if len(workerFlags) > 0 {
			return usagef("with --queue, the workers fetch: give %v to `echotrace worker`, not to add", workerFlags)
		}
	}
	if len(urls) == 0 {
		return usagef("name at least one URL to fetch")
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	if *queued {
		return a.addQueued(ctx, s.(*postgres.DB), urls, *refetch, *wait, *asJSON)
	}
	c, relSum, err := a.crawler(ctx, s, o)
	if err != nil {
		return err
	}
	pages, err := c.Add(ctx, urls)
	problems, perr := a.reportPages(pages, *asJSON)
	if perr != nil {
		return perr
	}
	a.printRelated("add", relSum)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted after %d of %d pages; what was stored is kept: %w", len(pages), len(urls), err)
		}
		return err
	}
	if problems > 0 {
		fmt.Fprintf(a.Stderr, "add: skipped %d of %d pages: the reasons are above and in `echotrace status`\n", problems, len(pages))
	}
	return nil
}

// addQueued enqueues a fetch job per URL (add --queue) and says what it
// enqueued; with wait, it then follows the workers until every page is
// fetched and stored, or has failed, and says what became of each, as add
// does.
func (a *App) addQueued(ctx context.Context, db *postgres.DB, urls []string, refetch, wait, asJSON bool) error {
	fetches := worker.NewFetches(db.Pool(), queue.New(db.Pool(), queue.Options{}))
	enq, err := fetches.Enqueue(ctx, urls, refetch)
	if err != nil {
		return err
	}
	var keys []string
	var refused []crawl.PageResult
	var fresh, known int
	for _, e := range enq {
		switch {
		case e.Refused != "":
			refused = append(refused, crawl.PageResult{URL: e.URL, Outcome: crawl.Skipped, Reason: e.Refused, At: time.Now().UTC()})
		case e.New:
			fresh++
		case e.SameAs == "":
			known++
		}
		if e.Key != "" {
			keys = append(keys, e.Key)
		}
	}
	if !wait {
		if asJSON {
			enc := json.NewEncoder(a.Stdout)
			for _, e := range enq {
				if err := enc.Encode(e); err != nil {
					return err
				}
			}
		} else {
			printEnqueued(a.Stdout, enq)
		}
		fmt.Fprintf(a.Stderr, "add: %d fetch jobs queued, %d queued earlier today (not fetched twice; --refetch fetches again), %d refused; "+
			"`echotrace worker` fetches them and `echotrace status` follows them\n", fresh, known, len(refused))
		return nil
	}
	fmt.Fprintf(a.Stderr, "add: %d fetch jobs queued, %d queued before; waiting for the workers\n", fresh, known)
	results, done, err := a.waitFetches(ctx, fetches, keys)
	if err != nil {
		return err
	}
	if !done {
		fmt.Fprintln(a.Stderr, "add: stopped waiting; the workers go on with the fetch jobs")
		return nil
	}
	// In the order given, a URL given twice once, refused URLs in place.
	byKey := map[string]crawl.PageResult{}
	for _, r := range results {
		byKey[r.Key] = r.Page
	}
	var pages []crawl.PageResult
	seen := map[string]bool{}
	for _, e := range enq {
		switch {
		case e.Refused != "":
			pages = append(pages, crawl.PageResult{URL: e.URL, Outcome: crawl.Skipped, Reason: e.Refused, At: time.Now().UTC()})
		case !seen[e.Key]:
			seen[e.Key] = true
			pages = append(pages, byKey[e.Key])
		}
	}
	problems, err := a.reportPages(pages, asJSON)
	if err != nil {
		return err
	}
	if problems > 0 {
		fmt.Fprintf(a.Stderr, "add: skipped %d of %d pages: the reasons are above and in `echotrace status`\n", problems, len(pages))
	}
	return nil
}

// waitFetches follows the fetches of keys until each is final, with a
// progress line now and then; done is false when ctx ended first.
func (a *App) waitFetches(ctx context.Context, fetches *worker.Fetches, keys []string) (results []worker.FetchResult, done bool, err error) {
	if len(keys) == 0 {
		return nil, true, nil
	}
	last := time.Now()
	for {
		results, err := fetches.Results(ctx, keys)
		if err != nil {
			if ctx.Err() != nil {
				return nil, false, nil
			}
			return nil, false, err
		}
		final := 0
		for _, r := range results {
			if r.Final {
				final++
			}
		}
		if final == len(results) {
			return results, true, nil
		}
		if time.Since(last) >= 2*time.Second {
			last = time.Now()
			fmt.Fprintf(a.Stderr, "add: %d of %d pages fetched and stored, or failed\n", final, len(results))
		}
		select {
		case <-ctx.Done():
			return nil, false, nil
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// printEnqueued writes one line per URL: queued, queued before, or refused.
func printEnqueued(w io.Writer, enq []worker.Enqueued) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, e := range enq {
		switch {
		case e.Refused != "":
			fmt.Fprintf(tw, "%s\t%s\t%s\n", crawl.Skipped, e.URL, e.Refused)
		case e.SameAs != "":
			fmt.Fprintf(tw, "queued\t%s\t(the same page as %s)\n", e.URL, e.SameAs)
		case e.New:
			fmt.Fprintf(tw, "queued\t%s\t\n", e.URL)
		default:
			fmt.Fprintf(tw, "queued before\t%s\t(job %q)\n", e.URL, e.Key)
		}
	}
	tw.Flush()
}

// reportPages prints what became of each page, as a table or as JSON
// lines, and the counts line; it returns how many pages were not stored.
func (a *App) reportPages(pages []crawl.PageResult, asJSON bool) (int, error) {
	if asJSON {
		enc := json.NewEncoder(a.Stdout)
		for _, p := range pages {
			if err := enc.Encode(p); err != nil {
				return 0, err
			}
		}
	} else {
		printPages(a.Stdout, pages)
	}
	line, problems := pageCounts(pages)
	fmt.Fprintf(a.Stderr, "add: %s\n", line)
	return problems, nil
}
