// Package report builds what a reader sees from the store: an article's
// trace (its chain of sources, copies, changes and credits), a pasted
// passage's trace, and outlet statistics. The command line, the JSON API and
// the web pages all print these same values, so that every surface tells
// the same story. It reads the store and never writes to it.
package report

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/attribution"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/relate"
	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/store"
)

// Article is an article as a trace prints it.
type Article struct {
	ID              int64     `json:"id"`
	URL             string    `json:"url"`
	Outlet          string    `json:"outlet"`
	Title           string    `json:"title"`
	Published       *string   `json:"published"`
	PublishedSource string    `json:"published_source"`
	FirstSeen       time.Time `json:"first_seen"`
	Story           int64     `json:"story"`
}

// Node is a source or a copy in a trace: an article with the edge
// that links it, or an external source (an outlet credited but not
// ingested).
type Node struct {
	ID              *int64                `json:"id"`
	URL             *string               `json:"url"`
	Outlet          string                `json:"outlet"`
	Title           string                `json:"title,omitempty"`
	Published       *string               `json:"published"`
	PublishedSource string                `json:"published_source"`
	Relation        string                `json:"relation"`
	Confidence      float64               `json:"confidence"`
	Conflict        bool                  `json:"conflict"`
	Evidence        []provenance.Evidence `json:"evidence"`
	External        bool                  `json:"external"`
	Name            string                `json:"name,omitempty"`
}

type Trace struct {
	Article      Article                   `json:"article"`
	Parent       *Node                     `json:"parent"`
	Chain        []Node                    `json:"chain"`
	Children     []Node                    `json:"children"`
	Changes      []Change                  `json:"changes"`
	Attributions []attribution.Attribution `json:"attributions"`
	// Versions lists how the article's text changed from one capture to
	// the next, when it was captured with different texts.
	Versions []VersionChange `json:"versions"`
	Related  []Node          `json:"related"`
	Story    StoryInfo       `json:"story"`
}

// VersionChange is what changed between two versions of one URL.
type VersionChange struct {
	From    int       `json:"from"`
	To      int       `json:"to"`
	SeenAt  time.Time `json:"seen_at"`
	Changes []Change  `json:"changes"`
}

type StoryInfo struct {
	ID       int64 `json:"id"`
	Articles int   `json:"articles"`
	Root     int64 `json:"root"`
}

// For builds the trace of one stored article from the provenance the
// pipeline stored (see storedGraph): its chain, copies, relations, and how
// its own text changed between versions.
func For(ctx context.Context, s store.Store, art *echotrace.Article, aliases *alias.Table) (*Trace, error) {
	g, rels, err := storedGraph(ctx, s, art)
	if err != nil {
		return nil, err
	}
	rep, err := Build(g, rels, art.ID)
	if err != nil {
		return nil, err
	}
	// The graph read holds the article's neighbours, not its whole story.
	if rep.Story.ID != 0 {
		members, err := s.StoryArticles(ctx, rep.Story.ID)
		if err != nil {
			return nil, err
		}
		rep.Story.Articles = len(members)
	}
	if rep.Versions, err = VersionChanges(ctx, s, art, aliases); err != nil {
		return nil, err
	}
	return rep, nil
}

