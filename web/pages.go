package web

import "net/http"

// routePages registers the server-rendered pages.
func (s *Server) routePages(mux *http.ServeMux) error {
	return nil
}
