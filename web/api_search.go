package web

import (
	"net/http"
	"strings"

	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/store"
)

type searchResults struct {
	Query   string             `json:"query"`
	Results []report.SearchHit `json:"results"`
}

// search answers what `echotrace search --json` prints, in an object.
// outlet may be repeated (or comma-separated); from and to bound the
// publication date ([from, to)); limit and offset page.
func (s *Server) search(w http.ResponseWriter, r *http.Request) error {
	q, err := searchQuery(r)
	if err != nil {
		return err
	}
	hits, err := s.opts.Store.Search(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, searchResults{Query: q.Text, Results: report.SearchHits(hits)})
	return nil
}

// searchQuery reads a search's parameters; the store checks the filters'
// values and names what is wrong.
func searchQuery(r *http.Request) (store.SearchQuery, error) {
	v := r.URL.Query()
	q := store.SearchQuery{Text: v.Get("q"), Relation: v.Get("relation"), Lang: v.Get("lang")}
	for _, o := range v["outlet"] {
		for _, part := range strings.Split(o, ",") {
			if part = strings.TrimSpace(part); part != "" {
				q.Outlets = append(q.Outlets, part)
			}
		}
	}
	var err error
	if q.From, err = queryTime(r, "from"); err != nil {
		return q, err
	}
	if q.To, err = queryTime(r, "to"); err != nil {
		return q, err
	}
	if q.Limit, err = queryInt(r, "limit", store.DefaultSearchLimit, 1, store.MaxSearchLimit); err != nil {
		return q, err
	}
	if q.Offset, err = queryInt(r, "offset", 0, 0, 1<<30); err != nil {
		return q, err
	}
	if _, err := store.ParseSearchText(q.Text); err != nil {
		return q, err
	}
	return q, nil
}