// Build places article id in a provenance graph read around it.
func Build(g *provenance.Graph, rels map[[2]int64]echotrace.Relation, id int64) (*Trace, error) {
	a := g.Articles[id]
	rep := &Trace{Article: articleView(a, g.Story[id]), Chain: []Node{}, Children: []Node{},
		Changes: []Change{}, Attributions: attribution.Extract(a.Text), Related: []Node{}, Versions: []VersionChange{}}
	if rep.Attributions == nil {
		rep.Attributions = []attribution.Attribution{}
	}
	if e := g.Parent[id]; e != nil {
		n := edgeNode(g, e, e.From)
		rep.Parent = &n
		r := rels[[2]int64{min(e.From, e.To), max(e.From, e.To)}]
		cs, err := OrientedChanges(r, e.From)
		if err != nil {
			return nil, err
		}
		rep.Changes = cs
	} else if ext := g.ExternalSource(id); ext != nil {
		n := externalNode(ext)
		rep.Parent = &n
	}
	chain := g.Chain(id)
	if len(chain) > 0 {
		if ext := g.ExternalSource(chain[0].From); ext != nil {
			rep.Chain = append(rep.Chain, externalNode(ext))
		}
	} else if rep.Parent != nil && rep.Parent.External {
		rep.Chain = append(rep.Chain, *rep.Parent)
	}
	for _, e := range chain {
		rep.Chain = append(rep.Chain, edgeNode(g, e, e.From))
	}
	for _, e := range g.Children(id) {
		rep.Children = append(rep.Children, edgeNode(g, e, e.To))
	}
	for _, p := range g.Related {
		if p.A == id || p.B == id {
			other := p.A + p.B - id
			rep.Related = append(rep.Related, edgeNode(g, &provenance.Edge{From: other, To: id, Relation: p.Relation, Score: p.Score}, other))
		}
	}
	size := 0
	for _, s := range g.Story {
		if s == g.Story[id] {
			size++
		}
	}
	rep.Story = StoryInfo{ID: g.Story[id], Articles: size, Root: g.Root(id)}
	return rep, nil
}

func articleView(a *provenance.Article, story int64) Article {
	return Article{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: a.Title, Published: timePtr(a.Published),
		PublishedSource: a.PublishedSource, FirstSeen: a.FirstSeen.UTC(), Story: story}
}

func timePtr(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.UTC().Format(time.RFC3339)
	return &s
}

// edgeNode describes article `node` (one end of e) with e's evidence.
func edgeNode(g *provenance.Graph, e *provenance.Edge, node int64) Node {
	a := g.Articles[node]
	id, u := a.ID, a.URL
	ev := e.Evidence
	if ev == nil {
		ev = []provenance.Evidence{}
	}
	return Node{ID: &id, URL: &u, Outlet: a.Outlet, Title: a.Title, Published: timePtr(a.Published), PublishedSource: a.PublishedSource,
		Relation: e.Relation, Confidence: e.Confidence, Conflict: e.Conflict, Evidence: ev}
}

func externalNode(ext *provenance.ExternalSource) Node {
	var u *string
	if ext.URL != "" {
		x := ext.URL
		u = &x
	}
	return Node{URL: u, Outlet: ext.Outlet, Name: ext.Name, Relation: "source", External: true, Evidence: ext.Evidence,
		Confidence: 0.5}
}

// reuseVerb says what a relation means the later article did.
var reuseVerb = map[string]string{
	"duplicate": "republished", "copy": "copied", "excerpt": "quoted a passage from", "rewrite": "rewrote",
}

