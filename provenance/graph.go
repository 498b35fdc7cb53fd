package provenance

import (
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/echotrace/echotrace/attribution"
	"github.com/echotrace/echotrace/outlet"
)

// Graph is the provenance of a set of articles: every pair's direction,
// each article's most likely immediate source, and the stories.
type Graph struct {
	Articles map[int64]*Article
	// Edges are the directed reuse edges (related pairs excluded).
	Edges []Edge
	// Related are the pairs written independently about one event.
	Related []Pair
	// Parent is each article's chosen immediate source edge; articles
	// without one are roots (originals, or copies of something we lack).
	Parent map[int64]*Edge
	// External caches ExternalSource's answers; read it through that.
	External map[int64]*ExternalSource
	// Story maps each article to its story's ID: the lowest article ID in
	// the story, so an ID stays put as later articles join.
	Story map[int64]int64

	// wordings caches each article's word bigrams (see innovations.go).
	wordings map[int64]*wording
}

// ExternalSource is a credited outlet absent from the corpus.
type ExternalSource struct {
	Outlet   string     `json:"outlet"`
	Name     string     `json:"name"`
	URL      string     `json:"url"`
	Evidence []Evidence `json:"evidence"`
}

// reuseRank orders relations by how much text they carry over: the
// immediate source of a copy is the text it reproduces most closely.
var reuseRank = map[string]float64{"duplicate": 4, "copy": 3, "rewrite": 2, "excerpt": 1}

// Build infers the graph. Every article a pair names must be in articles.
func Build(articles map[int64]*Article, pairs []Pair) *Graph {
	g := &Graph{Articles: articles, Parent: map[int64]*Edge{}, External: map[int64]*ExternalSource{}, Story: map[int64]int64{}}
	incoming := map[int64][]int{}
	for _, p := range pairs {
		a, b := articles[p.A], articles[p.B]
		if a == nil || b == nil {
			continue
		}
		if p.Relation == "related" {
			g.Related = append(g.Related, p)
			continue
		}
		if _, ok := reuseRank[p.Relation]; !ok {
			continue
		}
		g.Edges = append(g.Edges, Direct(a, b, p))
	}
	sortEdges(g.Edges)
	for i, e := range g.Edges {
		incoming[e.To] = append(incoming[e.To], i)
	}
	for child, idx := range incoming {
		g.Parent[child] = g.bestSource(child, idx)
	}
	g.breakCycles()
	g.stories(pairs)
	return g
}

// ExternalSource is, for an article without a source in the corpus, the
// outlet outside the corpus it credits (nil when none), found on first
// asking: reading credits costs more than the rest of the graph.
func (g *Graph) ExternalSource(id int64) *ExternalSource {
	if ext, ok := g.External[id]; ok {
		return ext
	}
	var ext *ExternalSource
	if a := g.Articles[id]; a != nil && g.Parent[id] == nil {
		ext = externalSource(a, g.Articles)
	}
	g.External[id] = ext
	return ext
}

