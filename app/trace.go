package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/relate"
	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/store"
)

const traceUsage = `trace [--db DSN] [--json] [--report FILE.html] URL|ID

Where an article came from: the chain of earlier articles it was copied,
excerpted or rewritten from (root first), the evidence for each step's
direction, the articles that copied it, and what changed from its source.`

func (a *App) runTrace(ctx context.Context, args []string) error {
	fs := newFlags("trace", traceUsage, a.Stderr)
	dbFlag(fs, &a.Config)
	asJSON := fs.Bool("json", false, "print JSON")
	text := fs.Bool("text", false, "trace a passage of text (a FILE, or - for standard input) instead of a stored article")
	evidence := fs.String("report", "", "also write the trace's evidence report (a self-contained, printable HTML page) to `FILE`")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef("name one article: its URL or ID")
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	if *text {
		if *evidence != "" {
			return usagef("--report is for a stored article's trace, not a passage's")
		}
		return a.traceText(ctx, s, rest[0], *asJSON)
	}
	art, err := findArticle(ctx, s, rest[0])
	if err != nil {
		return err
	}
	aliases, err := a.aliasTable(ctx, s)
	if err != nil {
		return err
	}
	rep, err := report.For(ctx, s, art, aliases)
	if err != nil {
		return err
	}
	if *evidence != "" {
		if err := a.writeEvidence(ctx, s, rep, *evidence); err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printTrace(a.Stdout, rep)
	return nil
}

// findArticle resolves a URL or an ID.
func findArticle(ctx context.Context, s store.Store, ref string) (*echotrace.Article, error) {
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		return s.Article(ctx, id)
	}
	return s.ArticleByURL(ctx, ref)
}

// printTrace writes a trace for people: the chain as a tree, each step
// with why its direction is believed, then copies and changes.
func printTrace(w io.Writer, r *report.Trace) {
	a := r.Article
	fmt.Fprintf(w, "%s\n  %s · %s · %s\n", report.Untitled(a.Title), a.Outlet, report.When(a.Published, a.PublishedSource), a.URL)
	fmt.Fprintf(w, "  story %d: %d articles\n\n", r.Story.ID, r.Story.Articles)
	fmt.Fprintf(w, "%s\n\n", wrap(report.Summary(r), 78))
	if len(r.Chain) == 0 {
		fmt.Fprintln(w, "Where it came from: no earlier source found in the corpus; this is an original (or a copy of something not ingested).")
	} else {
		fmt.Fprintln(w, "Where it came from (earliest first):")
		for i, n := range r.Chain {
			printNode(w, n, strings.Repeat("  ", i+1))
		}
		fmt.Fprintf(w, "%s→ this article\n", strings.Repeat("  ", len(r.Chain)+1))
	}
	if len(r.Children) > 0 {
		fmt.Fprintf(w, "\nTaken from this article by %d:\n", len(r.Children))
		for _, n := range r.Children {
			printNode(w, n, "  ")
		}
	}
	if len(r.Related) > 0 {
		fmt.Fprintf(w, "\nIndependent coverage of the same story (%d):\n", len(r.Related))
		for _, n := range r.Related {
			fmt.Fprintf(w, "  %s · %s · %s\n", n.Outlet, report.When(n.Published, n.PublishedSource), report.Untitled(n.Title))
		}
	}
	if len(r.Changes) > 0 {
		fmt.Fprintf(w, "\nWhat changed from its source (%d):\n", len(r.Changes))
		for _, c := range r.Changes {
			fmt.Fprintf(w, "  %-11s %q → %q\n", c.Kind, clip(c.AText, 70), clip(c.BText, 70))
		}
	}
	if len(r.Attributions) > 0 {
		fmt.Fprintf(w, "\nOn whose word it rests (%d credits):\n", len(r.Attributions))
		for _, at := range r.Attributions {
			via := ""
			if at.Via != "" {
				via = " via " + at.Via
			}
			fmt.Fprintf(w, "  %-12s %s%s (%s)\n", at.Kind, at.Source, via, at.Verb)
		}
	}
	for _, v := range r.Versions {
		fmt.Fprintf(w, "\nVersion %d → %d (seen %s): %d changes\n", v.From, v.To, v.SeenAt.Format("2006-01-02 15:04 UTC"), len(v.Changes))
		for _, c := range v.Changes {
			fmt.Fprintf(w, "  %-11s %q → %q\n", c.Kind, clip(c.AText, 70), clip(c.BText, 70))
		}
	}
}

// wrap breaks text into lines of at most width characters.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+len([]rune(w)) > width {
			b.WriteString("\n")
			n = 0
		} else if n > 0 {
			b.WriteString(" ")
			n++
		}
		b.WriteString(w)
		n += len([]rune(w))
	}
	return b.String()
}

func printNode(w io.Writer, n report.Node, indent string) {
	if n.External {
		fmt.Fprintf(w, "%s%s (not in the corpus)", indent, n.Outlet)
		if n.URL != nil {
			fmt.Fprintf(w, " · %s", *n.URL)
		}
		fmt.Fprintln(w)
	} else {
		fmt.Fprintf(w, "%s%s · %s · %s\n", indent, n.Outlet, report.When(n.Published, n.PublishedSource), report.Untitled(n.Title))
		fmt.Fprintf(w, "%s  %s, confidence %.2f", indent, n.Relation, n.Confidence)
		if n.Conflict {
			fmt.Fprint(w, " (conflicting evidence)")
		}
		fmt.Fprintln(w)
	}
	for _, e := range n.Evidence {
		if e.Favours == "neither" && e.Weight == 0 && e.Kind != "date" {
			continue
		}
		mark := "+"
		if e.Favours == "to" {
			mark = "−"
		} else if e.Favours == "neither" {
			mark = "·"
		}
		fmt.Fprintf(w, "%s  %s %s: %s\n", indent, mark, e.Kind, e.Detail)
	}
}

// traceText finds the stored articles that ran a passage, earliest first:
// the first of them is the passage's likely origin in the corpus.
func (a *App) traceText(ctx context.Context, s store.Store, file string, asJSON bool) error {
	var r io.Reader = a.Stdin
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, report.MaxPassageBytes+1))
	if err != nil {
		return err
	}
	aliases, err := a.aliasTable(ctx, s)
	if err != nil {
		return err
	}
	rel, err := relate.New(ctx, s, aliases)
	if err != nil {
		return err
	}
	rep, err := report.TracePassage(ctx, s, rel, string(b))
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	if len(rep.Chain) == 0 {
		fmt.Fprintf(a.Stdout, "No stored article carries this passage (%d words).\n", rep.Article.Words)
		return nil
	}
	fmt.Fprintf(a.Stdout, "%d stored articles carry this passage (%d words), earliest first:\n", len(rep.Chain), rep.Article.Words)
	for _, n := range rep.Chain {
		fmt.Fprintf(a.Stdout, "  %s · %s · %.0f%% of the passage · %s\n", n.Outlet, report.When(n.Published, n.PublishedSource), 100*n.Confidence, *n.URL)
	}
	return nil
}
