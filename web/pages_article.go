package web

import (
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/echotrace/echotrace/report"
)

// articlePage is one article: its text with the reused passages marked
// and linked, and its trace.
type articlePage struct {
	layout
	Article ArticleInfo
	Trace   report.Trace
	// Chain is the trace's chain, root first, each step with the article
	// that took from it.
	Chain []chainStep
	// Summary tells the chain in sentences.
	Summary string
	// Text is the article's text in paragraphs of runs.
	Text [][]textSegment
	// SharedWith lists, per other article, what the marks in the text
	// link to, so that the same information is there without hunting
	// through the highlights.
	SharedWith []sharedWith
	// SourceID is the immediate source in the corpus (0 for a root or an
	// external source), for the "compare with its source" link.
	SourceID int64
}

// chainStep is an article (or an external source) in the chain that led
// to this article, and the one that took from it next: a trace's node
// carries the relation and evidence of the edge out of it.
type chainStep struct {
	Node       report.Node
	NextID     int64
	NextOutlet string
}

// textSegment is a run of an article's text, marked when it is shared
// with another article.
type textSegment struct {
	Text string
	Mark *passageMark
}

// passageMark is what a marked run links to: the article it came from
// (or went to), and how many other articles share it too.
type passageMark struct {
	// Class says which way the text went: from-source, taken-by or shared.
	Class    string
	Other    ArticleRef
	Relation string
	Kind     string
	// Also counts the other articles sharing this run.
	Also int
}

// sharedWith is one other article that shares passages with this one.
type sharedWith struct {
	Other     ArticleRef
	Relation  string
	Role      string
	Immediate bool
	Passages  int
	// Characters counts the code points of this article in those passages.
	Characters int
}

func (p *pages) article(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	v, err := p.srv.articleView(r.Context(), id)
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	page := articlePage{layout: p.layoutFor(w, r, report.Untitled(v.Article.Title), ""), Article: v.Article,
		Text: textParagraphs(markPassages(v.Text, v.Passages)), SharedWith: sharedWithOthers(v.Passages)}
	if v.Trace != nil {
		page.Trace = *v.Trace
		page.Summary = report.Summary(v.Trace)
		page.Chain = chainSteps(v.Trace)
		if par := v.Trace.Parent; par != nil && par.ID != nil {
			page.SourceID = *par.ID
		}
	}
	render(p, w, r, http.StatusOK, articleTemplate, page)
}

func chainSteps(tr *report.Trace) []chainStep {
	var out []chainStep
	for i, n := range tr.Chain {
		step := chainStep{Node: n, NextID: tr.Article.ID, NextOutlet: tr.Article.Outlet}
		if i+1 < len(tr.Chain) {
			next := tr.Chain[i+1]
			step.NextID, step.NextOutlet = deref(next.ID), next.Outlet
		}
		out = append(out, step)
	}
	return out
}

// markClass names which way a passage went, for the reader and the
// stylesheet.
func markClass(sp SharedPassage) string {
	switch sp.Role {
	case RoleSource:
		return "from-source"
	case RoleCopy:
		return "taken-by"
	}
	return "shared"
}

// markPassages cuts the text at the passages' edges. Where several
// articles share a run, its mark links to the most telling one: the
// immediate source first, then any earlier article, then the direct
// copies, then the rest.
func markPassages(text string, passages []SharedPassage) []textSegment {
	spans := make([][2]int, len(passages))
	for i, sp := range passages {
		spans[i] = sp.Span
	}
	rank := func(sp SharedPassage) int {
		switch {
		case sp.Role == RoleSource && sp.Immediate:
			return 0
		case sp.Role == RoleSource:
			return 1
		case sp.Immediate:
			return 2
		case sp.Role == RoleCopy:
			return 3
		}
		return 4
	}
	var out []textSegment
	for _, piece := range splitBySpans(text, spans) {
		seg := textSegment{Text: piece.Text}
		if len(piece.Covers) > 0 {
			best := slices.MinFunc(piece.Covers, func(a, b int) int {
				return cmp.Or(cmp.Compare(rank(passages[a]), rank(passages[b])), cmp.Compare(a, b))
			})
			sp := passages[best]
			others := map[int64]bool{}
			for _, i := range piece.Covers {
				others[passages[i].Other.ID] = true
			}
			seg.Mark = &passageMark{Class: markClass(sp), Other: sp.Other, Relation: sp.Relation, Kind: sp.Kind,
				Also: len(others) - 1}
		}
		out = append(out, seg)
	}
	return out
}

func textParagraphs(runs []textSegment) [][]textSegment {
	return paragraphs(runs, func(s textSegment) string { return s.Text },
		func(s textSegment, text string) textSegment { s.Text = text; return s })
}

