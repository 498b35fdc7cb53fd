package web_test

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/echotrace/echotrace/web"
	"golang.org/x/net/html"
)

// Accessibility basics, checked on every page as a browser would parse
// it: a language, landmarks, one h1 and headings in order, a label for
// every field, a name for every picture, link and button, unique IDs. And
// every form that posts carries its CSRF token (and, on a server that
// asks for one, a labelled field for the write token).
func TestPageAccessibilityBasics(t *testing.T) {
	s := newSite(t, func(o *web.Options) { o.Token = "sesame" })
	pages := s.everyPage()
	pages["group"] = "/groups/none" // an error page
	pages["bad search"] = "/search?q=x&from=nope"
	for name, path := range pages {
		_, body := s.get(path)
		for _, problem := range accessibilityProblems(t, body, true) {
			t.Errorf("%s %s: %s", name, path, problem)
		}
	}
	// The passage page answers a post.
	_, body := s.post("/", "/trace", url.Values{"q": {"Sandmark Marine Works had never dredged a harbour."}, "token": {"sesame"}})
	for _, problem := range accessibilityProblems(t, body, true) {
		t.Errorf("passage: %s", problem)
	}
}

// The checker finds what it looks for.
func TestAccessibilityCheckerCatchesProblems(t *testing.T) {
	bad := `<!doctype html><html><head><title>x</title></head><body><header><nav></nav></header><main>
<h1>One</h1><h3>Skipped a level</h3><h1>Two</h1>
<form method="post" action="/x"><input name="unlabelled"><input id="d" name="d" aria-describedby="nowhere"><button></button></form>
<svg><circle r="1"></circle></svg><img src="/a.png"><a href="/empty"></a><p id="d"></p>
</main><footer></footer></body></html>`
	got := strings.Join(accessibilityProblems(t, bad, true), "\n")
	for _, want := range []string{"<html> has no lang", "<h3> \"Skipped a level\" follows <h1>", "2 h1, want 1",
		`<input name="unlabelled"> has no label`, `missing id "nowhere"`, "a button has no name", "no role=img and <title>",
		"has no <desc>", "a <circle> in the picture has no <title>", "an <img> has no alt", `a link to "/empty" has no name`,
		`id "d" used twice`, "no CSRF token", "no write token field"} {
		if !strings.Contains(got, want) {
			t.Errorf("the checker missed %q; it found:\n%s", want, got)
		}
	}
}

func accessibilityProblems(t *testing.T, body string, needToken bool) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var problems []string
	fail := func(format string, args ...any) {
		problems = append(problems, fmt.Sprintf(format, args...))
	}
	if h := find(doc, func(n *html.Node) bool { return n.Data == "html" }); h == nil || attr(h, "lang") == "" {
		fail("<html> has no lang")
	}
	for _, landmark := range []string{"header", "nav", "main", "footer"} {
		if find(doc, func(n *html.Node) bool { return n.Data == landmark }) == nil {
			fail("no <%s>", landmark)
		}
	}
	if title := find(doc, func(n *html.Node) bool { return n.Data == "title" && n.Parent.Data == "head" }); title == nil || strings.TrimSpace(textOf(title)) == "" {
		fail("no <title>")
	}

	// One h1, and no heading more than one level below the one before.
	headings := findAll(doc, func(n *html.Node) bool {
		return len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6'
	})
	h1s, last := 0, 0
	for _, h := range headings {
		level, _ := strconv.Atoi(h.Data[1:])
		if level == 1 {
			h1s++
		}
		if level > last+1 {
			fail("<%s> %q follows <h%d>", h.Data, textOf(h), last)
		}
		last = level
		if strings.TrimSpace(textOf(h)) == "" {
			fail("empty <%s>", h.Data)
		}
	}
	if h1s != 1 {
		fail("%d h1, want 1", h1s)
	}

	ids := map[string]bool{}
	for _, n := range findAll(doc, func(n *html.Node) bool { return attr(n, "id") != "" }) {
		if ids[attr(n, "id")] {
			fail("id %q used twice", attr(n, "id"))
		}
		ids[attr(n, "id")] = true
	}
	labelled := map[string]bool{}
	for _, l := range findAll(doc, func(n *html.Node) bool { return n.Data == "label" }) {
		labelled[attr(l, "for")] = true
	}
	for _, f := range findAll(doc, func(n *html.Node) bool {
		return (n.Data == "input" && attr(n, "type") != "hidden" && attr(n, "type") != "submit") || n.Data == "select" || n.Data == "textarea"
	}) {
		if attr(f, "aria-label") != "" || attr(f, "aria-labelledby") != "" || (attr(f, "id") != "" && labelled[attr(f, "id")]) || insideLabel(f) {
			continue
		}
		fail("<%s name=%q> has no label", f.Data, attr(f, "name"))
	}
	for _, ref := range findAll(doc, func(n *html.Node) bool { return attr(n, "aria-describedby") != "" || attr(n, "aria-labelledby") != "" }) {
		for _, id := range strings.Fields(attr(ref, "aria-describedby") + " " + attr(ref, "aria-labelledby")) {
			if !ids[id] {
				fail("<%s> refers to a missing id %q", ref.Data, id)
			}
		}
	}

	for _, svg := range findAll(doc, func(n *html.Node) bool { return n.Data == "svg" }) {
		title := find(svg, func(n *html.Node) bool { return n.Data == "title" })
		if attr(svg, "role") != "img" || title == nil || title.Parent != svg || strings.TrimSpace(textOf(title)) == "" {
			fail("an <svg> has no role=img and <title>")
		}
		if find(svg, func(n *html.Node) bool { return n.Data == "desc" }) == nil {
			fail("an <svg> has no <desc>")
		}
		// Every circle (an article, an outlet) says what it is.
		for _, c := range findAll(svg, func(n *html.Node) bool { return n.Data == "circle" || n.Data == "rect" && n.Parent.Data != "g" }) {
			if find(c, func(n *html.Node) bool { return n.Data == "title" }) == nil {
				fail("a <%s> in the picture has no <title>", c.Data)
			}
		}
	}
	for _, img := range findAll(doc, func(n *html.Node) bool { return n.Data == "img" }) {
		if _, ok := attrOK(img, "alt"); !ok {
			fail("an <img> has no alt")
		}
	}
	for _, a := range findAll(doc, func(n *html.Node) bool { return n.Data == "a" }) {
		if strings.TrimSpace(textOf(a)) == "" && attr(a, "aria-label") == "" && attr(a, "title") == "" &&
			find(a, func(n *html.Node) bool { return n.Data == "title" }) == nil {
			fail("a link to %q has no name", attr(a, "href"))
		}
	}
	for _, b := range findAll(doc, func(n *html.Node) bool { return n.Data == "button" }) {
		if strings.TrimSpace(textOf(b)) == "" && attr(b, "aria-label") == "" {
			fail("a button has no name")
		}
	}
	for _, form := range findAll(doc, func(n *html.Node) bool { return n.Data == "form" && attr(n, "method") == "post" }) {
		if find(form, func(n *html.Node) bool {
			return n.Data == "input" && attr(n, "name") == "csrf" && attr(n, "value") != ""
		}) == nil {
			fail("a form posting to %s has no CSRF token", attr(form, "action"))
		}
		if needToken && find(form, func(n *html.Node) bool { return n.Data == "input" && attr(n, "name") == "token" }) == nil {
			fail("a form posting to %s has no write token field", attr(form, "action"))
		}
	}
	return problems
}

func insideLabel(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "label" {
			return true
		}
	}
	return false
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
