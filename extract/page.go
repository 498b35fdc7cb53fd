package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page holds what one walk over the parsed document finds outside the
// article text: head metadata, structured data and the canonical link.
type page struct {
	title     string
	lang      string
	canonical string
	// metas maps a lower-cased <meta> name, property or itemprop to the
	// first content given for it.
	metas map[string]string
	// itemDate is the first datePublished microdata value on an element
	// other than <meta> (typically <time itemprop=datePublished>).
	itemDate string
	jsonLD   []string
	// anchors are the page's <a href> elements in document order; which of
	// them belong to the article is decided after extraction.
	anchors []*html.Node
	// bodyParts are the elements that look like article body containers,
	// in document order (see mergeSplitBodies).
	bodyParts []*html.Node
	// embeds are quoted social media posts (see liftEmbeds).
	embeds []*html.Node
	// bylineText is the first visible byline element's text (see byline).
	bylineText string
}

func scanPage(doc *html.Node) *page {
	p := &page{metas: make(map[string]string)}
	p.walk(doc)
	if p.lang == "" {
		p.lang = primaryLang(p.metas["content-language"])
	}
	if p.lang == "" {
		p.lang = primaryLang(p.metas["og:locale"])
	}
	return p
}

// walk is iterative: documents nest deeply enough in the wild that
// recursion depth is worth not depending on.
func (p *page) walk(root *html.Node) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			p.element(n)
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

func (p *page) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Html:
		if p.lang == "" {
			p.lang = primaryLang(attr(n, "lang"))
		}
	case atom.Title:
		if p.title == "" {
			p.title = cleanSpace(textOf(n))
		}
	case atom.Link:
		if p.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
			p.canonical = strings.TrimSpace(attr(n, "href"))
		}
	case atom.Meta:
		content, ok := attrOK(n, "content")
		if !ok {
			return
		}
		content = strings.TrimSpace(content)
		for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
			if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
				if _, seen := p.metas[key]; !seen {
					p.metas[key] = content
				}
			}
		}
		return
	case atom.A:
		if _, ok := attrOK(n, "href"); ok {
			p.anchors = append(p.anchors, n)
		}
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			p.jsonLD = append(p.jsonLD, textOf(n))
		}
		return
	}
	if n.DataAtom == atom.Blockquote && rxEmbedClass.MatchString(attr(n, "class")) {
		p.embeds = append(p.embeds, n)
	}
	if bodyCandidate(n) {
		p.bodyParts = append(p.bodyParts, n)
	}
	p.noteByline(n)
	if p.itemDate == "" && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
		v := attr(n, "datetime")
		if v == "" {
			v = attr(n, "content")
		}
		if v == "" {
			v = textOf(n)
		}
		p.itemDate = strings.TrimSpace(v)
	}
}

// canonicalURL is the page's <link rel=canonical>, else its og:url,
// resolved against base; "" if neither gives an absolute http(s) URL.
func (p *page) canonicalURL(base *url.URL) string {
	for _, raw := range []string{p.canonical, p.metas["og:url"]} {
		if u := resolve(base, raw); u != nil {
			return u.String()
		}
	}
	return ""
}

// resolve makes ref absolute against base and keeps it only if it is an
// http(s) URL with a host. The fragment is dropped: it names a place in
// the same document, not another document.
func resolve(base *url.URL, ref string) *url.URL {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil
	}
	u, err := url.Parse(ref)
	if err != nil {
		return nil
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	u.Fragment, u.RawFragment = "", ""
	return u
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasToken reports whether the space-separated list s contains tok,
// ignoring case, as rel attributes are matched.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	return b.String()
}

// primaryLang reduces a language tag such as "en-US" or "pt_BR" to its
// primary subtag, lower-cased, the form language detection reports.
func primaryLang(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_ ,;"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for i := 0; i < len(tag); i++ {
		c := tag[i] | 0x20
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return strings.ToLower(tag)
}
