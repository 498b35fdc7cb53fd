package web

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// searchPage is the search form and one page of its results.
type searchPage struct {
	layout
	Form searchForm
	// Searched is false when there was nothing to look for yet.
	Searched bool
	Hits     []searchRow
	// First is the number of the first hit on this page (1-based).
	First            int
	PrevURL, NextURL string
	Problem          string
	Relations        []string
	Outlets          []string
}

// searchForm is what the form was filled with, echoed back into it.
type searchForm struct {
	Q, Outlet, From, To, Relation, Lang string
	Page                                int
}

// searchRow is one hit with its snippet cut at the matches.
type searchRow struct {
	Hit     store.SearchHit
	Snippet []snippetPiece
}

// snippetPiece is a run of a snippet, Match when a query term matched it.
type snippetPiece struct {
	Text  string
	Match bool
}

// searchPageSize and searchMaxPage bound a results page and how deep
// paging goes: past a few hundred hits, a reader refines the query.
const (
	searchPageSize = 20
	searchMaxPage  = 50
)

func (p *pages) search(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	form := searchForm{Q: strings.TrimSpace(v.Get("q")), Outlet: strings.TrimSpace(v.Get("outlet")),
		From: strings.TrimSpace(v.Get("from")), To: strings.TrimSpace(v.Get("to")),
		Relation: v.Get("relation"), Lang: strings.TrimSpace(v.Get("lang")), Page: 1}
	page := searchPage{layout: p.layoutFor(w, r, "Search", "search"), Form: form, Relations: store.SearchKinds}
	page.Query = form.Q
	outlets, err := p.srv.opts.Store.Outlets(r.Context())
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	for _, o := range outlets[:min(len(outlets), 500)] {
		page.Outlets = append(page.Outlets, o.Domain)
	}

	q, err := searchQueryOf(&page.Form, v.Get("page"))
	if err != nil {
		page.Problem = sentence(err.Error())
		render(p, w, r, statusOf(err), searchTemplate, page)
		return
	}
	if form.Q == "" {
		if form.Outlet != "" || form.From != "" || form.To != "" || form.Relation != "" || form.Lang != "" {
			page.Problem = "Type what to look for: the filters narrow a search, they do not make one."
			render(p, w, r, http.StatusBadRequest, searchTemplate, page)
			return
		}
		render(p, w, r, http.StatusOK, searchTemplate, page)
		return
	}
	// One more than a page, to know whether there is a next one.
	q.Limit = searchPageSize + 1
	hits, err := p.srv.opts.Store.Search(r.Context(), q)
	if err != nil {
		if statusOf(err) == http.StatusBadRequest {
			page.Problem = sentence(err.Error())
			render(p, w, r, http.StatusBadRequest, searchTemplate, page)
			return
		}
		p.failWith(w, r, err)
		return
	}
	page.Searched = true
	page.Title = "Search: " + clip(form.Q, 60)
	page.First = q.Offset + 1
	if len(hits) > searchPageSize {
		hits = hits[:searchPageSize]
		if page.Form.Page < searchMaxPage {
			page.NextURL = page.Form.url(page.Form.Page + 1)
		}
	}
	if page.Form.Page > 1 {
		page.PrevURL = page.Form.url(page.Form.Page - 1)
	}
	for _, h := range hits {
		page.Hits = append(page.Hits, searchRow{Hit: h, Snippet: snippetPieces(h.Snippet, h.Highlights)})
	}
	render(p, w, r, http.StatusOK, searchTemplate, page)
}

// searchQueryOf checks the form's filters and turns them into a store
// query. The "to" date is the last day wanted, as people say it; the
// store's To is exclusive, so it is the day after.
func searchQueryOf(f *searchForm, rawPage string) (store.SearchQuery, error) {
	q := store.SearchQuery{Text: f.Q, Lang: f.Lang, Relation: f.Relation}
	if f.Outlet != "" {
		for _, o := range strings.Split(f.Outlet, ",") {
			if o = strings.ToLower(strings.TrimSpace(o)); o != "" {
				q.Outlets = append(q.Outlets, o)
			}
		}
	}
	if f.Relation != "" && !slices.Contains(store.SearchKinds, f.Relation) {
		return q, echotrace.Invalidf("%q is not a relation to filter by (one of %s)", f.Relation, strings.Join(store.SearchKinds, ", "))
	}
	var err error
	if q.From, err = formDate("from", f.From); err != nil {
		return q, err
	}
	if q.To, err = formDate("to", f.To); err != nil {
		return q, err
	}
	if !q.To.IsZero() {
		q.To = q.To.Add(24 * time.Hour)
	}
	if !q.From.IsZero() && !q.To.IsZero() && !q.From.Before(q.To) {
		return q, echotrace.Invalidf("the date range ends (%s) before it starts (%s)", f.To, f.From)
	}
	if rawPage != "" {
		n, err := strconv.Atoi(rawPage)
		if err != nil || n < 1 || n > searchMaxPage {
			return q, echotrace.Invalidf("page %q: results go from page 1 to page %d; refine the query to see others", rawPage, searchMaxPage)
		}
		f.Page = n
	}
	q.Offset = (f.Page - 1) * searchPageSize
	return q, nil
}

// formDate reads a date field (as input type=date sends it: 2006-01-02).
func formDate(field, raw string) (time.Time, error) {
	if raw == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", raw)
	if err != nil {
		return time.Time{}, echotrace.Invalidf("the %q date %q is not a date: write it as 2026-03-14", field, raw)
	}
	return t, nil
}

// url is the address of another page of the same search.
func (f searchForm) url(page int) string {
	v := url.Values{}
	for _, kv := range [][2]string{{"q", f.Q}, {"outlet", f.Outlet}, {"from", f.From}, {"to", f.To},
		{"relation", f.Relation}, {"lang", f.Lang}} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	if page > 1 {
		v.Set("page", strconv.Itoa(page))
	}
	return "/search?" + v.Encode()
}

// snippetPieces cuts a snippet at its highlights; the template wraps the
// matching pieces in <mark>, so the snippet itself stays plain text.
func snippetPieces(snippet string, highlights [][2]int) []snippetPiece {
	var out []snippetPiece
	for _, piece := range splitBySpans(snippet, highlights) {
		out = append(out, snippetPiece{Text: piece.Text, Match: len(piece.Covers) > 0})
	}
	return out
}
