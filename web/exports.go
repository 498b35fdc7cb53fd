package web

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/export"
	"github.com/echotrace/echotrace/report"
)

// routeExports registers the downloads: JSONL, CSV, GEXF, GraphML and
// the evidence report of one trace.
func (s *Server) routeExports(mux *http.ServeMux) error {
	mux.HandleFunc("GET /api/v1/export", s.serveExport)
	mux.HandleFunc("GET /articles/{id}/evidence", s.serveEvidence)
	return nil
}

// exportParams are the query parameters of /api/v1/export.
var exportParams = []string{"format", "table", "graph", "story"}

// serveExport streams an export as a download. What can be checked is
// checked before the first byte (parameters, the story's existence), so
// that a mistake gets a 400 or 404 with a JSON error; a failure midway
// cuts the connection, so that a client never keeps a truncated file
// that looks whole.
func (s *Server) serveExport(w http.ResponseWriter, r *http.Request) {
	req, err := exportRequest(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", req.ContentType())
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": req.FileName()}))
	out := &sentWriter{w: w}
	if err := export.Write(r.Context(), s.opts.Store, out, req); err != nil {
		if !out.sent {
			h.Del("Content-Disposition")
			s.writeError(w, r, err)
			return
		}
		s.logFailure(r, statusOf(err), err)
		panic(http.ErrAbortHandler)
	}
}

func exportRequest(r *http.Request) (export.Request, error) {
	q := r.URL.Query()
	var unknown []string
	for k := range q {
		if !slices.Contains(exportParams, k) {
			unknown = append(unknown, strconv.Quote(k))
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return export.Request{}, echotrace.Invalidf("unknown parameter %s: an export takes %s", strings.Join(unknown, ", "), strings.Join(exportParams, ", "))
	}
	for _, k := range exportParams {
		if len(q[k]) > 1 {
			return export.Request{}, echotrace.Invalidf("parameter %q is given %d times: give it once", k, len(q[k]))
		}
	}
	story, err := export.ParseStory(q.Get("story"))
	if err != nil {
		return export.Request{}, err
	}
	return export.Request{Format: q.Get("format"), Table: q.Get("table"), Graph: q.Get("graph"), Story: story}.Normalize()
}

// sentWriter notes whether anything reached the client.
type sentWriter struct {
	w    http.ResponseWriter
	sent bool
}

func (s *sentWriter) Write(p []byte) (int, error) {
	s.sent = s.sent || len(p) > 0
	return s.w.Write(p)
}

// serveEvidence answers the evidence report of an article's trace: the
// page a journalist saves or prints, so it is built whole before it is
// sent, and its own Content-Security-Policy replaces the site's (it needs
// its inline stylesheet, and nothing else).
func (s *Server) serveEvidence(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	raw := r.PathValue("id")
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		s.refuse(w, r, fmt.Errorf("no article %q: %w", raw, echotrace.ErrNotFound))
		return
	}
	art, err := s.opts.Store.Article(ctx, id)
	if err != nil {
		s.refuse(w, r, err)
		return
	}
	aliases, err := s.aliases(ctx)
	if err != nil {
		s.refuse(w, r, err)
		return
	}
	tr, err := report.For(ctx, s.opts.Store, art, aliases)
	if err != nil {
		s.refuse(w, r, err)
		return
	}
	data, err := export.GatherEvidence(ctx, s.opts.Store, tr, s.opts.Now())
	if err != nil {
		s.refuse(w, r, err)
		return
	}
	var page bytes.Buffer
	if err := export.EvidenceReport(&page, *data); err != nil {
		s.refuse(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", export.EvidenceCSP+"; frame-ancestors 'none'")
	h.Set("Content-Disposition", mime.FormatMediaType("inline", map[string]string{"filename": fmt.Sprintf("echotrace-evidence-%d.html", id)}))
	w.Write(page.Bytes())
}
