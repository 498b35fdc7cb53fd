package export

import (
	"bufio"
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/store"
)

func writeGraph(ctx context.Context, src *source, bw *bufio.Writer, r Request) error {
	enc := newGraphEncoder(r.Format, bw)
	if r.Graph == GraphOutlets {
		return writeOutletGraph(ctx, src, enc, r.Story)
	}
	return writeArticleGraph(ctx, src, enc, r.Story)
}

// reuseKinds are the relations an immediate source can have, counted on
// the outlet graph's edges; "source" is an external outlet's credit.
var reuseKinds = []string{"duplicate", "copy", "excerpt", "rewrite", "source"}

// Outlet graph: nodes are outlets (and the external outlets their
// articles credit), edges say who takes from whom: from the source's
// outlet to the taker's, weighted by the number of articles taken.
var (
	outletNodeAttrs = []attrDef{
		{"domain", "domain", attrString},
		{"articles", "articles", attrInteger},
		{"original", "original", attrInteger},
		{"reused", "reused", attrInteger},
		{"from_external", "from_external", attrInteger},
		{"share_original", "share_original", attrDouble},
		{"median_lag_hours", "median_lag_hours", attrDouble},
		{"fidelity", "fidelity", attrDouble},
		{"external", "external", attrBoolean},
	}
	outletEdgeAttrs = append([]attrDef{
		{"articles", "articles", attrInteger},
		{"median_lag_hours", "median_lag_hours", attrDouble},
		{"external", "external", attrBoolean},
	}, kindAttrs()...)
)

func kindAttrs() []attrDef {
	var out []attrDef
	for _, k := range reuseKinds {
		out = append(out, attrDef{k, k, attrInteger})
	}
	return out
}

// outletPair is one direction of reuse between two outlets.
type outletPair struct {
	from, to string
	external bool
	kinds    map[string]int
	total    int
	lags     []float64
}

