package feeds

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
)

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustParse(t *testing.T, body []byte, contentType, sourceURL string) *Listing {
	t.Helper()
	l, err := Parse(body, contentType, sourceURL)
	if err != nil {
		t.Fatalf("Parse(%s): %v", sourceURL, err)
	}
	return l
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

// want is the part of an Item a test checks.
type want struct {
	URL, Title, Source string
	Published          time.Time
	Modified           time.Time
}

func checkItems(t *testing.T, got []Item, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, it := range got {
			t.Logf("got %+v", it)
		}
		t.Fatalf("%d items, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		g := got[i]
		if g.URL != w.URL || g.Title != w.Title || g.PublishedSource != w.Source ||
			!g.Published.Equal(w.Published) || !g.Modified.Equal(w.Modified) {
			t.Errorf("item %d:\n got %+v\nwant %+v", i, g, w)
		}
		if !g.Published.IsZero() && g.Published.Location() != time.UTC {
			t.Errorf("item %d: published %v not in UTC", i, g.Published)
		}
	}
}

func checkReasons(t *testing.T, what string, got []string, wantSubstrings ...string) {
	t.Helper()
	if len(got) != len(wantSubstrings) {
		t.Fatalf("%s = %q, want %d entries", what, got, len(wantSubstrings))
	}
	for i, w := range wantSubstrings {
		if !strings.Contains(got[i], w) {
			t.Errorf("%s[%d] = %q, want it to mention %q", what, i, got[i], w)
		}
	}
}

// RSS: relative links resolved, fragments and tracking parameters dropped,
// a duplicate merged keeping the earliest date, an undated item kept, a guid
// used as the permalink, and bad items reported, not fatal.
func TestParseRSS(t *testing.T) {
	l := mustParse(t, readTestdata(t, "rss.xml"), "application/rss+xml", "https://harbourgazette.example/feed/")
	if l.Kind != KindRSS || l.Title != "The Harbour Gazette" {
		t.Errorf("kind %q title %q", l.Kind, l.Title)
	}
	checkItems(t, l.Items, []want{
		{URL: "https://harbourgazette.example/news/ferry-timetable", Title: "Ferry timetable changes for the winter",
			Source: SourceFeed, Published: date("2026-03-02T18:30:00Z")},
		{URL: "https://harbourgazette.example/news/lighthouse-museum", Title: "Council approves new lighthouse museum",
			Source: SourceFeed, Published: date("2026-03-04T14:00:00Z")},
		{URL: "https://harbourgazette.example/opinion/letters", Title: "Letters to the editor", Modified: date("2026-03-06T20:00:00Z")},
		{URL: "https://harbourgazette.example/news/fish-market", Title: "Fish market reopens",
			Source: SourceFeed, Published: date("2026-03-05T06:45:00Z")},
		{URL: "https://harbourgazette.example/tides", Title: "Tide tables"},
	})
	if g := l.Items[0].GUID; g != "https://harbourgazette.example/?p=101" {
		t.Errorf("merged item keeps GUID %q, want the first", g)
	}
	if g := l.Items[1].GUID; g != "hg-102" {
		t.Errorf("GUID %q", g)
	}
	checkReasons(t, "Skipped", l.Skipped, "item 7 \"A story with no link at all\": no link",
		"item 8 \"A guid that is no URL\": no link", "item 9 \"Subscribe by mail\": link \"mailto:")
	checkReasons(t, "Warnings", l.Warnings, `"sometime last week" not understood`)
}

// Atom: xml:base resolves a relative link; <updated> is a modification
// date, never a publication date.
func TestParseAtom(t *testing.T) {
	l := mustParse(t, readTestdata(t, "atom.xml"), "application/atom+xml", "https://northwind-daily.example/atom.xml")
	if l.Kind != KindAtom || l.Title != "Northwind Daily" {
		t.Errorf("kind %q title %q", l.Kind, l.Title)
	}
	checkItems(t, l.Items, []want{
		{URL: "https://northwind-daily.example/articles/apple-harvest", Title: "Orchard growers report record apple harvest",
			Source: SourceFeed, Published: date("2026-03-05T06:00:00Z"), Modified: date("2026-03-06T09:30:00Z")},
		{URL: "https://northwind-daily.example/articles/bridge-repairs", Title: "Bridge repairs delayed until spring",
			Modified: date("2026-03-06T07:00:00Z")},
	})
	if l.Items[0].GUID != "tag:northwind-daily.example,2026:1" {
		t.Errorf("GUID %q", l.Items[0].GUID)
	}
	if len(l.Skipped)+len(l.Warnings) != 0 {
		t.Errorf("skipped %q warnings %q", l.Skipped, l.Warnings)
	}
}

func TestParseJSONFeed(t *testing.T) {
	l := mustParse(t, readTestdata(t, "feed.json"), "application/feed+json", "https://valleycourier.example/feed.json")
	if l.Kind != KindJSON || l.Title != "Valley Courier" {
		t.Errorf("kind %q title %q", l.Kind, l.Title)
	}
	checkItems(t, l.Items, []want{
		{URL: "https://valleycourier.example/2026/03/library-extension", Title: "Library extension opens to readers",
			Source: SourceFeed, Published: date("2026-03-04T17:00:00Z"), Modified: date("2026-03-05T08:00:00Z")},
		{URL: "https://valleycourier.example/2026/03/school-concert", Title: "School concert draws a crowd"},
	})
}

// A plain sitemap's <lastmod> is kept as Modified, never as Published.
func TestParseSitemap(t *testing.T) {
	l := mustParse(t, readTestdata(t, "sitemap.xml"), "application/xml", "https://meadowpost.example/sitemap.xml")
	if l.Kind != KindSitemap {
		t.Errorf("kind %q", l.Kind)
	}
	checkItems(t, l.Items, []want{
		// Listed twice (once with #photos): merged, latest modification kept.
		{URL: "https://meadowpost.example/news/garden-show", Modified: date("2026-03-07T08:00:00Z")},
		{URL: "https://meadowpost.example/news/rail-strike", Modified: date("2026-03-05T00:00:00Z")},
		{URL: "https://meadowpost.example/news/market-day"},
		{URL: "https://meadowpost.example/news/weather"},
	})
	checkReasons(t, "Skipped", l.Skipped, "entry 5: no link")
	checkReasons(t, "Warnings", l.Warnings, `entry 6 (https://meadowpost.example/news/weather): lastmod "yesterday"`)
}

func TestParseSitemapIndex(t *testing.T) {
	l := mustParse(t, readTestdata(t, "sitemapindex.xml"), "text/xml", "https://meadowpost.example/sitemap_index.xml")
	if l.Kind != KindSitemapIndex || len(l.Items) != 0 {
		t.Errorf("kind %q, %d items", l.Kind, len(l.Items))
	}
	want := []string{"https://meadowpost.example/sitemaps/news.xml", "https://meadowpost.example/sitemaps/2026-03.xml.gz"}
	if strings.Join(l.Sitemaps, " ") != strings.Join(want, " ") {
		t.Errorf("sitemaps %q, want %q", l.Sitemaps, want)
	}
}

// A Google News sitemap's publication_date is a publication date.
func TestParseNewsSitemap(t *testing.T) {
	l := mustParse(t, readTestdata(t, "news-sitemap.xml"), "application/xml", "https://riverbend-herald.example/news-sitemap.xml")
	if l.Kind != KindSitemap || l.Title != "Riverbend Herald" {
		t.Errorf("kind %q title %q", l.Kind, l.Title)
	}
	checkItems(t, l.Items, []want{
		{URL: "https://riverbend-herald.example/2026/03/06/dam-inspection", Title: "Engineers begin dam inspection",
			Source: SourceSitemap, Published: date("2026-03-06T08:05:00Z"), Modified: date("2026-03-06T15:00:00Z")},
		{URL: "https://riverbend-herald.example/2026/03/05/choir-tour", Title: "Town choir announces spring tour",
			Source: SourceSitemap, Published: date("2026-03-05T00:00:00Z")},
		{URL: "https://riverbend-herald.example/2026/03/04/bakery", Title: "Bakery wins regional prize"},
	})
	checkReasons(t, "Warnings", l.Warnings, `"the fourth of March" not understood`)
}

func gzipBytes(t testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestParseGzipSitemap(t *testing.T) {
	plain := mustParse(t, readTestdata(t, "sitemap.xml"), "", "https://meadowpost.example/sitemap.xml")
	l := mustParse(t, gzipBytes(t, readTestdata(t, "sitemap.xml")), "application/gzip", "https://meadowpost.example/sitemap.xml.gz")
	if l.Kind != KindSitemap || len(l.Items) != len(plain.Items) || l.Items[0] != plain.Items[0] {
		t.Errorf("gzip sitemap: kind %q items %+v", l.Kind, l.Items)
	}
}

// A small gzip that expands past MaxDecompressed is refused, not inflated.
func TestParseGzipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><!--`))
	zeros := make([]byte, 1<<20)
	for range MaxDecompressed>>20 + 1 {
		zw.Write(zeros)
	}
	zw.Write([]byte(`--></urlset>`))
	zw.Close()
	if buf.Len() > 1<<20 {
		t.Fatalf("bomb is %d bytes compressed; the test wants a small one", buf.Len())
	}
	_, err := Parse(buf.Bytes(), "application/gzip", "https://meadowpost.example/bomb.xml.gz")
	if err == nil || !strings.Contains(err.Error(), "gzip expands beyond 50 MiB") ||
		!strings.Contains(err.Error(), "https://meadowpost.example/bomb.xml.gz") || !errors.Is(err, echotrace.ErrInvalid) {
		t.Fatalf("err = %v", err)
	}
}

// Every refusal is an ErrInvalid that names the listing's URL and the problem.
func TestParseErrors(t *testing.T) {
	rss := readTestdata(t, "rss.xml")
	for _, tc := range []struct {
		name, body, contentType, want string
	}{
		{"truncated RSS", string(readTestdata(t, "truncated.xml")), "application/rss+xml", "malformed feed"},
		{"truncated sitemap", `<?xml version="1.0"?><urlset><url><loc>https://a.example/1</loc></url><url><loc>https://a.ex`, "", "malformed sitemap"},
		{"unclosed sitemap", `<urlset><url><loc>https://a.example/1</loc></url>`, "", "malformed sitemap"},
		{"empty", " \n", "application/rss+xml", "empty body"},
		{"HTML page", string(readTestdata(t, "homepage.html")), "text/html; charset=utf-8", "an HTML page (served as text/html; charset=utf-8), not a feed"},
		{"other XML", `<?xml version="1.0"?><catalog><book/></catalog>`, "text/xml", "root <catalog>"},
		{"plain JSON", `{"name":"not a feed","items":[]}`, "application/json", "not a JSON Feed"},
		{"broken JSON", `{"version":"https://jsonfeed.org/version/1.1","items":[`, "application/feed+json", "malformed feed"},
		{"binary", "\x00\x01\x02garbage", "application/octet-stream", "not a feed or sitemap (served as application/octet-stream)"},
		{"bad gzip", "\x1f\x8b\x08\x00garbage", "application/gzip", "bad gzip"},
		{"truncated gzip", string(gzipBytes(t, rss)[:200]), "application/gzip", "bad gzip"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			const src = "https://harbourgazette.example/broken.xml"
			l, err := Parse([]byte(tc.body), tc.contentType, src)
			if err == nil {
				t.Fatalf("no error; listing %+v", l)
			}
			if l != nil {
				t.Error("a listing and an error")
			}
			if !errors.Is(err, echotrace.ErrInvalid) || !strings.Contains(err.Error(), src) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %q, want ErrInvalid naming %s and %q", err, src, tc.want)
			}
		})
	}
}

