package feeds

import (
	"fmt"
	"strings"
	"testing"
)

// newsSitemap is a news sitemap of n entries, the shape large outlets serve.
func newsSitemap(n int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">` + "\n")
	for i := range n {
		fmt.Fprintf(&b, "<url><loc>https://bench-daily.example/2026/03/%02d/story-%d</loc><lastmod>2026-03-%02dT10:00:00Z</lastmod>"+
			"<news:news><news:publication><news:name>Bench Daily</news:name><news:language>en</news:language></news:publication>"+
			"<news:publication_date>2026-03-%02dT08:%02d:00+01:00</news:publication_date><news:title>Story number %d</news:title></news:news></url>\n",
			i%28+1, i, i%28+1, i%28+1, i%60, i)
	}
	b.WriteString("</urlset>\n")
	return []byte(b.String())
}

// BenchmarkParseNewsSitemap: a full sitemap (the protocol's 50,000 URLs).
func BenchmarkParseNewsSitemap(b *testing.B) {
	body := newsSitemap(50000)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		l, err := Parse(body, "application/xml", "https://bench-daily.example/news-sitemap.xml")
		if err != nil || len(l.Items) != 50000 {
			b.Fatalf("%v, %d items", err, len(l.Items))
		}
	}
}

// BenchmarkParseRSS: a busy outlet's feed of 200 items.
func BenchmarkParseRSS(b *testing.B) {
	var s strings.Builder
	s.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Daily</title>`)
	for i := range 200 {
		fmt.Fprintf(&s, "<item><title>Story %d</title><link>https://bench-daily.example/s/%d</link><guid>bd-%d</guid>"+
			"<pubDate>Tue, 03 Mar 2026 09:%02d:00 +0100</pubDate><description>Fictional summary of story %d.</description></item>", i, i, i, i%60, i)
	}
	s.WriteString("</channel></rss>")
	body := []byte(s.String())
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if l, err := Parse(body, "application/rss+xml", "https://bench-daily.example/feed"); err != nil || len(l.Items) != 200 {
			b.Fatal(err)
		}
	}
}
