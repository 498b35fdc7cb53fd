package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestStripInert(t *testing.T) {
	in := "<html><head><script>var x;</script><script type=\"application/ld+json\">{}</script><style>p{}</style></head>" +
		"<body>\n  <div>\n    <p>One <b>bold</b> <i>word</i> here.</p>\n    <!-- note -->\n    <pre>  keep\n  this </pre>\n" +
		"  <svg><path d=\"M0\"/></svg><template><p>t</p></template></div>\n</body></html>"
	doc, err := html.Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	stripInert(doc)
	var b strings.Builder
	if err := html.Render(&b, doc); err != nil {
		t.Fatal(err)
	}
	const want = `<html><head><script type="application/ld+json">{}</script></head><body><div><p>One <b>bold</b> <i>word</i> here.</p><pre>  keep
  this </pre></div></body></html>`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestTruncateDocument(t *testing.T) {
	in := "<body><div>" + strings.Repeat("<p>para</p>", maxParagraphs+10) + "</div><footer>end</footer></body>"
	doc, err := html.Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if !truncateDocument(doc) {
		t.Fatal("not truncated")
	}
	var paragraphs int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "p" {
			paragraphs++
		}
		if n.Type == html.ElementNode && n.Data == "footer" {
			t.Error("content after the cut survived")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if paragraphs != maxParagraphs {
		t.Errorf("%d paragraphs left, want %d", paragraphs, maxParagraphs)
	}

	small, _ := html.Parse(strings.NewReader("<p>short</p>"))
	if truncateDocument(small) {
		t.Error("small document truncated")
	}
}

func TestValidPrefix(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{
		{"héllo", 2, "h"}, {"héllo", 3, "hé"}, {"abc", 5, "abc"}, {"abc", -1, ""}, {"€", 2, ""},
	} {
		if got := validPrefix(tt.s, tt.n); got != tt.want {
			t.Errorf("validPrefix(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}
