package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/source/web"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/sqlite"
)

// The site below is fiction written for these tests: the harbour town of
// Velmora and its two newspapers.

// article is a news page. published may be empty: the page then states no
// date of its own, and a feed's or sitemap's date stands in.
func article(title, lede, published string) string {
	meta := ""
	if published != "" {
		meta = fmt.Sprintf(`<meta property="article:published_time" content="%s">`, published)
	}
	return fmt.Sprintf(`<!doctype html><html lang="en"><head><title>%s | Velmora Courier</title>%s</head>
<body><nav>Home | Harbour | Council | Sport</nav><article><h1>%s</h1>
<p class="byline">By Mirela Dunst</p>
<p>%s</p>
<p>The harbour master said the work would be reviewed at the next council session, and residents were invited to send comments by the end of the month.</p>
<p>Fishermen at the north quay said they had not been consulted, and that the winter season would suffer if the schedule slipped again.</p>
</article><footer><a href="#top">Scroll to Top</a></footer></body></html>`, title, meta, title, lede)
}

// site is a local news site whose pages, feeds and sitemaps the test sets,
// counting requests by path.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	handlers map[string]http.HandlerFunc
	hits     map[string]int
	headers  map[string]http.Header // the request headers last seen, by path
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{handlers: map[string]http.HandlerFunc{}, hits: map[string]int{}, headers: map[string]http.Header{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.headers[r.URL.Path] = r.Header.Clone()
		h := s.handlers[r.URL.Path]
		s.mu.Unlock()
		if h == nil {
			http.NotFound(w, r)
			return
		}
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) handle(path string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handlers[path] = h
}

func (s *site) serve(path, contentType, body string) {
	s.handle(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		fmt.Fprint(w, body)
	})
}

func (s *site) page(path, title, lede, published string) {
	s.serve(path, "text/html; charset=utf-8", article(title, lede, published))
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) header(path, key string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.headers[path].Get(key)
}

// clock is a settable clock whose Sleep passes at once.
type clock struct {
	mu    sync.Mutex
	t     time.Time
	slept []time.Duration
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func (c *clock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.slept = append(c.slept, d)
	c.t = c.t.Add(d)
	return nil
}

// newCrawler is a Crawler on a fresh SQLite store, with a fetcher allowed
// to reach loopback, quick to give up, and on a fake clock (waits for
// Retry-After and backoff pass at once). The crawler's own clock (the
// schedule) is clk.
func newCrawler(t *testing.T, clk *clock) (*Crawler, store.Store) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "crawl.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	fetchClock := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	f := web.New(web.Config{
		AllowPrivate: true, PerHost: time.Millisecond, Backoff: time.Millisecond,
		Timeout: 300 * time.Millisecond, MaxBody: 1 << 20,
		Now: fetchClock.Now, Sleep: fetchClock.Sleep,
	})
	c := &Crawler{
		Store: db, Fetcher: f, Extractor: &ingest.Extractor{Outlets: outlet.NewResolver(nil)},
		Config: Config{Now: clk.Now, Sleep: clk.Sleep, Parallel: 4},
	}
	return c, db
}

