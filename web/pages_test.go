package web_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/app"
	"github.com/echotrace/echotrace/demo"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/sqlite"
	"github.com/echotrace/echotrace/web"
	"golang.org/x/net/html"
)

// site is a real server over a copy of the demo database, reached through
// a client that keeps cookies, as a browser would (the forms' CSRF tokens
// rest on one).
type site struct {
	t      *testing.T
	dbPath string
	store  store.Store
	server *httptest.Server
	client *http.Client
	truth  *demo.Truth
}

// newSite serves the demo corpus; configure changes the server's options
// (hooks, token) before it starts.
func newSite(t *testing.T, configure ...func(*web.Options)) *site {
	t.Helper()
	return newSiteOn(t, demoDB(t), configure...)
}

func newSiteOn(t *testing.T, dbPath string, configure ...func(*web.Options)) *site {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, dbPath, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	opts := web.Options{
		Store: st,
		Log:   slog.New(slog.NewTextHandler(testLog{t}, &slog.HandlerOptions{Level: slog.LevelInfo})),
		// The alias table in force, as the application builds it: the
		// default one and the groups stored with the corpus.
		Aliases: func(ctx context.Context) (*alias.Table, error) {
			groups, err := st.AliasGroups(ctx)
			if err != nil {
				return nil, err
			}
			return alias.Default().WithGroups(groups)
		},
	}
	for _, c := range configure {
		c(&opts)
	}
	srv, err := web.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	truth, err := demo.LoadTruth()
	if err != nil {
		t.Fatal(err)
	}
	return &site{t: t, dbPath: dbPath, store: st, server: ts, client: client, truth: truth}
}

// testLog sends the server's log lines to the test's output.
type testLog struct{ t *testing.T }

func (l testLog) Write(b []byte) (int, error) {
	l.t.Helper()
	l.t.Log(strings.TrimSpace(string(b)))
	return len(b), nil
}

// get fetches a page as a browser would ask for it.
func (s *site) get(path string) (int, string) {
	s.t.Helper()
	req, err := http.NewRequest("GET", s.server.URL+path, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	req.Header.Set("Accept", "text/html")
	return s.do(req)
}

func (s *site) do(req *http.Request) (int, string) {
	s.t.Helper()
	resp, err := s.client.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		s.t.Fatal(err)
	}
	if loc := resp.Header.Get("Location"); loc != "" {
		return resp.StatusCode, "Location: " + loc
	}
	return resp.StatusCode, string(b)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf loads a page with a form and returns the form's CSRF token.
func (s *site) csrf(path string) string {
	s.t.Helper()
	status, body := s.get(path)
	if status != http.StatusOK {
		s.t.Fatalf("GET %s: %d", path, status)
	}
	m := csrfField.FindStringSubmatch(body)
	if m == nil {
		s.t.Fatalf("GET %s: no csrf field in the page", path)
	}
	return html.UnescapeString(m[1])
}

// post sends a form from the page at from (which gives its CSRF token).
func (s *site) post(from, path string, form url.Values) (int, string) {
	s.t.Helper()
	if form.Get("csrf") == "" {
		form.Set("csrf", s.csrf(from))
	}
	req, err := http.NewRequest("POST", s.server.URL+path, strings.NewReader(form.Encode()))
	if err != nil {
		s.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "text/html")
	return s.do(req)
}

// articleID is the stored ID of a demo article, by URL.
func (s *site) articleID(u string) int64 {
	s.t.Helper()
	a, err := s.store.ArticleByURL(context.Background(), u)
	if err != nil {
		s.t.Fatalf("article %s: %v", u, err)
	}
	return a.ID
}

// demoURL is the URL of the demo article with the given truth ID ("A").
func (s *site) demoURL(id string) string {
	s.t.Helper()
	for _, a := range s.truth.Articles {
		if a.ID == id {
			return a.URL
		}
	}
	s.t.Fatalf("no demo article %s", id)
	return ""
}

// mainStory is the demo's port-contract story: its ID and members.
func (s *site) mainStory() (int64, []string) {
	s.t.Helper()
	for _, st := range s.truth.Stories {
		if st.ID == "port-contract" {
			id, err := s.store.StoryOf(context.Background(), s.articleID(st.Root))
			if err != nil {
				s.t.Fatal(err)
			}
			return id, st.URLs
		}
	}
	s.t.Fatal("no port-contract story in the truth")
	return 0, nil
}

func mustContain(t *testing.T, what, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("%s: missing %q", what, w)
		}
	}
}

// esc is how html/template writes text: the test looks for titles as
// they appear in the page.
func esc(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")
	return r.Replace(s)
}

