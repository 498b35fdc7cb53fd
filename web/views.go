package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/store"
)

// The views here are what both the JSON API and the pages show: the API
// encodes them, the templates lay them out. They are built from the store
// and package report only, so that a page, an API response and the command
// line never disagree. Nothing here knows about HTML.

// ArticleInfo is an article's metadata as the views show it: the trace's
// article fields plus what a reader of the page wants besides.
type ArticleInfo struct {
	report.Article
	Byline   string `json:"byline"`
	Lang     string `json:"lang"`
	Site     string `json:"site"`
	Versions int    `json:"versions"`
}

// ArticleRef names another article briefly, for links and labels.
type ArticleRef struct {
	ID              int64   `json:"id"`
	URL             string  `json:"url"`
	Outlet          string  `json:"outlet"`
	Title           string  `json:"title"`
	Published       *string `json:"published"`
	PublishedSource string  `json:"published_source"`
}

// ArticleView is one article: its newest text, the passages it shares with
// other articles, and its trace.
type ArticleView struct {
	Article ArticleInfo `json:"article"`
	Text    string      `json:"text"`
	// Passages are the spans of Text reused from or by other articles,
	// ordered by where they start in Text.
	Passages []SharedPassage `json:"passages"`
	Trace    *report.Trace   `json:"trace"`
}

// Roles of a shared passage: which way the text went.
const (
	// RoleSource: the other article is the earlier one; this article took
	// the passage from it.
	RoleSource = "source"
	// RoleCopy: the other article took the passage from this one.
	RoleCopy = "copy"
)

// SharedPassage is a span of an article's text aligned with a span of
// another article's text. Spans are [start, end) in code points of each
// article's newest text.
type SharedPassage struct {
	Span       [2]int     `json:"span"`
	OtherSpan  [2]int     `json:"other_span"`
	Kind       string     `json:"kind"` // verbatim or paraphrase
	Similarity float64    `json:"similarity"`
	Other      ArticleRef `json:"other"`
	Relation   string     `json:"relation"`
	Role       string     `json:"role"`
	// Immediate: the other article is this one's immediate source, or
	// this one is the other's (the edge the trace shows).
	Immediate bool `json:"immediate"`
}

// ComparisonView is two articles side by side, "a" being the first one
// asked for.
type ComparisonView struct {
	A     ArticleInfo `json:"a"`
	B     ArticleInfo `json:"b"`
	TextA string      `json:"text_a"`
	TextB string      `json:"text_b"`
	// Stored says the relation is the one relating stored (and provenance
	// used); otherwise the two texts were compared now.
	Stored   bool                `json:"stored"`
	Relation string              `json:"relation"`
	Score    float64             `json:"score"`
	Coverage reuse.Coverage      `json:"coverage"`
	Passages []reuse.PassageSpan `json:"passages"`
	// Changes are what b changed in a's text.
	Changes []report.Change `json:"changes"`
}

// StoryView is a story: its members in time order, the provenance edges
// among them and the independent coverage pairs, enough for a timeline
// with one lane per outlet.
type StoryView struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	// Root is the story's earliest article without a source in it.
	Root int64 `json:"root"`
	// Outlets are the lanes, in the order each outlet first ran the story.
	Outlets  []string      `json:"outlets"`
	First    *time.Time    `json:"first"`
	Last     *time.Time    `json:"last"`
	Members  []StoryMember `json:"members"`
	Edges    []StoryEdge   `json:"edges"`
	Related  []StoryPair   `json:"related"`
	External []StorySource `json:"external"`
	// Partial: the story is larger than a view reads; only the part
	// nearest its first article is shown.
	Partial bool `json:"partial"`
}

// StoryMember is an article of a story, placed in time: At is its
// publication time, or when it was first seen if it states none.
type StoryMember struct {
	ArticleRef
	FirstSeen time.Time `json:"first_seen"`
	At        time.Time `json:"at"`
	Undated   bool      `json:"undated"`
}

// StoryEdge is an article's immediate source within the story.
type StoryEdge struct {
	From       int64   `json:"from"`
	To         int64   `json:"to"`
	Relation   string  `json:"relation"`
	Confidence float64 `json:"confidence"`
	Conflict   bool    `json:"conflict"`
}

// StoryPair is two articles of the story written independently.
type StoryPair struct {
	A        int64   `json:"a"`
	B        int64   `json:"b"`
	Relation string  `json:"relation"`
	Score    float64 `json:"score"`
}

// StorySource is an outlet outside the corpus that a root article credits.
type StorySource struct {
	To     int64  `json:"to"`
	Outlet string `json:"outlet"`
	Name   string `json:"name"`
	URL    string `json:"url"`
}

