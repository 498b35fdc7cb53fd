package web

import "net/http"

// routeAPI registers the JSON API under /api/v1/ and its OpenAPI document.
func (s *Server) routeAPI(mux *http.ServeMux) error {
	return nil
}
