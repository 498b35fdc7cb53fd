package extract

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// go-trafilatura returns the article body as a new tree without its links
// (keeping them costs time and, on the AEB, accuracy), so the links of the
// body are found in the original document instead: a link belongs to the
// article when the paragraph (or list item, heading, cell) around it is a
// paragraph of the extracted body. Paragraphs are compared by their letters
// and digits alone, because extraction rewrites white space and drops
// punctuation-only nodes.

// minLinkContext is the shortest paragraph key that can place a link in the
// body: shorter ones ("Home", "Share") occur in menus and in prose alike.
const minLinkContext = 24

// inlineAtoms are the elements that do not delimit a paragraph.
var inlineAtoms = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Big: true, atom.Cite: true, atom.Code: true, atom.Data: true,
	atom.Del: true, atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true,
	atom.Ins: true, atom.Kbd: true, atom.Label: true, atom.Mark: true,
	atom.Q: true, atom.S: true, atom.Samp: true, atom.Small: true,
	atom.Span: true, atom.Strike: true, atom.Strong: true, atom.Sub: true,
	atom.Sup: true, atom.Time: true, atom.Tt: true, atom.U: true, atom.Var: true,
	atom.Nobr: true, atom.Wbr: true, atom.Br: true,
}

// bodyLinks lists the links of the original document that sit in a
// paragraph of the extracted body, in document order, resolved against
// base, each URL once (with the anchor text of its first occurrence).
// Links that lead nowhere else (fragments, javascript:, mailto:, the page
// itself) are left out.
func bodyLinks(anchors []*html.Node, body *html.Node, dropped map[string]bool, base *url.URL, self ...string) []Link {
	links := []Link{}
	if len(anchors) == 0 || body == nil {
		return links
	}
	keys := bodyKeys(body)
	for k := range dropped {
		delete(keys, k)
	}
	seen := make(map[string]bool)
	for _, s := range self {
		seen[s] = true
	}
	// No paragraph longer than the longest body key can match one, so
	// keys are cut short there: anchors sitting directly in a page-wide
	// container would otherwise cost a pass over the whole page each.
	longest := 0
	for k := range keys {
		longest = max(longest, len(k))
	}
	ctx := make(map[*html.Node]bool)
	for _, a := range anchors {
		para := paragraphOf(a)
		in, ok := ctx[para]
		if !ok {
			k, complete := textKey(para, longest)
			in = complete && len(k) >= minLinkContext && keys[k]
			ctx[para] = in
		}
		if !in {
			continue
		}
		u := resolve(base, attr(a, "href"))
		if u == nil {
			continue
		}
		s := u.String()
		if seen[s] {
			continue
		}
		seen[s] = true
		links = append(links, Link{URL: s, Text: cleanSpace(textOf(a))})
	}
	return links
}

// paragraphOf returns the nearest ancestor of n that is not inline.
func paragraphOf(n *html.Node) *html.Node {
	p := n.Parent
	for p != nil && p.Type == html.ElementNode && inlineAtoms[p.DataAtom] {
		p = p.Parent
	}
	if p == nil {
		return n
	}
	return p
}

// bodyKeys returns the text key of every element of the extracted body.
func bodyKeys(body *html.Node) map[string]bool {
	keys := make(map[string]bool)
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if k, _ := textKey(c, -1); len(k) >= minLinkContext {
				keys[k] = true
			}
			// The extracted body is shallow; the bound only guards
			// against a pathological one.
			if depth < 64 {
				walk(c, depth+1)
			}
		}
	}
	walk(body, 0)
	return keys
}

// droppedKeys returns the text keys of the blocks that were rendered but
// removed from the article text (headline, site furniture), so that their
// links are not reported as the article's.
func droppedKeys(all, kept []block) map[string]bool {
	if len(all) == len(kept) {
		return nil
	}
	keep := make(map[string]bool, len(kept))
	for _, b := range kept {
		keep[stringKey(b.text)] = true
	}
	drop := make(map[string]bool)
	for _, b := range all {
		if k := stringKey(b.text); !keep[k] {
			drop[k] = true
		}
	}
	return drop
}

func stringKey(s string) string {
	var b strings.Builder
	appendKey(&b, s)
	return b.String()
}

func appendKey(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// Most text is ASCII; keep it off the Unicode tables.
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				b.WriteByte(c)
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
		i += size
	}
}

// textKey reduces the text of n to its letters and digits, lower-cased.
// It stops once the key is longer than limit (if limit >= 0) and then
// reports it incomplete.
func textKey(n *html.Node, limit int) (key string, complete bool) {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch c.Type {
		case html.TextNode:
			appendKey(&b, c.Data)
			if limit >= 0 && b.Len() > limit {
				return "", false
			}
			continue
		case html.ElementNode:
			if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
				continue
			}
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	return b.String(), true
}
