package crawl

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/source/feeds"
)

// rss is a feed of the items given as (path, pubDate) pairs; an empty
// pubDate leaves the item undated.
func rss(base string, items ...[2]string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Velmora Courier</title><link>` + base + `/</link>`)
	for _, it := range items {
		b.WriteString("<item><title>" + it[0] + "</title><link>" + base + it[0] + "</link>")
		if it[1] != "" {
			b.WriteString("<pubDate>" + it[1] + "</pubDate>")
		}
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// storeClock starts at the real time: the store stamps a feed added with
// its own clock, due at once, and the crawler's clock must not be behind it.
func storeClock() *clock {
	return &clock{t: time.Now().UTC().Add(time.Second)}
}

func feedByURL(t *testing.T, c *Crawler, url string) echotrace.Feed {
	t.Helper()
	fs, err := c.Store.Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.URL == url {
			return f
		}
	}
	t.Fatalf("feed %s not stored", url)
	return echotrace.Feed{}
}

func TestPollFeedsAndSitemaps(t *testing.T) {
	s := newSite(t)
	// Undated pages: their date comes from the feed or the sitemap.
	s.page("/harbour/dredging", "Dredging of the inner harbour begins", "Dredgers arrived in Velmora on Tuesday to deepen the inner harbour before the summer cruise season.", "")
	s.page("/harbour/pilot", "Pilot boat service extended", "The pilot boat service in Velmora will run at night from April, the port authority announced.", "")
	s.page("/council/parking", "Parking fees at the quay to rise", "Parking at the quay will cost two euros an hour from May, the council decided on Thursday.", "")
	s.page("/council/school", "New school roof approved", "The council approved a new roof for the Velmora primary school after leaks closed two classrooms.", "")
	s.page("/sport/regatta", "Regatta moved to June", "The Velmora regatta will take place in June this year because of the harbour works.", "")
	etag := `"courier-1"`
	feedBody := rss(s.URL,
		[2]string{"/harbour/dredging", "Tue, 03 Mar 2026 06:15:00 +0100"},
		[2]string{"/harbour/pilot", ""},                                   // undated
		[2]string{"/harbour/dredging", "Tue, 03 Mar 2026 09:00:00 +0100"}, // listed twice
	)
	s.handle("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", etag)
		fmt.Fprint(w, feedBody)
	})
	s.serve("/sitemap_index.xml", "application/xml", `<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>`+s.URL+`/news-sitemap.xml.gz</loc></sitemap>
<sitemap><loc>`+s.URL+`/missing-sitemap.xml</loc></sitemap>
</sitemapindex>`)
	news := `<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>` + s.URL + `/council/parking</loc><lastmod>2026-03-05T10:00:00Z</lastmod>
<news:news><news:publication><news:name>Velmora Courier</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2026-03-04T16:20:00Z</news:publication_date><news:title>Parking fees at the quay to rise</news:title></news:news></url>
<url><loc>` + s.URL + `/council/school</loc></url>
</urlset>`
	s.handle("/news-sitemap.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(gz(t, []byte(news)))
	})
	s.serve("/broken.xml", "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><link>`)

	clk := storeClock()
	c, db := newCrawler(t, clk)
	ctx := context.Background()
	for _, u := range []string{"/feed.xml", "/sitemap_index.xml", "/broken.xml"} {
		if _, err := db.AddFeed(ctx, s.URL+u, "feed"); err != nil {
			t.Fatal(err)
		}
	}

	round, err := c.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(round.Feeds) != 3 {
		t.Fatalf("%d feeds polled, want 3", len(round.Feeds))
	}
	pages := byURL(round.Pages)
	for _, p := range []string{"/harbour/dredging", "/harbour/pilot", "/council/parking", "/council/school"} {
		if r := pages[s.URL+p]; r.Outcome != NewArticle || r.FeedID == 0 {
			t.Errorf("%s: %+v", p, r)
		}
	}
	if n := s.count("/harbour/dredging"); n != 1 {
		t.Errorf("an item listed twice was fetched %d times", n)
	}
	for _, tc := range []struct {
		path, source string
		published    time.Time
	}{
		// The earlier of the two dates the feed gives.
		{"/harbour/dredging", feeds.SourceFeed, time.Date(2026, 3, 3, 5, 15, 0, 0, time.UTC)},
		{"/harbour/pilot", "", time.Time{}},
		// The news sitemap's publication date, not its lastmod.
		{"/council/parking", feeds.SourceSitemap, time.Date(2026, 3, 4, 16, 20, 0, 0, time.UTC)},
		{"/council/school", "", time.Time{}},
	} {
		a, err := db.ArticleByURL(ctx, s.URL+tc.path)
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		if a.Newest.PublishedSource != tc.source || !a.Newest.Published.Equal(tc.published) {
			t.Errorf("%s: published %s (%q), want %s (%q)", tc.path, a.Newest.Published, a.Newest.PublishedSource, tc.published, tc.source)
		}
		// First seen is the fetch time, the only date an undated page has.
		if a.FirstSeen.IsZero() {
			t.Errorf("%s: no first-seen time", tc.path)
		}
	}

	fd := feedByURL(t, c, s.URL+"/feed.xml")
	if fd.Title != "Velmora Courier" || fd.ETag != etag || fd.Items != 2 || fd.LastError != "" || fd.LastNew.IsZero() ||
		!fd.NextPoll.After(clk.Now()) {
		t.Errorf("feed after its first poll: %+v", fd)
	}
	sm := feedByURL(t, c, s.URL+"/sitemap_index.xml")
	if sm.Items != 2 || sm.LastError != "" {
		t.Errorf("sitemap index after its first poll: %+v", sm)
	}
	broken := feedByURL(t, c, s.URL+"/broken.xml")
	if broken.Failures != 1 || !strings.Contains(broken.LastError, "broken.xml") || !strings.Contains(broken.LastError, "XML") {
		t.Errorf("malformed feed: %+v", broken)
	}
	failedLog, _ := db.Fetches(ctx, echotrace.FetchFailed, 10)
	if len(failedLog) != 1 || failedLog[0].URL != s.URL+"/broken.xml" || failedLog[0].FeedID != broken.ID {
		t.Errorf("failed fetches logged: %+v", failedLog)
	}

	// Nothing is due until the earliest next poll.
	if r, err := c.Poll(ctx); err != nil || len(r.Feeds) != 0 {
		t.Fatalf("poll before anything is due: %v, %+v", err, r.Feeds)
	}

	// An hour later: the feed answers "not modified" to its validator; the
	// sitemap lists a new page, and only that one is fetched; the broken
	// feed fails again and backs off further.
	s.page("/sport/rowing", "Rowing club gets new boathouse", "The Velmora rowing club moved into its new boathouse on the south quay on Saturday.", "2026-03-05T13:00:00Z")
	news = strings.Replace(news, "</urlset>", "<url><loc>"+s.URL+"/sport/rowing</loc></url></urlset>", 1)
	clk.Advance(time.Hour)
	round, err = c.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	outcomes := map[string]string{}
	for _, f := range round.Feeds {
		outcomes[f.Feed.URL] = f.Outcome
	}
	if outcomes[s.URL+"/feed.xml"] != FeedUnchanged || outcomes[s.URL+"/sitemap_index.xml"] != FeedNew || outcomes[s.URL+"/broken.xml"] != FeedFailed {
		t.Errorf("second round: %v", outcomes)
	}
	if got := s.header("/feed.xml", "If-None-Match"); got != etag {
		t.Errorf("feed asked with If-None-Match %q, want %q", got, etag)
	}
	if len(round.Pages) != 1 || round.Pages[0].URL != s.URL+"/sport/rowing" || round.Pages[0].Outcome != NewArticle {
		t.Errorf("second round pages: %+v", round.Pages)
	}
	if n := s.count("/council/parking"); n != 1 {
		t.Errorf("a stored page was fetched again (%d times)", n)
	}
	fd2 := feedByURL(t, c, s.URL+"/feed.xml")
	broken2 := feedByURL(t, c, s.URL+"/broken.xml")
	if fd2.Unchanged != 1 || fd2.NextPoll.Sub(fd2.LastPoll) <= fd.NextPoll.Sub(fd.LastPoll) {
		t.Errorf("unchanged feed did not back off: first wait %s, now %s", fd.NextPoll.Sub(fd.LastPoll), fd2.NextPoll.Sub(fd2.LastPoll))
	}
	if broken2.Failures != 2 || broken2.NextPoll.Sub(broken2.LastPoll) <= broken.NextPoll.Sub(broken.LastPoll) {
		t.Errorf("failing feed did not back off: %+v", broken2)
	}

	// The feed repaired: the error is cleared, the failures reset.
	s.serve("/broken.xml", "application/rss+xml", rss(s.URL, [2]string{"/sport/regatta", "Thu, 05 Mar 2026 15:00:00 GMT"}))
	clk.Advance(24 * time.Hour)
	if _, err := c.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if f := feedByURL(t, c, s.URL+"/broken.xml"); f.Failures != 0 || f.LastError != "" || f.Items != 1 {
		t.Errorf("repaired feed: %+v", f)
	}
	if a, err := db.ArticleByURL(ctx, s.URL+"/sport/regatta"); err != nil || a.Newest.PublishedSource != feeds.SourceFeed {
		t.Errorf("regatta: %v %+v", err, a)
	}
}

