package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/echotrace/echotrace/report"
)

// The pages are server-rendered: every page is one template file in
// templates/ laid out by layout.html, executed on one typed page struct,
// and none of them needs JavaScript. Pages read through the views in
// views.go (the same values the API encodes) and write only through the
// store's feed, group and watch methods and the server's hooks.

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// pages holds the parsed templates; its methods are the page handlers.
type pages struct {
	srv *Server
	// byFile maps a page template's file name to the layout and that file
	// parsed together.
	byFile map[string]*template.Template
	svg    *template.Template
	// styleURL names the stylesheet with a hash of its content, so that
	// browsers may keep it for long and still never use a stale one
	// after an upgrade.
	styleURL string
}

// pageTemplate binds a template file to the one page struct it is
// executed on, so that a handler cannot hand a template the wrong data.
type pageTemplate[P any] struct{ file string }

var (
	frontTemplate   = pageTemplate[frontPage]{"front.html"}
	passageTemplate = pageTemplate[passagePage]{"passage.html"}
	searchTemplate  = pageTemplate[searchPage]{"search.html"}
	articleTemplate = pageTemplate[articlePage]{"article.html"}
	compareTemplate = pageTemplate[comparePage]{"compare.html"}
	storyTemplate   = pageTemplate[storyPage]{"story.html"}
	outletsTemplate = pageTemplate[outletsPage]{"outlets.html"}
	outletTemplate  = pageTemplate[outletPage]{"outlet.html"}
	feedsTemplate   = pageTemplate[feedsPage]{"feeds.html"}
	groupsTemplate  = pageTemplate[groupsPage]{"groups.html"}
	watchesTemplate = pageTemplate[watchesPage]{"watches.html"}
	errorTemplate   = pageTemplate[errorPage]{"error.html"}
)

const notFoundFallback = "There is no page at this address."

// layout is what every page shows around its content; page structs embed
// it.
type layout struct {
	// Title is the page's <title> (before " · echotrace") and its h1.
	Title string
	// Section is the navigation entry to mark as current.
	Section string
	// Query fills the header's search box.
	Query string
	// CSRF goes in a hidden field of every form.
	CSRF string
	// NeedToken: the server listens beyond loopback, so write forms ask
	// for the write token too.
	NeedToken bool
	// CanFetch and CanUpload say which of the server's hooks exist.
	CanFetch, CanUpload bool
	// MaxUploadMB is the upload limit, to say it before anyone tries.
	MaxUploadMB string
	// StyleURL is the stylesheet's address.
	StyleURL string
}

// navEntries are the header's links, in order.
var navEntries = []struct{ Section, Href, Label string }{
	{"front", "/", "Trace"},
	{"search", "/search", "Search"},
	{"outlets", "/outlets", "Outlets"},
	{"groups", "/groups", "Groups"},
	{"feeds", "/feeds", "Feeds"},
	{"watches", "/watches", "Watches"},
}

var templateFuncs = template.FuncMap{
	"nav":        func() any { return navEntries },
	"when":       whenTime,
	"published":  published,
	"dated":      dated,
	"pct":        func(f float64) string { return strconv.FormatFloat(f*100, 'f', 0, 64) + "%" },
	"conf":       func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) },
	"hours":      hoursPtr,
	"untitled":   report.Untitled,
	"articleURL": func(id int64) string { return "/articles/" + strconv.FormatInt(id, 10) },
	"outletURL":  func(domain string) string { return "/outlets/" + url.PathEscape(domain) },
	"groupURL":   func(name string) string { return "/groups/" + url.PathEscape(name) },
	"compareURL": func(a, b int64) string { return fmt.Sprintf("/compare?a=%d&b=%d", a, b) },
	"derefID":    func(p *int64) int64 { return deref(p) },
	"derefStr":   func(p *string) string { return deref(p) },
	"derefTime":  func(p *time.Time) time.Time { return deref(p) },
	"derefFloat": func(p *float64) float64 { return deref(p) },
}

// deref reads an optional value of a trace (a node's ID or URL), the zero
// value when absent.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// whenTime prints a time for people, in UTC, or "—" when unknown.
func whenTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

