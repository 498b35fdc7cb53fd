package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/relate"
	"github.com/echotrace/echotrace/source/crawl"
	"github.com/echotrace/echotrace/source/web"
	"github.com/echotrace/echotrace/store"
)

// fetchOptions are the flags of every command that fetches.
type fetchOptions struct {
	allowPrivate bool
}

// fetchFlags adds --contact, --rate and --allow-private.
func fetchFlags(fs *flag.FlagSet, cfg *Config, o *fetchOptions) {
	fs.StringVar(&cfg.Contact, "contact", cfg.Contact, "a URL or mailto: for the User-Agent, so that site operators can reach you (env ECHOTRACE_CONTACT)")
	fs.Float64Var(&cfg.Rate, "rate", cfg.Rate, "most requests per second to one server (env ECHOTRACE_RATE)")
	fs.BoolVar(&o.allowPrivate, "allow-private", false, "allow fetching from loopback, private and link-local addresses (intranets, tests); refused by default")
}

// fetcher is the polite fetcher configured by the flags.
func (a *App) fetcher(o fetchOptions) (*web.Fetcher, error) {
	cfg, err := a.fetchConfig(o)
	if err != nil {
		return nil, err
	}
	return web.New(cfg), nil
}

// fetchConfig is the fetcher's configuration the flags give: here, or in
// a worker that fetches queued pages.
func (a *App) fetchConfig(o fetchOptions) (web.Config, error) {
	if !(a.Config.Rate > 0) || math.IsInf(a.Config.Rate, 0) {
		return web.Config{}, usagef("--rate %v: want requests per second per server, a number > 0", a.Config.Rate)
	}
	perHost := time.Duration(float64(time.Second) / a.Config.Rate)
	if perHost <= 0 {
		perHost = -1 // web.Config: negative is no wait; zero would be the default
	}
	return web.Config{Contact: a.Config.Contact, PerHost: perHost, AllowPrivate: o.allowPrivate, Logger: a.Log}, nil
}

// crawler wires the fetcher to ingestion and relating, as import does for
// files: every stored batch is related at once.
func (a *App) crawler(ctx context.Context, s store.Store, o fetchOptions) (*crawl.Crawler, *relate.Summary, error) {
	f, err := a.fetcher(o)
	if err != nil {
		return nil, nil, err
	}
	mappings, err := s.OutletMappings(ctx)
	if err != nil {
		return nil, nil, err
	}
	relateBatch, err := a.relateBatches(ctx, s)
	if err != nil {
		return nil, nil, err
	}
	sum := &relate.Summary{}
	c := &crawl.Crawler{
		Store:     s,
		Fetcher:   f,
		Extractor: &ingest.Extractor{Outlets: outlet.NewResolver(mappings)},
		AfterBatch: func(ctx context.Context, changed []int64) error {
			r, err := relateBatch(ctx, changed)
			sum.Add(r)
			return err
		},
		Config: crawl.Config{Logger: a.Log},
	}
	return c, sum, nil
}

// printPages writes one line per page: what became of it, and why.
func printPages(w io.Writer, pages []crawl.PageResult) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, p := range pages {
		detail := p.Reason
		switch p.Outcome {
		case crawl.NewArticle, crawl.NewVersion:
			detail = fmt.Sprintf("article %d, version %d", p.ArticleID, p.Version)
		}
		if p.FinalURL != "" {
			detail = strings.TrimSpace("(now at " + p.FinalURL + ") " + detail)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", p.Outcome, p.URL, detail)
	}
	tw.Flush()
}

// pageCounts is the one-line account of pages, and how many were skipped
// or failed.
func pageCounts(pages []crawl.PageResult) (string, int) {
	n := map[string]int{}
	for _, p := range pages {
		n[p.Outcome]++
	}
	line := fmt.Sprintf("%d pages: %d new articles, %d new versions, %d unchanged, %d skipped, %d failed",
		len(pages), n[crawl.NewArticle], n[crawl.NewVersion], n[crawl.Unchanged], n[crawl.Skipped], n[crawl.Failed])
	return line, n[crawl.Skipped] + n[crawl.Failed]
}

func (a *App) printRelated(cmd string, sum *relate.Summary) {
	if sum.Articles > 0 {
		fmt.Fprintf(a.Stderr, "%s: %d articles related, %d relations found%s\n", cmd, sum.Articles, sum.Relations, kinds(sum.ByKind))
	}
}

func (a *App) runCrawl(ctx context.Context, args []string) error {
	fs := newFlags("crawl", "crawl [--db DSN] [--loop] [--contact URL] [--rate N] [--allow-private]\n\n"+
		"Polls every feed and sitemap that is due, and fetches the pages they list that are not stored yet.\n"+
		"With --loop, keeps polling, each feed on its own schedule, until interrupted (Ctrl-C).", a.Stderr)
	dbFlag(fs, &a.Config)
	var o fetchOptions
	fetchFlags(fs, &a.Config, &o)
	loop := fs.Bool("loop", false, "keep polling until interrupted, sleeping until the next feed is due")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	c, relSum, err := a.crawler(ctx, s, o)
	if err != nil {
		return err
	}
	feeds, err := s.Feeds(ctx)
	if err != nil {
		return err
	}
	if len(feeds) == 0 && !*loop {
		fmt.Fprintln(a.Stderr, "crawl: no feeds to poll; follow one with `echotrace feed add URL`")
		return nil
	}
	var problems int
	report := func(r crawl.Round) {
		a.printRound(r)
		for _, f := range r.Feeds {
			if f.Outcome == crawl.FeedFailed {
				problems++
			}
		}
		_, skipped := pageCounts(r.Pages)
		problems += skipped
	}
	if *loop {
		fmt.Fprintln(a.Stderr, "crawl: polling until interrupted (Ctrl-C)")
		err := c.Run(ctx, report)
		a.printRelated("crawl", relSum)
		if err != nil {
			return err
		}
		fmt.Fprintln(a.Stderr, "crawl: stopped")
		return nil
	}
	round, err := c.Poll(ctx)
	report(round)
	a.printRelated("crawl", relSum)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted; what was fetched is stored, and the feeds not polled stay due: %w", err)
		}
		return err
	}
	if len(round.Feeds) == 0 {
		next, err := c.NextDue(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.Stderr, "crawl: no feed is due; the next is due at %s\n", next.UTC().Format(time.RFC3339))
		return nil
	}
	if problems > 0 {
		fmt.Fprintf(a.Stderr, "crawl: %d feeds or pages failed or were skipped: the reasons are above and in `echotrace status`\n", problems)
	}
	return nil
}

// printRound writes each feed's poll, then its pages.
func (a *App) printRound(r crawl.Round) {
	for _, f := range r.Feeds {
		line := fmt.Sprintf("feed %s: %s", f.Feed.URL, f.Outcome)
		switch f.Outcome {
		case crawl.FeedFailed:
			line += ": " + f.Error
		default:
			line += fmt.Sprintf(" (%d listed, %d to fetch)", f.Listed, f.Queued)
		}
		line += "; next poll " + f.Feed.NextPoll.UTC().Format(time.RFC3339)
		fmt.Fprintln(a.Stdout, line)
		for _, n := range f.Notes {
			fmt.Fprintf(a.Stderr, "  note %s: %s\n", f.Feed.URL, n)
		}
	}
	printPages(a.Stdout, r.Pages)
	if len(r.Feeds) > 0 {
		line, _ := pageCounts(r.Pages)
		fmt.Fprintf(a.Stderr, "crawl: %d feeds polled, %s\n", len(r.Feeds), line)
	}
}
