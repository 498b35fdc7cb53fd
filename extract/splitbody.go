package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some publishers split an article body into several containers of the
// same kind, with advertisements or newsletter boxes between them (Condé
// Nast sites wrap every few paragraphs in its own "article__body" block).
// go-trafilatura, like the Python original, takes the first container that
// matches its body selectors, so such articles lose everything after the
// first break. Before extraction, mergeSplitBodies moves the later parts of
// a split body into its first part.

// rxBodyClass matches the class names of article body containers.
var rxBodyClass = regexp.MustCompile(`(?i)article[-_]*body|article[-_]*content|article[-_]*text|story[-_]*body|post[-_]*(?:body|content|text)|entry[-_]*content|body[-_]*text`)

// maxBodyParts bounds how many parts a split body may have; more
// containers of one kind are a listing of teasers, not one article.
const maxBodyParts = 20

// bodyCandidate reports whether n is a possible article body part.
func bodyCandidate(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main:
	default:
		return false
	}
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		return true
	}
	class := attr(n, "class")
	// Every pattern names a body, content or text; checking for those
	// words first keeps the regular expression off most elements.
	return (containsFold(class, "body") || containsFold(class, "content") || containsFold(class, "text")) &&
		rxBodyClass.MatchString(class)
}

// containsFold is strings.Contains ignoring ASCII case, for a lower-case
// ASCII substr.
func containsFold(s, substr string) bool {
	for i := 0; i+len(substr) <= len(s); i++ {
		j := 0
		for ; j < len(substr); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != substr[j] {
				break
			}
		}
		if j == len(substr) {
			return true
		}
	}
	return false
}

// mergeSplitBodies merges, for every group of body containers with the
// same tag and class inside one <article> (or <main>, or one parent), the
// later containers into the first. It reports whether it changed doc.
func mergeSplitBodies(candidates []*html.Node) bool {
	if len(candidates) < 2 {
		return false
	}
	type groupKey struct {
		tag, class, itemprop string
		scope                *html.Node
	}
	groups := make(map[groupKey][]*html.Node)
	var order []groupKey
	for _, n := range candidates {
		k := groupKey{n.Data, attr(n, "class"), attr(n, "itemprop"), scopeOf(n)}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], n)
	}
	changed := false
	for _, k := range order {
		parts := outermost(groups[k])
		if len(parts) < 2 || len(parts) > maxBodyParts {
			continue
		}
		first := parts[0]
		for _, p := range parts[1:] {
			for c := p.FirstChild; c != nil; {
				next := c.NextSibling
				p.RemoveChild(c)
				first.AppendChild(c)
				c = next
			}
			if p.Parent != nil {
				p.Parent.RemoveChild(p)
			}
		}
		changed = true
	}
	return changed
}

// scopeOf is the element within which parts of one body are merged: the
// nearest <article> or <main> above n, else n's parent. A listing of
// several articles puts each in its own <article>, so their bodies stay
// apart.
func scopeOf(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.Article || p.DataAtom == atom.Main) {
			return p
		}
	}
	return n.Parent
}

// outermost drops the nodes nested inside another node of the list, which
// is in document order.
func outermost(nodes []*html.Node) []*html.Node {
	out := nodes[:0:0]
	for _, n := range nodes {
		nested := false
		for _, o := range out {
			if isAncestor(o, n) {
				nested = true
				break
			}
		}
		if !nested {
			out = append(out, n)
		}
	}
	return out
}

func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// Articles quote social media posts through embeds: a <blockquote> with
// the post's text, marked with the network's class and usually wrapped in
// a "social" or "embed" container. go-trafilatura discards such containers
// as share buttons, but a quoted post is part of what the article says
// (and often the very source it relies on), so before extraction the
// quote is unwrapped and unmarked, to be kept like any other quotation.

// rxEmbedClass matches the class names of embedded social media posts.
var rxEmbedClass = regexp.MustCompile(`(?i)\b(?:twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|fb-post)\b`)

// liftEmbeds makes embedded social media posts look like ordinary quotes:
// it drops the class that names the network and lifts the quote out of
// wrappers named after social media or embeds.
func liftEmbeds(embeds []*html.Node) {
	for _, q := range embeds {
		q.Attr = nil
		for p := q.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; p = q.Parent {
			id := strings.ToLower(attr(p, "class") + " " + attr(p, "id"))
			if !strings.Contains(id, "social") && !strings.Contains(id, "embed") && !strings.Contains(id, "tweet") {
				break
			}
			p.RemoveChild(q)
			p.Parent.InsertBefore(q, p)
			p.Parent.RemoveChild(p)
		}
	}
}