// published prints a publication time as the trace gives it (RFC 3339 or
// nil) with the precision its source allows: a date from the URL is a day.
func published(p *string, source string) string {
	if p == nil {
		return "undated"
	}
	t, err := time.Parse(time.RFC3339, *p)
	if err != nil {
		return *p
	}
	if source == "url" {
		return t.Format("2 Jan 2006") + " (day only)"
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

// dated prints a publication time with the precision its source allows,
// "—" when unknown.
func dated(t time.Time, source string) string {
	if t.IsZero() {
		return "—"
	}
	s := t.UTC().Format(time.RFC3339)
	return published(&s, source)
}

func hoursPtr(h *float64) string {
	if h == nil {
		return "—"
	}
	if *h < 1 {
		return strconv.FormatFloat(*h*60, 'f', 0, 64) + " min"
	}
	return strconv.FormatFloat(*h, 'f', 1, 64) + " h"
}

// parseTemplates parses every page with the layout, and the SVG drawing
// template on its own.
func parseTemplates() (map[string]*template.Template, *template.Template, error) {
	files, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		return nil, nil, err
	}
	byFile := map[string]*template.Template{}
	for _, f := range files {
		name := strings.TrimPrefix(f, "templates/")
		if name == "layout.html" || name == "svg.html" {
			continue
		}
		t, err := template.New(name).Funcs(templateFuncs).ParseFS(templateFiles, "templates/layout.html", f)
		if err != nil {
			return nil, nil, fmt.Errorf("template %s: %w", name, err)
		}
		byFile[name] = t
	}
	svg, err := template.New("svg.html").Funcs(templateFuncs).ParseFS(templateFiles, "templates/svg.html")
	if err != nil {
		return nil, nil, fmt.Errorf("template svg.html: %w", err)
	}
	return byFile, svg, nil
}

// routePages registers the server-rendered pages.
func (s *Server) routePages(mux *http.ServeMux) error {
	byFile, svg, err := parseTemplates()
	if err != nil {
		return err
	}
	css, err := staticFiles.ReadFile("static/style.css")
	if err != nil {
		return err
	}
	sum := sha256.Sum256(css)
	p := &pages{srv: s, byFile: byFile, svg: svg, styleURL: "/static/style.css?v=" + hex.EncodeToString(sum[:6])}
	static, err := fs.Sub(staticFiles, "static")
	if err != nil {
		return err
	}
	mux.Handle("GET /static/", cacheFor(30*24*time.Hour, http.StripPrefix("/static/", http.FileServerFS(static))))

	mux.HandleFunc("GET /{$}", p.front)
	mux.HandleFunc("POST /trace", p.trace)
	mux.HandleFunc("GET /search", p.search)
	mux.HandleFunc("GET /articles/{id}", p.article)
	mux.HandleFunc("GET /compare", p.compare)
	mux.HandleFunc("GET /stories/{id}", p.story)
	mux.HandleFunc("GET /outlets", p.outlets)
	mux.HandleFunc("GET /outlets/{domain}", p.outlet)
	mux.HandleFunc("GET /groups", p.groups)
	mux.HandleFunc("POST /groups", p.saveGroup)
	mux.HandleFunc("GET /groups/{name}", p.group)
	mux.HandleFunc("POST /groups/{name}/delete", p.deleteGroup)
	mux.HandleFunc("GET /feeds", p.feeds)
	mux.HandleFunc("POST /feeds", p.addFeed)
	mux.HandleFunc("POST /feeds/{id}/delete", p.deleteFeed)
	mux.HandleFunc("GET /watches", p.watches)
	mux.HandleFunc("POST /watches", p.addWatch)
	mux.HandleFunc("POST /watches/{id}/delete", p.deleteWatch)
	// Anything else is a page that does not exist: say so as a page, not
	// as the mux's plain-text line.
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		p.fail(w, r, http.StatusNotFound, notFoundFallback)
	})
	return nil
}

// cacheFor lets browsers keep the static files: they change only with
// the binary, and pages name them with a hash of their content.
func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age="+strconv.Itoa(int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}

// layoutFor fills the parts of the layout every page shares.
func (p *pages) layoutFor(w http.ResponseWriter, r *http.Request, title, section string) layout {
	o := p.srv.opts
	return layout{Title: title, Section: section, CSRF: p.srv.csrfToken(r, w), NeedToken: o.Token != "",
		CanFetch: o.AddURL != nil, CanUpload: o.ImportPage != nil,
		MaxUploadMB: strconv.FormatFloat(float64(o.MaxUpload)/(1<<20), 'f', -1, 64), StyleURL: p.styleURL}
}

// render executes a page into a buffer first, so that a template error
// becomes an error page rather than half a page with a 200 status.
func render[P any](p *pages, w http.ResponseWriter, r *http.Request, status int, t pageTemplate[P], page P) {
	var b bytes.Buffer
	tmpl := p.byFile[t.file]
	if tmpl == nil {
		p.failWith(w, r, fmt.Errorf("no template %s", t.file))
		return
	}
	if err := tmpl.Execute(&b, page); err != nil {
		p.failWith(w, r, fmt.Errorf("render %s: %w", t.file, err))
		return
	}
	// The guard has set the security headers (CSP and the rest).
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// errorPage says what went wrong, in words, with the status code.
type errorPage struct {
	layout
	Status  int
	Message string
}

// fail shows an error page with a message meant for the reader.
func (p *pages) fail(w http.ResponseWriter, r *http.Request, status int, message string) {
	page := errorPage{layout: p.layoutFor(w, r, http.StatusText(status), ""), Status: status, Message: message}
	render(p, w, r, status, errorTemplate, page)
}

// failWith turns an error from the store, the views or a hook into an
// error page, with the status statusOf gives it: the reader's own
// mistakes (not found, invalid input, too large) are shown in their own
// words, anything else is logged and shown without its internals.
func (p *pages) failWith(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	p.srv.logFailure(r, status, err)
	if r.Context().Err() != nil {
		return // the reader went away: nobody is left to read a page
	}
	if status == http.StatusInternalServerError {
		p.internalError(w, r)
		return
	}
	p.fail(w, r, status, sentence(publicMessage(err, status)))
}

// internalError shows a page that gives nothing away but says it was not
// the reader's fault; the cause is logged by whoever calls it.
func (p *pages) internalError(w http.ResponseWriter, r *http.Request) {
	const msg = "Something went wrong on the server while building this page. It has been logged; please try again, and report it if it keeps happening."
	if t := p.byFile[errorTemplate.file]; t != nil {
		var b bytes.Buffer
		page := errorPage{layout: layout{Title: http.StatusText(http.StatusInternalServerError), StyleURL: p.styleURL}, Status: http.StatusInternalServerError, Message: msg}
		if t.Execute(&b, page) == nil {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusInternalServerError)
			w.Write(b.Bytes())
			return
		}
	}
	http.Error(w, msg, http.StatusInternalServerError)
}

// sentence capitalises an error message for a page.
func sentence(msg string) string {
	if msg == "" {
		return msg
	}
	r := []rune(msg)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	s := string(r)
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// seeOther ends a successful form post with a redirect, so that reloading
// the next page does not post the form again.
func seeOther(w http.ResponseWriter, r *http.Request, to string) {
	http.Redirect(w, r, to, http.StatusSeeOther)
}
