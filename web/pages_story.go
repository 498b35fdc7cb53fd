package web

import (
	"html/template"
	"net/http"
	"time"

	"github.com/echotrace/echotrace/report"
)

// storyPage is a story: its timeline and its members.
type storyPage struct {
	layout
	View StoryView
	// Timeline is the drawn SVG (escaped by the svg template).
	Timeline template.HTML
	Members  []storyRow
	Related  []relatedRow
}

// relatedRow is two members written independently about the same events.
type relatedRow struct {
	A, B  StoryMember
	Score float64
}

// storyRow is a member with where it came from within the story.
type storyRow struct {
	StoryMember
	// Source is its immediate source in the story (nil for a root);
	// External the outlet it credits when that is not in the corpus.
	Source       *StoryEdge
	SourceMember *StoryMember
	External     *StorySource
	Root         bool
}

func (p *pages) story(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	v, err := p.srv.storyView(r.Context(), id)
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	svg, err := p.renderSVG(drawTimeline(timelineOf(*v)))
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	page := storyPage{layout: p.layoutFor(w, r, report.Untitled(v.Title), ""), View: *v, Timeline: svg,
		Members: storyRows(*v), Related: relatedRows(*v)}
	render(p, w, r, http.StatusOK, storyTemplate, page)
}

// timelineOf is what the timeline draws of a story.
func timelineOf(v StoryView) timelineInput {
	in := timelineInput{Title: report.Untitled(v.Title)}
	for _, m := range v.Members {
		a := timelineArticle{ID: m.ID, Outlet: m.Outlet, Title: m.Title, DayOnly: m.PublishedSource == "url"}
		if m.Published != nil && !m.Undated {
			if t, err := time.Parse(time.RFC3339, *m.Published); err == nil {
				a.Published = t
			}
		}
		in.Articles = append(in.Articles, a)
	}
	for _, e := range v.Edges {
		in.Edges = append(in.Edges, timelineEdge{From: e.From, To: e.To, Relation: e.Relation, Confidence: e.Confidence})
	}
	for _, x := range v.External {
		in.Edges = append(in.Edges, timelineEdge{FromExternal: x.Outlet, To: x.To, Relation: "source"})
	}
	for _, pr := range v.Related {
		in.Related = append(in.Related, [2]int64{pr.A, pr.B})
	}
	return in
}

func storyRows(v StoryView) []storyRow {
	byID := map[int64]*StoryMember{}
	for i := range v.Members {
		byID[v.Members[i].ID] = &v.Members[i]
	}
	var rows []storyRow
	for _, m := range v.Members {
		row := storyRow{StoryMember: m, Root: m.ID == v.Root}
		for i, e := range v.Edges {
			if e.To == m.ID {
				row.Source = &v.Edges[i]
				row.SourceMember = byID[e.From]
			}
		}
		for i, x := range v.External {
			if x.To == m.ID {
				row.External = &v.External[i]
			}
		}
		rows = append(rows, row)
	}
	return rows
}

func relatedRows(v StoryView) []relatedRow {
	byID := map[int64]StoryMember{}
	for _, m := range v.Members {
		byID[m.ID] = m
	}
	var rows []relatedRow
	for _, pr := range v.Related {
		a, okA := byID[pr.A]
		b, okB := byID[pr.B]
		if okA && okB {
			rows = append(rows, relatedRow{A: a, B: b, Score: pr.Score})
		}
	}
	return rows
}