func gz(t *testing.T, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func byURL(results []PageResult) map[string]PageResult {
	m := map[string]PageResult{}
	for _, r := range results {
		m[r.URL] = r
	}
	return m
}

func TestAdd(t *testing.T) {
	s := newSite(t)
	s.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n")
	s.page("/2026/03/02/ferry", "Ferry timetable cut for the winter", "The Velmora ferry will sail twice a day instead of four times from November, the operator said on Monday.", "2026-03-02T07:30:00Z")
	s.page("/members/ferry-analysis", "What the ferry cut means", "Members only analysis of the ferry timetable.", "")
	s.handle("/removed", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusGone) })
	var flaky, busy sync.Once
	s.handle("/2026/03/02/quay", func(w http.ResponseWriter, r *http.Request) {
		first := false
		flaky.Do(func() { first = true })
		if first {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, article("North quay repairs delayed", "Repairs to the north quay in Velmora will start three weeks late because a crane was not delivered.", "2026-03-02T09:00:00Z"))
	})
	s.handle("/2026/03/02/council", func(w http.ResponseWriter, r *http.Request) {
		first := false
		busy.Do(func() { first = true })
		if first {
			w.Header().Set("Retry-After", "30")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, article("Council approves harbour budget", "The Velmora council approved a harbour budget of 4.2 million euros after a four-hour session.", "2026-03-02T18:00:00Z"))
	})
	// Labelled Latin-1 but written in UTF-8: the bytes win.
	s.serve("/2026/03/03/cafe", "text/html; charset=ISO-8859-1", article("Harbour café reopens", "The harbour café on Quay Street reopened after the storm, its owner Ilse Märtens said, serving crêpes again.", "2026-03-03T08:00:00Z"))
	s.serve("/photo.jpg", "image/jpeg", "\xff\xd8\xff\xe0 not really a jpeg")
	s.serve("/empty", "text/html", "<html><body><nav>Home</nav></body></html>")
	s.handle("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop2", http.StatusFound) })
	s.handle("/loop2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	s.handle("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>and more</p>\n"), 512)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	bomb := bytes.Repeat(gz(t, make([]byte, 1<<20)), 8) // 8 MiB of zeros, cap is 1 MiB
	s.handle("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	s.handle("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	s.handle("/old-ferry", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/2026/03/02/ferry", http.StatusMovedPermanently)
	})

	c, db := newCrawler(t, &clock{t: time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)})
	ctx := context.Background()
	u := func(p string) string { return s.URL + p }
	urls := []string{
		u("/2026/03/02/ferry"), u("/members/ferry-analysis"), u("/missing"), u("/removed"),
		u("/2026/03/02/quay"), u("/2026/03/02/council"), u("/2026/03/03/cafe"), u("/photo.jpg"),
		u("/empty"), u("/loop"), u("/endless"), u("/bomb"), u("/slow"), "ftp://velmora.example/x",
		u("/2026/03/02/ferry"), // twice: fetched once
		u("/old-ferry"),        // redirects to a page fetched in the same run
	}
	results, err := c.Add(ctx, urls)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path, outcome, reason string
		status                int
	}{
		{"/2026/03/02/ferry", NewArticle, "", 200},
		{"/members/ferry-analysis", Skipped, "robots.txt", 0},
		{"/missing", Failed, "HTTP 404", 404},
		{"/removed", Failed, "HTTP 410", 410},
		{"/2026/03/02/quay", NewArticle, "", 200},
		{"/2026/03/02/council", NewArticle, "", 200},
		{"/2026/03/03/cafe", NewArticle, "", 200},
		{"/photo.jpg", Skipped, "content type", 0},
		{"/empty", Skipped, "no article text", 200},
		{"/loop", Failed, "redirect loop", 0},
		{"/endless", Failed, "too large", 0},
		{"/bomb", Failed, "too large", 0},
		{"/slow", Failed, "timed out", 0},
		{"/old-ferry", Unchanged, "the same page as", 200},
	} {
		r, ok := byURL(results)[u(tc.path)]
		if !ok {
			t.Errorf("%s: no result", tc.path)
			continue
		}
		if r.Outcome != tc.outcome || !strings.Contains(r.Reason, tc.reason) || r.Status != tc.status {
			t.Errorf("%s: %s %d %q, want %s %d %q", tc.path, r.Outcome, r.Status, r.Reason, tc.outcome, tc.status, tc.reason)
		}
		// A fetch error names the URL (and a redirect's target); a page
		// fetched but without article text is named by its result.
		if (r.Outcome == Failed || r.Outcome == Skipped) && r.Status == 0 && !strings.Contains(r.Reason, tc.path) {
			t.Errorf("%s: reason %q does not name the URL", tc.path, r.Reason)
		}
	}
	if r := byURL(results)["ftp://velmora.example/x"]; r.Outcome != Skipped || !strings.Contains(r.Reason, "unsupported URL") {
		t.Errorf("ftp URL: %+v", r)
	}
	if len(results) != len(urls)-1 {
		t.Errorf("%d results for %d distinct URLs", len(results), len(urls)-1)
	}
	if n := s.count("/2026/03/02/ferry"); n != 2 {
		t.Errorf("ferry page asked %d times, want 2 (once by URL, once through the redirect)", n)
	}
	if n := s.count("/members/ferry-analysis"); n != 0 {
		t.Errorf("a page robots.txt disallows was asked %d times", n)
	}

	a, err := db.ArticleByURL(ctx, u("/2026/03/03/cafe"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Newest.Text, "Märtens") || !strings.Contains(a.Newest.Text, "crêpes") {
		t.Errorf("wrong charset label: text %q", a.Newest.Text)
	}
	if a.Newest.PublishedSource == "" || a.FirstSeen.IsZero() {
		t.Errorf("café article %+v", a)
	}

	// The fetch log has every page, with why.
	logged, err := db.Fetches(ctx, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	outcomes := map[string]string{}
	for _, f := range logged {
		outcomes[f.URL] = f.Outcome + " " + f.Error
	}
	for path, want := range map[string]string{
		"/2026/03/02/ferry": echotrace.FetchStored, "/missing": echotrace.FetchFailed + " fetch " + u("/missing") + ": HTTP 404",
		"/members/ferry-analysis": echotrace.FetchSkipped, "/empty": echotrace.FetchSkipped + " no article text",
	} {
		if !strings.HasPrefix(outcomes[u(path)], want) {
			t.Errorf("fetch log of %s: %q, want %q...", path, outcomes[u(path)], want)
		}
	}

	// Fetched again: the same page is unchanged; a changed one is a new
	// version of its article.
	s.page("/2026/03/02/quay", "North quay repairs delayed", "Repairs to the north quay in Velmora will start five weeks late because a crane was not delivered.", "2026-03-02T09:00:00Z")
	again, err := c.Add(ctx, []string{u("/2026/03/02/ferry"), u("/2026/03/02/quay")})
	if err != nil {
		t.Fatal(err)
	}
	got := byURL(again)
	if r := got[u("/2026/03/02/ferry")]; r.Outcome != Unchanged || r.ArticleID == 0 && !strings.Contains(r.Reason, "same bytes") {
		t.Errorf("ferry again: %+v", r)
	}
	if r := got[u("/2026/03/02/quay")]; r.Outcome != NewVersion || r.Version != 2 {
		t.Errorf("quay changed: %+v", r)
	}
	vs, err := db.Versions(ctx, got[u("/2026/03/02/quay")].ArticleID)
	if err != nil || len(vs) != 2 || !strings.Contains(vs[0].Text, "three weeks") || !strings.Contains(vs[1].Text, "five weeks") {
		t.Errorf("quay versions: %v %+v", err, vs)
	}
}

func TestAddAsksWhetherAPageChanged(t *testing.T) {
	// A page added again is asked for with the validators of its stored
	// capture; the server's 304 is reported as unchanged, and a changed
	// page (new ETag) is stored as a new version.
	s := newSite(t)
	text := article("Tram depot to close", "The Eastfield tram depot will close in June, the transport board said.", "2026-05-02T08:00:00Z")
	etag := `"depot-1"`
	var mu sync.Mutex // the handler runs on the server's goroutines
	s.handle("/depot", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		etag, text := etag, text
		mu.Unlock()
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, text)
	})
	c, _ := newCrawler(t, &clock{t: time.Now()})
	add := func() PageResult {
		t.Helper()
		results, err := c.Add(context.Background(), []string{s.URL + "/depot"})
		if err != nil || len(results) != 1 {
			t.Fatalf("add: %+v, %v", results, err)
		}
		return results[0]
	}
	if r := add(); r.Outcome != NewArticle {
		t.Fatalf("first add: %+v", r)
	}
	if got := s.header("/depot", "If-None-Match"); got != "" {
		t.Errorf("first fetch sent If-None-Match %q", got)
	}
	if r := add(); r.Outcome != Unchanged || r.Status != http.StatusNotModified || !strings.Contains(r.Reason, "not modified") {
		t.Errorf("second add: %+v", r)
	}
	if got := s.header("/depot", "If-None-Match"); got != etag {
		t.Errorf("second fetch sent If-None-Match %q, want %q", got, etag)
	}
	mu.Lock()
	etag = `"depot-2"`
	text = article("Tram depot to close", "The Eastfield tram depot will close in September, not June, the transport board said.", "2026-05-02T08:00:00Z")
	mu.Unlock()
	if r := add(); r.Outcome != NewVersion {
		t.Errorf("after a change: %+v", r)
	}
}

func TestAddRefusesPrivateByDefault(t *testing.T) {
	s := newSite(t)
	s.page("/a", "Lighthouse keeper retires", "The last keeper of the Velmora lighthouse retired on Friday after 31 years.", "")
	c, _ := newCrawler(t, &clock{t: time.Now()})
	c.Fetcher = web.New(web.Config{PerHost: time.Millisecond})
	results, err := c.Add(context.Background(), []string{s.URL + "/a"})
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 1 || results[0].Outcome != Skipped || !strings.Contains(results[0].Reason, "private address") {
		t.Errorf("results %+v", results)
	}
	if s.count("/a") != 0 {
		t.Error("the loopback server was asked")
	}
}

func TestAddInterrupted(t *testing.T) {
	s := newSite(t)
	s.handle("/hang", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	c, db := newCrawler(t, &clock{t: time.Now()})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for s.count("/hang") == 0 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	_, err := c.Add(ctx, []string{s.URL + "/hang"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if logged, _ := db.Fetches(context.Background(), "", 10); len(logged) != 0 {
		t.Errorf("an interrupted fetch was logged as the site's failure: %+v", logged)
	}
}