func TestPageFront(t *testing.T) {
	s := newSite(t)
	status, body := s.get("/")
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	mustContain(t, "front", body,
		"<h1>Where did this story come from?</h1>",
		`action="/trace"`, `enctype="multipart/form-data"`, `name="csrf"`,
		"Holvanka port dredging contract", // the main story's root title, or part of it
		"Ingest status", "No feed is failing",
		"This server cannot fetch pages from the web", // no AddURL hook
		"This server does not accept uploads",         // no ImportPage hook
	)
	storyID, _ := s.mainStory()
	mustContain(t, "front", body, fmt.Sprintf(`href="/stories/%d"`, storyID))
}

func TestPageErrors(t *testing.T) {
	s := newSite(t)
	for _, c := range []struct {
		path   string
		status int
		want   string
	}{
		{"/articles/999999", http.StatusNotFound, "Not Found"},
		{"/articles/abc", http.StatusBadRequest, "is not an ID"},
		{"/articles/-4", http.StatusBadRequest, "is not an ID"},
		{"/stories/999999", http.StatusNotFound, "Story 999999"},
		{"/outlets/nobody.example", http.StatusNotFound, "nobody.example"},
		{"/groups/no-such-group", http.StatusNotFound, "no-such-group"},
		{"/compare?a=1&b=x", http.StatusBadRequest, "Give two article IDs"},
		{"/compare?a=1&b=1", http.StatusBadRequest, "two different articles"},
		{"/compare?a=1&b=999999", http.StatusNotFound, "Not Found"},
		{"/search?q=port&from=14/03/2026", http.StatusBadRequest, "write it as 2026-03-14"},
		{"/search?q=port&from=2026-03-15&to=2026-03-01", http.StatusBadRequest, "ends"},
		{"/search?q=port&relation=friendship", http.StatusBadRequest, "not a relation"},
		{"/search?q=port&page=0", http.StatusBadRequest, "page"},
		{"/search?q=port&page=10000", http.StatusBadRequest, "page"},
		{"/search?outlet=pulse24.example", http.StatusBadRequest, "Type what to look for"},
		{"/no/such/page", http.StatusNotFound, "There is no page at this address"},
		{"/compare?a=99999999999999999999999&b=1", http.StatusBadRequest, "Give two article IDs"},
		{"/search?q=%22unbalanced", http.StatusOK, "Results"},
		{"/search?q=-excluded", http.StatusBadRequest, "alert"},
		{"/search?q=" + strings.Repeat("word+", 400), http.StatusBadRequest, "alert"},
		{"/outlets/%3Cscript%3E", http.StatusNotFound, "&lt;script&gt;"},
		{"/groups/a%2Fb", http.StatusNotFound, "a/b"},
		{"/stories/0", http.StatusBadRequest, "is not an ID"},
	} {
		status, body := s.get(c.path)
		if status != c.status {
			t.Errorf("GET %s: status %d, want %d", c.path, status, c.status)
		}
		if !strings.Contains(body, c.want) {
			t.Errorf("GET %s: page does not say %q:\n%s", c.path, c.want, mainOf(body))
		}
		if !strings.Contains(body, "<html lang=\"en\">") {
			t.Errorf("GET %s: not an HTML page:\n%s", c.path, body)
		}
	}
}

// mainOf is the <main> of a page, for shorter failure messages.
func mainOf(body string) string {
	_, after, ok := strings.Cut(body, "<main")
	if !ok {
		return body
	}
	before, _, _ := strings.Cut(after, "</main>")
	return before
}

// pageTests are the pages every test of the whole site visits, by what
// they show; ids fills in the demo's article and story IDs.
func (s *site) everyPage() map[string]string {
	s.t.Helper()
	storyID, _ := s.mainStory()
	a, b, h := s.articleID(s.demoURL("A")), s.articleID(s.demoURL("B")), s.articleID(s.demoURL("H"))
	return map[string]string{
		"front":    "/",
		"search":   "/search?q=Holvanka",
		"article":  fmt.Sprintf("/articles/%d", b),
		"root":     fmt.Sprintf("/articles/%d", a),
		"compare":  fmt.Sprintf("/compare?a=%d&b=%d", b, h),
		"pick":     "/compare",
		"story":    fmt.Sprintf("/stories/%d", storyID),
		"outlets":  "/outlets",
		"outlet":   "/outlets/northwire.example",
		"feeds":    "/feeds",
		"groups":   "/groups",
		"watches":  "/watches",
		"notfound": "/articles/999999",
	}
}

