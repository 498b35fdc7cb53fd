package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store/sqlite"
	"github.com/getkin/kin-openapi/openapi3"
)

// guardServer is a real server over an empty SQLite store, for the safety
// checks, which do not need a corpus.
func guardServer(t *testing.T, opts Options) (*Server, *httptest.Server) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "guard.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	opts.Store = st
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return s, ts
}

type answer struct {
	status int
	header http.Header
	body   string
}

func send(t *testing.T, method, u, contentType string, body io.Reader, header ...string) answer {
	t.Helper()
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Add(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return answer{resp.StatusCode, resp.Header, string(b)}
}

func (a answer) want(t *testing.T, what string, status int, mention string) {
	t.Helper()
	if a.status != status || !strings.Contains(a.body, mention) {
		t.Errorf("%s: %d %q, want %d mentioning %q", what, a.status, a.body, status, mention)
	}
}

// formFor is a form with a valid CSRF token and the cookie it rests on,
// as a page of this server would give a browser.
func formFor(t *testing.T, s *Server, fields url.Values) (string, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	token := s.csrfToken(httptest.NewRequest("GET", "/", nil), rec)
	cookies := rec.Result().Cookies()
	if len(cookies) != 1 || cookies[0].Name != csrfCookie || !cookies[0].HttpOnly {
		t.Fatalf("CSRF cookie = %+v", cookies)
	}
	fields.Set("csrf", token)
	return fields.Encode(), cookies[0].Name + "=" + cookies[0].Value
}

const formType = "application/x-www-form-urlencoded"

func TestGuardSecurityHeadersOnEveryAnswer(t *testing.T) {
	_, ts := guardServer(t, Options{})
	for _, a := range []answer{
		send(t, "GET", ts.URL+"/api/v1/overview", "", nil),
		send(t, "GET", ts.URL+"/api/v1/articles/12345", "", nil),
		send(t, "POST", ts.URL+"/api/v1/trace", "application/json", strings.NewReader("{")),
		send(t, "POST", ts.URL+"/api/v1/trace", formType, strings.NewReader("text=x")),
	} {
		h := a.header
		if !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'self'") || !strings.Contains(h.Get("Content-Security-Policy"), "script-src 'none'") ||
			h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "DENY" || h.Get("Referrer-Policy") == "" {
			t.Errorf("answer %d lacks a security header: %v", a.status, h)
		}
	}
}

func TestGuardWriteToken(t *testing.T) {
	const writeToken = "harbour-lights-7"
	s, ts := guardServer(t, Options{Token: writeToken})
	watch := `{"outlet": "northwire.example"}`
	// Reading needs no token.
	send(t, "GET", ts.URL+"/api/v1/watches", "", nil).want(t, "read without a token", 200, "watches")
	// Writing does.
	send(t, "POST", ts.URL+"/api/v1/watches", "application/json", strings.NewReader(watch)).
		want(t, "write without a token", 401, "requires a token")
	send(t, "POST", ts.URL+"/api/v1/watches", "application/json", strings.NewReader(watch), "Authorization", "Bearer harbour-lights-8").
		want(t, "write with a wrong token", 403, "wrong token")
	send(t, "DELETE", ts.URL+"/api/v1/watches/1", "", nil, "Authorization", "Basic "+writeToken).
		want(t, "a token in the wrong scheme", 401, "requires a token")
	send(t, "POST", ts.URL+"/api/v1/watches", "application/json", strings.NewReader(watch), "Authorization", "Bearer "+writeToken).
		want(t, "write with the token", 201, "northwire.example")
	send(t, "DELETE", ts.URL+"/api/v1/watches/1", "", nil, "Authorization", "bearer "+writeToken).
		want(t, "delete with the token", 204, "")

	// A form carries the token in its field "token", beside its CSRF token.
	body, cookie := formFor(t, s, url.Values{"text": {"A passage nobody wrote."}, "token": {writeToken}})
	send(t, "POST", ts.URL+"/api/v1/trace", formType, strings.NewReader(body), "Cookie", cookie).
		want(t, "form with the token", 200, "chain")
	body, cookie = formFor(t, s, url.Values{"text": {"A passage nobody wrote."}, "token": {"guess"}})
	send(t, "POST", ts.URL+"/api/v1/trace", formType, strings.NewReader(body), "Cookie", cookie).
		want(t, "form with a wrong token", 403, "wrong token")
	body, cookie = formFor(t, s, url.Values{"text": {"A passage nobody wrote."}})
	send(t, "POST", ts.URL+"/api/v1/trace", formType, strings.NewReader(body), "Cookie", cookie).
		want(t, "form without the token", 401, "requires a token")
}

func TestGuardCSRF(t *testing.T) {
	s, ts := guardServer(t, Options{})
	trace := ts.URL + "/api/v1/trace"
	passage := url.Values{"text": {"The ferry timetable changes on Sunday."}}

	body, cookie := formFor(t, s, passage)
	send(t, "POST", trace, formType, strings.NewReader(body), "Cookie", cookie).want(t, "form with its CSRF token", 200, "chain")

	// Without the field, without the cookie, or with another browser's.
	noField := url.Values{"text": passage["text"]}.Encode()
	send(t, "POST", trace, formType, strings.NewReader(noField), "Cookie", cookie).want(t, "form without CSRF field", 403, "CSRF")
	send(t, "POST", trace, formType, strings.NewReader(body)).want(t, "form without CSRF cookie", 403, "CSRF")
	_, otherCookie := formFor(t, s, url.Values{})
	send(t, "POST", trace, formType, strings.NewReader(body), "Cookie", otherCookie).want(t, "form with another cookie", 403, "CSRF")
	// A text/plain body is a form too: a cross-site form can send one.
	send(t, "POST", trace, "text/plain", strings.NewReader("text=x")).want(t, "text/plain without CSRF", 403, "CSRF")
	// A token of another server (another secret) is refused.
	other, _ := guardServer(t, Options{})
	body2, cookie2 := formFor(t, other, url.Values{"text": passage["text"]})
	send(t, "POST", trace, formType, strings.NewReader(body2), "Cookie", cookie2).want(t, "another server's token", 403, "CSRF")

	// JSON is no form: no CSRF token, but cross-origin protection.
	jsonBody := `{"text": "The ferry timetable changes on Sunday."}`
	send(t, "POST", trace, "application/json", strings.NewReader(jsonBody)).want(t, "JSON from a program", 200, "chain")
	send(t, "POST", trace, "application/json", strings.NewReader(jsonBody), "Sec-Fetch-Site", "same-origin").want(t, "same-origin", 200, "chain")
	send(t, "POST", trace, "application/json", strings.NewReader(jsonBody), "Sec-Fetch-Site", "cross-site").want(t, "cross-site", 403, "cross-origin")
	send(t, "POST", trace, "application/json", strings.NewReader(jsonBody), "Origin", "http://evil.example").want(t, "foreign Origin", 403, "cross-origin")
	// Even a form with a valid CSRF token is refused when it comes from
	// another site.
	send(t, "POST", trace, formType, strings.NewReader(body), "Cookie", cookie, "Sec-Fetch-Site", "cross-site").want(t, "cross-site form", 403, "cross-origin")

	// Several forms on one page get one token (one cookie).
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/", nil)
	if a, b := s.csrfToken(req, rec), s.csrfToken(req, rec); a != b || len(rec.Result().Cookies()) != 1 {
		t.Errorf("two tokens on one page: %q %q, %d cookies", a, b, len(rec.Result().Cookies()))
	}
}

func TestGuardUploadLimit(t *testing.T) {
	var mu sync.Mutex
	var imported []string
	_, ts := guardServer(t, Options{MaxUpload: 2048, ImportPage: func(ctx context.Context, name string, html []byte) (int64, error) {
		mu.Lock()
		defer mu.Unlock()
		imported = append(imported, name)
		return 0, echotrace.Invalidf("%s: no article in it", name)
	}})
	big := "<html><body><p>" + strings.Repeat("The tide came in. ", 200) + "</p></body></html>"
	small := "<html><body><p>The tide came in.</p></body></html>"

	send(t, "POST", ts.URL+"/api/v1/uploads?name=big.html", "text/html", strings.NewReader(big)).want(t, "raw upload over the limit", 413, "2 KB")
	multi := func(page string) (string, io.Reader) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		fw, _ := mw.CreateFormFile("page", "page.html")
		fw.Write([]byte(page))
		mw.Close()
		return mw.FormDataContentType(), &b
	}
	ct, body := multi(big)
	send(t, "POST", ts.URL+"/api/v1/uploads", ct, body, "Authorization", "Bearer client").want(t, "multipart upload over the limit", 413, "larger than")
	// A body far over the limit is cut off by the guard, before any handler.
	send(t, "POST", ts.URL+"/api/v1/trace", "application/json", strings.NewReader(`{"text": "`+strings.Repeat("x", 200<<10)+`"}`)).
		want(t, "JSON over the limit", 413, "larger than")
	ct, body = multi(small)
	send(t, "POST", ts.URL+"/api/v1/uploads", ct, body, "Authorization", "Bearer client").want(t, "small upload", 400, "no article")
	mu.Lock()
	defer mu.Unlock()
	if !slices.Equal(imported, []string{"page.html"}) {
		t.Errorf("imported = %v, want only the small page", imported)
	}
}

