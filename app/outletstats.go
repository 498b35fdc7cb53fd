package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/report"
)

func lagText(h *float64) string {
	switch {
	case h == nil:
		return "-"
	case *h >= 48:
		return fmt.Sprintf("%.1f days", *h/24)
	case *h >= 1:
		return fmt.Sprintf("%.1f h", *h)
	default:
		return fmt.Sprintf("%.0f min", *h*60)
	}
}

// printOutletDetail writes one outlet's (or group's) statistics in words.
func printOutletDetail(w io.Writer, st provenance.OutletStats) {
	fmt.Fprintf(w, "%s\n", st.Domain)
	if len(st.Members) > 0 {
		fmt.Fprintf(w, "  outlets: %s\n", strings.Join(st.Members, ", "))
	}
	fmt.Fprintf(w, "  %d articles: %d original (%.0f%%), %d taken from other articles", st.Articles, st.Original, 100*st.ShareOriginal, st.Reused)
	if st.FromExternal > 0 {
		fmt.Fprintf(w, ", %d crediting outlets not in the corpus", st.FromExternal)
	}
	fmt.Fprintln(w)
	if st.Reused > 0 {
		fmt.Fprintf(w, "  publishes a median %s after its source", lagText(st.MedianLagHours))
		if st.Fidelity != nil {
			fmt.Fprintf(w, "; its duplicates and copies keep %.0f%% of the source's wording", 100**st.Fidelity)
		}
		fmt.Fprintln(w)
		fmt.Fprintf(w, "  how it reuses: %s\n", countsText(st.Relations, st.Reused))
		if len(st.Changes) > 0 {
			fmt.Fprintf(w, "  what it changes: %s\n", countsText(st.Changes, st.Reused))
		}
	}
	printLinks(w, "takes from", st.CopiesFrom)
	printLinks(w, "taken by", st.CopiedBy)
}

func printLinks(w io.Writer, label string, ls []provenance.OutletLink) {
	if len(ls) == 0 {
		return
	}
	fmt.Fprintf(w, "  %s:\n", label)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, l := range ls {
		fmt.Fprintf(tw, "    %s\t%d\t%s\n", l.Outlet, l.Articles, countsText(l.Changes, l.Articles))
	}
	tw.Flush()
}

// countsText says "alias in 14 of 15, insert in 6 of 15".
func countsText(m map[string]int, of int) string {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range m {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	var parts []string
	for _, x := range kvs {
		parts = append(parts, fmt.Sprintf("%s in %d of %d", x.k, x.v, of))
	}
	return strings.Join(parts, ", ")
}

func (a *App) outletGroups(ctx context.Context, args []string) error {
	fs := newFlags("outlets groups", "outlets groups [--db DSN] [--json]", a.Stderr)
	dbFlag(fs, &a.Config)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	groups, err := s.OutletGroups(ctx)
	if err != nil {
		return err
	}
	_, stats, err := report.OutletStats(ctx, s, groups)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(stats)
	}
	if len(stats) == 0 {
		fmt.Fprintln(a.Stdout, "no outlet groups: define one with echotrace outlets group add NAME DOMAIN...")
	}
	for i, st := range stats {
		if i > 0 {
			fmt.Fprintln(a.Stdout)
		}
		printOutletDetail(a.Stdout, st)
	}
	return nil
}

func (a *App) outletGroup(ctx context.Context, args []string) error {
	if len(args) == 0 || (args[0] != "add" && args[0] != "rm") {
		return usagef("outlets group add NAME DOMAIN... | outlets group rm NAME")
	}
	verb := args[0]
	fs := newFlags("outlets group "+verb, "outlets group add [--db DSN] NAME DOMAIN...\n       echotrace outlets group rm [--db DSN] NAME", a.Stderr)
	dbFlag(fs, &a.Config)
	rest, err := parseFlags(fs, args[1:])
	if err != nil {
		return err
	}
	if (verb == "add" && len(rest) < 2) || (verb == "rm" && len(rest) != 1) {
		return usagef("outlets group add NAME DOMAIN... | outlets group rm NAME")
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	if verb == "rm" {
		return s.DeleteOutletGroup(ctx, rest[0])
	}
	var domains []string
	for _, d := range rest[1:] {
		domains = append(domains, strings.ToLower(strings.TrimSpace(d)))
	}
	if err := s.SetOutletGroup(ctx, rest[0], domains); err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "outlet group %q: %s\n", rest[0], strings.Join(domains, ", "))
	return nil
}