// Summary tells the chain in sentences, latest step first, the way a
// reporter would: who took from whom, how, how much later, how sure.
func Summary(r *Trace) string {
	var b strings.Builder
	steps := append(append([]Node{}, r.Chain...), Node{})
	who := r.Article.Outlet
	whoPub := r.Article.Published
	whoSrc := r.Article.PublishedSource
	if len(r.Chain) == 0 {
		b.WriteString("No earlier source of this article is in the corpus: it looks like an original.")
	}
	for i := len(steps) - 2; i >= 0; i-- {
		n := steps[i]
		if n.External {
			fmt.Fprintf(&b, " %s credits %s (%s), which is not in the corpus: the story may have started there.", who, orName(n), n.Outlet)
			break
		}
		verb := reuseVerb[n.Relation]
		if verb == "" {
			verb = "took from"
		}
		hedge := ""
		switch {
		case n.Conflict:
			hedge = "probably "
		case n.Confidence < 0.7:
			hedge = "apparently "
		}
		fmt.Fprintf(&b, " %s %s%s %s's article", who, hedge, verb, n.Outlet)
		if lag := lagBetween(n.Published, n.PublishedSource, whoPub, whoSrc); lag != "" {
			fmt.Fprintf(&b, " %s later", lag)
		}
		b.WriteString(".")
		if n.Conflict {
			b.WriteString(" (Some evidence points the other way; see below.)")
		}
		who, whoPub, whoSrc = n.Outlet, n.Published, n.PublishedSource
		if i == 0 {
			fmt.Fprintf(&b, " The earliest version in the corpus is %s's", who)
			if n.Published != nil {
				fmt.Fprintf(&b, ", published %s", When(n.Published, n.PublishedSource))
			}
			b.WriteString(".")
		}
	}
	if len(r.Changes) > 0 {
		kinds := map[string]int{}
		for _, c := range r.Changes {
			kinds[c.Kind]++
		}
		var parts []string
		for _, k := range []string{"attribution", "insert", "delete", "alias", "number", "quote", "edit"} {
			if n := kinds[k]; n > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", n, changeWords[k]))
			}
		}
		fmt.Fprintf(&b, " From its source it changed: %s.", strings.Join(parts, ", "))
	}
	return strings.TrimSpace(b.String())
}

var changeWords = map[string]string{
	"attribution": "credit(s) added, dropped or recast", "insert": "sentence(s) added", "delete": "sentence(s) cut",
	"alias": "name(s) respelled", "number": "number(s) changed", "quote": "quotation(s) altered", "edit": "other edit(s)",
}

func orName(n Node) string {
	if n.Name != "" {
		return n.Name
	}
	return n.Outlet
}

// lagBetween is how much later b was published than a, in words, when
// both have a time of day.
func lagBetween(a *string, aSrc string, b *string, bSrc string) string {
	if a == nil || b == nil || aSrc == "url" || bSrc == "url" {
		return ""
	}
	ta, _ := time.Parse(time.RFC3339, *a)
	tb, _ := time.Parse(time.RFC3339, *b)
	d := tb.Sub(ta)
	switch {
	case d < time.Minute:
		return ""
	case d >= 48*time.Hour:
		return fmt.Sprintf("%.0f days", d.Hours()/24)
	case d >= time.Hour:
		return fmt.Sprintf("%.1f hours", d.Hours())
	default:
		return fmt.Sprintf("%.0f minutes", d.Minutes())
	}
}

// VersionChanges compares each version of an article with the one before:
// a page edited after publication (a softened claim, a dropped credit) is
// a change too, and never an overwrite.
func VersionChanges(ctx context.Context, s store.Store, art *echotrace.Article, aliases *alias.Table) ([]VersionChange, error) {
	out := []VersionChange{}
	if art.Versions < 2 {
		return out, nil
	}
	vs, err := s.Versions(ctx, art.ID)
	if err != nil {
		return nil, err
	}
	cmp := reuse.NewComparer(aliases)
	for i := 1; i < len(vs); i++ {
		prev, cur := reuse.Prepare(1, vs[i-1].Text, aliases), reuse.Prepare(2, vs[i].Text, aliases)
		res := cmp.Compare(prev, cur)
		vc := VersionChange{From: vs[i-1].Number, To: vs[i].Number, SeenAt: vs[i].SeenAt.UTC(), Changes: []Change{}}
		for _, c := range res.Changes {
			vc.Changes = append(vc.Changes, Change{Kind: c.Kind, A: c.A, B: c.B, AText: c.AText, BText: c.BText})
		}
		out = append(out, vc)
	}
	return out, nil
}