func TestPageArticle(t *testing.T) {
	s := newSite(t)
	a, b := s.articleID(s.demoURL("A")), s.articleID(s.demoURL("B"))
	status, body := s.get(fmt.Sprintf("/articles/%d", b))
	if status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	titleB := s.truth.Articles[1].Title
	mustContain(t, "article B", body,
		"<h1>"+esc(titleB)+"</h1>",
		// The chain that led here starts with the Gazette's original,
		// with the evidence for the step.
		fmt.Sprintf(`<a href="/articles/%d">%s</a>`, a, esc(s.truth.Articles[0].Title)),
		`<span class="relation rel-copy">copy</span> by northwire.example`,
		`<span class="kind">date</span> <span class="verdict">supports this direction</span>`,
		// Reused passages are marked and link to the source.
		fmt.Sprintf(`<mark class="from-source"><a href="/articles/%d"`, a),
		// The change the relay made to the Gazette's credit (truth.json).
		`<span class="change-kind kind-attribution">attribution</span>`,
		"according to sources cited by the Harbour Gazette",
		// Links to the comparison with its source and the evidence report.
		fmt.Sprintf(`href="/compare?a=%d&amp;b=%d">Compare with its source`, a, b),
		fmt.Sprintf(`href="/articles/%d/evidence"`, b),
		"On whose word it rests", "Versions",
	)
	if status, _ := s.get(fmt.Sprintf("/articles/%d/evidence", b)); status != http.StatusOK {
		t.Errorf("the evidence report linked from the page: %d", status)
	}
	// The Gazette's own credits (truth.json attributions of A).
	_, body = s.get(fmt.Sprintf("/articles/%d", a))
	for _, at := range s.truth.Attributions {
		// Sources are quoted as written, capitals and all.
		if at.URL == s.demoURL("A") {
			mustContain(t, "article A attributions", strings.ToLower(body), "<q>"+strings.ToLower(esc(at.Who))+"</q>")
		}
	}
	mustContain(t, "article A", body, "No earlier source of this article is in the corpus", `<mark class="taken-by">`)
}