func TestPollRetryAfterAndCap(t *testing.T) {
	s := newSite(t)
	s.handle("/busy.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7200") // longer than the fetcher waits
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	var items [][2]string
	for i := range 5 {
		p := fmt.Sprintf("/brief/%d", i)
		s.page(p, fmt.Sprintf("Harbour brief number %d", i), fmt.Sprintf("Brief %d: the tide tables for Velmora were corrected for the %d week of March.", i, i+1), "")
		items = append(items, [2]string{p, ""})
	}
	s.serve("/briefs.xml", "application/rss+xml", rss(s.URL, items...))
	clk := storeClock()
	c, db := newCrawler(t, clk)
	c.Config.MaxPagesPerPoll = 3
	ctx := context.Background()
	db.AddFeed(ctx, s.URL+"/busy.xml", "feed")
	db.AddFeed(ctx, s.URL+"/briefs.xml", "feed")
	round, err := c.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	busy := feedByURL(t, c, s.URL+"/busy.xml")
	if want := clk.Now().Add(2 * time.Hour).Truncate(time.Millisecond); busy.NextPoll.Before(want) {
		t.Errorf("next poll %s, before the server's Retry-After %s", busy.NextPoll, want)
	}
	if len(round.Pages) != 3 {
		t.Errorf("%d pages fetched, want the cap of 3", len(round.Pages))
	}
	briefs := feedByURL(t, c, s.URL+"/briefs.xml")
	if briefs.ETag != "" {
		t.Errorf("validators kept although pages were left over")
	}
	clk.Advance(24 * time.Hour)
	round, err = c.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(round.Pages); n != 2 {
		t.Errorf("second poll fetched %d pages, want the 2 left over", n)
	}
}