func When(p *string, src string) string {
	if p == nil {
		return "undated"
	}
	t, _ := time.Parse(time.RFC3339, *p)
	if src == "url" {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04 UTC")
}

func Untitled(t string) string {
	if t == "" {
		return "(untitled)"
	}
	return t
}

// PassageArticle is the pasted passage in the place of a trace's article.
type PassageArticle struct {
	ID     *int64  `json:"id"`
	URL    *string `json:"url"`
	Outlet string  `json:"outlet"`
	Title  string  `json:"title"`
	Text   string  `json:"text"`
	Words  int     `json:"words"`
}

type Passage struct {
	Article      PassageArticle            `json:"article"`
	Parent       *Node                     `json:"parent"`
	Chain        []Node                    `json:"chain"`
	Children     []Node                    `json:"children"`
	Changes      []Change                  `json:"changes"`
	Attributions []attribution.Attribution `json:"attributions"`
}

// TracePassage finds the stored articles that ran a passage, earliest
// first: the first of them is the passage's likely origin in the corpus.
//
// finder searches the reuse index; a server passes the relater it keeps
// up to date, so that a paste does not load the index again.
func TracePassage(ctx context.Context, s store.Store, finder PassageFinder, text string) (*Passage, error) {
	text = strings.TrimSpace(text)
	if len(text) > MaxPassageBytes {
		return nil, echotrace.Invalidf("the passage is over %d bytes: trace a paragraph, or import the whole page and trace it", MaxPassageBytes)
	}
	if text == "" {
		return nil, echotrace.Invalidf("the passage is empty")
	}
	matches, err := finder.FindText(ctx, text)
	if err != nil {
		return nil, err
	}
	rep := &Passage{Article: PassageArticle{Title: "(passage)", Text: text, Words: len(strings.Fields(text))},
		Chain: []Node{}, Children: []Node{}, Changes: []Change{}, Attributions: attribution.Extract(text)}
	if rep.Attributions == nil {
		rep.Attributions = []attribution.Attribution{}
	}
	type found struct {
		node Node
		at   time.Time
	}
	var fs []found
	for _, m := range matches {
		art, err := s.Article(ctx, m.ArticleID)
		if err != nil {
			return nil, err
		}
		pa := provenance.FromArticle(art)
		id, u := art.ID, art.URL
		n := Node{ID: &id, URL: &u, Outlet: art.Outlet, Title: pa.Title, Published: timePtr(pa.Published),
			PublishedSource: pa.PublishedSource, Relation: "contains", Confidence: m.Coverage, Evidence: []provenance.Evidence{}}
		at := pa.Published
		switch {
		case at.IsZero():
			at = pa.FirstSeen
		case pa.PublishedSource == "url":
			// A date from the URL says only the day: it may be late in it.
			at = at.Add(24*time.Hour - time.Second)
		}
		fs = append(fs, found{n, at})
	}
	sort.SliceStable(fs, func(i, j int) bool {
		if (fs[i].node.Published == nil) != (fs[j].node.Published == nil) {
			return fs[i].node.Published != nil
		}
		return fs[i].at.Before(fs[j].at)
	})
	for _, f := range fs {
		rep.Chain = append(rep.Chain, f.node)
	}
	if len(rep.Chain) > 0 {
		first := rep.Chain[0]
		rep.Parent = &first
	}
	return rep, nil
}

// PassageFinder finds the stored articles that carry a passage: a
// relate.Relater.
type PassageFinder interface {
	FindText(ctx context.Context, text string) ([]relate.Match, error)
}

// MaxPassageBytes bounds a pasted passage: tracing text is for a
// paragraph or a few, not a corpus.
const MaxPassageBytes = 1 << 20

// maxStoryLoad bounds how many articles StoryGraph reads around its
// article: a story larger than this is inferred within its nearest part.
const maxStoryLoad = 5000

// StoryGraph reads the articles connected to id by stored relations
// (breadth first) and infers their provenance afresh. Traces do not use it
// (For reads the stored provenance, a few rows per step); it is the
// whole-story inference that tests hold the stored provenance against.
func StoryGraph(ctx context.Context, s store.Store, id int64) (*provenance.Graph, map[[2]int64]echotrace.Relation, error) {
	articles := map[int64]*provenance.Article{}
	rels := map[[2]int64]echotrace.Relation{}
	queue := []int64{id}
	for len(queue) > 0 && len(articles) < maxStoryLoad {
		cur := queue[0]
		queue = queue[1:]
		if articles[cur] != nil {
			continue
		}
		a, err := s.Article(ctx, cur)
		if err != nil {
			return nil, nil, err
		}
		articles[cur] = provenance.FromArticle(a)
		rs, err := s.Relations(ctx, cur)
		if err != nil {
			return nil, nil, err
		}
		for _, r := range rs {
			rels[[2]int64{r.A, r.B}] = r
			other := r.A + r.B - cur
			if articles[other] == nil {
				queue = append(queue, other)
			}
		}
	}
	var pairs []provenance.Pair
	for _, r := range rels {
		pairs = append(pairs, provenance.PairOf(r))
	}
	// In a fixed order, so that the same story always gives the same
	// trace (the related list, ties between equally good sources).
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].A != pairs[j].A {
			return pairs[i].A < pairs[j].A
		}
		return pairs[i].B < pairs[j].B
	})
	return provenance.Build(articles, pairs), rels, nil
}