func TestPageArticleTextIsWholeAndInOrder(t *testing.T) {
	// The marked-up text, once its tags are gone, is the stored text:
	// marking passages never drops, doubles or reorders a character.
	s := newSite(t)
	id := s.articleID(s.demoURL("H"))
	art, err := s.store.Article(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	_, body := s.get(fmt.Sprintf("/articles/%d", id))
	doc := parseHTML(t, body)
	div := find(doc, func(n *html.Node) bool { return n.Data == "div" && hasClass(n, "article-text") })
	if div == nil {
		t.Fatal("no article text")
	}
	var paras []string
	for p := div.FirstChild; p != nil; p = p.NextSibling {
		if p.Type == html.ElementNode && p.Data == "p" {
			paras = append(paras, textOf(p))
		}
	}
	var want []string
	for _, line := range strings.Split(art.Newest.Text, "\n") {
		if line != "" {
			want = append(want, line)
		}
	}
	if strings.Join(paras, "\n") != strings.Join(want, "\n") {
		t.Errorf("text on the page differs from the stored text:\n got %q\nwant %q", paras, want)
	}
}

func TestPageArticleVersions(t *testing.T) {
	// A page captured twice with different texts: the article page shows
	// what changed between its versions.
	s := newSite(t)
	const u = "https://ridgewaytimes.example/news/ferry-timetable-revised"
	first := "The ferry to Merevo will run every 40 minutes from Monday, the harbour office said on Friday. Commuters had asked for more crossings for a year."
	second := "The ferry to Merevo will run every 30 minutes from Monday, the harbour office said on Friday. Commuters had asked for more crossings for a year."
	for i, text := range []string{first, second} {
		importRecords(t, s.dbPath, fmt.Sprintf(`{"url": %q, "title": "Ferry timetable revised", "text": %q, "published": "2026-03-12T08:00:00Z"}`, u, text), i)
	}
	status, body := s.get(fmt.Sprintf("/articles/%d", s.articleID(u)))
	if status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	mustContain(t, "versions", body, "Version 1 → 2", `<span class="change-kind kind-number">number</span> <del>40</del> → <ins>30</ins>`)
}

// importRecords imports JSONL lines into a database with the real import
// command; n names the file, so that several imports do not collide.
func importRecords(t *testing.T, dbPath, lines string, n int) {
	t.Helper()
	file := filepath.Join(t.TempDir(), fmt.Sprintf("records-%d.jsonl", n))
	if err := os.WriteFile(file, []byte(lines+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut strings.Builder
	if code := app.Main(context.Background(), []string{"import", "--db", dbPath, file}, strings.NewReader(""), &out, &errOut, func(string) string { return "" }); code != 0 {
		t.Fatalf("import: %s", errOut.String())
	}
}

func TestPageStory(t *testing.T) {
	s := newSite(t)
	ctx := context.Background()
	storyID, urls := s.mainStory()
	status, body := s.get(fmt.Sprintf("/stories/%d", storyID))
	if status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	// One circle per member, one arrow per member whose stored source is
	// another member: the store's provenance, drawn.
	members := map[int64]bool{}
	for _, u := range urls {
		members[s.articleID(u)] = true
	}
	edges := 0
	for id := range members {
		e, err := s.store.Parent(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if e != nil && members[e.From] {
			edges++
		}
	}
	doc := parseHTML(t, body)
	svg := find(doc, func(n *html.Node) bool { return n.Data == "svg" && hasClass(n, "timeline") })
	if svg == nil {
		t.Fatal("no timeline")
	}
	circles := findAll(svg, func(n *html.Node) bool { return n.Data == "circle" && hasClass(n, "article") })
	arrows := findAll(svg, func(n *html.Node) bool { return n.Data == "path" && hasClass(n, "edge") })
	if len(circles) != len(urls) {
		t.Errorf("%d articles drawn, want %d (truth.json)", len(circles), len(urls))
	}
	if len(arrows) != edges || edges < len(urls)-2 {
		t.Errorf("%d edges drawn, want %d (the store's; the truth has %d members and two roots)", len(arrows), edges, len(urls))
	}
	for _, c := range circles {
		id, _ := strconv.ParseInt(attr(c, "data-id"), 10, 64)
		if !members[id] {
			t.Errorf("circle for article %d, not a member", id)
		}
	}
	lanes := findAll(svg, func(n *html.Node) bool { return n.Data == "g" && hasClass(n, "lane") })
	if len(lanes) != 11 {
		t.Errorf("%d lanes, want one per outlet (11)", len(lanes))
	}
	// The independent report (K) is joined to the rest by a dashed line,
	// and the legend names every relation drawn.
	if n := len(findAll(svg, func(n *html.Node) bool { return hasClass(n, "related") })); n != 1 {
		t.Errorf("%d related lines, want 1", n)
	}
	for _, rel := range []string{"copy", "duplicate", "excerpt", "rewrite", "related"} {
		if find(svg, func(n *html.Node) bool { return hasClass(n, "legend-item") && attr(n, "data-relation") == rel }) == nil {
			t.Errorf("legend has no %s", rel)
		}
	}
	rows := findAll(doc, func(n *html.Node) bool { return n.Data == "tr" && attr(n, "data-id") != "" })
	if len(rows) != len(urls) {
		t.Errorf("%d member rows, want %d", len(rows), len(urls))
	}
	mustContain(t, "story", body, `class="compare-link"`, "Written independently", esc(s.truth.Stories[0].Title))
	// The export links lead to downloads of this story.
	exports := findAll(doc, func(n *html.Node) bool { return n.Data == "a" && strings.HasPrefix(attr(n, "href"), "/api/v1/export?") })
	if len(exports) == 0 {
		t.Error("no export link")
	}
	for _, a := range exports {
		resp, err := s.client.Get(s.server.URL + attr(a, "href"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("export %s: %d", attr(a, "href"), resp.StatusCode)
		}
	}

	// The viaduct story credits an outlet that is not in the corpus.
	var viaduct int64
	for _, st := range s.truth.Stories {
		if st.ID == "viaduct-closure" {
			viaduct, _ = s.store.StoryOf(ctx, s.articleID(st.Root))
		}
	}
	_, body = s.get(fmt.Sprintf("/stories/%d", viaduct))
	mustContain(t, "viaduct story", body, `class="external"`, `data-outlet="kestrelweekly.example"`, "Kestrel Weekly")
}

func TestPageCompare(t *testing.T) {
	s := newSite(t)
	b, h := s.articleID(s.demoURL("B")), s.articleID(s.demoURL("H"))
	status, body := s.get(fmt.Sprintf("/compare?a=%d&b=%d", b, h))
	if status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	// H swapped names for their variants (truth.json changes B → H).
	mustContain(t, "compare", body, `<span class="relation rel-`, `id="a-p1" href="#b-p1"`, `id="b-p1" href="#a-p1"`,
		`<del class="change kind-alias"`, `<ins class="change kind-alias"`, "What B changed from A")
	for _, c := range s.truth.Changes {
		if c.From == s.demoURL("B") && c.To == s.demoURL("H") && c.Kind == "alias" {
			mustContain(t, "compare", body, "<del>"+esc(c.FromText)+"</del> → <ins>"+esc(c.ToText)+"</ins>")
		}
	}
	// Two unrelated articles are compared on the spot.
	u := s.articleID(s.truth.Articles[len(s.truth.Articles)-1].URL)
	status, body = s.get(fmt.Sprintf("/compare?a=%d&b=%d", b, u))
	if status != http.StatusOK {
		t.Fatalf("unrelated: status %d", status)
	}
	mustContain(t, "unrelated compare", body, "compared just now")
}

func TestPageSearch(t *testing.T) {
	s := newSite(t)
	status, body := s.get("/search?q=Holvanka+dredging")
	if status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	mustContain(t, "search", body, esc(s.truth.Articles[0].Title), "<mark>", `value="Holvanka dredging"`)

	// Filters: one outlet; a date range that leaves out the 14th; a relation.
	_, body = s.get("/search?q=Holvanka&outlet=northwire.example")
	hits := findAll(parseHTML(t, body), func(n *html.Node) bool { return n.Data == "li" && n.Parent != nil && hasClass(n.Parent, "hits") })
	if len(hits) == 0 {
		t.Fatal("no hit from northwire.example")
	}
	for _, h := range hits {
		if !strings.Contains(textOf(h), "northwire.example") {
			t.Errorf("hit from another outlet: %s", textOf(h))
		}
	}
	_, body = s.get("/search?q=Holvanka&from=2026-03-16&to=2026-03-16")
	mustContain(t, "dated search", body, esc(s.truth.Articles[10].Title)) // F, 16 March
	if strings.Contains(body, esc(s.truth.Articles[0].Title)) {
		t.Error("a date range from the 16th lists the Gazette's article of the 14th")
	}
	_, body = s.get("/search?q=Holvanka&relation=excerpt")
	mustContain(t, "relation search", body, esc(s.truth.Articles[10].Title))

	// Paging: a word every article has, twenty to a page.
	_, body = s.get("/search?q=the")
	mustContain(t, "page 1", body, `rel="next"`, "Page 1")
	_, body = s.get("/search?q=the&page=2")
	mustContain(t, "page 2", body, `rel="prev"`, `<ol class="hits" start="21">`)
}

func TestPageOutlets(t *testing.T) {
	s := newSite(t)
	_, body := s.get("/outlets")
	for _, o := range s.truth.Outlets {
		mustContain(t, "outlets", body, fmt.Sprintf(`<a href="/outlets/%s">%s</a>`, o.Outlet, o.Outlet))
	}
	status, body := s.get("/outlets/northwire.example")
	if status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	doc := parseHTML(t, body)
	svg := find(doc, func(n *html.Node) bool { return n.Data == "svg" && hasClass(n, "outlet-graph") })
	if svg == nil {
		t.Fatal("no graph")
	}
	// Northwire takes from the Gazette, and its copy is taken by the
	// relays (truth.json chain).
	flows := findAll(svg, func(n *html.Node) bool { return hasClass(n, "flow") })
	from := map[string]bool{}
	for _, f := range flows {
		from[attr(f, "data-from")+">"+attr(f, "data-to")] = true
	}
	for _, want := range []string{"harbourgazette.example>northwire.example", "northwire.example>pulse24.example", "northwire.example>metroflash.example"} {
		if !from[want] {
			t.Errorf("graph has no flow %s (has %v)", want, from)
		}
	}
	mustContain(t, "outlet", body, "Takes from", "Taken by", `href="/search?outlet=northwire.example"`)
}

func TestPageGroups(t *testing.T) {
	s := newSite(t)
	// Domains as people paste them: hosts and addresses, reduced to outlets.
	status, body := s.post("/groups", "/groups", url.Values{"name": {"relays"},
		"domains": {"pulse24.example\nhttps://www.todayreport.example/world/x, metroflash.example"}})
	if status != http.StatusSeeOther || body != "Location: /groups/relays" {
		t.Fatalf("define: %d %s", status, body)
	}
	groups, err := s.store.OutletGroups(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(groups["relays"], " "); got != "metroflash.example pulse24.example todayreport.example" {
		t.Errorf("stored members %q", got)
	}
	status, body = s.get("/groups/relays")
	if status != http.StatusOK {
		t.Fatalf("group page: %d", status)
	}
	mustContain(t, "group", body, "<h1>Group relays</h1>", "A group of 3 outlets", "northwire.example", `class="outlet-graph"`)
	_, body = s.get("/groups")
	mustContain(t, "groups", body, `<a href="/groups/relays">relays</a>`)
	_, body = s.get("/outlets/pulse24.example")
	mustContain(t, "member outlet", body, `<a href="/groups/relays">relays</a>`)

	// Bad input comes back with what was typed.
	status, body = s.post("/groups", "/groups", url.Values{"name": {"half"}, "domains": {"not a domain"}})
	if status != http.StatusBadRequest {
		t.Errorf("bad domains: %d", status)
	}
	mustContain(t, "bad group", body, `value="half"`, "not a domain", `role="alert"`)
	status, _ = s.post("/groups", "/groups", url.Values{"name": {"a/b"}, "domains": {"pulse24.example"}})
	if status != http.StatusBadRequest {
		t.Errorf("name with a slash: %d", status)
	}

	status, body = s.post("/groups/relays", "/groups/relays/delete", url.Values{})
	if status != http.StatusSeeOther {
		t.Fatalf("delete: %d %s", status, body)
	}
	if status, _ := s.get("/groups/relays"); status != http.StatusNotFound {
		t.Errorf("deleted group: %d", status)
	}
}

func TestPageFeeds(t *testing.T) {
	// The hook follows a feed as the crawler would, minus the fetching.
	var followed []string
	s := newSite(t, func(o *web.Options) {
		o.AddFeed = func(ctx context.Context, u string) ([]echotrace.Feed, error) {
			if strings.Contains(u, "broken") {
				return nil, errors.New("GET " + u + ": 404 Not Found")
			}
			followed = append(followed, u)
			f, err := o.Store.AddFeed(ctx, u, "feed")
			return []echotrace.Feed{f}, err
		}
	})
	status, body := s.post("/feeds", "/feeds", url.Values{"url": {"https://northwire.example/feed.xml"}})
	if status != http.StatusSeeOther || len(followed) != 1 {
		t.Fatalf("follow: %d %s (hook saw %v)", status, body, followed)
	}
	// A feed whose last poll failed shows its error here and on the front
	// page.
	ctx := context.Background()
	feeds, _ := s.store.Feeds(ctx)
	f := feeds[0]
	f.LastPoll, f.NextPoll, f.Failures, f.LastError = f.CreatedAt, f.CreatedAt, 3, "GET https://northwire.example/feed.xml: 503 Service Unavailable"
	if err := s.store.SaveFeedPoll(ctx, f); err != nil {
		t.Fatal(err)
	}
	_, body = s.get("/feeds")
	mustContain(t, "feeds", body, "https://northwire.example/feed.xml", "state-failing", "503 Service Unavailable",
		fmt.Sprintf(`action="/feeds/%d/delete"`, f.ID))
	_, body = s.get("/")
	mustContain(t, "front", body, "Feeds failing", "503 Service Unavailable")

	status, body = s.post("/feeds", "/feeds", url.Values{"url": {"ftp://example.org/feed"}})
	if status != http.StatusBadRequest || !strings.Contains(body, "not an http or https URL") {
		t.Errorf("bad URL: %d %s", status, mainOf(body))
	}
	status, body = s.post("/feeds", "/feeds", url.Values{"url": {"https://broken.example/feed"}})
	if status != http.StatusBadGateway || !strings.Contains(body, "404 Not Found") || !strings.Contains(body, `value="https://broken.example/feed"`) {
		t.Errorf("failing feed: %d %s", status, mainOf(body))
	}

	status, _ = s.post("/feeds", fmt.Sprintf("/feeds/%d/delete", f.ID), url.Values{})
	if status != http.StatusSeeOther {
		t.Fatalf("remove: %d", status)
	}
	if feeds, _ := s.store.Feeds(ctx); len(feeds) != 0 {
		t.Errorf("feeds left: %v", feeds)
	}
	if status, _ := s.post("/feeds", fmt.Sprintf("/feeds/%d/delete", f.ID), url.Values{}); status != http.StatusNotFound {
		t.Errorf("removing twice: %d", status)
	}

	// Without the hook, the page says this server cannot follow feeds.
	plain := newSite(t)
	status, body = plain.post("/feeds", "/feeds", url.Values{"url": {"https://northwire.example/feed.xml"}})
	if status != http.StatusServiceUnavailable || !strings.Contains(body, "cannot follow feeds") {
		t.Errorf("no hook: %d %s", status, mainOf(body))
	}
}

func TestPageWatches(t *testing.T) {
	s := newSite(t)
	status, body := s.post("/watches", "/watches", url.Values{"outlet": {"harbourgazette.example"}, "webhook": {""}})
	if status != http.StatusSeeOther {
		t.Fatalf("add: %d %s", status, mainOf(body))
	}
	ws, err := s.store.Watches(context.Background())
	if err != nil || len(ws) != 1 {
		t.Fatalf("watches %v %v", ws, err)
	}
	_, body = s.get("/watches")
	// Northwire copied the Gazette (truth.json): the watch lists it.
	mustContain(t, "watches", body, fmt.Sprintf(`href="/watches/%d/atom"`, ws[0].ID), esc(s.truth.Articles[1].Title),
		fmt.Sprintf(`action="/watches/%d/delete"`, ws[0].ID))
	_, body = s.get("/outlets/harbourgazette.example")
	mustContain(t, "watched outlet", body, "Watched")

	status, body = s.post("/watches", "/watches", url.Values{"outlet": {"not a domain"}, "webhook": {"https://hooks.example.org/x"}})
	if status != http.StatusBadRequest {
		t.Errorf("bad outlet: %d", status)
	}
	mustContain(t, "bad watch", body, `value="not a domain"`, `value="https://hooks.example.org/x"`)

	status, _ = s.post("/watches", fmt.Sprintf("/watches/%d/delete", ws[0].ID), url.Values{})
	if status != http.StatusSeeOther {
		t.Fatalf("delete: %d", status)
	}
	if ws, _ := s.store.Watches(context.Background()); len(ws) != 0 {
		t.Errorf("watches left %v", ws)
	}
}

func TestPageTracePassage(t *testing.T) {
	s := newSite(t)
	a := s.articleID(s.demoURL("A"))
	art, err := s.store.Article(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	// A paragraph the Gazette wrote and the relays ran.
	lines := strings.Split(art.Newest.Text, "\n")
	passage := lines[3]
	status, body := s.post("/", "/trace", url.Values{"q": {passage}})
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, mainOf(body))
	}
	mustContain(t, "passage", body, "Who else ran this, earliest first", "earliest in the corpus")
	doc := parseHTML(t, body)
	first := find(doc, func(n *html.Node) bool { return n.Data == "li" && n.Parent != nil && hasClass(n.Parent, "chain") })
	if first == nil || !strings.Contains(textOf(first), "harbourgazette.example") {
		t.Errorf("the earliest is not the Gazette: %v", textOf(first))
	}

	for _, c := range []struct {
		form   url.Values
		status int
		want   string
	}{
		{url.Values{"q": {""}}, http.StatusBadRequest, "Paste a URL or a passage"},
		{url.Values{"q": {"https://harbourgazette.example/news/x"}}, http.StatusServiceUnavailable, "cannot fetch pages"},
	} {
		status, body := s.post("/", "/trace", c.form)
		if status != c.status || !strings.Contains(body, c.want) {
			t.Errorf("trace %v: %d, want %d saying %q:\n%s", c.form, status, c.status, c.want, mainOf(body))
		}
	}
}

func TestPageTraceURLAndUpload(t *testing.T) {
	var fetched []string
	var uploaded []string
	var s *site
	s = newSite(t, func(o *web.Options) {
		o.MaxUpload = 64 << 10
		o.AddURL = func(ctx context.Context, u string) (int64, error) {
			fetched = append(fetched, u)
			if strings.Contains(u, "refused") {
				return 0, errors.New("robots.txt disallows " + u)
			}
			a, err := o.Store.ArticleByURL(ctx, u)
			if err != nil {
				return 0, err
			}
			return a.ID, nil
		}
		o.ImportPage = func(ctx context.Context, name string, page []byte) (int64, error) {
			uploaded = append(uploaded, name+":"+strconv.Itoa(len(page)))
			if !strings.Contains(string(page), "<html") {
				return 0, echotrace.Invalidf("%s has no article in it", name)
			}
			a, err := o.Store.ArticleByURL(ctx, s.demoURL("A"))
			if err != nil {
				return 0, err
			}
			return a.ID, nil
		}
	})
	a := s.articleID(s.demoURL("A"))
	status, body := s.post("/", "/trace", url.Values{"q": {"  " + s.demoURL("A") + "\n"}})
	if status != http.StatusSeeOther || body != fmt.Sprintf("Location: /articles/%d", a) {
		t.Errorf("URL: %d %s", status, body)
	}
	status, body = s.post("/", "/trace", url.Values{"q": {"https://refused.example/a"}})
	if status != http.StatusBadGateway || !strings.Contains(body, "robots.txt disallows") {
		t.Errorf("refused URL: %d %s", status, mainOf(body))
	}
	if len(fetched) != 2 {
		t.Errorf("fetched %v", fetched)
	}

	page := "<html><head><title>A saved page</title></head><body><p>Text.</p></body></html>"
	status, body = s.upload("", "saved.html", page)
	if status != http.StatusSeeOther || body != fmt.Sprintf("Location: /articles/%d", a) {
		t.Errorf("upload: %d %s", status, body)
	}
	status, body = s.upload("", "notes.txt", "no markup here")
	if status != http.StatusBadRequest || !strings.Contains(body, "notes.txt has no article in it") {
		t.Errorf("upload of no page: %d %s", status, mainOf(body))
	}
	status, body = s.upload("some text", "saved.html", page)
	if status != http.StatusBadRequest || !strings.Contains(body, "not both") {
		t.Errorf("text and upload: %d %s", status, mainOf(body))
	}
	status, body = s.upload("", "huge.html", "<html>"+strings.Repeat("x", 200<<10))
	if status != http.StatusRequestEntityTooLarge {
		t.Errorf("huge upload: %d %s", status, mainOf(body))
	}
	if len(uploaded) != 2 {
		t.Errorf("uploads that reached the hook: %v", uploaded)
	}
}

// upload posts the trace form as a browser does: multipart, with the box's
// text and a file.
func (s *site) upload(text, name, content string) (int, string) {
	s.t.Helper()
	token := s.csrf("/")
	var b strings.Builder
	const boundary = "echotrace-test-boundary"
	part := func(header, value string) {
		fmt.Fprintf(&b, "--%s\r\n%s\r\n\r\n%s\r\n", boundary, header, value)
	}
	part(`Content-Disposition: form-data; name="csrf"`, token)
	part(`Content-Disposition: form-data; name="q"`, text)
	part(fmt.Sprintf("Content-Disposition: form-data; name=\"page\"; filename=%q\r\nContent-Type: text/html", name), content)
	fmt.Fprintf(&b, "--%s--\r\n", boundary)
	req, err := http.NewRequest("POST", s.server.URL+"/trace", strings.NewReader(b.String()))
	if err != nil {
		s.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "multipart/form-data; boundary="+boundary)
	req.Header.Set("Accept", "text/html")
	return s.do(req)
}

func TestPageStatic(t *testing.T) {
	s := newSite(t)
	// Pages name the stylesheet with a hash of its content, so that it
	// can be cached for long.
	_, body := s.get("/")
	link := find(parseHTML(t, body), func(n *html.Node) bool { return n.Data == "link" && attr(n, "rel") == "stylesheet" })
	if link == nil || !strings.HasPrefix(attr(link, "href"), "/static/style.css?v=") {
		t.Fatalf("stylesheet link: %v", link)
	}
	resp, err := http.Get(s.server.URL + attr(link, "href"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/css") ||
		!strings.Contains(string(b), ":focus-visible") || !strings.Contains(resp.Header.Get("Cache-Control"), "max-age=") {
		t.Errorf("stylesheet: %d %s %s", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Cache-Control"))
	}
}

// The payloads a fetched or uploaded page may carry in its title and text.
var hostile = []string{`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`}

func TestPageEscapesHostileContent(t *testing.T) {
	s := newSite(t)
	ctx := context.Background()
	a, err := s.store.Article(ctx, s.articleID(s.demoURL("A")))
	if err != nil {
		t.Fatal(err)
	}
	// A copy of the Gazette's report whose title and text carry markup,
	// imported like any other record, so that it joins the story and
	// shows on every page that lists it.
	lines := strings.Split(a.Newest.Text, "\n")
	title := "Port deal " + hostile[0] + " " + hostile[1]
	text := strings.Join(lines[1:6], "\n") + "\nEditor's note " + hostile[0] + " and " + hostile[1] + " were in the original."
	importRecords(t, s.dbPath, fmt.Sprintf(`{"url": "https://hostile.example/2026/03/15/port", "title": %q, "text": %q, "published": "2026-03-15T10:00:00Z"}`, title, text), 0)
	hostileID := s.articleID("https://hostile.example/2026/03/15/port")
	story, err := s.store.StoryOf(ctx, hostileID)
	if err != nil || story == 0 {
		t.Fatalf("the hostile copy joined no story (%v)", err)
	}
	pages := s.everyPage()
	pages["hostile article"] = fmt.Sprintf("/articles/%d", hostileID)
	pages["hostile compare"] = fmt.Sprintf("/compare?a=%d&b=%d", a.ID, hostileID)
	pages["hostile story"] = fmt.Sprintf("/stories/%d", story)
	pages["hostile search"] = "/search?q=alert"
	pages["hostile outlet"] = "/outlets/hostile.example"
	pages["hostile in a URL"] = "/search?q=" + url.QueryEscape(hostile[1]) + "&outlet=" + url.QueryEscape(hostile[0])
	shown := 0
	for name, path := range pages {
		_, body := s.get(path)
		for _, h := range hostile {
			if strings.Contains(body, h) {
				t.Errorf("%s (%s) shows %s unescaped", name, path, h)
			}
		}
		if strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			shown++
		}
	}
	// The hostile title is shown (escaped) on its article, its story, the
	// comparison and the search results at least.
	if shown < 4 {
		t.Errorf("the escaped title shows on %d pages, want at least 4", shown)
	}
	_, body := s.get(pages["hostile article"])
	mustContain(t, "hostile article", body, "<title>Port deal &lt;script&gt;alert(1)&lt;/script&gt; &#34;&gt;&lt;img src=x onerror=alert(1)&gt; · echotrace</title>")

	// And pasted as a passage.
	_, body = s.post("/", "/trace", url.Values{"q": {text}})
	for _, h := range hostile {
		if strings.Contains(body, h) {
			t.Errorf("the passage page shows %s unescaped", h)
		}
	}
	mustContain(t, "hostile passage", body, "hostile.example")
}

// HTML helpers for the tests that read a page's structure.

func parseHTML(t *testing.T, body string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if m := find(c, match); m != nil {
			return m
		}
	}
	return nil
}

func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// textOf is the text of a node; the marks of passages (a.pnum, the
// passage numbers) are not text of the article.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && hasClass(n, "pnum") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
