package app

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/echotrace/echotrace/store/sqlite"
)

// newsServer is a fictional outlet on loopback: pages by path, a robots.txt
// that keeps echotrace out of /drafts/, and 404 for anything else.
type newsServer struct {
	*httptest.Server
	mu    sync.Mutex
	pages map[string]string // path → body
	types map[string]string // path → Content-Type
}

func newNewsServer(t *testing.T) *newsServer {
	n := &newsServer{pages: map[string]string{}, types: map[string]string{}}
	n.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.mu.Lock()
		body, ok := n.pages[r.URL.Path]
		typ := n.types[r.URL.Path]
		n.mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /drafts/\n")
		case !ok:
			http.NotFound(w, r)
		default:
			w.Header().Set("Content-Type", typ)
			fmt.Fprint(w, body)
		}
	}))
	t.Cleanup(n.Close)
	return n
}

func (n *newsServer) set(path, typ, body string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.pages[path], n.types[path] = body, typ
}

// storyPage is a page of the fictional Tarnow Gazette; date may be empty.
func storyPage(title, date string, paras ...string) string {
	meta := ""
	if date != "" {
		meta = `<meta property="article:published_time" content="` + date + `">`
	}
	return `<!doctype html><html lang="en"><head><title>` + title + ` | Tarnow Gazette</title>` + meta + `</head>
<body><nav>Home | Region | Sport</nav><article><h1>` + title + `</h1><p class="byline">By Oskar Wendt</p>
<p>` + strings.Join(paras, "</p>\n<p>") + `</p></article><footer>Scroll to Top</footer></body></html>`
}

var floodParas = []string{
	"The river Tarn rose by two metres overnight and flooded the lower town of Tarnow, the fire brigade said on Sunday morning.",
	"About three hundred residents spent the night in the sports hall, where volunteers served soup and handed out blankets until dawn.",
	"The mayor, Lidia Brandt, said the new flood wall had held along the market square but that water came in through the old mill race.",
	"Engineers will inspect the railway bridge on Monday before trains to the coast are allowed to run again, the rail operator said.",
}