// Change is a change oriented from the source to the article.
type Change struct {
	Kind  string `json:"kind"`
	A     [2]int `json:"a"`
	B     [2]int `json:"b"`
	AText string `json:"a_text"`
	BText string `json:"b_text"`
}

// OrientedChanges returns the stored changes of a relation as edits from
// `from` to `to`: stored changes read from the lower ID to the higher.
func OrientedChanges(r echotrace.Relation, from int64) ([]Change, error) {
	var cs []Change
	if len(r.Changes) > 0 {
		if err := json.Unmarshal(r.Changes, &cs); err != nil {
			return nil, fmt.Errorf("changes of %d–%d: %w", r.A, r.B, err)
		}
	}
	if from == r.A {
		return cs, nil
	}
	for i := range cs {
		c := &cs[i]
		c.A, c.B, c.AText, c.BText = c.B, c.A, c.BText, c.AText
		switch c.Kind {
		case "insert":
			c.Kind = "delete"
		case "delete":
			c.Kind = "insert"
		}
	}
	return cs, nil
}

// OutletStats aggregates every stored immediate-source edge by outlet and
// by the given groups.
func OutletStats(ctx context.Context, s store.Store, groups map[string][]string) ([]provenance.OutletStats, []provenance.OutletStats, error) {
	outlets, err := s.Outlets(ctx)
	if err != nil {
		return nil, nil, err
	}
	counts := map[string]int{}
	for _, o := range outlets {
		counts[o.Domain] = o.Articles
	}
	var edges []provenance.SourceEdge
	var after int64
	for {
		page, err := s.ParentEdges(ctx, after, 2000)
		if err != nil {
			return nil, nil, err
		}
		if len(page) == 0 {
			break
		}
		for _, e := range page {
			after = e.To
			se := provenance.SourceEdge{ToOutlet: e.ToOutlet, FromOutlet: e.FromOutlet, External: e.From == 0,
				Relation: e.Relation, Score: e.Score, Lag: e.Lag}
			if e.From != 0 && e.RelationA != 0 {
				var cs []Change
				if len(e.Changes) > 0 {
					if err := json.Unmarshal(e.Changes, &cs); err != nil {
						return nil, nil, fmt.Errorf("changes of article %d: %w", e.To, err)
					}
				}
				for _, c := range cs {
					kind := c.Kind
					// Stored changes read from the lower ID; flip them when
					// the source is the higher.
					if e.RelationA != e.From {
						switch kind {
						case "insert":
							kind = "delete"
						case "delete":
							kind = "insert"
						}
					}
					se.ChangeKinds = append(se.ChangeKinds, kind)
				}
			}
			edges = append(edges, se)
		}
	}
	o, g := provenance.Outlets(counts, edges, groups)
	return o, g, nil
}
