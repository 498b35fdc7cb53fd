// Package web serves echotrace over HTTP: the JSON API under /api/v1/ with
// its OpenAPI document, the server-rendered pages (html/template, no
// JavaScript needed), exports and evidence reports. It reads what the
// pipeline stored and builds views through package report, so the pages,
// the API and the command line tell the same story. It writes only through
// the hooks the application gives it (adding a URL, uploading a page,
// feeds, groups, watches), and it must never render fetched or uploaded
// content unescaped.
package web

import (
	"context"
	"crypto/rand"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/store"
)

// Options is everything the server needs from the application that runs it.
type Options struct {
	Store store.Store
	// Aliases returns the alias table in force (the default table, the
	// user's files and the database's groups).
	Aliases func(ctx context.Context) (*alias.Table, error)
	// AddURL fetches a page, stores it and relates it, returning the
	// stored article's ID. Nil when the server cannot fetch.
	AddURL func(ctx context.Context, url string) (int64, error)
	// ImportPage stores an uploaded HTML page (name is what the user
	// called it, for messages) and relates it, returning the article's ID.
	ImportPage func(ctx context.Context, name string, html []byte) (int64, error)
	// AddFeed follows the feed or sitemap at url (or the feeds an HTML
	// page announces), returning the feeds followed. Nil when the server
	// cannot fetch.
	AddFeed func(ctx context.Context, url string) ([]echotrace.Feed, error)
	// Finder searches the reuse index for a pasted passage: the relater
	// the application keeps up to date as articles arrive. Nil loads the
	// index for each paste, which takes seconds on a large corpus.
	Finder report.PassageFinder
	// Token, when set, must accompany every write request and upload
	// (Authorization: Bearer, or the form field "token"). The server
	// requires one when it listens beyond loopback.
	Token string
	// MaxUpload bounds an uploaded page or pasted text, in bytes.
	MaxUpload int64
	// Log receives one line per failed request.
	Log *slog.Logger
	// Now is the clock (tests set it).
	Now func() time.Time
}

// Server is the HTTP face of one database.
type Server struct {
	opts Options
	mux  *http.ServeMux
	// csrfSecret signs the CSRF tokens of forms; it is new with every
	// server, so a restart asks forms to be reloaded.
	csrfSecret []byte
	// routes are the API's "METHOD /path" patterns, as registered, which
	// a test holds against the OpenAPI document.
	routes []string
	// aliasCache keeps the alias table between requests: building it
	// parses the whole default table, which cost more than the rest of an
	// article page.
	aggregates aggregates
	aliasCache struct {
		sync.Mutex
		table *alias.Table
		at    time.Time
	}
}

// DefaultMaxUpload is 5 MB: a news page with inline styles, not a site dump.
const DefaultMaxUpload = 5 << 20

// New builds a server over a store.
func New(opts Options) (*Server, error) {
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.MaxUpload <= 0 {
		opts.MaxUpload = DefaultMaxUpload
	}
	s := &Server{opts: opts, mux: http.NewServeMux(), csrfSecret: make([]byte, 32)}
	if _, err := rand.Read(s.csrfSecret); err != nil {
		return nil, err
	}
	if err := s.routeAPI(s.mux); err != nil {
		return nil, err
	}
	if err := s.routePages(s.mux); err != nil {
		return nil, err
	}
	if err := s.routeExports(s.mux); err != nil {
		return nil, err
	}
	return s, nil
}

// Handler is the server's root handler, with its safety checks around
// every route.
func (s *Server) Handler() http.Handler {
	return s.guard(s.mux)
}
