package urlkey

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/echotrace/echotrace"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://News.Example/a/b", "https://news.example/a/b"},
		{"HTTPS://news.example:443/a#comments", "https://news.example/a"},
		{"http://news.example:80", "http://news.example/"},
		{"http://news.example:8080/x", "http://news.example:8080/x"},
		{"https://news.example/a?utm_source=tw&id=7&fbclid=zz", "https://news.example/a?id=7"},
		{"https://user:pw@news.example./a", "https://news.example/a"},
		{" https://news.example/a ", "https://news.example/a"},
		{"file:///home/ana/page.html#x", "file:///home/ana/page.html"},
	}
	for _, tc := range tests {
		got, err := Normalize(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("Normalize(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "/relative/path", "mailto:desk@news.example", "javascript:alert(1)", "https:///nohost", "%zz"} {
		if _, err := Normalize(bad); !errors.Is(err, echotrace.ErrInvalid) {
			t.Errorf("Normalize(%q): %v, want ErrInvalid", bad, err)
		}
	}
}

func TestFromPath(t *testing.T) {
	got, err := FromPath(filepath.Join("testdata", "a page.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got, "file:///") || !strings.HasSuffix(got, "/testdata/a%20page.html") {
		t.Errorf("FromPath = %q", got)
	}
}