// Without an absolute listing URL, relative links cannot be resolved: those
// items are skipped with a reason, absolute ones kept.
func TestParseRelativeLinksWithoutBase(t *testing.T) {
	l := mustParse(t, readTestdata(t, "sitemap.xml"), "", "")
	if len(l.Items) != 3 {
		t.Fatalf("%d items: %+v", len(l.Items), l.Items)
	}
	checkReasons(t, "Skipped", l.Skipped, `entry 3: relative link "/news/market-day"`, "entry 5: no link")
}

func TestParseTextSitemap(t *testing.T) {
	body := "https://meadowpost.example/a\n\nhttps://meadowpost.example/b#x\nftp://meadowpost.example/c\nhttps://meadowpost.example/a\n"
	l := mustParse(t, []byte(body), "text/plain", "https://meadowpost.example/sitemap.txt")
	checkItems(t, l.Items, []want{{URL: "https://meadowpost.example/a"}, {URL: "https://meadowpost.example/b"}})
	checkReasons(t, "Skipped", l.Skipped, "line 4")
}

// Sitemaps in a legacy encoding are decoded by their XML declaration.
func TestParseSitemapLatin1(t *testing.T) {
	body := []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<urlset xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>https://meadowpost.example/caf\xe9</loc>" +
		"<news:news><news:publication_date>2026-03-01T10:00Z</news:publication_date><news:title>Caf\xe9 opens</news:title></news:news></url></urlset>")
	l := mustParse(t, body, "", "https://meadowpost.example/s.xml")
	checkItems(t, l.Items, []want{{URL: "https://meadowpost.example/caf%C3%A9", Title: "Café opens",
		Source: SourceSitemap, Published: date("2026-03-01T10:00:00Z")}})
}

