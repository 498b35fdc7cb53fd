package provenance

import (
	"slices"
	"sort"
	"time"
)

// SourceEdge is an article's immediate source as outlet statistics read
// it: the outlets at both ends, the relation, and the kinds of change the
// article made to its source's text.
type SourceEdge struct {
	ToOutlet, FromOutlet string
	External             bool
	Relation             string
	Score                float64
	Lag                  *time.Duration
	ChangeKinds          []string
}

// OutletStats is what an outlet (or a group of outlets) publishes and
// where it gets it from.
type OutletStats struct {
	Domain   string   `json:"domain"`
	Members  []string `json:"members,omitempty"` // for a group: its outlets
	Articles int      `json:"articles"`
	// Original articles have no source in the corpus (they may still
	// credit an outlet we have not ingested: FromExternal counts those).
	Original      int     `json:"original"`
	Reused        int     `json:"reused"`
	FromExternal  int     `json:"from_external"`
	ShareOriginal float64 `json:"share_original"`
	// CopiesFrom: the outlets its articles were taken from; CopiedBy: the
	// outlets that took from it. Most articles first.
	CopiesFrom []OutletLink `json:"copies_from"`
	CopiedBy   []OutletLink `json:"copied_by"`
	// MedianLagHours is how long after its source it publishes, when
	// both dates are known.
	MedianLagHours *float64 `json:"median_lag_hours"`
	// Fidelity is the mean similarity of its duplicates and copies to
	// their sources (1 = verbatim).
	Fidelity *float64 `json:"fidelity"`
	// Relations counts its reused articles by relation; Changes counts
	// them by the kinds of change they made ("alias": 14 of 15 reused).
	Relations map[string]int `json:"relations"`
	Changes   map[string]int `json:"changes"`
}

// OutletLink is one direction of reuse between two outlets.
type OutletLink struct {
	Outlet   string         `json:"outlet"`
	Articles int            `json:"articles"`
	Changes  map[string]int `json:"changes,omitempty"`
}

// Outlets aggregates source edges into per-outlet statistics. counts is
// each outlet's number of articles; groups (name → member domains) are
// aggregated as outlets of their own, their internal reuse included.
func Outlets(counts map[string]int, edges []SourceEdge, groups map[string][]string) (outlets, grouped []OutletStats) {
	byOutlet := map[string]*acc{}
	get := func(m map[string]*acc, k string) *acc {
		if m[k] == nil {
			m[k] = newAcc(k)
		}
		return m[k]
	}
	for o, n := range counts {
		get(byOutlet, o).articles += n
	}
	groupOf := map[string][]string{}
	byGroup := map[string]*acc{}
	for name, members := range groups {
		g := get(byGroup, name)
		g.members = slices.Sorted(slices.Values(members))
		for _, m := range members {
			groupOf[m] = append(groupOf[m], name)
			g.articles += counts[m]
		}
	}
	for _, e := range edges {
		get(byOutlet, e.ToOutlet).reuse(e)
		if !e.External {
			get(byOutlet, e.FromOutlet).copiedBy(e)
		}
		for _, name := range groupOf[e.ToOutlet] {
			get(byGroup, name).reuse(e)
		}
		if !e.External {
			for _, name := range groupOf[e.FromOutlet] {
				get(byGroup, name).copiedBy(e)
			}
		}
	}
	return finish(byOutlet), finish(byGroup)
}

type acc struct {
	domain    string
	members   []string
	articles  int
	reused    int
	external  int
	from, by  map[string]*OutletLink
	lags      []float64
	fidelity  []float64
	relations map[string]int
	changes   map[string]int
}

func newAcc(d string) *acc {
	return &acc{domain: d, from: map[string]*OutletLink{}, by: map[string]*OutletLink{}, relations: map[string]int{}, changes: map[string]int{}}
}

func (a *acc) reuse(e SourceEdge) {
	if e.External {
		a.external++
		return
	}
	a.reused++
	a.relations[e.Relation]++
	l := link(a.from, e.FromOutlet)
	l.Articles++
	for _, k := range distinct(e.ChangeKinds) {
		a.changes[k]++
		l.Changes[k]++
	}
	if e.Lag != nil {
		a.lags = append(a.lags, e.Lag.Hours())
	}
	if e.Relation == "duplicate" || e.Relation == "copy" {
		a.fidelity = append(a.fidelity, e.Score)
	}
}

func (a *acc) copiedBy(e SourceEdge) {
	l := link(a.by, e.ToOutlet)
	l.Articles++
	for _, k := range distinct(e.ChangeKinds) {
		l.Changes[k]++
	}
}

func link(m map[string]*OutletLink, o string) *OutletLink {
	if m[o] == nil {
		m[o] = &OutletLink{Outlet: o, Changes: map[string]int{}}
	}
	return m[o]
}

func distinct(ks []string) []string {
	out := slices.Clone(ks)
	slices.Sort(out)
	return slices.Compact(out)
}

func finish(m map[string]*acc) []OutletStats {
	out := make([]OutletStats, 0, len(m))
	for _, a := range m {
		s := OutletStats{Domain: a.domain, Members: a.members, Articles: a.articles, Reused: a.reused, FromExternal: a.external,
			CopiesFrom: links(a.from), CopiedBy: links(a.by), Relations: a.relations, Changes: a.changes}
		s.Original = max(0, a.articles-a.reused)
		if a.articles > 0 {
			s.ShareOriginal = round2(float64(s.Original) / float64(a.articles))
		}
		if len(a.lags) > 0 {
			slices.Sort(a.lags)
			m := a.lags[len(a.lags)/2]
			if len(a.lags)%2 == 0 {
				m = (a.lags[len(a.lags)/2-1] + m) / 2
			}
			m = round2(m)
			s.MedianLagHours = &m
		}
		if len(a.fidelity) > 0 {
			var sum float64
			for _, f := range a.fidelity {
				sum += f
			}
			f := round2(sum / float64(len(a.fidelity)))
			s.Fidelity = &f
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Domain < out[j].Domain
	})
	return out
}

func links(m map[string]*OutletLink) []OutletLink {
	out := make([]OutletLink, 0, len(m))
	for _, l := range m {
		out = append(out, *l)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Outlet < out[j].Outlet
	})
	return out
}
