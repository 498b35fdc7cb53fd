package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/echotrace/echotrace"
)

const feedUsage = `feed add|list|rm [--db DSN] [URL]

  feed add URL    follow a feed (RSS, Atom, JSON Feed) or a sitemap; given a
                  site's page, follow the feeds it announces
  feed list       the followed feeds with their health [--json]
  feed rm URL     stop following a feed (what it brought stays stored)

Feeds are polled by echotrace crawl.`

func (a *App) runFeed(ctx context.Context, args []string) error {
	fs := newFlags("feed", feedUsage, a.Stderr)
	dbFlag(fs, &a.Config)
	var o fetchOptions
	fetchFlags(fs, &a.Config, &o)
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("say add, list or rm")
	}
	sub, rest := rest[0], rest[1:]
	switch sub {
	case "add":
		if len(rest) == 0 {
			return usagef("feed add: name the URL of a feed, a sitemap or a site's page")
		}
	case "rm":
		if len(rest) != 1 {
			return usagef("feed rm: name one feed URL (see echotrace feed list)")
		}
	case "list":
		if len(rest) != 0 {
			return usagef("feed list takes no arguments")
		}
	default:
		return usagef("unknown feed command %q: say add, list or rm", sub)
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	switch sub {
	case "rm":
		if err := s.DeleteFeed(ctx, rest[0]); err != nil {
			if errors.Is(err, echotrace.ErrNotFound) {
				return fmt.Errorf("%s is not a followed feed (see echotrace feed list): %w", rest[0], err)
			}
			return err
		}
		fmt.Fprintf(a.Stdout, "no longer following %s; the pages it brought stay stored\n", rest[0])
		return nil
	case "list":
		feeds, err := s.Feeds(ctx)
		if err != nil {
			return err
		}
		list := []feedStatus{}
		for _, f := range feeds {
			list = append(list, feedStatus{Feed: f, Health: feedHealth(f, time.Now())})
		}
		if *asJSON {
			enc := json.NewEncoder(a.Stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(list)
		}
		if len(list) == 0 {
			fmt.Fprintln(a.Stderr, "no feeds followed; add one with `echotrace feed add URL`")
			return nil
		}
		tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "HEALTH\tKIND\tURL\tITEMS\tLAST POLL\tNEXT POLL\tLAST ERROR")
		for _, f := range list {
			next := shortTime(f.NextPoll)
			if f.LastPoll.IsZero() {
				next = "now"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", f.Health, f.Kind, f.URL, f.Items, shortTime(f.LastPoll), next, clip(f.LastError, 60))
		}
		return tw.Flush()
	}

	c, _, err := a.crawler(ctx, s, o)
	if err != nil {
		return err
	}
	var failed int
	for _, u := range rest {
		subs, err := c.Subscribe(ctx, u)
		if err != nil {
			if ctx.Err() != nil {
				return err
			}
			failed++
			fmt.Fprintf(a.Stderr, "skip %s: %v\n", u, err)
			continue
		}
		for _, sub := range subs {
			what := "following"
			if !sub.New {
				what = "already following"
			}
			title, from := "", ""
			if sub.Feed.Title != "" {
				title = fmt.Sprintf(" %q", sub.Feed.Title)
			}
			if sub.DiscoveredOn != "" {
				from = fmt.Sprintf(" (announced by %s)", sub.DiscoveredOn)
			}
			fmt.Fprintf(a.Stdout, "%s %s %s%s: %d entries listed now%s\n", what, sub.Feed.Kind, sub.Feed.URL, title, sub.Listed, from)
		}
	}
	if failed == len(rest) {
		return fmt.Errorf("no feed added")
	}
	if failed > 0 {
		fmt.Fprintf(a.Stderr, "feed add: skipped %d of %d URLs: the reasons are above\n", failed, len(rest))
	}
	fmt.Fprintln(a.Stderr, "run `echotrace crawl` to fetch what they list (or `echotrace crawl --loop` to keep polling)")
	return nil
}