// Reasons are capped so that a huge broken sitemap stays readable.
func TestParseSkippedCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("<urlset>")
	for range maxReasons + 20 {
		b.WriteString("<url><loc>javascript:void(0)</loc></url>")
	}
	b.WriteString("<url><loc>https://meadowpost.example/ok</loc></url></urlset>")
	l := mustParse(t, []byte(b.String()), "", "https://meadowpost.example/s.xml")
	if len(l.Items) != 1 || len(l.Skipped) != maxReasons+1 || l.Skipped[maxReasons] != "and 20 more skipped" {
		t.Fatalf("%d items, %d skipped, last %q", len(l.Items), len(l.Skipped), l.Skipped[len(l.Skipped)-1])
	}
}

func TestParseTime(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"2026", "2026-01-01T00:00:00Z"},
		{"2026-03", "2026-03-01T00:00:00Z"},
		{"2026-03-05", "2026-03-05T00:00:00Z"},
		{"2026-03-05T10:20+01:00", "2026-03-05T09:20:00Z"},
		{"2026-03-05T10:20:30Z", "2026-03-05T10:20:30Z"},
		{"2026-03-05T10:20:30.45-05:00", "2026-03-05T15:20:30.45Z"},
		{" 2026-03-05T10:20:30 ", "2026-03-05T10:20:30Z"},
		{"2026-03-05T10:20:30+0100", "2026-03-05T09:20:30Z"},
	} {
		got, ok := parseTime(tc.in)
		if !ok || got.Format(time.RFC3339Nano) != tc.want {
			t.Errorf("parseTime(%q) = %v, %v; want %s", tc.in, got, ok, tc.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "2026-13-01", "05/03/2026"} {
		if _, ok := parseTime(bad); ok {
			t.Errorf("parseTime(%q) accepted", bad)
		}
	}
}