func writeOutletGraph(ctx context.Context, src *source, enc graphEncoder, story int64) error {
	// One pass over the edges for the pairs, the per-outlet statistics
	// from report (the same numbers `echotrace outlets` prints) for the
	// nodes; a story's statistics come from its own edges.
	pairs := map[[2]string]*outletPair{}
	var storyEdges []provenance.SourceEdge
	err := src.edges(ctx, func(page []store.OutletEdge, _ map[int64]store.ArticleRef) error {
		for _, e := range page {
			key := [2]string{e.FromOutlet, e.ToOutlet}
			p := pairs[key]
			if p == nil {
				p = &outletPair{from: e.FromOutlet, to: e.ToOutlet, external: e.From == 0, kinds: map[string]int{}}
				pairs[key] = p
			}
			p.total++
			p.kinds[e.Relation]++
			if h := lagHours(e.Lag); h != nil {
				p.lags = append(p.lags, *h)
			}
			if story != 0 {
				storyEdges = append(storyEdges, provenance.SourceEdge{ToOutlet: e.ToOutlet, FromOutlet: e.FromOutlet,
					External: e.From == 0, Relation: e.Relation, Score: e.Score, Lag: e.Lag})
			}
		}
		return ctx.Err()
	})
	if err != nil {
		return err
	}
	var stats []provenance.OutletStats
	if story == 0 {
		if stats, _, err = report.OutletStats(ctx, src.s, nil); err != nil {
			return err
		}
	} else {
		counts := map[string]int{}
		err := src.articleRefs(ctx, func(refs []store.ArticleRef) error {
			for _, r := range refs {
				counts[r.Outlet]++
			}
			return nil
		})
		if err != nil {
			return err
		}
		stats, _ = provenance.Outlets(counts, storyEdges, nil)
	}

	desc := "echotrace outlet graph: who takes from whom (an edge runs from the source's outlet to the taker's; weight = articles taken)"
	if story != 0 {
		desc += fmt.Sprintf(", story %d", story)
	}
	if err := enc.begin(graphHead{description: desc, nodeAttrs: outletNodeAttrs, edgeAttrs: outletEdgeAttrs}); err != nil {
		return err
	}
	ids := map[string]string{}
	nextID := func(domain string) string {
		id := "o" + strconv.Itoa(len(ids)+1)
		ids[domain] = id
		return id
	}
	for _, st := range stats {
		if st.Articles == 0 && st.Reused == 0 && len(st.CopiedBy) == 0 {
			continue // an outlet named in a group before any of its articles came
		}
		err := enc.node(gnode{id: nextID(st.Domain), label: st.Domain, values: []string{
			st.Domain, strconv.Itoa(st.Articles), strconv.Itoa(st.Original), strconv.Itoa(st.Reused), strconv.Itoa(st.FromExternal),
			ftoa(st.ShareOriginal), optFloat(st.MedianLagHours), optFloat(st.Fidelity), "false"}})
		if err != nil {
			return err
		}
	}
	// External outlets are credited but not ingested: nodes of their own,
	// flagged, unless the outlet is in the corpus after all. (An outlet
	// that got its first article while this export ran is added unflagged,
	// so that no edge points nowhere.)
	missing := map[string]bool{}
	for _, p := range pairs {
		if _, ok := ids[p.from]; !ok {
			missing[p.from] = missing[p.from] || p.external
		}
		if _, ok := ids[p.to]; !ok && !missing[p.to] {
			missing[p.to] = false
		}
	}
	for _, d := range slices.Sorted(maps.Keys(missing)) {
		err := enc.node(gnode{id: nextID(d), label: d, values: []string{d, "", "", "", "", "", "", "", btoa(missing[d])}})
		if err != nil {
			return err
		}
	}
	if err := enc.edges(); err != nil {
		return err
	}
	sorted := make([]*outletPair, 0, len(pairs))
	for _, p := range pairs {
		sorted = append(sorted, p)
	}
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].from != sorted[j].from {
			return sorted[i].from < sorted[j].from
		}
		return sorted[i].to < sorted[j].to
	})
	for i, p := range sorted {
		values := []string{strconv.Itoa(p.total), optFloat(median(p.lags)), btoa(p.external)}
		for _, k := range reuseKinds {
			values = append(values, strconv.Itoa(p.kinds[k]))
		}
		err := enc.edge(gedge{id: "e" + strconv.Itoa(i+1), source: ids[p.from], target: ids[p.to], weight: float64(p.total), values: values})
		if err != nil {
			return err
		}
	}
	return enc.end()
}

func median(xs []float64) *float64 {
	if len(xs) == 0 {
		return nil
	}
	slices.Sort(xs)
	m := xs[len(xs)/2]
	if len(xs)%2 == 0 {
		m = (xs[len(xs)/2-1] + m) / 2
	}
	return &m
}

func optFloat(f *float64) string {
	if f == nil {
		return ""
	}
	return ftoa(*f)
}

// Article graph: nodes are articles (and external outlets credited as
// sources), edges are immediate sources (earlier → later) and, flagged
// kind=related and undirected, pairs written independently about the same
// event.
var (
	articleNodeAttrs = []attrDef{
		{"url", "url", attrString},
		{"outlet", "outlet", attrString},
		{"title", "title", attrString},
		{"published", "published", attrString},
		{"published_source", "published_source", attrString},
		{"story", "story", attrInteger},
		{"external", "external", attrBoolean},
	}
	articleEdgeAttrs = []attrDef{
		{"kind", "kind", attrString},
		{"relation", "relation", attrString},
		{"confidence", "confidence", attrDouble},
		{"conflict", "conflict", attrBoolean},
		{"score", "score", attrDouble},
		{"lag_hours", "lag_hours", attrDouble},
	}
)

func articleNode(id int64) string { return "a" + itoa(id) }