func TestGuardHooksMissing(t *testing.T) {
	_, ts := guardServer(t, Options{})
	send(t, "POST", ts.URL+"/api/v1/urls", "application/json", strings.NewReader(`{"url": "https://northwire.example/a"}`)).want(t, "add URL without fetching", 503, "does not fetch")
	send(t, "POST", ts.URL+"/api/v1/feeds", "application/json", strings.NewReader(`{"url": "https://northwire.example/rss"}`)).want(t, "add feed without fetching", 503, "does not fetch")
	send(t, "POST", ts.URL+"/api/v1/uploads", "text/html", strings.NewReader("<p>x</p>")).want(t, "upload without importing", 503, "does not import")
}

func TestGuardPanicIsA500(t *testing.T) {
	var logged bytes.Buffer
	s, ts := guardServer(t, Options{Log: slog.New(slog.NewTextHandler(&logged, nil))})
	s.mux.HandleFunc("GET /api/v1/test-panic", func(http.ResponseWriter, *http.Request) { panic("ledger out of ink") })
	a := send(t, "GET", ts.URL+"/api/v1/test-panic", "", nil)
	var e apiError
	if json.Unmarshal([]byte(a.body), &e); a.status != 500 || strings.Contains(e.Error, "ink") || e.Error == "" {
		t.Errorf("panic answered %d %q; want a 500 that tells nothing of the internals", a.status, a.body)
	}
	if !strings.Contains(logged.String(), "handler panic") || !strings.Contains(logged.String(), "ledger out of ink") {
		t.Errorf("no log line for the panic: %s", logged.String())
	}
	send(t, "GET", ts.URL+"/api/v1/overview", "", nil).want(t, "the server after a panic", 200, "counts")
}

