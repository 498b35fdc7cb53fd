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
	"github.com/echotrace/echotrace/relate"
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
	// Partial: the story is larger than a view shows; only its first
	// articles (by ID: the first stored) are shown.
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
	c := &s.aliasCache
	c.Lock()
	defer c.Unlock()
	if now := s.opts.Now(); c.table == nil || now.Sub(c.at) > aliasCacheFor || now.Before(c.at) {
		t, err := s.loadAliases(ctx)
		if err != nil {
			return nil, err
		}
		c.table, c.at = t, now
	}
	return c.table, nil
}

// passageFinder is the application's reuse index, or else one loaded from
// the store for this request.
func (s *Server) passageFinder(ctx context.Context) (report.PassageFinder, error) {
	if s.opts.Finder != nil {
		return s.opts.Finder, nil
	}
	aliases, err := s.aliases(ctx)
	if err != nil {
		return nil, err
	}
	return relate.New(ctx, s.opts.Store, aliases)
}

// frontStoryPool is how many of the largest stories the front page picks
// its latest from.
const frontStoryPool = 500

// aliasCacheFor is how long a changed alias table (`echotrace aliases add`
// run beside a server) may take to reach the server's comparisons.
const aliasCacheFor = 10 * time.Second

func (s *Server) loadAliases(ctx context.Context) (*alias.Table, error) {
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

// articleView builds the view of one stored article: its trace exactly as
// `echotrace trace` tells it, and the passages of its stored relations.
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
	tr, err := report.For(ctx, st, art, aliases)
	if err != nil {
		return nil, err
	}
	v := &ArticleView{Article: infoOf(art, tr.Article.Story), Text: art.Newest.Text, Trace: tr, Passages: []SharedPassage{}}
	rels, err := st.Relations(ctx, id)
	if err != nil {
		return nil, err
	}
	others := make([]int64, 0, len(rels))
	for _, r := range rels {
		others = append(others, r.A+r.B-id)
	}
	refs, err := st.ArticleRefs(ctx, others)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]store.ArticleRef, len(refs))
	for _, r := range refs {
		byID[r.ID] = r
	}
	roles := traceRoles(tr)
	self := store.ArticleRef{ID: id, Published: art.Newest.Published, PublishedSource: art.Newest.PublishedSource, FirstSeen: art.FirstSeen}
	for _, r := range rels {
		other, ok := byID[r.A+r.B-id]
		if !ok {
			continue // removed since the relations were read
		}
		ps, err := sharedPassages(r, id, other, passageRole(r.Relation, roles[other.ID], self, other))
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

// traceRole is what a trace says of another article: an ancestor (source),
// a copy, and whether it is the immediate one.
type traceRole struct {
	role      string
	immediate bool
}

func traceRoles(tr *report.Trace) map[int64]traceRole {
	out := map[int64]traceRole{}
	for _, n := range tr.Chain {
		if n.ID != nil {
			out[*n.ID] = traceRole{role: RoleSource}
		}
	}
	if tr.Parent != nil && tr.Parent.ID != nil {
		out[*tr.Parent.ID] = traceRole{role: RoleSource, immediate: true}
	}
	for _, n := range tr.Children {
		if n.ID != nil {
			out[*n.ID] = traceRole{role: RoleCopy, immediate: true}
		}
	}
	return out
}

// passageRole says which way a relation's text went: as the trace says
// for the article's sources and copies, by publication time for others
// (a copy of a copy), and neither way for independent coverage.
func passageRole(relation string, known traceRole, self, other store.ArticleRef) traceRole {
	if known.role != "" || relation == "related" {
		return known
	}
	a, b := placedAt(self), placedAt(other)
	switch {
	case a.IsZero() || b.IsZero() || a.Equal(b):
		return traceRole{}
	case b.Before(a):
		return traceRole{role: RoleSource}
	}
	return traceRole{role: RoleCopy}
}

// placedAt is when an article appeared: its publication, else when it was
// first seen.
func placedAt(r store.ArticleRef) time.Time {
	if !r.Published.IsZero() {
		return r.Published
	}
	return r.FirstSeen
}

func refOfStored(r store.ArticleRef) ArticleRef {
	return ArticleRef{ID: r.ID, URL: r.URL, Outlet: r.Outlet, Title: r.Title, Published: timeString(r.Published), PublishedSource: r.PublishedSource}
}

// sharedPassages orients a stored relation's passages to article id.
func sharedPassages(r echotrace.Relation, id int64, other store.ArticleRef, role traceRole) ([]SharedPassage, error) {
	var spans []reuse.PassageSpan
	if len(r.Passages) > 0 {
		if err := json.Unmarshal(r.Passages, &spans); err != nil {
			return nil, fmt.Errorf("passages of %d–%d: %w", r.A, r.B, err)
		}
	}
	out := make([]SharedPassage, 0, len(spans))
	for _, p := range spans {
		mine, theirs := p.A, p.B
		if id != r.A {
			mine, theirs = p.B, p.A
		}
		out = append(out, SharedPassage{Span: mine, OtherSpan: theirs, Kind: p.Kind, Similarity: p.Similarity,
			Other: refOfStored(other), Relation: r.Relation, Role: role.role, Immediate: role.immediate})
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

// maxStoryArticles bounds the articles a story view shows: a timeline of
// more is unreadable anyway, and the page must stay fast (each member
// costs two indexed reads: 5,000 took 3.4 s, 500 take a tenth of that).
// The export links give the whole story.
const maxStoryArticles = 500

// storyView builds a story from its ID (its lowest article's ID) out of
// the stored provenance: the same edges that traces, exports and outlet
// statistics show.
func (s *Server) storyView(ctx context.Context, id int64) (*StoryView, error) {
	st := s.opts.Store
	ids, err := st.StoryArticles(ctx, id)
	if err != nil {
		if errors.Is(err, echotrace.ErrNotFound) {
			return nil, fmt.Errorf("story %d: %w", id, echotrace.ErrNotFound)
		}
		return nil, err
	}
	v := &StoryView{ID: id, Outlets: []string{}, Members: []StoryMember{}, Edges: []StoryEdge{}, Related: []StoryPair{}, External: []StorySource{}}
	if len(ids) > maxStoryArticles {
		ids, v.Partial = ids[:maxStoryArticles], true
	}
	refs, err := st.ArticleRefs(ctx, ids)
	if err != nil {
		return nil, err
	}
	in := map[int64]bool{}
	for _, r := range refs {
		in[r.ID] = true
		m := StoryMember{ArticleRef: refOfStored(r), FirstSeen: r.FirstSeen.UTC(), At: placedAt(r).UTC(), Undated: r.Published.IsZero()}
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
	if err := v.readEdges(ctx, st, in); err != nil {
		return nil, err
	}
	v.place()
	return v, nil
}

// readEdges reads each member's stored source, and the pairs of members
// that relating found to be independent coverage.
func (v *StoryView) readEdges(ctx context.Context, st store.Store, in map[int64]bool) error {
	for _, m := range v.Members {
		e, err := st.Parent(ctx, m.ID)
		if err != nil {
			return err
		}
		switch {
		case e == nil:
		case e.From != 0 && in[e.From]:
			v.Edges = append(v.Edges, StoryEdge{From: e.From, To: e.To, Relation: e.Relation, Confidence: e.Confidence, Conflict: e.Conflict})
		case e.From == 0:
			v.External = append(v.External, StorySource{To: m.ID, Outlet: e.ExternalOutlet, Name: e.ExternalName, URL: e.ExternalURL})
		}
		// Kinds first, which are cheap; scores only where there is
		// independent coverage to show.
		kinds, err := st.RelationKinds(ctx, m.ID)
		if err != nil {
			return err
		}
		wanted := false
		for other, kind := range kinds {
			wanted = wanted || (kind == "related" && other > m.ID && in[other])
		}
		if !wanted {
			continue
		}
		rels, err := st.Relations(ctx, m.ID)
		if err != nil {
			return err
		}
		for _, r := range rels {
			if r.Relation == "related" && r.A == m.ID && in[r.B] {
				v.Related = append(v.Related, StoryPair{A: r.A, B: r.B, Relation: r.Relation, Score: r.Score})
			}
		}
	}
	sort.Slice(v.Related, func(i, j int) bool {
		if v.Related[i].A != v.Related[j].A {
			return v.Related[i].A < v.Related[j].A
		}
		return v.Related[i].B < v.Related[j].B
	})
	return nil
}

// place fills a story's lanes, span, root and title from its members and
// edges.
func (v *StoryView) place() {
	lanes := map[string]bool{}
	for _, m := range v.Members {
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
	// The root is the earliest member without a source in the story,
	// dated ones first, as `echotrace stories` names it.
	hasSource := map[int64]bool{}
	for _, e := range v.Edges {
		hasSource[e.To] = true
	}
	var root *StoryMember
	for i := range v.Members {
		m := &v.Members[i]
		if hasSource[m.ID] {
			continue
		}
		if root == nil || (root.Undated && !m.Undated) {
			root = m
		}
	}
	if root == nil { // every member has a source: a cycle stored by mistake
		root = &v.Members[0]
	}
	v.Root, v.Title = root.ID, root.Title
}

// outletView builds the statistics of one outlet, or of one outlet group
// when group is true.
func (s *Server) outletView(ctx context.Context, name string, group bool) (*OutletView, error) {
	groups, err := s.opts.Store.OutletGroups(ctx)
	if err != nil {
		return nil, err
	}
	outlets, grouped, err := s.outletStats(ctx, groups)
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
	stories, err := s.stories(ctx, 2, frontStoryPool)
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
	for i := range runs {
		runs[i] = runs[i].AsOf(now)
	}
	sort.SliceStable(runs, func(i, j int) bool {
		return runs[i].State == echotrace.ImportRunning && runs[j].State != echotrace.ImportRunning
	})
	v.Imports = append(v.Imports, runs...)
	return v, nil
}
