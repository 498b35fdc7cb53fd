package app

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/store"
)

const searchUsage = `search [--db DSN] [--json] [--outlet D] [--from DATE] [--to DATE] [--relation R] [--lang L] [--limit N] [--offset N] QUERY...

Full-text search of every article's newest title and text, most relevant
first. Words must all appear; "quoted phrases" must appear as written (quote
them for the shell too: '"ferry strike"'); a leading - leaves out articles
with a word or phrase (-rumour). Case and accents do not matter (Kyiv finds
Kyïv). Put -- before the query if an excluded word is also a flag's name.
A query matching more than 10,000 articles is ranked among the 10,000 most
recently stored: add words or a filter to reach older ones.

--from and --to take a date (2026-03-14) or an RFC 3339 time; --to with a
date includes that whole day. Articles with no known publication date are
left out when a date is given. --outlet may be repeated or comma-separated.`

func (a *App) runSearch(ctx context.Context, args []string) error {
	fs := newFlags("search", searchUsage, a.Stderr)
	dbFlag(fs, &a.Config)
	asJSON := fs.Bool("json", false, "print JSON")
	var q store.SearchQuery
	var outlets []string
	fs.Func("outlet", "only articles of this outlet (a domain; repeatable)", func(v string) error {
		for _, o := range strings.Split(v, ",") {
			if o = strings.TrimSpace(o); o != "" {
				outlets = append(outlets, o)
			}
		}
		return nil
	})
	fs.Func("from", "only articles published at or after this date or time", func(v string) (err error) {
		q.From, err = parseSearchDate(v, false)
		return err
	})
	fs.Func("to", "only articles published before this time, or on or before this date", func(v string) (err error) {
		q.To, err = parseSearchDate(v, true)
		return err
	})
	fs.StringVar(&q.Relation, "relation", "", "only articles with a stored relation of this kind: "+strings.Join(store.SearchKinds, ", "))
	fs.StringVar(&q.Lang, "lang", "", "only articles in this language (en also matches en-GB)")
	fs.IntVar(&q.Limit, "limit", store.DefaultSearchLimit, fmt.Sprintf("show at most this many results (up to %d)", store.MaxSearchLimit))
	fs.IntVar(&q.Offset, "offset", 0, "skip this many results (the next page)")

	flagArgs, words := splitSearchArgs(fs, args)
	rest, err := parseFlags(fs, flagArgs)
	if err != nil {
		return err
	}
	words = append(rest, words...)
	if len(words) == 0 {
		return usagef("give a query: the words to look for")
	}
	if q.Limit == 0 {
		// 0 would mean the store's default; asking for none is a mistake.
		return usagef("--limit must be at least 1")
	}
	q.Text = strings.Join(words, " ")

	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	if len(outlets) > 0 {
		// Accept a host or a URL (www.rt.com, https://de.rt.com/x) as the
		// outlet it belongs to, through the user's mappings too.
		mappings, err := s.OutletMappings(ctx)
		if err != nil {
			return err
		}
		resolve := outlet.NewResolver(mappings)
		for _, o := range outlets {
			d := resolve.ForHost(o)
			if strings.Contains(o, "://") {
				d = resolve.ForURL(o)
			}
			if d == "" {
				return usagef("--outlet %q is not a domain", o)
			}
			q.Outlets = append(q.Outlets, d)
		}
	}
	hits, err := s.Search(ctx, q)
	if errors.Is(err, echotrace.ErrInvalid) {
		return &usageError{err.Error()}
	}
	if err != nil {
		return err
	}
	results := report.SearchHits(hits)
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	return a.printSearch(q, results)
}

// splitSearchArgs separates flags from query words before the flags are
// parsed, so that an excluded word (-rumour) is part of the query rather
// than an unknown flag. An argument is a flag only if it names one of fs's
// flags (or asks for help); everything after "--" is query.
func splitSearchArgs(fs *flag.FlagSet, args []string) (flagArgs, words []string) {
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			return flagArgs, append(words, args[i+1:]...)
		}
		name, hasValue := strings.TrimLeft(arg, "-"), false
		if n, _, ok := strings.Cut(name, "="); ok {
			name, hasValue = n, true
		}
		if !strings.HasPrefix(arg, "-") || name == "" {
			words = append(words, arg)
			continue
		}
		if name == "h" || name == "help" {
			flagArgs = append(flagArgs, arg)
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			words = append(words, arg)
			continue
		}
		flagArgs = append(flagArgs, arg)
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() || hasValue {
			continue
		}
		if i+1 < len(args) {
			i++
			flagArgs = append(flagArgs, args[i])
		}
	}
	return flagArgs, words
}

// parseSearchDate reads a date or an RFC 3339 time. A bare date as an
// upper bound means the end of that day (the bound is exclusive).
func parseSearchDate(v string, upper bool) (time.Time, error) {
	v = strings.TrimSpace(v)
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t.UTC(), nil
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither a date (2026-03-14) nor an RFC 3339 time (2026-03-14T09:00:00Z)", v)
	}
	if upper {
		t = t.AddDate(0, 0, 1)
	}
	return t, nil
}

func (a *App) printSearch(q store.SearchQuery, hits []report.SearchHit) error {
	if len(hits) == 0 {
		if q.Offset > 0 {
			fmt.Fprintf(a.Stdout, "no more articles match %s\n", q.Text)
		} else {
			fmt.Fprintf(a.Stdout, "no article matches %s\n", q.Text)
		}
		return nil
	}
	outletWidth := len("OUTLET")
	for _, h := range hits {
		outletWidth = max(outletWidth, min(utf8.RuneCountInString(h.Outlet), 30))
	}
	idWidth := len("ID")
	for _, h := range hits {
		idWidth = max(idWidth, len(fmt.Sprint(h.ID)))
	}
	indent := strings.Repeat(" ", idWidth+2)
	fmt.Fprintf(a.Stdout, "%-*s  %-10s  %-*s  %s\n", idWidth, "ID", "PUBLISHED", outletWidth, "OUTLET", "TITLE")
	for _, h := range hits {
		published := "undated"
		if h.Published != nil {
			published = (*h.Published)[:len("2006-01-02")]
		}
		fmt.Fprintf(a.Stdout, "%-*d  %-10s  %-*s  %s\n", idWidth, h.ID, published, outletWidth, clip(h.Outlet, 30),
			clip(report.Untitled(h.Title), 70))
		if h.Snippet != "" {
			fmt.Fprintf(a.Stdout, "%s%s\n", indent, h.Snippet)
		}
	}
	if len(hits) == q.Limit {
		fmt.Fprintf(a.Stdout, "\nMore may match: --offset %d shows the next page.\n", q.Offset+len(hits))
	}
	fmt.Fprintln(a.Stdout, "\nechotrace trace ID shows where an article came from.")
	return nil
}