// OutletView is one outlet (or one outlet group) and its statistics: what
// share of its articles is its own, and who copies whom.
type OutletView struct {
	provenance.OutletStats
	// Group is true when the view is of an outlet group.
	Group bool `json:"group"`
	// Groups are the user's groups this outlet belongs to.
	Groups []string `json:"groups"`
}

// FrontView is the front page: the latest stories and how ingestion is going.
type FrontView struct {
	Counts       store.Counts             `json:"counts"`
	Stories      []echotrace.StorySummary `json:"stories"`
	FailingFeeds []FeedView               `json:"failing_feeds"`
	Imports      []echotrace.ImportRun    `json:"imports"`
}

// FeedView is a feed with its health (ok, failing, quiet, new).
type FeedView struct {
	echotrace.Feed
	Health string `json:"health"`
}

// aliases is the alias table in force.
func (s *Server) aliases(ctx context.Context) (*alias.Table, error) {
	if s.opts.Aliases == nil {
		return alias.Default(), nil
	}
	return s.opts.Aliases(ctx)
}

func infoOf(a *echotrace.Article, story int64) ArticleInfo {
	v := a.Newest
	return ArticleInfo{
		Article: report.Article{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: v.Title, Published: timeString(v.Published),
			PublishedSource: v.PublishedSource, FirstSeen: a.FirstSeen.UTC(), Story: story},
		Byline: v.Byline, Lang: v.Lang, Site: v.Site, Versions: a.Versions,
	}
}

func refOf(a *echotrace.Article) ArticleRef {
	v := a.Newest
	return ArticleRef{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: v.Title, Published: timeString(v.Published), PublishedSource: v.PublishedSource}
}

func timeString(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.UTC().Format(time.RFC3339)
	return &s
}

// articleView builds the view of one stored article.
func (s *Server) articleView(ctx context.Context, id int64) (*ArticleView, error) {
	st := s.opts.Store
	art, err := st.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	aliases, err := s.aliases(ctx)
	if err != nil {
		return nil, err
	}
	g, rels, err := report.StoryGraph(ctx, st, id)
	if err != nil {
		return nil, err
	}
	tr, err := report.Build(g, rels, id)
	if err != nil {
		return nil, err
	}
	if tr.Versions, err = report.VersionChanges(ctx, st, art, aliases); err != nil {
		return nil, err
	}
	v := &ArticleView{Article: infoOf(art, tr.Article.Story), Text: art.Newest.Text, Trace: tr, Passages: []SharedPassage{}}
	for key, r := range rels {
		if key[0] != id && key[1] != id {
			continue
		}
		ps, err := sharedPassages(g, r, id)
		if err != nil {
			return nil, err
		}
		v.Passages = append(v.Passages, ps...)
	}
	sort.Slice(v.Passages, func(i, j int) bool {
		a, b := v.Passages[i], v.Passages[j]
		if a.Span[0] != b.Span[0] {
			return a.Span[0] < b.Span[0]
		}
		return a.Other.ID < b.Other.ID
	})
	return v, nil
}

// sharedPassages orients a stored relation's passages to article id, and
// says from the provenance graph which way the text went.
func sharedPassages(g *provenance.Graph, r echotrace.Relation, id int64) ([]SharedPassage, error) {
	var spans []reuse.PassageSpan
	if len(r.Passages) > 0 {
		if err := json.Unmarshal(r.Passages, &spans); err != nil {
			return nil, fmt.Errorf("passages of %d–%d: %w", r.A, r.B, err)
		}
	}
	other := r.A + r.B - id
	oa := g.Articles[other]
	ref := ArticleRef{ID: other}
	if oa != nil {
		ref = ArticleRef{ID: oa.ID, URL: oa.URL, Outlet: oa.Outlet, Title: oa.Title, Published: timeString(oa.Published), PublishedSource: oa.PublishedSource}
	}
	role := ""
	for _, e := range g.Edges {
		switch {
		case e.From == other && e.To == id:
			role = RoleSource
		case e.From == id && e.To == other:
			role = RoleCopy
		}
	}
	immediate := (g.Parent[id] != nil && g.Parent[id].From == other) || (g.Parent[other] != nil && g.Parent[other].From == id)
	out := make([]SharedPassage, 0, len(spans))
	for _, p := range spans {
		mine, theirs := p.A, p.B
		if id != r.A {
			mine, theirs = p.B, p.A
		}
		out = append(out, SharedPassage{Span: mine, OtherSpan: theirs, Kind: p.Kind, Similarity: p.Similarity,
			Other: ref, Relation: r.Relation, Role: role, Immediate: immediate})
	}
	return out, nil
}

