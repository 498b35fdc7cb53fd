package extract

import (
	"net/url"

	"golang.org/x/net/html"
)

// bodyLinks lists the hyperlinks of the extracted article body in document
// order, resolved against base, each URL once (with the anchor text of its
// first occurrence). Links that lead nowhere else (fragments, javascript:,
// mailto:) are dropped.
func bodyLinks(body *html.Node, base *url.URL) []Link {
	links := []Link{}
	if body == nil {
		return links
	}
	seen := make(map[string]bool)
	stack := []*html.Node{body}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && n.Data == "a" {
			if u := resolve(base, attr(n, "href")); u != nil {
				s := u.String()
				if !seen[s] {
					seen[s] = true
					links = append(links, Link{URL: s, Text: cleanSpace(textOf(n))})
				}
			}
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return links
}
