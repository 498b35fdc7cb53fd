package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
)

func (a *App) runAdd(ctx context.Context, args []string) error {
	fs := newFlags("add", "add [--db DSN] [--contact URL] [--rate N] [--allow-private] [--json] URL...\n\n"+
		"Fetches each page (politely: robots.txt, one request per second per server), stores it and relates it.\n"+
		"A page fetched again with a different text becomes a new version of its article.", a.Stderr)
	dbFlag(fs, &a.Config)
	var o fetchOptions
	fetchFlags(fs, &a.Config, &o)
	asJSON := fs.Bool("json", false, "print one JSON object per page instead of a table")
	urls, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(urls) == 0 {
		return usagef("name at least one URL to fetch")
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	c, relSum, err := a.crawler(ctx, s, o)
	if err != nil {
		return err
	}
	pages, err := c.Add(ctx, urls)
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		for _, p := range pages {
			if err := enc.Encode(p); err != nil {
				return err
			}
		}
	} else {
		printPages(a.Stdout, pages)
	}
	line, problems := pageCounts(pages)
	fmt.Fprintf(a.Stderr, "add: %s\n", line)
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
