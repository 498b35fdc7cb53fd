package web

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"github.com/echotrace/echotrace"
)

// Error kinds of the HTTP layer, beside the domain's (echotrace.ErrNotFound,
// echotrace.ErrInvalid). Handlers wrap them with a message for the user.
var (
	// errUnauthorized: a write without the server's token.
	errUnauthorized = errors.New("this server requires a token for changes: send Authorization: Bearer TOKEN, or the form field \"token\"")
	// errForbidden: a wrong token, or a form without its CSRF token.
	errForbidden = errors.New("forbidden")
	// errUnavailable: the server was started without the hook a request
	// needs (it cannot fetch, or cannot import).
	errUnavailable = errors.New("not available on this server")
	// errMethod: the path exists, for other methods.
	errMethod = errors.New("method not allowed")
)

// statusOf is the one place where error kinds become HTTP statuses. The
// API, the pages and the guard all answer through it.
func statusOf(err error) int {
	var tooLarge *http.MaxBytesError
	switch {
	case err == nil:
		return http.StatusOK
	case errors.Is(err, echotrace.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, echotrace.ErrInvalid):
		return http.StatusBadRequest
	case errors.As(err, &tooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, errUnauthorized):
		return http.StatusUnauthorized
	case errors.Is(err, errForbidden):
		return http.StatusForbidden
	case errors.Is(err, errUnavailable):
		return http.StatusServiceUnavailable
	case errors.Is(err, errMethod):
		return http.StatusMethodNotAllowed
	}
	return http.StatusInternalServerError
}

// publicMessage is what a client is told about err: its own words for
// errors the client can act on, and nothing of the internals otherwise
// (those go to the log).
func publicMessage(err error, status int) string {
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return "the request body is larger than this server accepts (" + byteSize(tooLarge.Limit) + ")"
	case status >= 500 && status != http.StatusServiceUnavailable:
		return "internal error: the server's log says more"
	}
	return err.Error()
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return itoa(n>>20) + " MB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return itoa(n>>10) + " KB"
	}
	return itoa(n) + " bytes"
}

func itoa(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// apiError is the body of every API error response.
type apiError struct {
	Error string `json:"error"`
}

// writeError answers an API request with err, as JSON, logging what the
// client is not told.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	s.logFailure(r, status, err)
	writeJSON(w, status, apiError{Error: publicMessage(err, status)})
}

// logFailure writes one line per failed request: server faults at error
// level, the client's mistakes at debug.
func (s *Server) logFailure(r *http.Request, status int, err error) {
	level := slog.LevelDebug
	if status >= 500 {
		level = slog.LevelError
	}
	if errors.Is(err, context.Canceled) && r.Context().Err() != nil {
		level = slog.LevelDebug // the client went away
	}
	s.opts.Log.Log(r.Context(), level, "request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", err)
}

// writeJSON writes v with status. Encoding errors cannot reach the client
// once the status is sent; values here are plain structs that always encode.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}
