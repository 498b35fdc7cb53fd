package outlet

import (
	"testing"

	"github.com/echotrace/echotrace"
)

func TestForURL(t *testing.T) {
	r := NewResolver([]echotrace.OutletMapping{
		{Host: "mirror.example", Outlet: "harbourgazette.example"},
		{Host: "Blogs.BigPaper.co.uk", Outlet: "bigpaper-blogs.co.uk"},
	})
	tests := []struct{ url, want string }{
		{"https://www.rt.com/news/1", "rt.com"},
		{"https://de.rt.com/x", "rt.com"},
		{"https://news.bbc.co.uk/a", "bbc.co.uk"},
		{"https://www.harbourgazette.example/2026/03/14/a", "harbourgazette.example"},
		{"https://mirror.example/a", "harbourgazette.example"},
		{"https://eu.mirror.example/a", "harbourgazette.example"},
		{"https://bigpaper.co.uk/a", "bigpaper.co.uk"},
		{"https://live.blogs.bigpaper.co.uk/a", "bigpaper-blogs.co.uk"},
		{"https://someone.github.io/post", "someone.github.io"},
		{"http://127.0.0.1:8080/a", "127.0.0.1"},
		{"http://localhost/a", "localhost"},
		{"file:///tmp/a.html", LocalFiles},
		{"not a url at all", ""},
	}
	for _, tc := range tests {
		if got := r.ForURL(tc.url); got != tc.want {
			t.Errorf("ForURL(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
}