// comparisonView compares two stored articles: their stored relation when
// relating found one, oriented so that a is the first, else the two newest
// texts compared now.
func (s *Server) comparisonView(ctx context.Context, aID, bID int64) (*ComparisonView, error) {
	if aID == bID {
		return nil, echotrace.Invalidf("compare needs two different articles (a and b are both %d)", aID)
	}
	st := s.opts.Store
	a, err := st.Article(ctx, aID)
	if err != nil {
		return nil, err
	}
	b, err := st.Article(ctx, bID)
	if err != nil {
		return nil, err
	}
	storyA, err := st.StoryOf(ctx, aID)
	if err != nil {
		return nil, err
	}
	storyB, err := st.StoryOf(ctx, bID)
	if err != nil {
		return nil, err
	}
	v := &ComparisonView{A: infoOf(a, storyA), B: infoOf(b, storyB), TextA: a.Newest.Text, TextB: b.Newest.Text,
		Passages: []reuse.PassageSpan{}, Changes: []report.Change{}}
	r, err := storedRelation(ctx, st, aID, bID)
	if err != nil {
		return nil, err
	}
	if r != nil {
		return v, v.fromStored(*r, aID)
	}
	aliases, err := s.aliases(ctx)
	if err != nil {
		return nil, err
	}
	da, db := reuse.Prepare(aID, v.TextA, aliases), reuse.Prepare(bID, v.TextB, aliases)
	da.Outlet, da.Published = a.Outlet, a.Newest.Published
	db.Outlet, db.Published = b.Outlet, b.Newest.Published
	res := reuse.NewComparer(aliases).Compare(da, db)
	v.Relation, v.Score, v.Coverage = res.Relation, res.Score, res.Coverage
	v.Passages = append(v.Passages, res.Passages...)
	for _, c := range res.Changes {
		v.Changes = append(v.Changes, report.Change{Kind: c.Kind, A: c.A, B: c.B, AText: c.AText, BText: c.BText})
	}
	return v, nil
}

// fromStored fills the comparison from a stored relation, which reads
// from its lower ID to its higher: flipped when a is the higher.
func (v *ComparisonView) fromStored(r echotrace.Relation, aID int64) error {
	v.Stored, v.Relation, v.Score = true, r.Relation, r.Score
	v.Coverage = reuse.Coverage{A: r.CoverageA, B: r.CoverageB}
	var spans []reuse.PassageSpan
	if len(r.Passages) > 0 {
		if err := json.Unmarshal(r.Passages, &spans); err != nil {
			return fmt.Errorf("passages of %d–%d: %w", r.A, r.B, err)
		}
	}
	flip := aID != r.A
	if flip {
		v.Coverage = reuse.Coverage{A: r.CoverageB, B: r.CoverageA}
	}
	for _, p := range spans {
		if flip {
			p.A, p.B = p.B, p.A
		}
		v.Passages = append(v.Passages, p)
	}
	cs, err := report.OrientedChanges(r, aID)
	if err != nil {
		return err
	}
	v.Changes = append(v.Changes, cs...)
	return nil
}

// storedRelation is the relation stored between two articles, nil if none.
func storedRelation(ctx context.Context, st store.Store, aID, bID int64) (*echotrace.Relation, error) {
	rs, err := st.Relations(ctx, aID)
	if err != nil {
		return nil, err
	}
	lo, hi := min(aID, bID), max(aID, bID)
	for _, r := range rs {
		if r.A == lo && r.B == hi {
			return &r, nil
		}
	}
	return nil, nil
}

// storyView builds a story from its ID, which is its lowest article's ID.
func (s *Server) storyView(ctx context.Context, id int64) (*StoryView, error) {
	st := s.opts.Store
	story, err := st.StoryOf(ctx, id)
	if err != nil {
		if errors.Is(err, echotrace.ErrNotFound) {
			return nil, fmt.Errorf("story %d: %w", id, echotrace.ErrNotFound)
		}
		return nil, err
	}
	if story != id {
		return nil, fmt.Errorf("story %d: %w", id, echotrace.ErrNotFound)
	}
	g, _, err := report.StoryGraph(ctx, st, id)
	if err != nil {
		return nil, err
	}
	v := &StoryView{ID: id, Outlets: []string{}, Members: []StoryMember{}, Edges: []StoryEdge{}, Related: []StoryPair{}, External: []StorySource{}}
	for aid, sid := range g.Story {
		if sid != id {
			continue
		}
		a := g.Articles[aid]
		m := StoryMember{ArticleRef: ArticleRef{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: a.Title,
			Published: timeString(a.Published), PublishedSource: a.PublishedSource}, FirstSeen: a.FirstSeen.UTC(), At: a.Published.UTC()}
		if a.Published.IsZero() {
			m.At, m.Undated = a.FirstSeen.UTC(), true
		}
		v.Members = append(v.Members, m)
	}
	if len(v.Members) == 0 {
		return nil, fmt.Errorf("story %d: %w", id, echotrace.ErrNotFound)
	}
	sort.Slice(v.Members, func(i, j int) bool {
		a, b := v.Members[i], v.Members[j]
		if !a.At.Equal(b.At) {
			return a.At.Before(b.At)
		}
		return a.ID < b.ID
	})
	v.place(g)
	return v, nil
}