func TestRun(t *testing.T) {
	s := newSite(t)
	s.serve("/feed.xml", "application/rss+xml", rss(s.URL))
	clk := storeClock()
	c, db := newCrawler(t, clk)
	db.AddFeed(context.Background(), s.URL+"/feed.xml", "feed")
	ctx, cancel := context.WithCancel(context.Background())
	rounds := 0
	c.Config.Sleep = func(ctx context.Context, d time.Duration) error {
		if rounds == 3 {
			cancel()
			return ctx.Err()
		}
		return clk.Sleep(ctx, d)
	}
	err := c.Run(ctx, func(Round) { rounds++ })
	if err != nil {
		t.Fatal(err)
	}
	if rounds != 3 || s.count("/feed.xml") != 3 {
		t.Errorf("%d rounds, feed asked %d times; want 3 and 3", rounds, s.count("/feed.xml"))
	}
	// Each sleep is until the next poll (the schedule's 15 minutes, then
	// longer as the empty feed backs off), never more than Idle.
	for _, d := range clk.slept {
		if d <= 0 || d > time.Minute {
			t.Errorf("slept %s, want (0, 1m]", d)
		}
	}
}

func TestSubscribe(t *testing.T) {
	s := newSite(t)
	s.serve("/", "text/html", `<html><head><title>Velmora Courier</title>
<link rel="alternate" type="application/rss+xml" title="All news" href="/feed.xml">
<link rel="alternate" type="application/atom+xml" title="Broken" href="/atom.xml">
</head><body>News from the harbour town.</body></html>`)
	s.serve("/feed.xml", "application/rss+xml", rss(s.URL, [2]string{"/a", ""}))
	s.serve("/about", "text/html", `<html><body>About us</body></html>`)
	s.serve("/sitemap.xml", "application/xml", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>`+s.URL+`/a</loc></url></urlset>`)
	c, _ := newCrawler(t, &clock{t: time.Now()})
	ctx := context.Background()

	subs, err := c.Subscribe(ctx, s.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 1 || subs[0].Feed.URL != s.URL+"/feed.xml" || subs[0].Feed.Kind != "feed" || !subs[0].New ||
		subs[0].DiscoveredOn != s.URL+"/" || subs[0].Feed.Title != "Velmora Courier" || subs[0].Listed != 1 {
		t.Errorf("discovered %+v", subs)
	}
	if subs, err := c.Subscribe(ctx, s.URL+"/feed.xml"); err != nil || len(subs) != 1 || subs[0].New {
		t.Errorf("adding again: %v %+v", err, subs)
	}
	if subs, err := c.Subscribe(ctx, s.URL+"/sitemap.xml"); err != nil || len(subs) != 1 || subs[0].Feed.Kind != "sitemap" {
		t.Errorf("sitemap: %v %+v", err, subs)
	}
	if _, err := c.Subscribe(ctx, s.URL+"/about"); !errors.Is(err, ErrNoFeed) {
		t.Errorf("page without feeds: %v", err)
	}
	if _, err := c.Subscribe(ctx, s.URL+"/nothing.xml"); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("missing feed: %v", err)
	}
}
