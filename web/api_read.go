package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"sort"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/report"
)

// ArticleSummary is an article in a list.
type ArticleSummary struct {
	ArticleRef
	FirstSeen time.Time `json:"first_seen"`
	Versions  int       `json:"versions"`
}

type articleList struct {
	Articles []ArticleSummary `json:"articles"`
	// NextAfter is the `after` of the next page; null on the last page.
	NextAfter *int64 `json:"next_after"`
}

func (s *Server) listArticles(w http.ResponseWriter, r *http.Request) error {
	limit, err := queryInt(r, "limit", 50, 1, 500)
	if err != nil {
		return err
	}
	after, err := queryInt(r, "after", 0, 0, 1<<62)
	if err != nil {
		return err
	}
	arts, err := s.opts.Store.Articles(r.Context(), int64(after), limit)
	if err != nil {
		return err
	}
	out := articleList{Articles: []ArticleSummary{}}
	for i := range arts {
		a := &arts[i]
		out.Articles = append(out.Articles, ArticleSummary{ArticleRef: refOf(a), FirstSeen: a.FirstSeen.UTC(), Versions: a.Versions})
	}
	if len(arts) == limit {
		next := arts[len(arts)-1].ID
		out.NextAfter = &next
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	v, err := s.articleView(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

// getTrace answers what `echotrace trace --json` prints.
func (s *Server) getTrace(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	ctx := r.Context()
	art, err := s.opts.Store.Article(ctx, id)
	if err != nil {
		return err
	}
	aliases, err := s.aliases(ctx)
	if err != nil {
		return err
	}
	tr, err := report.For(ctx, s.opts.Store, art, aliases)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, tr)
	return nil
}

// passageRequest is the body of a passage trace.
type passageRequest struct {
	Text string `json:"text"`
}

// tracePassage answers what `echotrace trace --text --json` prints.
func (s *Server) tracePassage(w http.ResponseWriter, r *http.Request) error {
	var req passageRequest
	if isForm(r) {
		req.Text = r.PostFormValue("text")
	} else if err := decodeJSON(r, &req); err != nil {
		return err
	}
	ctx := r.Context()
	finder, err := s.passageFinder(ctx)
	if err != nil {
		return err
	}
	p, err := report.TracePassage(ctx, s.opts.Store, finder, req.Text)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

// decodeJSON reads a JSON request body into v, refusing other media types
// (which a browser form could send across sites) and unknown fields.
func decodeJSON(r *http.Request, v any) error {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "application/json" {
		return echotrace.Invalidf("send the request body as JSON, with Content-Type: application/json (got %q)", r.Header.Get("Content-Type"))
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if tooLarge := asMaxBytes(err); tooLarge != nil {
			return tooLarge
		}
		if err == io.EOF {
			return echotrace.Invalidf("the request body is empty: send a JSON object")
		}
		return echotrace.Invalidf("the request body is not the JSON object expected: %v", err)
	}
	if dec.More() {
		return echotrace.Invalidf("the request body holds more than one JSON value")
	}
	return nil
}

func asMaxBytes(err error) error {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return tooLarge
	}
	return nil
}

func (s *Server) getComparison(w http.ResponseWriter, r *http.Request) error {
	a, err := queryID(r, "a")
	if err != nil {
		return err
	}
	b, err := queryID(r, "b")
	if err != nil {
		return err
	}
	v, err := s.comparisonView(r.Context(), a, b)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

type storyList struct {
	Stories []echotrace.StorySummary `json:"stories"`
}

func (s *Server) listStories(w http.ResponseWriter, r *http.Request) error {
	minArticles, err := queryInt(r, "min", 2, 1, 1<<30)
	if err != nil {
		return err
	}
	limit, err := queryInt(r, "limit", 50, 1, 1000)
	if err != nil {
		return err
	}
	stories, err := s.stories(r.Context(), minArticles, limit)
	if err != nil {
		return err
	}
	out := storyList{Stories: []echotrace.StorySummary{}}
	out.Stories = append(out.Stories, stories...)
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) getStory(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	v, err := s.storyView(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

type outletList struct {
	Outlets []provenance.OutletStats `json:"outlets"`
}

// listOutlets lists every outlet with its statistics, most articles first,
// as `echotrace outlets --json` does.
func (s *Server) listOutlets(w http.ResponseWriter, r *http.Request) error {
	v, err := s.outletsView(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

func (s *Server) outletsView(r *http.Request) (*outletList, error) {
	ctx := r.Context()
	counts, err := s.opts.Store.Outlets(ctx)
	if err != nil {
		return nil, err
	}
	stats, _, err := s.outletStats(ctx, nil)
	if err != nil {
		return nil, err
	}
	byDomain := map[string]provenance.OutletStats{}
	for _, st := range stats {
		byDomain[st.Domain] = st
	}
	out := &outletList{Outlets: []provenance.OutletStats{}}
	for _, o := range counts {
		st, ok := byDomain[o.Domain]
		if !ok {
			st = emptyStats(o.Domain)
		}
		st.Articles = o.Articles
		out.Outlets = append(out.Outlets, st)
	}
	return out, nil
}

// emptyStats are the statistics of an outlet with no reuse either way.
func emptyStats(domain string) provenance.OutletStats {
	return provenance.OutletStats{Domain: domain, CopiesFrom: []provenance.OutletLink{}, CopiedBy: []provenance.OutletLink{},
		Relations: map[string]int{}, Changes: map[string]int{}}
}

func (s *Server) getOutlet(w http.ResponseWriter, r *http.Request) error {
	v, err := s.outletView(r.Context(), r.PathValue("domain"), false)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

// Group is an outlet group: a name and its member domains.
type Group struct {
	Name    string   `json:"name"`
	Members []string `json:"members"`
}

type groupList struct {
	Groups []Group `json:"groups"`
}

func (s *Server) listGroups(w http.ResponseWriter, r *http.Request) error {
	gs, err := s.opts.Store.OutletGroups(r.Context())
	if err != nil {
		return err
	}
	out := groupList{Groups: []Group{}}
	for name, members := range gs {
		out.Groups = append(out.Groups, Group{Name: name, Members: append([]string{}, members...)})
	}
	sort.Slice(out.Groups, func(i, j int) bool { return out.Groups[i].Name < out.Groups[j].Name })
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) getGroup(w http.ResponseWriter, r *http.Request) error {
	name := r.PathValue("name")
	gs, err := s.opts.Store.OutletGroups(r.Context())
	if err != nil {
		return err
	}
	if _, ok := gs[name]; !ok {
		return fmt.Errorf("outlet group %q: %w", name, echotrace.ErrNotFound)
	}
	v, err := s.outletView(r.Context(), name, true)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}