// place fills a story's lanes, span, edges, pairs and title from its
// members and the graph.
func (v *StoryView) place(g *provenance.Graph) {
	in := map[int64]bool{}
	lanes := map[string]bool{}
	for _, m := range v.Members {
		in[m.ID] = true
		if !lanes[m.Outlet] {
			lanes[m.Outlet] = true
			v.Outlets = append(v.Outlets, m.Outlet)
		}
		if !m.Undated {
			at := m.At
			if v.First == nil || at.Before(*v.First) {
				v.First = &at
			}
			if v.Last == nil || at.After(*v.Last) {
				v.Last = &at
			}
		}
	}
	if v.First == nil { // nothing dated: the span is when it was seen
		first, last := v.Members[0].At, v.Members[len(v.Members)-1].At
		v.First, v.Last = &first, &last
	}
	// The maximum a trace reads is also what a story view reads; a story
	// of exactly that size was probably cut short.
	v.Partial = len(g.Articles) >= maxStoryArticles
	v.Root = g.Root(v.Members[0].ID)
	for _, m := range v.Members {
		if e := g.Parent[m.ID]; e != nil && in[e.From] {
			v.Edges = append(v.Edges, StoryEdge{From: e.From, To: e.To, Relation: e.Relation, Confidence: e.Confidence, Conflict: e.Conflict})
		} else if ext := g.ExternalSource(m.ID); ext != nil {
			v.External = append(v.External, StorySource{To: m.ID, Outlet: ext.Outlet, Name: ext.Name, URL: ext.URL})
		}
	}
	for _, p := range g.Related {
		if in[p.A] && in[p.B] {
			v.Related = append(v.Related, StoryPair{A: p.A, B: p.B, Relation: p.Relation, Score: p.Score})
		}
	}
	// The story is named by its root, as `stories` names it.
	for _, m := range v.Members {
		if m.ID == v.Root {
			v.Title = m.Title
		}
	}
}

// maxStoryArticles is how many articles report.StoryGraph reads at most.
const maxStoryArticles = 5000

// outletView builds the statistics of one outlet, or of one outlet group
// when group is true.
func (s *Server) outletView(ctx context.Context, name string, group bool) (*OutletView, error) {
	groups, err := s.opts.Store.OutletGroups(ctx)
	if err != nil {
		return nil, err
	}
	outlets, grouped, err := report.OutletStats(ctx, s.opts.Store, groups)
	if err != nil {
		return nil, err
	}
	list := outlets
	if group {
		list = grouped
	}
	for _, o := range list {
		if o.Domain != name {
			continue
		}
		v := &OutletView{OutletStats: o, Group: group, Groups: []string{}}
		if !group {
			v.Groups = groupsOf(groups, name)
		}
		return v, nil
	}
	if group {
		return nil, fmt.Errorf("outlet group %q: %w", name, echotrace.ErrNotFound)
	}
	return nil, fmt.Errorf("outlet %q: %w", name, echotrace.ErrNotFound)
}

func groupsOf(groups map[string][]string, domain string) []string {
	out := []string{}
	for name, members := range groups {
		for _, m := range members {
			if m == domain {
				out = append(out, name)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// frontLimit is how many stories and import runs the front page lists.
const frontLimit = 10

// frontView builds the front page: the stories that moved most recently,
// the feeds that fail, and the latest imports (running ones first).
func (s *Server) frontView(ctx context.Context) (*FrontView, error) {
	st := s.opts.Store
	v := &FrontView{Stories: []echotrace.StorySummary{}, FailingFeeds: []FeedView{}, Imports: []echotrace.ImportRun{}}
	var err error
	if v.Counts, err = st.Counts(ctx); err != nil {
		return nil, err
	}
	// Stories come largest first; the front page wants the latest, among
	// a generous slice of the largest (a story of one article is news to
	// nobody yet).
	stories, err := st.Stories(ctx, 2, 500)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(stories, func(i, j int) bool { return stories[i].Last.After(stories[j].Last) })
	v.Stories = append(v.Stories, stories[:min(len(stories), frontLimit)]...)
	feeds, err := st.Feeds(ctx)
	if err != nil {
		return nil, err
	}
	now := s.opts.Now()
	for _, f := range feeds {
		if h := f.Health(now); h == echotrace.FeedFailing {
			v.FailingFeeds = append(v.FailingFeeds, FeedView{Feed: f, Health: h})
		}
	}
	runs, err := st.ImportRuns(ctx, frontLimit)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(runs, func(i, j int) bool {
		return runs[i].State == echotrace.ImportRunning && runs[j].State != echotrace.ImportRunning
	})
	v.Imports = append(v.Imports, runs...)
	return v, nil
}
