package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/echotrace/echotrace/extract"
	"github.com/echotrace/echotrace/reuse"
)

func (a *App) runCompare(ctx context.Context, args []string) error {
	fs := newFlags("compare", "compare [--html] [--json] FILE_A FILE_B\n\n"+
		"Compares two texts (or HTML pages with --html): their relation (duplicate, copy, excerpt,\n"+
		"rewrite, related, unrelated), the aligned passages and what B changed in A. Spans are\n"+
		"[start, end) in characters (Unicode code points) of each text. - reads standard input.", a.Stderr)
	asHTML := fs.Bool("html", false, "the files are HTML pages: extract their article text first")
	asJSON := fs.Bool("json", false, "print JSON")
	aliasFiles := fs.String("aliases", a.Config.AliasFiles, "alias files extending the default table, separated by ':' (env ECHOTRACE_ALIASES)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 2 {
		return usagef("name two files to compare")
	}
	if files[0] == "-" && files[1] == "-" {
		return usagef("only one of the two files can be standard input")
	}
	a.Config.AliasFiles = *aliasFiles
	aliases, err := a.aliasTable(ctx, nil)
	if err != nil {
		return err
	}
	var texts [2]string
	for i, f := range files {
		if texts[i], err = a.readText(f, *asHTML); err != nil {
			return fmt.Errorf("%s: %w", displayName(f), err)
		}
	}
	cmp := reuse.NewComparer(aliases)
	res := cmp.Compare(reuse.Prepare(0, texts[0], aliases), reuse.Prepare(0, texts[1], aliases))
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	printComparison(a.Stdout, res, texts)
	return nil
}

func splitPaths(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ":") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (a *App) readText(name string, asHTML bool) (string, error) {
	body, err := a.readInput(name)
	if err != nil {
		return "", err
	}
	if len(body) > extract.DefaultMaxBytes {
		return "", fmt.Errorf("larger than the %d MB limit", extract.DefaultMaxBytes>>20)
	}
	if asHTML {
		res, err := extract.Extract(body, extract.Options{})
		if err != nil {
			return "", err
		}
		return res.Text, nil
	}
	return string(body), nil
}

func printComparison(w io.Writer, r *reuse.Result, texts [2]string) {
	fmt.Fprintf(w, "relation: %s (score %.2f; A covered %.0f%%, B covered %.0f%%)\n", r.Relation, r.Score, 100*r.Coverage.A, 100*r.Coverage.B)
	ra := []rune(texts[0])
	for i, p := range r.Passages {
		fmt.Fprintf(w, "\npassage %d (%s): A[%d:%d] ↔ B[%d:%d]\n  %s\n", i+1, p.Kind, p.A[0], p.A[1], p.B[0], p.B[1], clip(string(ra[p.A[0]:p.A[1]]), 160))
	}
	if len(r.Changes) > 0 {
		fmt.Fprintln(w, "\nchanges (A → B):")
	}
	for _, c := range r.Changes {
		switch {
		case c.AText == "":
			fmt.Fprintf(w, "  %-7s + %q\n", c.Kind, clip(c.BText, 140))
		case c.BText == "":
			fmt.Fprintf(w, "  %-7s - %q\n", c.Kind, clip(c.AText, 140))
		default:
			fmt.Fprintf(w, "  %-7s %q → %q\n", c.Kind, clip(c.AText, 70), clip(c.BText, 70))
		}
	}
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
