package web

import (
	_ "embed"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
)

// The JSON API. Every handler returns an error instead of writing one, so
// that errors are answered in one way (writeError, statusOf); lists are
// objects holding an array, so that paging fields can be added later.

//go:embed openapi.yaml
var openAPIDocument []byte

// routeAPI registers the JSON API under /api/v1/ and its OpenAPI document,
// and the watches' Atom feeds.
func (s *Server) routeAPI(mux *http.ServeMux) error {
	s.api(mux, "GET /api/v1/openapi.yaml", s.getOpenAPI)
	s.api(mux, "GET /api/v1/overview", s.getOverview)

	s.api(mux, "GET /api/v1/articles", s.listArticles)
	s.api(mux, "GET /api/v1/articles/{id}", s.getArticle)
	s.api(mux, "GET /api/v1/articles/{id}/trace", s.getTrace)
	s.api(mux, "POST /api/v1/trace", s.tracePassage)
	s.api(mux, "GET /api/v1/compare", s.getComparison)
	s.api(mux, "GET /api/v1/search", s.search)

	s.api(mux, "GET /api/v1/stories", s.listStories)
	s.api(mux, "GET /api/v1/stories/{id}", s.getStory)

	s.api(mux, "GET /api/v1/outlets", s.listOutlets)
	s.api(mux, "GET /api/v1/outlets/{domain}", s.getOutlet)
	s.api(mux, "GET /api/v1/groups", s.listGroups)
	s.api(mux, "GET /api/v1/groups/{name}", s.getGroup)
	s.api(mux, "PUT /api/v1/groups/{name}", s.putGroup)
	s.api(mux, "DELETE /api/v1/groups/{name}", s.deleteGroup)

	s.api(mux, "GET /api/v1/feeds", s.listFeeds)
	s.api(mux, "POST /api/v1/feeds", s.addFeed)
	s.api(mux, "DELETE /api/v1/feeds/{id}", s.deleteFeed)
	s.api(mux, "GET /api/v1/imports", s.listImports)
	s.api(mux, "POST /api/v1/urls", s.addURL)
	s.api(mux, "POST /api/v1/uploads", s.upload)

	s.api(mux, "GET /api/v1/watches", s.listWatches)
	s.api(mux, "POST /api/v1/watches", s.addWatch)
	s.api(mux, "GET /api/v1/watches/{id}", s.getWatch)
	s.api(mux, "DELETE /api/v1/watches/{id}", s.deleteWatch)
	s.api(mux, "GET /watches/{id}/atom", s.watchAtom)

	// Anything else under the API is a JSON error, not a page: 405 with
	// the methods the path has (this catch-all hides the mux's own 405),
	// or 404.
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		if allowed := otherMethods(mux, r); len(allowed) > 0 {
			w.Header().Set("Allow", strings.Join(allowed, ", "))
			s.writeError(w, r, fmt.Errorf("%s %s: use %s: %w", r.Method, r.URL.Path, strings.Join(allowed, " or "), errMethod))
			return
		}
		s.writeError(w, r, fmt.Errorf("no API endpoint %s %s (see /api/v1/openapi.yaml): %w", r.Method, r.URL.Path, echotrace.ErrNotFound))
	})
	return nil
}

// otherMethods lists the methods for which the mux has an API route at
// r's path.
func otherMethods(mux *http.ServeMux, r *http.Request) []string {
	var out []string
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete} {
		if m == r.Method {
			continue
		}
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := mux.Handler(probe); pattern != "" && pattern != "/api/" {
			out = append(out, m)
		}
	}
	return out
}

// api registers one endpoint and remembers its pattern for the test that
// holds the routes against the OpenAPI document.
func (s *Server) api(mux *http.ServeMux, pattern string, h func(http.ResponseWriter, *http.Request) error) {
	s.routes = append(s.routes, pattern)
	mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.writeError(w, r, err)
		}
	})
}

func (s *Server) getOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/yaml; charset=utf-8")
	_, err := w.Write(openAPIDocument)
	return err
}

func (s *Server) getOverview(w http.ResponseWriter, r *http.Request) error {
	v, err := s.frontView(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

// pathID reads a numeric path parameter.
func pathID(r *http.Request, name string) (int64, error) {
	raw := r.PathValue(name)
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		return 0, echotrace.Invalidf("%s %q is not an ID (a positive whole number)", name, raw)
	}
	return id, nil
}

// queryInt reads an optional integer query parameter within [lo, hi].
func queryInt(r *http.Request, name string, def, lo, hi int) (int, error) {
	raw := r.URL.Query().Get(name)
	if raw == "" {
		return def, nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < lo || n > hi {
		return 0, echotrace.Invalidf("%s=%q: want a whole number from %d to %d", name, raw, lo, hi)
	}
	return n, nil
}

// queryID reads a required ID query parameter.
func queryID(r *http.Request, name string) (int64, error) {
	raw := r.URL.Query().Get(name)
	if raw == "" {
		return 0, echotrace.Invalidf("%s is missing: name an article by its ID", name)
	}
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		return 0, echotrace.Invalidf("%s=%q is not an article ID (a positive whole number)", name, raw)
	}
	return id, nil
}

// queryTime reads an optional date (2006-01-02) or time (RFC 3339).
func queryTime(r *http.Request, name string) (time.Time, error) {
	raw := strings.TrimSpace(r.URL.Query().Get(name))
	if raw == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, raw); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, echotrace.Invalidf("%s=%q: want a date (2006-01-02) or a time (RFC 3339)", name, raw)
}
