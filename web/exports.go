package web

import "net/http"

// routeExports registers the downloads: JSONL, CSV, GEXF, GraphML and
// the evidence report of one trace.
func (s *Server) routeExports(mux *http.ServeMux) error {
	return nil
}