func TestStatusOfErrorKinds(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want int
	}{
		{fmt.Errorf("article 4: %w", echotrace.ErrNotFound), 404},
		{echotrace.Invalidf("limit=x"), 400},
		{&http.MaxBytesError{Limit: 10}, 413},
		{fmt.Errorf("upload: %w", &http.MaxBytesError{Limit: 10}), 413},
		{errUnauthorized, 401},
		{fmt.Errorf("wrong token: %w", errForbidden), 403},
		{fmt.Errorf("no crawler: %w", errUnavailable), 503},
		{fmt.Errorf("disk I/O error"), 500},
	} {
		if got := statusOf(tc.err); got != tc.want {
			t.Errorf("statusOf(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
	if msg := publicMessage(fmt.Errorf("open /var/secret/db: permission denied"), 500); strings.Contains(msg, "secret") {
		t.Errorf("a 500 leaks %q", msg)
	}
}

// apiPatternInSource matches a route under /api/ registered anywhere in
// the package: mux.HandleFunc("GET /api/v1/export", ...), s.api(...).
var apiPatternInSource = regexp.MustCompile(`^"((?:GET|POST|PUT|PATCH|DELETE|HEAD) /api/[^"]*)"$`)

// registeredInSource lists the API patterns that the package's files
// register, whichever part of the server registers them: a ServeMux cannot
// list its routes, so the test reads the calls that make them.
func registeredInSource(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			for _, arg := range call.Args {
				if lit, ok := arg.(*ast.BasicLit); ok {
					if m := apiPatternInSource.FindStringSubmatch(lit.Value); m != nil {
						out = append(out, m[1])
					}
				}
			}
			return true
		})
	}
	return out
}

// TestRoutesMatchOpenAPI holds the routes the server registers against the
// operations its OpenAPI document describes, both ways: every route under
// /api/ (and the watches' feeds) is documented, and every documented
// operation is served by exactly the pattern the document names.
func TestRoutesMatchOpenAPI(t *testing.T) {
	s, _ := guardServer(t, Options{})
	doc, err := openapi3.NewLoader().LoadFromData(openAPIDocument)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("openapi.yaml: %v", err)
	}
	documented := map[string]bool{}
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented[method+" "+path] = true
		}
	}
	registered := map[string]bool{}
	for _, r := range append(registeredInSource(t), s.routes...) {
		registered[r] = true
		if !documented[r] {
			t.Errorf("route %s is not in openapi.yaml", r)
		}
	}
	if len(registered) < 25 {
		t.Errorf("only %d routes found", len(registered))
	}
	// Each documented operation reaches the mux under its own pattern.
	for op := range documented {
		method, path, _ := strings.Cut(op, " ")
		example := strings.NewReplacer("{id}", "1", "{domain}", "northwire.example", "{name}", "relay").Replace(path)
		_, pattern := s.mux.Handler(httptest.NewRequest(method, example, nil))
		if pattern != op {
			t.Errorf("openapi.yaml describes %s, but %s %s reaches %q", op, method, example, pattern)
		}
	}
}

// TestAPIWrongMethodIs405: a path the API has, asked with another method,
// says which methods it takes; a path it does not have is a 404.
func TestAPIWrongMethodIs405(t *testing.T) {
	_, ts := guardServer(t, Options{})
	req, err := http.NewRequest("DELETE", ts.URL+"/api/v1/articles/1/trace", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 || resp.Header.Get("Allow") != "GET" {
		t.Errorf("DELETE of a trace: %d, Allow %q; want 405, Allow GET", resp.StatusCode, resp.Header.Get("Allow"))
	}
	send(t, "PUT", ts.URL+"/api/v1/feeds", "application/json", strings.NewReader(`{}`)).want(t, "PUT of the feed list", 405, "GET or POST")
	send(t, "GET", ts.URL+"/api/v1/no-such-thing", "", nil).want(t, "an unknown path", 404, "no API endpoint")
}