// bestSource picks a child's immediate source among the earlier articles
// it reuses. First by how much text it carries over (a duplicate of X is
// closer than a copy of Y); then by whether the child names it (links to
// it or credits its outlet); then by how few changes separate the two
// texts (along original → X → child, the child shares X's changes, so it
// differs from X by fewer than from the original); then by similarity;
// then the earliest, which the other equally close texts most likely
// copied too. Last, a candidate at least as close as the one so chosen
// takes its place when the child carries its innovations (the wording
// in which the two differ: see innovations.go).
//
// A credit counts only if it is the child's own: a verbatim copy of a
// relay inherits the relay's credit to the original, and that credit says
// nothing about whom the copy took from. So a credit to Y is set aside
// when the child duplicates or copies a closer text Z that names Y too.
func (g *Graph) bestSource(child int64, idx []int) *Edge {
	type cand struct {
		e     *Edge
		rank  float64
		named bool
	}
	cs := make([]cand, 0, len(idx))
	for _, i := range idx {
		e := &g.Edges[i]
		c := cand{e: e, rank: reuseRank[e.Relation]}
		for _, ev := range e.Evidence {
			if ev.Favours == "from" && (ev.Kind == "link" || ev.Kind == "credit") {
				c.named = true
			}
		}
		cs = append(cs, c)
	}
	closer := func(x, y cand) bool {
		if x.rank != y.rank {
			return x.rank > y.rank
		}
		if x.e.Changes != y.e.Changes {
			return x.e.Changes < y.e.Changes
		}
		return x.e.Score > y.e.Score+closeTie
	}
	for i := range cs {
		if !cs[i].named {
			continue
		}
		src := g.Articles[cs[i].e.From]
		for _, z := range cs {
			if z.e.From == src.ID || z.rank < reuseRank["copy"] || !closer(z, cs[i]) {
				continue
			}
			if via := g.Articles[z.e.From]; via != nil && (linksTo(via, src) || credits(via, src) != "") {
				cs[i].named = false
				break
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		x, y := cs[i], cs[j]
		if x.rank != y.rank {
			return x.rank > y.rank
		}
		if x.named != y.named {
			return x.named
		}
		if x.e.Changes != y.e.Changes && x.rank >= reuseRank["copy"] {
			return x.e.Changes < y.e.Changes
		}
		if d := x.e.Score - y.e.Score; d > closeTie || d < -closeTie {
			return d > 0
		}
		ti, tj := g.when(x.e.From), g.when(y.e.From)
		if !ti.Equal(tj) {
			if ti.IsZero() != tj.IsZero() {
				return !ti.IsZero()
			}
			return ti.Before(tj)
		}
		return x.e.From < y.e.From
	})
	// Among the candidates at least as close as the chosen one (same
	// relation, equally named, a score not clearly lower), the text
	// decides: a challenger whose innovations the child clearly carries
	// takes its place (see innovations.go). A challenger may score higher
	// than the chosen one when fewer changes put it first. Walking in the
	// order above (the earliest first among equals), a chain original →
	// X → X2 → child moves down one step at a time.
	best := cs[0]
	for _, z := range cs[1:] {
		if z.rank != best.rank || z.named != best.named {
			continue
		}
		if z.e.Score < best.e.Score-closeTie {
			continue
		}
		if g.sharesInnovationsOf(child, z.e.From, best.e.From, z.e.Relation) {
			best = z
		}
	}
	return best.e
}

// closeTie: candidates whose closeness differs by less are equally close
// (identical republications score within a few hundredths of each other).
const closeTie = 0.05

// when is an article's best known time: its publication, else first seen.
func (g *Graph) when(id int64) time.Time {
	a := g.Articles[id]
	if a == nil {
		return time.Time{}
	}
	if !a.Published.IsZero() {
		return a.Published
	}
	return a.FirstSeen
}

// breakCycles makes the parent relation a forest: contradictory evidence
// can point A at B, B at C and C at A; the least confident link goes.
func (g *Graph) breakCycles() {
	ids := make([]int64, 0, len(g.Parent))
	for id := range g.Parent {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, start := range ids {
		seen := map[int64]bool{}
		var path []int64
		for cur := start; g.Parent[cur] != nil; cur = g.Parent[cur].From {
			if seen[cur] {
				// cur is on the cycle: drop its weakest link.
				weakest := cur
				for n := g.Parent[cur].From; n != cur; n = g.Parent[n].From {
					if g.Parent[n].Confidence < g.Parent[weakest].Confidence {
						weakest = n
					}
				}
				delete(g.Parent, weakest)
				break
			}
			seen[cur] = true
			path = append(path, cur)
		}
	}
}

// stories groups articles linked by reuse or related into stories.
func (g *Graph) stories(pairs []Pair) {
	parent := map[int64]int64{}
	var find func(int64) int64
	find = func(x int64) int64 {
		p, ok := parent[x]
		if !ok || p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	union := func(a, b int64) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		// The lower ID names the merged story: the older story's ID lives on.
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	for _, p := range pairs {
		if g.Articles[p.A] == nil || g.Articles[p.B] == nil || p.Relation == "unrelated" {
			continue
		}
		union(p.A, p.B)
	}
	for id := range g.Articles {
		g.Story[id] = find(id)
	}
}

// Chain lists the sources from the root down to id's parent.
func (g *Graph) Chain(id int64) []*Edge {
	var out []*Edge
	seen := map[int64]bool{}
	for e := g.Parent[id]; e != nil && !seen[e.From]; e = g.Parent[e.From] {
		seen[e.From] = true
		out = append(out, e)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// Children lists the articles whose immediate source is id.
func (g *Graph) Children(id int64) []*Edge {
	var out []*Edge
	for _, e := range g.Parent {
		if e.From == id {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		ti, tj := g.when(out[i].To), g.when(out[j].To)
		if !ti.Equal(tj) {
			return ti.Before(tj)
		}
		return out[i].To < out[j].To
	})
	return out
}

// Root is the root of id's propagation tree.
func (g *Graph) Root(id int64) int64 {
	seen := map[int64]bool{}
	for g.Parent[id] != nil && !seen[id] {
		seen[id] = true
		id = g.Parent[id].From
	}
	return id
}

// creditCues are words that, just before or after an outlet's name, make
// the name a credit ("first obtained by X", "X reported").
var creditCues = []string{"by ", "according to ", "cited ", "reported", "told ", "source:", "via ", "obtained", "published", "said", "reports", "courtesy of "}

// externalSource finds, for an article with no source in the corpus, a
// credited outlet we have not ingested: a link to another site whose
// name appears in the text next to a credit cue, or else a named news
// outlet the text credits ("Bild reported", "cited by RT") that is none of
// the corpus's outlets. Without a link its domain is unknown: the outlet
// is named as the text names it.
func externalSource(a *Article, all map[int64]*Article) *ExternalSource {
	if ext := linkedExternal(a, all); ext != nil {
		return ext
	}
	return creditedExternal(a, all)
}

// creditedExternal is a news outlet named in a credit and absent from the
// corpus (compared with every corpus outlet's names and domains).
func creditedExternal(a *Article, all map[int64]*Article) *ExternalSource {
	known := map[string]bool{}
	for _, x := range all {
		for _, n := range outletNames(x) {
			known[strings.ToLower(n)] = true
		}
	}
	for _, n := range outletNames(a) {
		known[strings.ToLower(n)] = true
	}
	for _, at := range attribution.Extract(a.Text) {
		name, via := at.Source, false
		if at.Via != "" {
			name, via = at.Via, true
		}
		if !via && at.Kind != attribution.Outlet {
			continue
		}
		name = properName(name)
		if name == "" || knownName(name, known) {
			continue
		}
		phrase := strings.TrimSpace(at.SentenceText)
		return &ExternalSource{Outlet: name, Name: name, Evidence: []Evidence{
			{Kind: "credit", Favours: "from", Detail: a.Outlet + " credits " + name + " (\"" + clipText(phrase, 120) + "\")", Source: a.URL, Weight: weightCredit},
		}}
	}
	return nil
}

// properName keeps the capitalised words that end a source phrase: "the
// tabloid Morning Klaxon" is "Morning Klaxon"; "local media" is nothing.
func properName(phrase string) string {
	words := strings.Fields(phrase)
	i := len(words)
	for i > 0 {
		r := []rune(words[i-1])
		if len(r) == 0 || !(unicode.IsUpper(r[0]) || unicode.IsDigit(r[0])) {
			break
		}
		i--
	}
	return strings.Join(words[i:], " ")
}

// knownName: the name is, or is a word of, or contains, a corpus outlet's
// name ("the Courier" for the Capital Courier).
func knownName(name string, known map[string]bool) bool {
	n := strings.ToLower(name)
	if known[n] {
		return true
	}
	for k := range known {
		if containsPhrase(k, n) || containsPhrase(n, k) {
			return true
		}
	}
	return false
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// linkedExternal is a linked site absent from the corpus whose name the
// text gives next to a credit cue.
func linkedExternal(a *Article, all map[int64]*Article) *ExternalSource {
	known := map[string]bool{}
	for _, x := range all {
		known[x.Outlet] = true
	}
	for _, l := range a.LinkTexts {
		host := hostOf(l.URL)
		if host == "" || known[host] || strings.HasSuffix(host, "."+a.Outlet) || host == a.Outlet {
			continue
		}
		outlet := registrable(host, all)
		if known[outlet] {
			continue
		}
		for _, name := range []string{strings.TrimSpace(l.Text), outlet} {
			if len(name) < 4 {
				continue
			}
			cue := creditNear(a.Text, name)
			// The link's own words may be the credit: "first obtained by
			// Kestrel Weekly".
			if cue == "" && name == strings.TrimSpace(l.Text) {
				lower := strings.ToLower(name)
				for _, c := range creditCues {
					if k := strings.Index(lower, c); k >= 0 {
						cue = name
						if rest := strings.TrimSpace(name[k+len(c):]); len(rest) >= 4 {
							name = rest
						}
						break
					}
				}
			}
			if cue != "" {
				return &ExternalSource{Outlet: outlet, Name: name, URL: l.URL, Evidence: []Evidence{
					{Kind: "credit", Favours: "from", Detail: a.Outlet + " credits " + name + " (\"" + cue + "\")", Source: a.URL, Weight: weightCredit},
					{Kind: "link", Favours: "from", Detail: a.Outlet + " links to " + l.URL, Source: a.URL, Weight: weightLink},
				}}
			}
		}
	}
	return nil
}

// creditNear returns the phrase around name when a credit cue is next to
// it, or "".
func creditNear(text, name string) string {
	lt, ln := strings.ToLower(text), strings.ToLower(name)
	for i := 0; ; {
		j := strings.Index(lt[i:], ln)
		if j < 0 {
			return ""
		}
		s, e := i+j, i+j+len(ln)
		before := lt[max(0, s-30):s]
		after := lt[e:min(len(lt), e+20)]
		for _, c := range creditCues {
			if strings.Contains(before, c) || strings.HasPrefix(strings.TrimSpace(after), strings.TrimSpace(c)) {
				return strings.TrimSpace(text[max(0, s-30):min(len(text), e+20)])
			}
		}
		i = s + 1
	}
}

func hostOf(s string) string {
	n := normURL(s)
	host, _, _ := strings.Cut(n, "/")
	host, _, _ = strings.Cut(host, "?")
	return host
}

// registrable is a host's outlet domain (eTLD+1, as outlets are named).
func registrable(host string, _ map[int64]*Article) string {
	return outletOf.ForHost(host)
}

var outletOf = outlet.NewResolver(nil)