func writeArticleGraph(ctx context.Context, src *source, enc graphEncoder, story int64) error {
	desc := "echotrace article graph: immediate sources (earlier → later; weight = confidence) and, undirected with kind related, independent coverage of the same event"
	if story != 0 {
		desc += fmt.Sprintf(", story %d", story)
	}
	if err := enc.begin(graphHead{description: desc, dynamic: true, nodeAttrs: articleNodeAttrs, edgeAttrs: articleEdgeAttrs}); err != nil {
		return err
	}
	// Pass 1: articles. Articles are never deleted and IDs only grow, so
	// an edge whose ends are at most the last ID written here has both
	// ends declared, even when an import adds articles meanwhile.
	var lastID int64
	err := src.articleRefs(ctx, func(refs []store.ArticleRef) error {
		for _, r := range refs {
			lastID = max(lastID, r.ID)
			story := ""
			if r.Story != 0 {
				story = itoa(r.Story)
			}
			pub := ""
			if !r.Published.IsZero() {
				pub = formatTime(r.Published)
			}
			title := r.Title
			if title == "" {
				title = r.URL
			}
			err := enc.node(gnode{id: articleNode(r.ID), label: title, start: r.Published,
				values: []string{r.URL, r.Outlet, r.Title, pub, r.PublishedSource, story, "false"}})
			if err != nil {
				return err
			}
		}
		return ctx.Err()
	})
	if err != nil {
		return err
	}
	// Pass 2: the external outlets credited as sources become nodes.
	externals := map[string]string{}
	err = src.edges(ctx, func(page []store.OutletEdge, _ map[int64]store.ArticleRef) error {
		for _, e := range page {
			if e.From == 0 && externals[e.ExternalOutlet] == "" {
				externals[e.ExternalOutlet] = "x" + strconv.Itoa(len(externals)+1)
				name := e.ExternalOutlet
				if e.ExternalName != "" {
					name = e.ExternalName + " (" + e.ExternalOutlet + ")"
				}
				err := enc.node(gnode{id: externals[e.ExternalOutlet], label: name,
					values: []string{"", e.ExternalOutlet, e.ExternalName, "", "", "", "true"}})
				if err != nil {
					return err
				}
			}
		}
		return ctx.Err()
	})
	if err != nil {
		return err
	}
	if err := enc.edges(); err != nil {
		return err
	}
	// Pass 3: immediate sources, each starting when its copy appeared.
	err = src.edges(ctx, func(page []store.OutletEdge, refs map[int64]store.ArticleRef) error {
		for _, e := range page {
			from := externals[e.ExternalOutlet]
			if e.From != 0 {
				from = articleNode(e.From)
			}
			if e.To > lastID || e.From > lastID || from == "" {
				continue // stored after the nodes were written
			}
			err := enc.edge(gedge{id: "p" + itoa(e.To), source: from, target: articleNode(e.To), label: e.Relation,
				weight: e.Confidence, start: refs[e.To].Published, values: []string{"provenance", e.Relation, ftoa(e.Confidence),
					btoa(e.Conflict), ftoa(e.Score), optFloat(lagHours(e.Lag))}})
			if err != nil {
				return err
			}
		}
		return ctx.Err()
	})
	if err != nil {
		return err
	}
	// Pass 4: independent coverage.
	err = src.relations(ctx, func(page []echotrace.Relation, _ map[int64]store.ArticleRef) error {
		for _, r := range page {
			if r.Relation != "related" || r.B > lastID {
				continue
			}
			err := enc.edge(gedge{id: "r" + itoa(r.A) + "-" + itoa(r.B), source: articleNode(r.A), target: articleNode(r.B),
				label: r.Relation, weight: r.Score, undirected: true, values: []string{"related", r.Relation, "", "", ftoa(r.Score), ""}})
			if err != nil {
				return err
			}
		}
		return ctx.Err()
	})
	if err != nil {
		return err
	}
	return enc.end()
}