func TestAddCommand(t *testing.T) {
	n := newNewsServer(t)
	n.set("/2026/04/12/flood", "text/html; charset=utf-8", storyPage("Tarn floods lower town", "2026-04-12T06:00:00Z", floodParas...))
	// A relay that copies the story a day later.
	n.set("/relay/flood-copy", "text/html; charset=utf-8", storyPage("Flood in Tarnow", "2026-04-13T09:00:00Z", floodParas[:3]...))
	n.set("/drafts/flood", "text/html", storyPage("Draft", "", floodParas[0]))
	dbPath := filepath.Join(t.TempDir(), "e.db")
	env := map[string]string{"ECHOTRACE_DB": dbPath, "ECHOTRACE_RATE": "1000", "ECHOTRACE_CONTACT": "mailto:desk@tarnow.example"}
	u := func(p string) string { return n.URL + p }

	// Loopback is refused unless allowed.
	code, stdout, stderr := run(t, env, "", "add", u("/2026/04/12/flood"))
	if code != 0 || !strings.Contains(stdout, "skipped") || !strings.Contains(stdout, "private address") {
		t.Fatalf("add without --allow-private: exit %d\n%s\n%s", code, stdout, stderr)
	}

	code, stdout, stderr = run(t, env, "", "add", "--allow-private",
		u("/2026/04/12/flood"), u("/relay/flood-copy"), u("/missing"), u("/drafts/flood"), "not a url")
	if code != 0 {
		t.Fatalf("add: exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, want := range []string{
		"new article  " + u("/2026/04/12/flood"),
		"new article  " + u("/relay/flood-copy"),
		"failed       " + u("/missing"),
		"HTTP 404",
		"skipped      " + u("/drafts/flood"),
		"robots.txt",
		"skipped      not a url",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("add output lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "skipped 3 of 5 pages") || !strings.Contains(stderr, "relations found") {
		t.Errorf("add stderr:\n%s", stderr)
	}

	// The copy is related to the original, and the failures are in status.
	code, stdout, _ = run(t, env, "", "status", "--json")
	var st struct {
		Counts struct {
			Articles, Relations int
		} `json:"counts"`
		Fetches []struct{ URL, Outcome, Error string } `json:"fetch_problems"`
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &st) != nil {
		t.Fatalf("status: exit %d %s", code, stdout)
	}
	if st.Counts.Articles != 2 || st.Counts.Relations != 1 {
		t.Errorf("status counts %+v, want 2 articles and 1 relation", st.Counts)
	}
	problems := map[string]string{}
	for _, f := range st.Fetches {
		problems[f.URL] = f.Outcome + ": " + f.Error
	}
	if !strings.HasPrefix(problems[u("/missing")], "failed: ") || !strings.Contains(problems[u("/missing")], "404") ||
		!strings.HasPrefix(problems[u("/drafts/flood")], "skipped: ") {
		t.Errorf("status fetch problems: %v", problems)
	}
	if _, stdout, _ := run(t, env, "", "status"); !strings.Contains(stdout, "recent fetches that failed or were skipped") || !strings.Contains(stdout, u("/missing")) {
		t.Errorf("status text:\n%s", stdout)
	}

	// The original corrected: a new version; the relay as it was: unchanged.
	n.set("/2026/04/12/flood", "text/html; charset=utf-8", storyPage("Tarn floods lower town", "2026-04-12T06:00:00Z",
		append([]string{strings.Replace(floodParas[0], "two metres", "two and a half metres", 1)}, floodParas[1:]...)...))
	code, stdout, stderr = run(t, env, "", "add", "--allow-private", "--json", u("/2026/04/12/flood"), u("/relay/flood-copy"))
	if code != 0 {
		t.Fatalf("add again: exit %d %s", code, stderr)
	}
	var outcomes []string
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var r struct {
			URL, Outcome string
			Version      int
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("add --json line %q: %v", line, err)
		}
		outcomes = append(outcomes, fmt.Sprintf("%s %d", r.Outcome, r.Version))
	}
	if strings.Join(outcomes, ", ") != "new version 2, unchanged 0" {
		t.Errorf("add again: %v", outcomes)
	}
	db, err := sqlite.Open(context.Background(), dbPath, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a, err := db.ArticleByURL(context.Background(), u("/2026/04/12/flood"))
	if err != nil {
		t.Fatal(err)
	}
	vs, err := db.Versions(context.Background(), a.ID)
	if err != nil || len(vs) != 2 || !strings.Contains(vs[0].Text, "by two metres") || !strings.Contains(vs[1].Text, "two and a half metres") {
		t.Errorf("versions: %v %d", err, len(vs))
	}

	if code, _, stderr := run(t, env, "", "add"); code != 2 || !strings.Contains(stderr, "URL") {
		t.Errorf("add without URL: exit %d %q", code, stderr)
	}
	if code, _, stderr := run(t, env, "", "add", "--rate", "0", u("/x")); code != 2 || !strings.Contains(stderr, "--rate") {
		t.Errorf("add --rate 0: exit %d %q", code, stderr)
	}
}

func TestFeedAndCrawlCommands(t *testing.T) {
	n := newNewsServer(t)
	n.set("/", "text/html", `<html><head><title>Tarnow Gazette</title>
<link rel="alternate" type="application/rss+xml" title="Tarnow Gazette" href="/rss"></head><body>Front page</body></html>`)
	n.set("/rss", "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Tarnow Gazette</title>
<item><title>Tarn floods lower town</title><link>`+n.URL+`/region/flood</link><pubDate>Sun, 12 Apr 2026 07:40:00 +0200</pubDate></item>
<item><title>Tarn floods lower town</title><link>`+n.URL+`/region/flood</link></item>
<item><title>Mill race to be sealed</title><link>`+n.URL+`/region/mill</link></item>
<item><title>Gone</title><link>`+n.URL+`/region/gone</link></item>
</channel></rss>`)
	// No date on the pages nor in their URLs: the feed's date stands in
	// where it gives one.
	n.set("/region/flood", "text/html", storyPage("Tarn floods lower town", "", floodParas...))
	n.set("/region/mill", "text/html", storyPage("Mill race to be sealed", "",
		"The town council voted on Monday to seal the old mill race in Tarnow, through which the flood water entered the market square.",
		"Work is to start in June and cost about 180,000 euros, paid from the regional disaster fund, the treasurer said after the vote."))
	n.set("/sitemap.xml", "application/xml", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>`+n.URL+`/region/mill</loc></url></urlset>`)
	dbPath := filepath.Join(t.TempDir(), "f.db")
	env := map[string]string{"ECHOTRACE_DB": dbPath, "ECHOTRACE_RATE": "1000"}

	if code, _, stderr := run(t, env, "", "crawl"); code != 0 || !strings.Contains(stderr, "no feeds") {
		t.Errorf("crawl with no feeds: exit %d %q", code, stderr)
	}
	code, stdout, stderr := run(t, env, "", "feed", "add", "--allow-private", n.URL+"/")
	if code != 0 || !strings.Contains(stdout, "following feed "+n.URL+"/rss") || !strings.Contains(stdout, "announced by") {
		t.Fatalf("feed add of a homepage: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if code, stdout, _ := run(t, env, "", "feed", "add", "--allow-private", n.URL+"/sitemap.xml"); code != 0 || !strings.Contains(stdout, "following sitemap") {
		t.Errorf("feed add of a sitemap: exit %d %s", code, stdout)
	}
	if code, _, stderr := run(t, env, "", "feed", "add", "--allow-private", n.URL+"/region/flood"); code != 1 || !strings.Contains(stderr, "announces no feed") {
		t.Errorf("feed add of an article: exit %d %q", code, stderr)
	}
	code, stdout, _ = run(t, env, "", "feed", "list", "--json")
	var list []struct {
		URL, Kind, Health, Title string
		Items                    int
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &list) != nil || len(list) != 2 || list[0].Health != "new" || list[0].Title != "Tarnow Gazette" {
		t.Fatalf("feed list --json: exit %d %s", code, stdout)
	}

	code, stdout, stderr = run(t, env, "", "crawl", "--allow-private")
	if code != 0 {
		t.Fatalf("crawl: exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, want := range []string{
		"feed " + n.URL + "/rss: new items (3 listed, 3 to fetch)",
		"new article  " + n.URL + "/region/flood",
		"failed       " + n.URL + "/region/gone",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("crawl output lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Count(stdout, "new article") != 2 {
		t.Errorf("the mill page, listed by the feed and the sitemap, should be fetched once:\n%s", stdout)
	}
	code, stdout, _ = run(t, env, "", "trace", "--json", n.URL+"/region/flood")
	var tr struct {
		Article struct {
			Published       string `json:"published"`
			PublishedSource string `json:"published_source"`
		} `json:"article"`
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &tr) != nil || tr.Article.PublishedSource != "feed" || tr.Article.Published != "2026-04-12T05:40:00Z" {
		t.Errorf("flood article after crawl: exit %d %s", code, stdout)
	}

	// Nothing is due again at once.
	if code, _, stderr := run(t, env, "", "crawl", "--allow-private"); code != 0 || !strings.Contains(stderr, "no feed is due") {
		t.Errorf("second crawl: exit %d %q", code, stderr)
	}
	code, stdout, _ = run(t, env, "", "feed", "list")
	if code != 0 || !strings.Contains(stdout, "ok") || !strings.Contains(stdout, n.URL+"/rss") {
		t.Errorf("feed list after crawl:\n%s", stdout)
	}
	code, stdout, _ = run(t, env, "", "status")
	if code != 0 || !strings.Contains(stdout, "feeds and sitemaps (2)") || !strings.Contains(stdout, n.URL+"/region/gone") {
		t.Errorf("status after crawl:\n%s", stdout)
	}

	if code, stdout, _ := run(t, env, "", "feed", "rm", n.URL+"/rss"); code != 0 || !strings.Contains(stdout, "no longer following") {
		t.Errorf("feed rm: exit %d %s", code, stdout)
	}
	if code, _, stderr := run(t, env, "", "feed", "rm", n.URL+"/rss"); code != 1 || !strings.Contains(stderr, "not a followed feed") {
		t.Errorf("feed rm again: exit %d %q", code, stderr)
	}
	if code, _, _ := run(t, env, "", "feed", "frobnicate"); code != 2 {
		t.Errorf("feed frobnicate: exit %d, want 2", code)
	}
}
