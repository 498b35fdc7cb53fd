package feeds

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feedTypes are the <link type> values that announce a feed. Plain
// application/json is left out on purpose: WordPress announces its REST API
// with rel="alternate" type="application/json" on every page.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
}

// Discover returns the feeds a page announces with <link rel="alternate"
// type="application/rss+xml|application/atom+xml|application/feed+json">,
// as absolute http(s) URLs (resolved against the page's <base href> and
// pageURL), in document order, without duplicates.
func Discover(page []byte, pageURL string) []string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil
	}
	base, _ := url.Parse(strings.TrimSpace(pageURL))
	if base != nil && !base.IsAbs() {
		base = nil
	}
	var links []*html.Node
	haveBase := false
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Base:
			// Only the first <base href> counts, and for the whole page, as
			// in browsers.
			if href, ok := attr(n, "href"); ok && !haveBase {
				haveBase = true
				if b, err := url.Parse(strings.TrimSpace(href)); err == nil {
					if base != nil {
						b = base.ResolveReference(b)
					}
					if b.IsAbs() {
						base = b
					}
				}
			}
		case atom.Link:
			links = append(links, n)
		}
	}
	var feeds []string
	seen := map[string]bool{}
	for _, n := range links {
		if !isFeedLink(n) {
			continue
		}
		href, _ := attr(n, "href")
		u, err := url.Parse(strings.TrimSpace(href))
		if err != nil || strings.TrimSpace(href) == "" {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if s := strings.ToLower(u.Scheme); (s != "http" && s != "https") || u.Host == "" {
			continue
		}
		u.Fragment, u.RawFragment = "", ""
		if s := u.String(); !seen[s] {
			seen[s] = true
			feeds = append(feeds, s)
		}
	}
	return feeds
}

func isFeedLink(n *html.Node) bool {
	rel, _ := attr(n, "rel")
	alternate := false
	for _, r := range strings.Fields(strings.ToLower(rel)) {
		alternate = alternate || r == "alternate"
	}
	if !alternate {
		return false
	}
	typ, _ := attr(n, "type")
	typ, _, _ = strings.Cut(typ, ";")
	return feedTypes[strings.ToLower(strings.TrimSpace(typ))]
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}
