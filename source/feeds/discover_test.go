package feeds

import (
	"strings"
	"testing"
)

func TestDiscover(t *testing.T) {
	for _, tc := range []struct {
		name, page, pageURL string
		want                []string
	}{
		{
			// Two alternates (RSS relative, Atom absolute with a fragment and a
			// charset parameter); the WordPress JSON API, a language alternate
			// and a repeated link are not feeds to add.
			name:    "homepage with two alternates",
			page:    string(readTestdata(t, "homepage.html")),
			pageURL: "https://lakeside-chronicle.example/",
			want:    []string{"https://lakeside-chronicle.example/feed/", "https://lakeside-chronicle.example/atom.xml"},
		},
		{
			name:    "base href",
			page:    `<html><head><base href="/en/"><link rel="alternate" type="application/feed+json" href="feed.json"></head></html>`,
			pageURL: "https://lakeside-chronicle.example/index.html",
			want:    []string{"https://lakeside-chronicle.example/en/feed.json"},
		},
		{
			name:    "relative href without a page URL is dropped",
			page:    `<link rel="alternate" type="application/rss+xml" href="/rss"><link rel="alternate" type="application/rss+xml" href="https://a.example/rss">`,
			pageURL: "",
			want:    []string{"https://a.example/rss"},
		},
		{
			name:    "not alternate, or no href, or not http",
			page:    `<link rel="feed" type="application/rss+xml" href="/x"><link rel="alternate" type="application/rss+xml"><link rel="alternate" type="application/atom+xml" href="javascript:alert(1)">`,
			pageURL: "https://a.example/",
		},
		{name: "empty", page: "", pageURL: "https://a.example/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Discover([]byte(tc.page), tc.pageURL)
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("Discover = %q, want %q", got, tc.want)
			}
		})
	}
}
