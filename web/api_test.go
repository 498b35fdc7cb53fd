package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"github.com/echotrace/echotrace/internal/lockedbuf"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/echotrace/echotrace/app"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	legacyrouter "github.com/getkin/kin-openapi/routers/legacy"
)

var servingLine = regexp.MustCompile(`echotrace: serving (http://\S+)/ \(Ctrl-C to stop\)`)

// apiServe runs the real command (`echotrace serve ...`) in this process
// until the test ends, and returns the URL it says it serves, without the
// trailing slash. Stopping it must end it cleanly (exit status 0).
func apiServe(t *testing.T, env map[string]string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut lockedbuf.Buffer
	done := make(chan int, 1)
	go func() {
		done <- app.Main(ctx, args, strings.NewReader(""), &out, &errOut, func(k string) string { return env[k] })
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("%v: exit %d after stopping: %s", args, code, errOut.String())
			}
		case <-time.After(30 * time.Second):
			t.Errorf("%v did not stop within 30s of its context's end", args)
		}
	})
	deadline := time.After(90 * time.Second)
	for {
		if m := servingLine.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
		select {
		case code := <-done:
			done <- code
			t.Fatalf("%v exited with %d before serving: %s", args, code, errOut.String())
		case <-deadline:
			t.Fatalf("%v printed no URL within 90s: %s", args, errOut.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// apiChecker calls a served API and validates every response against the
// OpenAPI document the server itself serves; it remembers which documented
// operations were called, so that a test can insist on all of them.
type apiChecker struct {
	t      *testing.T
	base   string
	doc    *openapi3.T
	router routers.Router
	called map[string]bool
}

func newAPIChecker(t *testing.T, base string) *apiChecker {
	t.Helper()
	resp, err := http.Get(base + "/api/v1/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	spec, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("openapi.yaml: %d, %v", resp.StatusCode, err)
	}
	doc, err := openapi3.NewLoader().LoadFromData(spec)
	if err != nil {
		t.Fatalf("the served OpenAPI document does not load: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the served OpenAPI document is not valid: %v", err)
	}
	doc.Servers = nil // match requests to any host: the test server's port is random
	router, err := legacyrouter.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, ct := range []string{"application/atom+xml", "application/x-ndjson", "application/gexf+xml", "application/graphml+xml"} {
		openapi3filter.RegisterBodyDecoder(ct, openapi3filter.FileBodyDecoder)
	}
	return &apiChecker{t: t, base: base, doc: doc, router: router, called: map[string]bool{}}
}

// call sends a request and checks the answer against the document: the
// status must be documented for the operation, and the body must match
// its schema.
func (c *apiChecker) call(method, path, contentType string, body []byte, header ...string) (int, []byte) {
	c.t.Helper()
	req, err := http.NewRequest(method, c.base+path, bytes.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	route, params, err := c.router.FindRoute(req)
	if err != nil {
		c.t.Fatalf("%s %s is not in the OpenAPI document: %v", method, path, err)
	}
	c.called[route.Operation.OperationID] = true
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
		Status:                 resp.StatusCode,
		Header:                 resp.Header,
		Body:                   io.NopCloser(bytes.NewReader(got)),
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		c.t.Errorf("%s %s → %d does not match the OpenAPI document: %v\n%s", method, path, resp.StatusCode, err, clipBody(got))
	}
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy"} {
		if resp.Header.Get(h) == "" {
			c.t.Errorf("%s %s: no %s header", method, path, h)
		}
	}
	return resp.StatusCode, got
}

func clipBody(b []byte) string {
	if len(b) > 600 {
		return string(b[:600]) + "…"
	}
	return string(b)
}

// get calls and decodes a JSON answer of the wanted status.
func (c *apiChecker) get(path string, want int, v any) {
	c.t.Helper()
	c.expect("GET", path, "", nil, want, v)
}

// send calls with a JSON body.
func (c *apiChecker) send(method, path string, body any, want int, v any) {
	c.t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		c.t.Fatal(err)
	}
	c.expect(method, path, "application/json", b, want, v)
}

func (c *apiChecker) expect(method, path, contentType string, body []byte, want int, v any) {
	c.t.Helper()
	status, got := c.call(method, path, contentType, body)
	if status != want {
		c.t.Fatalf("%s %s: status %d, want %d: %s", method, path, status, want, clipBody(got))
	}
	if v != nil {
		if err := json.Unmarshal(got, v); err != nil {
			c.t.Fatalf("%s %s: %v\n%s", method, path, err, clipBody(got))
		}
	}
}

// refused checks an error answer: its status and that its message names
// what was wrong.
func (c *apiChecker) refused(method, path string, body any, want int, mention string) {
	c.t.Helper()
	var raw []byte
	ct := ""
	switch b := body.(type) {
	case nil:
	case []byte:
		raw, ct = b, "application/json"
	default:
		raw, _ = json.Marshal(b)
		ct = "application/json"
	}
	var e struct{ Error string }
	c.expect(method, path, ct, raw, want, &e)
	if !strings.Contains(e.Error, mention) {
		c.t.Errorf("%s %s: error %q does not mention %q", method, path, e.Error, mention)
	}
}

// allCalled insists that every documented operation was exercised.
func (c *apiChecker) allCalled() {
	c.t.Helper()
	for path, item := range c.doc.Paths.Map() {
		for method, op := range item.Operations() {
			if !c.called[op.OperationID] {
				c.t.Errorf("%s %s (%s) was never called by the test", method, path, op.OperationID)
			}
		}
	}
}

// newsSite is a fictional outlet on loopback with a page, a feed listing
// it, and a page that announces no feed.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /news/tide-mill-restored", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><title>Tide mill grinds again after forty years | Estuary Ledger</title>
<link rel="canonical" href="http://%s/news/tide-mill-restored">
<meta property="article:published_time" content="2031-04-02T09:00:00Z"></head>
<body><article><h1>Tide mill grinds again after forty years</h1>
<p>The tide mill at Saltmarsh Quay ground its first sack of flour since 1991 on Tuesday, after volunteers rebuilt the wheel from oak felled on the estate.</p>
<p>The millers' guild said the mill will open to visitors on spring tides, when the pond fills twice a day.</p>
</article></body></html>`, r.Host)
	})
	mux.HandleFunc("GET /feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Estuary Ledger</title><link>http://%[1]s/</link>
<item><title>Tide mill grinds again</title><link>http://%[1]s/news/tide-mill-restored</link><pubDate>Tue, 02 Apr 2031 09:00:00 GMT</pubDate></item>
</channel></rss>`, r.Host)
	})
	mux.HandleFunc("GET /about", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html><head><title>About us</title></head><body><p>We are a small paper.</p></body></html>`)
	})
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts
}

// hookReceiver collects the webhook events it is sent.
type hookReceiver struct {
	mu     sync.Mutex
	events []map[string]any
}

func (h *hookReceiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var ev map[string]any
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil || r.Header.Get("Content-Type") != "application/json" {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	h.mu.Lock()
	h.events = append(h.events, ev)
	h.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (h *hookReceiver) copiesOf(article float64) []any {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []any
	for _, ev := range h.events {
		cs, _ := ev["copies"].([]any)
		for _, c := range cs {
			if cp, _ := c.(map[string]any)["copy"].(map[string]any); cp["id"] == article {
				out = append(out, c)
			}
		}
	}
	return out
}

// Types decoded from the API in the test (only the fields it reads).
type (
	tStoryList struct {
		Stories []struct {
			ID, Articles, Outlets int64
		}
	}
	tStory struct {
		ID      int64
		Outlets []string
		Members []struct {
			ID     int64
			Outlet string
		}
		Edges []struct {
			From, To int64
			Relation string
		}
	}
	tArticle struct {
		Article struct {
			ID     int64
			URL    string
			Outlet string
			Title  string
		}
		Text     string
		Passages []struct {
			Span      [2]int
			Other     struct{ ID int64 }
			Role      string
			Immediate bool
		}
		Trace json.RawMessage
	}
	tComparison struct {
		Stored   bool
		Relation string
		Coverage struct{ A, B float64 }
		Passages []struct{ A, B [2]int }
		TextA    string `json:"text_a"`
		TextB    string `json:"text_b"`
	}
	tStored struct {
		Article struct {
			ID     int64
			URL    string
			Outlet string
		}
	}
	tWatch struct {
		ID         int64
		Outlet     string
		Webhook    string
		LastStatus int `json:"last_status"`
	}
)

// TestAPIEveryEndpoint runs the real `echotrace serve` over the demo corpus
// and calls every endpoint of the OpenAPI document, checking each answer
// against the document and against what the corpus holds.
func TestAPIEveryEndpoint(t *testing.T) {
	db := demoDB(t)
	news := newsSite(t)
	var hooks hookReceiver
	receiver := httptest.NewServer(&hooks)
	t.Cleanup(receiver.Close)
	base := apiServe(t, nil, "serve", "--db", db, "--addr", "127.0.0.1:0", "--no-crawl", "--allow-private", "--rate", "50")
	c := newAPIChecker(t, base)
	c.expect("GET", "/api/v1/openapi.yaml", "", nil, 200, nil)

	var overview struct {
		Counts  struct{ Articles int }
		Stories []struct{ ID int64 }
		Imports []struct{ State, Source string }
	}
	c.get("/api/v1/overview", 200, &overview)
	if overview.Counts.Articles < 30 || len(overview.Stories) == 0 || len(overview.Imports) == 0 || overview.Imports[0].State != "done" {
		t.Errorf("overview = %+v", overview)
	}

	// Articles page by page.
	var page struct {
		Articles  []struct{ ID int64 }
		NextAfter *int64 `json:"next_after"`
	}
	c.get("/api/v1/articles?limit=5", 200, &page)
	if len(page.Articles) != 5 || page.NextAfter == nil || *page.NextAfter != page.Articles[4].ID {
		t.Fatalf("first page = %+v", page)
	}
	first := page.Articles[0].ID
	c.get(fmt.Sprintf("/api/v1/articles?limit=5&after=%d", *page.NextAfter), 200, &page)
	if page.Articles[0].ID <= first+4 {
		t.Errorf("second page starts at %d", page.Articles[0].ID)
	}
	c.refused("GET", "/api/v1/articles?limit=0", nil, 400, "limit")

	// The largest story: its timeline and the article with a source in it.
	var stories tStoryList
	c.get("/api/v1/stories?limit=5", 200, &stories)
	if len(stories.Stories) == 0 {
		t.Fatal("no stories")
	}
	main := stories.Stories[0]
	var story tStory
	c.get(fmt.Sprintf("/api/v1/stories/%d", main.ID), 200, &story)
	if int64(len(story.Members)) != main.Articles || int64(len(story.Outlets)) != main.Outlets || len(story.Edges) == 0 {
		t.Fatalf("story %d: %d members, %d lanes, %d edges; the list says %d articles, %d outlets",
			main.ID, len(story.Members), len(story.Outlets), len(story.Edges), main.Articles, main.Outlets)
	}
	inStory := map[int64]bool{}
	for _, m := range story.Members {
		inStory[m.ID] = true
	}
	for _, e := range story.Edges {
		if !inStory[e.From] || !inStory[e.To] {
			t.Errorf("edge %+v leaves the story", e)
		}
	}
	c.refused("GET", "/api/v1/stories/999999", nil, 404, "not found")
	c.refused("GET", "/api/v1/stories?min=x", nil, 400, "min")

	edge := story.Edges[0]
	var art tArticle
	c.get(fmt.Sprintf("/api/v1/articles/%d", edge.To), 200, &art)
	textLen := len([]rune(art.Text))
	var fromSource bool
	for _, p := range art.Passages {
		if p.Span[0] < 0 || p.Span[1] > textLen || p.Span[0] > p.Span[1] {
			t.Errorf("passage span %v outside the text (%d characters)", p.Span, textLen)
		}
		if p.Other.ID == edge.From && p.Role == "source" && p.Immediate {
			fromSource = true
		}
	}
	if !fromSource {
		t.Errorf("article %d: no passage from its source %d: %+v", edge.To, edge.From, art.Passages)
	}
	c.refused("GET", "/api/v1/articles/abc", nil, 400, "not an ID")
	c.refused("GET", "/api/v1/articles/999999", nil, 404, "not found")

	// The trace is exactly what `echotrace trace --json` prints.
	_, traced := c.call("GET", fmt.Sprintf("/api/v1/articles/%d/trace", edge.To), "", nil)
	var out, errOut bytes.Buffer
	if code := app.Main(context.Background(), []string{"trace", "--json", "--db", db, fmt.Sprint(edge.To)}, strings.NewReader(""), &out, &errOut, func(string) string { return "" }); code != 0 {
		t.Fatalf("trace --json: %d %s", code, errOut.String())
	}
	if !sameJSON(t, traced, out.Bytes()) {
		t.Errorf("the API's trace differs from trace --json:\n%s\n%s", clipBody(traced), clipBody(out.Bytes()))
	}
	if !sameJSON(t, art.Trace, out.Bytes()) {
		t.Errorf("the article view's trace differs from trace --json")
	}
	c.refused("GET", "/api/v1/articles/999999/trace", nil, 404, "not found")

	// A passage of the source is found in the stored articles.
	var source tArticle
	c.get(fmt.Sprintf("/api/v1/articles/%d", edge.From), 200, &source)
	passage := string([]rune(source.Text)[:min(300, len([]rune(source.Text)))])
	var pt struct {
		Chain []struct{ ID *int64 }
	}
	c.send("POST", "/api/v1/trace", map[string]string{"text": passage}, 200, &pt)
	if len(pt.Chain) < 2 {
		t.Errorf("the passage is in %d stored articles, want its source and copies", len(pt.Chain))
	}
	c.refused("POST", "/api/v1/trace", map[string]string{"text": "  "}, 400, "empty")
	c.refused("POST", "/api/v1/trace", []byte(`{"txt": "x"}`), 400, "txt")

	// Comparison: the stored relation, oriented by the order asked.
	var ab, ba tComparison
	c.get(fmt.Sprintf("/api/v1/compare?a=%d&b=%d", edge.From, edge.To), 200, &ab)
	c.get(fmt.Sprintf("/api/v1/compare?a=%d&b=%d", edge.To, edge.From), 200, &ba)
	if !ab.Stored || ab.Relation != edge.Relation || ab.Coverage.A != ba.Coverage.B || len(ab.Passages) != len(ba.Passages) || len(ab.Passages) == 0 {
		t.Errorf("compare: %+v / %+v (edge %+v)", ab, ba, edge)
	}
	for i, p := range ab.Passages {
		if p.A != ba.Passages[i].B || p.B != ba.Passages[i].A {
			t.Errorf("passage %d not flipped: %v / %v", i, p, ba.Passages[i])
		}
		if p.A[1] > len([]rune(ab.TextA)) || p.B[1] > len([]rune(ab.TextB)) {
			t.Errorf("passage %d outside its texts: %v", i, p)
		}
	}
	var fresh tComparison
	other := otherStoryArticle(t, c, inStory)
	c.get(fmt.Sprintf("/api/v1/compare?a=%d&b=%d", edge.From, other), 200, &fresh)
	if fresh.Stored {
		t.Errorf("articles of different stories have a stored relation: %+v", fresh)
	}
	c.refused("GET", fmt.Sprintf("/api/v1/compare?a=%d&b=%d", edge.From, edge.From), nil, 400, "two different")
	c.refused("GET", "/api/v1/compare?a=1", nil, 400, "b is missing")

	// Search with filters.
	var found struct {
		Results []struct {
			ID     int64
			Outlet string
		}
	}
	c.get("/api/v1/search?q=Holvanka&limit=3", 200, &found)
	if len(found.Results) == 0 || len(found.Results) > 3 {
		t.Errorf("search Holvanka: %d results", len(found.Results))
	}
	outlet := found.Results[0].Outlet
	c.get("/api/v1/search?q=Holvanka&outlet="+url.QueryEscape(outlet)+"&from=2000-01-01&relation=copy&lang=en", 200, &found)
	for _, r := range found.Results {
		if r.Outlet != outlet {
			t.Errorf("search filtered on %s found %s", outlet, r.Outlet)
		}
	}
	c.refused("GET", "/api/v1/search?q=", nil, 400, "search query")
	c.refused("GET", "/api/v1/search?q=port&relation=cousin", nil, 400, "cousin")
	c.refused("GET", "/api/v1/search?q=port&from=yesterday", nil, 400, "from")

	// Exports of the story, as tables and graphs.
	for _, q := range []string{"format=csv&table=relations", "format=jsonl&table=edges", "format=gexf&graph=outlets", "format=graphml&graph=articles"} {
		status, got := c.call("GET", fmt.Sprintf("/api/v1/export?%s&story=%d", q, main.ID), "", nil)
		if status != 200 || len(got) == 0 {
			t.Errorf("export %s: %d %s", q, status, clipBody(got))
		}
	}
	c.refused("GET", "/api/v1/export?format=pdf", nil, 400, "pdf")

	// Outlets: the one most copied is the one to watch.
	var outlets struct {
		Outlets []struct {
			Domain   string
			Articles int
			CopiedBy []struct{ Outlet string } `json:"copied_by"`
		}
	}
	c.get("/api/v1/outlets", 200, &outlets)
	watched := ""
	for _, o := range outlets.Outlets {
		if len(o.CopiedBy) > 0 && watched == "" {
			watched = o.Domain
		}
	}
	if watched == "" {
		t.Fatal("no outlet is copied by another")
	}
	var one struct {
		Domain string
		Groups []string
	}
	c.get("/api/v1/outlets/"+watched, 200, &one)
	if one.Domain != watched {
		t.Errorf("outlet %s: %+v", watched, one)
	}
	c.refused("GET", "/api/v1/outlets/nosuch.example", nil, 404, "nosuch.example")

	// Outlet groups: set, read, aggregate, remove.
	var groups struct{ Groups []struct{ Name string } }
	c.get("/api/v1/groups", 200, &groups)
	if len(groups.Groups) != 0 {
		t.Errorf("groups of the demo = %+v", groups)
	}
	members := []string{outlets.Outlets[0].Domain, outlets.Outlets[1].Domain}
	c.send("PUT", "/api/v1/groups/relay%20network", map[string]any{"members": members}, 200, nil)
	var g struct {
		Domain   string
		Group    bool
		Members  []string
		Articles int
	}
	c.get("/api/v1/groups/relay%20network", 200, &g)
	if !g.Group || len(g.Members) != 2 || g.Articles != outlets.Outlets[0].Articles+outlets.Outlets[1].Articles {
		t.Errorf("group = %+v", g)
	}
	c.get("/api/v1/outlets/"+members[0], 200, &one)
	if len(one.Groups) != 1 || one.Groups[0] != "relay network" {
		t.Errorf("outlet's groups = %v", one.Groups)
	}
	c.refused("PUT", "/api/v1/groups/empty", map[string]any{"members": []string{}}, 400, "at least one member")
	c.refused("PUT", "/api/v1/groups/odd", map[string]any{"members": []string{"not a domain"}}, 400, "not a domain")
	c.expect("DELETE", "/api/v1/groups/relay%20network", "", nil, 204, nil)
	c.refused("DELETE", "/api/v1/groups/relay%20network", nil, 404, "relay network")
	c.refused("GET", "/api/v1/groups/relay%20network", nil, 404, "relay network")

	// Feeds: following one fetches it first.
	var feeds struct {
		Feeds []struct {
			ID     int64
			URL    string
			Health string
		}
	}
	c.get("/api/v1/feeds", 200, &feeds)
	if len(feeds.Feeds) != 0 {
		t.Errorf("feeds of the demo = %+v", feeds)
	}
	c.send("POST", "/api/v1/feeds", map[string]string{"url": news.URL + "/feed.xml"}, 201, &feeds)
	if len(feeds.Feeds) != 1 || feeds.Feeds[0].URL != news.URL+"/feed.xml" || feeds.Feeds[0].Health != "new" {
		t.Fatalf("followed = %+v", feeds)
	}
	feedID := feeds.Feeds[0].ID
	c.get("/api/v1/feeds", 200, &feeds)
	if len(feeds.Feeds) != 1 {
		t.Errorf("feeds = %+v", feeds)
	}
	c.refused("POST", "/api/v1/feeds", map[string]string{"url": "ftp://files.example/feed"}, 400, "not an http or https URL")
	c.refused("POST", "/api/v1/feeds", map[string]string{"url": news.URL + "/about"}, 400, "announces no feed")
	c.expect("DELETE", fmt.Sprintf("/api/v1/feeds/%d", feedID), "", nil, 204, nil)
	c.refused("DELETE", fmt.Sprintf("/api/v1/feeds/%d", feedID), nil, 404, "not found")

	// Adding a URL fetches, stores and relates the page.
	var added tStored
	c.send("POST", "/api/v1/urls", map[string]string{"url": news.URL + "/news/tide-mill-restored"}, 201, &added)
	if added.Article.ID == 0 || added.Article.URL != news.URL+"/news/tide-mill-restored" {
		t.Errorf("added = %+v", added)
	}
	c.get(fmt.Sprintf("/api/v1/articles/%d", added.Article.ID), 200, &art)
	if !strings.Contains(art.Text, "Saltmarsh Quay") {
		t.Errorf("added article's text = %q", art.Text)
	}
	c.refused("POST", "/api/v1/urls", map[string]string{"url": news.URL + "/news/no-such-page"}, 400, "404")
	c.refused("POST", "/api/v1/urls", map[string]string{}, 400, "url is missing")

	// A watch on the most copied outlet: its copies, its Atom feed.
	var w tWatch
	c.send("POST", "/api/v1/watches", map[string]string{"outlet": watched, "webhook": receiver.URL + "/events"}, 201, &w)
	if w.ID == 0 || w.Outlet != watched {
		t.Fatalf("watch = %+v", w)
	}
	var watches struct{ Watches []tWatch }
	c.get("/api/v1/watches", 200, &watches)
	if len(watches.Watches) != 1 || watches.Watches[0].Webhook != receiver.URL+"/events" {
		t.Errorf("watches = %+v", watches)
	}
	var wv struct {
		Atom   string
		Copies []struct {
			Source struct {
				ID     int64
				Outlet string
			}
			Copy struct {
				ID     int64
				Outlet string
			}
			Changes []struct{ Kind string }
		}
	}
	c.get(fmt.Sprintf("/api/v1/watches/%d", w.ID), 200, &wv)
	if len(wv.Copies) == 0 {
		t.Fatalf("watch of %s: no copies", watched)
	}
	for _, cp := range wv.Copies {
		if cp.Source.Outlet != watched || cp.Copy.Outlet == watched {
			t.Errorf("copy %+v is not another outlet's copy of %s", cp, watched)
		}
	}
	_, atom := c.call("GET", wv.Atom, "", nil)
	var feed struct {
		XMLName xml.Name
		Title   string `xml:"title"`
		Entries []struct {
			ID    string `xml:"id"`
			Links []struct {
				Href string `xml:"href,attr"`
				Rel  string `xml:"rel,attr"`
			} `xml:"link"`
			Summary string `xml:"summary"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(atom, &feed); err != nil {
		t.Fatalf("atom: %v\n%s", err, clipBody(atom))
	}
	if feed.XMLName.Space != "http://www.w3.org/2005/Atom" || len(feed.Entries) != len(wv.Copies) || !strings.Contains(feed.Title, watched) {
		t.Errorf("atom feed: %s with %d entries for %d copies", feed.XMLName.Space, len(feed.Entries), len(wv.Copies))
	}
	for i, e := range feed.Entries {
		if want := fmt.Sprintf("%s/articles/%d", base, wv.Copies[i].Copy.ID); len(e.Links) == 0 || e.Links[0].Href != want || e.Summary == "" {
			t.Errorf("entry %d links %+v, want %s first", i, e.Links, want)
		}
	}
	c.refused("POST", "/api/v1/watches", map[string]string{"outlet": "north wire"}, 400, "not an outlet domain")
	c.refused("POST", "/api/v1/watches", map[string]string{"outlet": watched, "webhook": "javascript:alert(1)"}, 400, "webhook")
	c.refused("GET", "/api/v1/watches/999", nil, 404, "not found")
	c.refused("GET", "/watches/999/atom", nil, 404, "not found")

	// Uploading a copy of one of the watched outlet's articles stores and
	// relates it, and the webhook of the watch on its source's outlet
	// hears of it with what changed. Provenance may name another outlet's
	// identical copy as the source, so every outlet is watched.
	for _, o := range outlets.Outlets {
		if o.Domain != watched {
			c.send("POST", "/api/v1/watches", map[string]string{"outlet": o.Domain, "webhook": receiver.URL + "/events"}, 201, nil)
		}
	}
	src := wv.Copies[0].Source.ID
	c.get(fmt.Sprintf("/api/v1/articles/%d", src), 200, &source)
	copyPage := copyOf(source.Text, "https://copycat.example/news/lifted-story")
	status, uploaded := upload(t, c, "lifted.html", copyPage)
	if status != 201 {
		t.Fatalf("upload: %d %s", status, uploaded)
	}
	var up tStored
	json.Unmarshal(uploaded, &up)
	if up.Article.Outlet != "copycat.example" {
		t.Fatalf("uploaded = %+v", up)
	}
	var raw tStored
	c.expect("POST", "/api/v1/uploads?name=again.html", "text/html", []byte(copyPage), 201, &raw)
	if raw.Article.ID != up.Article.ID {
		t.Errorf("the same page uploaded again is article %d, not %d", raw.Article.ID, up.Article.ID)
	}
	c.refused("POST", "/api/v1/uploads", []byte(`{"page": "x"}`), 400, "multipart")
	c.expect("POST", "/api/v1/uploads?name=empty.html", "text/html", nil, 400, nil)
	waitFor(t, 30*time.Second, "a webhook event for the uploaded copy", func() bool { return len(hooks.copiesOf(float64(up.Article.ID))) > 0 })
	ev := hooks.copiesOf(float64(up.Article.ID))[0].(map[string]any)
	if changes, _ := ev["changes"].([]any); len(changes) == 0 || !strings.Contains(fmt.Sprint(changes), "Copycat") {
		t.Errorf("event changes = %v, want the inserted sentence", ev["changes"])
	}
	var upTrace struct {
		Parent struct {
			ID     int64
			Outlet string
		}
	}
	c.get(fmt.Sprintf("/api/v1/articles/%d/trace", up.Article.ID), 200, &upTrace)
	if got := ev["source"].(map[string]any); got["id"] != float64(upTrace.Parent.ID) || got["outlet"] != upTrace.Parent.Outlet {
		t.Errorf("the event's source %v is not the copy's parent %+v", got, upTrace.Parent)
	}
	waitFor(t, 10*time.Second, "the delivery recorded", func() bool {
		c.get("/api/v1/watches", 200, &watches)
		for _, w := range watches.Watches {
			if w.Outlet == upTrace.Parent.Outlet {
				return w.LastStatus == 204
			}
		}
		return false
	})

	// Imports: the demo's load and the uploads.
	var imports struct {
		Imports []struct {
			Source, State string
			Articles      int
		}
	}
	c.get("/api/v1/imports", 200, &imports)
	var sawUpload bool
	for _, r := range imports.Imports {
		if r.Source == "upload: lifted.html" && r.State == "done" && r.Articles == 1 {
			sawUpload = true
		}
	}
	if !sawUpload || imports.Imports[len(imports.Imports)-1].Source != "demo" {
		t.Errorf("imports = %+v", imports)
	}
	c.refused("GET", "/api/v1/imports?limit=-1", nil, 400, "limit")

	c.get("/api/v1/watches", 200, &watches)
	for _, w := range watches.Watches {
		c.expect("DELETE", fmt.Sprintf("/api/v1/watches/%d", w.ID), "", nil, 204, nil)
	}
	c.refused("DELETE", fmt.Sprintf("/api/v1/watches/%d", w.ID), nil, 404, "not found")

	// Outside the document: a JSON 404.
	resp, err := http.Get(base + "/api/v1/nosuch")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Errorf("unknown endpoint: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	c.allCalled()
}

// otherStoryArticle is an article of the demo outside the given story.
func otherStoryArticle(t *testing.T, c *apiChecker, in map[int64]bool) int64 {
	t.Helper()
	var page struct{ Articles []struct{ ID int64 } }
	c.get("/api/v1/articles?limit=100", 200, &page)
	for _, a := range page.Articles {
		if !in[a.ID] {
			return a.ID
		}
	}
	t.Fatal("every article is in the story")
	return 0
}

// copyOf is a page that republishes text under another outlet's URL, a
// long while later, with one sentence added.
func copyOf(text, canonical string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>Lifted story | Copycat Daily</title>
<link rel="canonical" href="%s"><meta property="article:published_time" content="2026-03-21T12:00:00Z"></head><body><article><h1>Lifted story</h1>`, canonical)
	for _, para := range strings.Split(text, "\n") {
		if para = strings.TrimSpace(para); para != "" {
			fmt.Fprintf(&b, "<p>%s</p>\n", htmlEscape(para))
		}
	}
	b.WriteString("<p>Copycat Daily readers wrote in to say they had heard it first.</p></article></body></html>")
	return b.String()
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// upload sends a page as the "page" field of a multipart form, as curl -F
// does.
func upload(t *testing.T, c *apiChecker, name, page string) (int, []byte) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("page", name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write([]byte(page))
	mw.Close()
	// A form must carry the CSRF token of a page, or an Authorization
	// header, which no cross-site browser form can send. This server has
	// no token, so any bearer says "an API client".
	if status, got := c.call("POST", "/api/v1/uploads", mw.FormDataContentType(), body.Bytes()); status != 403 || !strings.Contains(string(got), "CSRF") {
		t.Errorf("a multipart upload without CSRF token or bearer: %d %s", status, got)
	}
	return c.call("POST", "/api/v1/uploads", mw.FormDataContentType(), body.Bytes(), "Authorization", "Bearer api-client")
}

func waitFor(t *testing.T, d time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s after %s", what, d)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func sameJSON(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return bytes.Equal(xa, ya)
}
