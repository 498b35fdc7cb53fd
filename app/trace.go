package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/attribution"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/relate"
	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/store"
)

const traceUsage = `trace [--db DSN] [--json] URL|ID

Where an article came from: the chain of earlier articles it was copied,
excerpted or rewritten from (root first), the evidence for each step's
direction, the articles that copied it, and what changed from its source.`

// traceArticle is an article as a trace prints it.
type traceArticle struct {
	ID              int64     `json:"id"`
	URL             string    `json:"url"`
	Outlet          string    `json:"outlet"`
	Title           string    `json:"title"`
	Published       *string   `json:"published"`
	PublishedSource string    `json:"published_source"`
	FirstSeen       time.Time `json:"first_seen"`
	Story           int64     `json:"story"`
}

// traceNode is a source or a copy in a trace: an article with the edge
// that links it, or an external source (an outlet credited but not
// ingested).
type traceNode struct {
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

type traceReport struct {
	Article      traceArticle              `json:"article"`
	Parent       *traceNode                `json:"parent"`
	Chain        []traceNode               `json:"chain"`
	Children     []traceNode               `json:"children"`
	Changes      []changeView              `json:"changes"`
	Attributions []attribution.Attribution `json:"attributions"`
	// Versions lists how the article's text changed from one capture to
	// the next, when it was captured with different texts.
	Versions []versionChange `json:"versions"`
	Related  []traceNode     `json:"related"`
	Story    traceStoryInfo  `json:"story"`
}

// versionChange is what changed between two versions of one URL.
type versionChange struct {
	From    int          `json:"from"`
	To      int          `json:"to"`
	SeenAt  time.Time    `json:"seen_at"`
	Changes []changeView `json:"changes"`
}

type traceStoryInfo struct {
	ID       int64 `json:"id"`
	Articles int   `json:"articles"`
	Root     int64 `json:"root"`
}

func (a *App) runTrace(ctx context.Context, args []string) error {
	fs := newFlags("trace", traceUsage, a.Stderr)
	dbFlag(fs, &a.Config)
	asJSON := fs.Bool("json", false, "print JSON")
	text := fs.Bool("text", false, "trace a passage of text (a FILE, or - for standard input) instead of a stored article")
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
		return a.traceText(ctx, s, rest[0], *asJSON)
	}
	art, err := findArticle(ctx, s, rest[0])
	if err != nil {
		return err
	}
	g, rels, err := storyGraph(ctx, s, art.ID)
	if err != nil {
		return err
	}
	rep, err := buildTrace(g, rels, art.ID)
	if err != nil {
		return err
	}
	if rep.Versions, err = a.versionChanges(ctx, s, art); err != nil {
		return err
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

func buildTrace(g *provenance.Graph, rels map[[2]int64]echotrace.Relation, id int64) (*traceReport, error) {
	a := g.Articles[id]
	rep := &traceReport{Article: articleView(a, g.Story[id]), Chain: []traceNode{}, Children: []traceNode{},
		Changes: []changeView{}, Attributions: attribution.Extract(a.Text), Related: []traceNode{}, Versions: []versionChange{}}
	if rep.Attributions == nil {
		rep.Attributions = []attribution.Attribution{}
	}
	if e := g.Parent[id]; e != nil {
		n := edgeNode(g, e, e.From)
		rep.Parent = &n
		r := rels[[2]int64{min(e.From, e.To), max(e.From, e.To)}]
		cs, err := orientedChanges(r, e.From)
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
	rep.Story = traceStoryInfo{ID: g.Story[id], Articles: size, Root: g.Root(id)}
	return rep, nil
}

func articleView(a *provenance.Article, story int64) traceArticle {
	return traceArticle{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: a.Title, Published: timePtr(a.Published),
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
func edgeNode(g *provenance.Graph, e *provenance.Edge, node int64) traceNode {
	a := g.Articles[node]
	id, u := a.ID, a.URL
	ev := e.Evidence
	if ev == nil {
		ev = []provenance.Evidence{}
	}
	return traceNode{ID: &id, URL: &u, Outlet: a.Outlet, Title: a.Title, Published: timePtr(a.Published), PublishedSource: a.PublishedSource,
		Relation: e.Relation, Confidence: e.Confidence, Conflict: e.Conflict, Evidence: ev}
}

func externalNode(ext *provenance.ExternalSource) traceNode {
	var u *string
	if ext.URL != "" {
		x := ext.URL
		u = &x
	}
	return traceNode{URL: u, Outlet: ext.Outlet, Name: ext.Name, Relation: "source", External: true, Evidence: ext.Evidence,
		Confidence: 0.5}
}

// printTrace writes a trace for people: the chain as a tree, each step
// with why its direction is believed, then copies and changes.
func printTrace(w io.Writer, r *traceReport) {
	a := r.Article
	fmt.Fprintf(w, "%s\n  %s · %s · %s\n", orUntitled(a.Title), a.Outlet, when(a.Published, a.PublishedSource), a.URL)
	fmt.Fprintf(w, "  story %d: %d articles\n\n", r.Story.ID, r.Story.Articles)
	fmt.Fprintf(w, "%s\n\n", wrap(summary(r), 78))
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
			fmt.Fprintf(w, "  %s · %s · %s\n", n.Outlet, when(n.Published, n.PublishedSource), orUntitled(n.Title))
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

// reuseVerb says what a relation means the later article did.
var reuseVerb = map[string]string{
	"duplicate": "republished", "copy": "copied", "excerpt": "quoted a passage from", "rewrite": "rewrote",
}

// summary tells the chain in sentences, latest step first, the way a
// reporter would: who took from whom, how, how much later, how sure.
func summary(r *traceReport) string {
	var b strings.Builder
	steps := append(append([]traceNode{}, r.Chain...), traceNode{})
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
				fmt.Fprintf(&b, ", published %s", when(n.Published, n.PublishedSource))
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

func orName(n traceNode) string {
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

// versionChanges compares each version of an article with the one before:
// a page edited after publication (a softened claim, a dropped credit) is
// a change too, and never an overwrite.
func (a *App) versionChanges(ctx context.Context, s store.Store, art *echotrace.Article) ([]versionChange, error) {
	out := []versionChange{}
	if art.Versions < 2 {
		return out, nil
	}
	vs, err := s.Versions(ctx, art.ID)
	if err != nil {
		return nil, err
	}
	aliases, err := a.aliasTable(ctx, s)
	if err != nil {
		return nil, err
	}
	cmp := reuse.NewComparer(aliases)
	for i := 1; i < len(vs); i++ {
		prev, cur := reuse.Prepare(1, vs[i-1].Text, aliases), reuse.Prepare(2, vs[i].Text, aliases)
		res := cmp.Compare(prev, cur)
		vc := versionChange{From: vs[i-1].Number, To: vs[i].Number, SeenAt: vs[i].SeenAt.UTC(), Changes: []changeView{}}
		for _, c := range res.Changes {
			vc.Changes = append(vc.Changes, changeView{Kind: c.Kind, A: c.A, B: c.B, AText: c.AText, BText: c.BText})
		}
		out = append(out, vc)
	}
	return out, nil
}

func printNode(w io.Writer, n traceNode, indent string) {
	if n.External {
		fmt.Fprintf(w, "%s%s (not in the corpus)", indent, n.Outlet)
		if n.URL != nil {
			fmt.Fprintf(w, " · %s", *n.URL)
		}
		fmt.Fprintln(w)
	} else {
		fmt.Fprintf(w, "%s%s · %s · %s\n", indent, n.Outlet, when(n.Published, n.PublishedSource), orUntitled(n.Title))
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

func when(p *string, src string) string {
	if p == nil {
		return "undated"
	}
	t, _ := time.Parse(time.RFC3339, *p)
	if src == "url" {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04 UTC")
}

func orUntitled(t string) string {
	if t == "" {
		return "(untitled)"
	}
	return t
}

// passageArticle is the pasted passage in the place of a trace's article.
type passageArticle struct {
	ID     *int64  `json:"id"`
	URL    *string `json:"url"`
	Outlet string  `json:"outlet"`
	Title  string  `json:"title"`
	Text   string  `json:"text"`
	Words  int     `json:"words"`
}

type passageReport struct {
	Article      passageArticle            `json:"article"`
	Parent       *traceNode                `json:"parent"`
	Chain        []traceNode               `json:"chain"`
	Children     []traceNode               `json:"children"`
	Changes      []changeView              `json:"changes"`
	Attributions []attribution.Attribution `json:"attributions"`
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
	b, err := io.ReadAll(io.LimitReader(r, maxPassageBytes+1))
	if err != nil {
		return err
	}
	if len(b) > maxPassageBytes {
		return echotrace.Invalidf("the passage is over %d bytes: trace a paragraph, or import the whole page and trace it", maxPassageBytes)
	}
	text := strings.TrimSpace(string(b))
	if text == "" {
		return echotrace.Invalidf("the passage is empty")
	}
	aliases, err := a.aliasTable(ctx, s)
	if err != nil {
		return err
	}
	rel, err := relate.New(ctx, s, aliases)
	if err != nil {
		return err
	}
	matches, err := rel.FindText(ctx, text)
	if err != nil {
		return err
	}
	rep := passageReport{Article: passageArticle{Title: "(passage)", Text: text, Words: len(strings.Fields(text))},
		Chain: []traceNode{}, Children: []traceNode{}, Changes: []changeView{}, Attributions: attribution.Extract(text)}
	if rep.Attributions == nil {
		rep.Attributions = []attribution.Attribution{}
	}
	type found struct {
		node traceNode
		at   time.Time
	}
	var fs []found
	for _, m := range matches {
		art, err := s.Article(ctx, m.ArticleID)
		if err != nil {
			return err
		}
		pa := provenance.FromArticle(art)
		id, u := art.ID, art.URL
		n := traceNode{ID: &id, URL: &u, Outlet: art.Outlet, Title: pa.Title, Published: timePtr(pa.Published),
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
		fmt.Fprintf(a.Stdout, "  %s · %s · %.0f%% of the passage · %s\n", n.Outlet, when(n.Published, n.PublishedSource), 100*n.Confidence, *n.URL)
	}
	return nil
}

// maxPassageBytes bounds a pasted passage: trace --text is for a
// paragraph or a few, not a corpus.
const maxPassageBytes = 1 << 20