// sharedWithOthers sums the passages by the other article: sources
// first, then by how much they share.
func sharedWithOthers(passages []SharedPassage) []sharedWith {
	byID := map[int64]*sharedWith{}
	var order []int64
	for _, sp := range passages {
		s := byID[sp.Other.ID]
		if s == nil {
			s = &sharedWith{Other: sp.Other, Relation: sp.Relation, Role: sp.Role, Immediate: sp.Immediate}
			byID[sp.Other.ID] = s
			order = append(order, sp.Other.ID)
		}
		s.Passages++
		s.Characters += max(0, sp.Span[1]-sp.Span[0])
	}
	out := make([]sharedWith, 0, len(order))
	for _, id := range order {
		out = append(out, *byID[id])
	}
	roleRank := map[string]int{RoleSource: 0, RoleCopy: 1}
	slices.SortStableFunc(out, func(a, b sharedWith) int {
		ra, okA := roleRank[a.Role]
		rb, okB := roleRank[b.Role]
		if !okA {
			ra = 2
		}
		if !okB {
			rb = 2
		}
		return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(b.Characters, a.Characters), cmp.Compare(a.Other.ID, b.Other.ID))
	})
	return out
}

// comparePage shows two articles side by side.
type comparePage struct {
	layout
	// Picked is false when the page only offers the form to pick two
	// articles.
	Picked bool
	// AInput and BInput echo what was asked for, into the form.
	AInput, BInput string
	Problem        string
	View           ComparisonView
	// A and B are the two texts in paragraphs of runs.
	A, B [][]compareSegment
}

// compareSegment is a run of one side of a comparison: inside an aligned
// passage or not, inside a change or not.
type compareSegment struct {
	Text string
	// Here and There name this side and the other ("a", "b"), for the
	// anchors that link a passage to its counterpart.
	Here, There string
	// Passage is the 1-based number of the aligned passage it is in (0:
	// none); PassageStart marks the first run of a passage, which carries
	// the link to the same passage on the other side.
	Passage      int
	PassageStart bool
	PassageKind  string
	// Change is the 1-based number of the change it is in (0: none).
	Change     int
	ChangeKind string
}

func (p *pages) compare(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	page := comparePage{layout: p.layoutFor(w, r, "Compare two articles", ""),
		AInput: strings.TrimSpace(q.Get("a")), BInput: strings.TrimSpace(q.Get("b"))}
	if page.AInput == "" && page.BInput == "" {
		render(p, w, r, http.StatusOK, compareTemplate, page)
		return
	}
	a, errA := strconv.ParseInt(page.AInput, 10, 64)
	b, errB := strconv.ParseInt(page.BInput, 10, 64)
	if errA != nil || errB != nil || a <= 0 || b <= 0 {
		page.Problem = "Give two article IDs (whole numbers, as in an article's address /articles/ID)."
		render(p, w, r, http.StatusBadRequest, compareTemplate, page)
		return
	}
	v, err := p.srv.comparisonView(r.Context(), a, b)
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	page.Picked, page.View = true, *v
	page.Title = fmt.Sprintf("Compare %s and %s", v.A.Outlet, v.B.Outlet)
	page.A, page.B = compareSides(*v)
	render(p, w, r, http.StatusOK, compareTemplate, page)
}

// compareSides cuts both texts at the edges of the aligned passages and
// of the changes, numbering passages and changes alike on both sides so
// that each can link to its counterpart.
func compareSides(v ComparisonView) (a, b [][]compareSegment) {
	side := func(here, there, text string, passageSpan func(int) [2]int, changeSpan func(int) [2]int) [][]compareSegment {
		var spans [][2]int
		for i := range v.Passages {
			spans = append(spans, passageSpan(i))
		}
		for i := range v.Changes {
			spans = append(spans, changeSpan(i))
		}
		var runs []compareSegment
		for _, piece := range splitBySpans(text, spans) {
			seg := compareSegment{Text: piece.Text, Here: here, There: there}
			for _, c := range piece.Covers {
				if c < len(v.Passages) {
					if seg.Passage == 0 {
						seg.Passage, seg.PassageKind = c+1, v.Passages[c].Kind
					}
					continue
				}
				if seg.Change == 0 {
					ch := c - len(v.Passages)
					seg.Change, seg.ChangeKind = ch+1, v.Changes[ch].Kind
				}
			}
			runs = append(runs, seg)
		}
		paras := paragraphs(runs, func(s compareSegment) string { return s.Text },
			func(s compareSegment, text string) compareSegment { s.Text = text; return s })
		// Only now, once line breaks have cut the runs, is the first run of
		// each passage known: it alone carries the passage's anchor.
		started := map[int]bool{}
		for _, para := range paras {
			for i := range para {
				if n := para[i].Passage; n > 0 && !started[n] {
					para[i].PassageStart, started[n] = true, true
				}
			}
		}
		return paras
	}
	a = side("a", "b", v.TextA, func(i int) [2]int { return v.Passages[i].A }, func(i int) [2]int { return v.Changes[i].A })
	b = side("b", "a", v.TextB, func(i int) [2]int { return v.Passages[i].B }, func(i int) [2]int { return v.Changes[i].B })
	return a, b
}
