package app

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/report"
)

// outletReport is one outlet as `outlets` prints it: its statistics and
// the hosts mapped onto it.
type outletReport struct {
	provenance.OutletStats
	Hosts []string `json:"mapped_hosts"`
}

const outletsUsage = `outlets [--db DSN] [--json] [DOMAIN]     outlets (or one) with what they publish and take from whom
       echotrace outlets groups [--db DSN] [--json]   outlet groups (suspected networks) with their statistics
       echotrace outlets group add [--db DSN] NAME DOMAIN...   define a group (replacing one of that name)
       echotrace outlets group rm [--db DSN] NAME      remove a group
       echotrace outlets map [--db DSN] HOST OUTLET   count HOST and its subdomains as OUTLET
       echotrace outlets unmap [--db DSN] HOST        undo a mapping
       echotrace outlets mappings [--db DSN] [--json] list the mappings

An outlet is a registrable domain (www.rt.com and de.rt.com are both rt.com).
Mappings handle the exceptions; they apply to stored articles at once.`

func (a *App) runOutlets(ctx context.Context, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "map":
			return a.outletsMap(ctx, args[1:], true)
		case "unmap":
			return a.outletsMap(ctx, args[1:], false)
		case "mappings":
			return a.outletsMappings(ctx, args[1:])
		case "groups":
			return a.outletGroups(ctx, args[1:])
		case "group":
			return a.outletGroup(ctx, args[1:])
		}
	}
	fs := newFlags("outlets", outletsUsage, a.Stderr)
	dbFlag(fs, &a.Config)
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 1 {
		return usagef("name at most one outlet")
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	outlets, err := s.Outlets(ctx)
	if err != nil {
		return err
	}
	mappings, err := s.OutletMappings(ctx)
	if err != nil {
		return err
	}
	stats, _, err := report.OutletStats(ctx, s, nil)
	if err != nil {
		return err
	}
	byDomain := map[string]provenance.OutletStats{}
	for _, st := range stats {
		byDomain[st.Domain] = st
	}
	reports := []outletReport{}
	for _, o := range outlets {
		st, ok := byDomain[o.Domain]
		if !ok {
			st = provenance.OutletStats{Domain: o.Domain, CopiesFrom: []provenance.OutletLink{}, CopiedBy: []provenance.OutletLink{},
				Relations: map[string]int{}, Changes: map[string]int{}}
		}
		st.Articles = o.Articles
		r := outletReport{OutletStats: st, Hosts: []string{}}
		for _, m := range mappings {
			if m.Outlet == o.Domain {
				r.Hosts = append(r.Hosts, m.Host)
			}
		}
		reports = append(reports, r)
	}
	if len(rest) == 1 {
		want := outlet.NewResolver(mappings).ForHost(rest[0])
		for _, r := range reports {
			if r.Domain == want {
				return a.printOutlets(*asJSON, r, []outletReport{r})
			}
		}
		return fmt.Errorf("outlet %s: %w", rest[0], echotrace.ErrNotFound)
	}
	return a.printOutlets(*asJSON, reports, reports)
}

func (a *App) printOutlets(asJSON bool, v any, reports []outletReport) error {
	if asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	if len(reports) == 1 {
		printOutletDetail(a.Stdout, reports[0].OutletStats)
		if len(reports[0].Hosts) > 0 {
			fmt.Fprintf(a.Stdout, "  mapped hosts: %s\n", strings.Join(reports[0].Hosts, " "))
		}
		return nil
	}
	tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "OUTLET\tARTICLES\tORIGINAL\tREUSED\tTAKES MOST FROM\tMEDIAN LAG\tMAPPED HOSTS")
	for _, r := range reports {
		from := "-"
		if len(r.CopiesFrom) > 0 {
			from = fmt.Sprintf("%s (%d)", r.CopiesFrom[0].Outlet, r.CopiesFrom[0].Articles)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\n", r.Domain, r.Articles, r.Original, r.Reused, from, lagText(r.MedianLagHours), strings.Join(r.Hosts, " "))
	}
	return tw.Flush()
}

func (a *App) outletsMap(ctx context.Context, args []string, add bool) error {
	name, usage, want := "outlets map", "outlets map [--db DSN] HOST OUTLET", 2
	if !add {
		name, usage, want = "outlets unmap", "outlets unmap [--db DSN] HOST", 1
	}
	fs := newFlags(name, usage, a.Stderr)
	dbFlag(fs, &a.Config)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != want {
		return usagef("want %d arguments: %s", want, usage)
	}
	host := strings.ToLower(strings.TrimSpace(rest[0]))
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	if add {
		target := strings.ToLower(strings.TrimSpace(rest[1]))
		if err := s.SetOutletMapping(ctx, echotrace.OutletMapping{Host: host, Outlet: target}); err != nil {
			return err
		}
	} else if err := s.DeleteOutletMapping(ctx, host); err != nil {
		return err
	}
	// Apply the mappings as they now stand to the stored articles: first the
	// host itself, then any more specific mapping beneath it, which wins.
	mappings, err := s.OutletMappings(ctx)
	if err != nil {
		return err
	}
	moved, err := s.ReassignOutlet(ctx, host, outlet.NewResolver(mappings).ForHost(host))
	if err != nil {
		return err
	}
	for _, m := range mappings {
		if strings.HasSuffix(m.Host, "."+host) {
			n, err := s.ReassignOutlet(ctx, m.Host, m.Outlet)
			if err != nil {
				return err
			}
			moved += n
		}
	}
	fmt.Fprintf(a.Stderr, "%s %s: %d stored articles moved\n", name, host, moved)
	return nil
}

func (a *App) outletsMappings(ctx context.Context, args []string) error {
	fs := newFlags("outlets mappings", "outlets mappings [--db DSN] [--json]", a.Stderr)
	dbFlag(fs, &a.Config)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	ms, err := s.OutletMappings(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if ms == nil {
			ms = []echotrace.OutletMapping{}
		}
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(ms)
	}
	for _, m := range ms {
		fmt.Fprintf(a.Stdout, "%s → %s\n", m.Host, m.Outlet)
	}
	return nil
}
