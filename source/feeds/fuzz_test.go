package feeds

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
)

// FuzzParse: whatever the bytes, Parse returns a listing or an ErrInvalid,
// never panics, and every item it returns is an absolute http(s) URL without
// a fragment, listed once, dated in UTC.
func FuzzParse(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, n := range names {
		if b, err := os.ReadFile(n); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("\x1f\x8b"))
	f.Add([]byte("https://a.example/1\nhttps://a.example/2"))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":"x"}]}`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>s.xml</loc></sitemap></sitemapindex>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		l, err := Parse(body, "", "https://fuzz.example/feed")
		if err != nil {
			if l != nil || !errors.Is(err, echotrace.ErrInvalid) {
				t.Fatalf("listing %v with error %v", l, err)
			}
			return
		}
		seen := map[string]bool{}
		for _, it := range l.Items {
			u, err := url.Parse(it.URL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.Contains(it.URL, "#") {
				t.Fatalf("bad item URL %q", it.URL)
			}
			if seen[it.URL] {
				t.Fatalf("%q listed twice", it.URL)
			}
			seen[it.URL] = true
			if (it.PublishedSource == "") != it.Published.IsZero() {
				t.Fatalf("published %v from %q", it.Published, it.PublishedSource)
			}
			for _, d := range []time.Time{it.Published, it.Modified} {
				if !d.IsZero() && d.Location() != time.UTC {
					t.Fatalf("date %v not in UTC", d)
				}
			}
		}
	})
}

// FuzzDiscover: whatever the page, Discover never panics and returns only
// absolute http(s) URLs without fragments.
func FuzzDiscover(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "homepage.html")); err == nil {
		f.Add(b, "https://lakeside-chronicle.example/")
	}
	f.Add([]byte(`<base href="//b.example/x/"><link rel="alternate" type="application/rss+xml" href="../f">`), "https://a.example/")
	f.Add([]byte(`<link rel=alternate type=application/atom+xml href="http://[::1">`), "")
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		for _, s := range Discover(page, pageURL) {
			u, err := url.Parse(s)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.Contains(s, "#") {
				t.Fatalf("bad feed URL %q", s)
			}
		}
	})
}
