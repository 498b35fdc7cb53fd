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

// minLinkContext is the fewest letters and digits a paragraph needs to
// place a link in the body: shorter ones ("Home", "Share this") occur in
// menus and in prose alike.
const minLinkContext = 12

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

// bodyAnchor is a link of the original document whose paragraph is a
// paragraph of the extracted body.
type bodyAnchor struct {
	a    *html.Node
	para uint64 // key of the paragraph
}

// findBodyAnchors returns, in document order, the anchors whose paragraph
// is in the extracted body, and the keys of the body paragraphs that are
// nothing but one link (teasers for other articles, in most pages).
func findBodyAnchors(anchors []*html.Node, body *html.Node) ([]bodyAnchor, map[uint64]bool) {
	if len(anchors) == 0 || body == nil {
		return nil, nil
	}
	keys, longest := bodyKeys(body)
	var found []bodyAnchor
	linkOnly := make(map[uint64]bool)
	type paraInfo struct {
		key textKey
		in  bool
	}
	ctx := make(map[*html.Node]paraInfo)
	for _, a := range anchors {
		para := paragraphOf(a)
		info, ok := ctx[para]
		if !ok {
			// No paragraph longer than the longest body key can match
			// one, so keys are cut short there: anchors sitting directly
			// in a page-wide container would otherwise cost a pass over
			// the whole page each.
			info.key = nodeKey(para, longest)
			info.in = info.key.n >= minLinkContext && info.key.n <= longest && keys[info.key.h]
			ctx[para] = info
		}
		if info.in {
			found = append(found, bodyAnchor{a, info.key.h})
			if ak := nodeKey(a, info.key.n); ak == info.key {
				linkOnly[info.key.h] = true
			}
			continue
		}
		// A link can also wrap whole paragraphs or headings (a teaser
		// card: picture, headline, summary); each is then a link-only
		// paragraph of its own.
		for _, blk := range blocksInside(a) {
			k := nodeKey(blk, longest)
			if k.n >= minLinkContext && k.n <= longest && keys[k.h] {
				found = append(found, bodyAnchor{a, k.h})
				linkOnly[k.h] = true
				break
			}
		}
	}
	return found, linkOnly
}

// blocksInside returns the outermost non-inline elements under n.
func blocksInside(n *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if !inlineAtoms[c.DataAtom] && c.DataAtom != atom.Img {
				out = append(out, c)
			} else if depth < 16 {
				walk(c, depth+1)
			}
		}
	}
	walk(n, 0)
	return out
}

// bodyLinks turns the body's anchors into links resolved against base,
// each URL once (with the anchor text of its first occurrence). Links that
// lead nowhere else (fragments, javascript:, mailto:, the page itself) are
// left out, and so are those in paragraphs that were dropped from the text
// (dropped holds their keys).
func bodyLinks(anchors []bodyAnchor, dropped map[uint64]bool, base *url.URL, self ...string) []Link {
	links := []Link{}
	seen := make(map[string]bool)
	for _, s := range self {
		seen[s] = true
	}
	for _, ba := range anchors {
		if dropped[ba.para] {
			continue
		}
		u := resolve(base, attr(ba.a, "href"))
		if u == nil || isOwnHome(u, base) {
			continue
		}
		s := u.String()
		if seen[s] {
			continue
		}
		seen[s] = true
		links = append(links, Link{URL: s, Text: cleanSpace(textOf(ba.a))})
	}
	return links
}

// isOwnHome reports whether u is the home page of the site the page is on,
// which bylines and logos link to and which says nothing about sources.
// Another site's home page, though, is a credit and is kept.
func isOwnHome(u, base *url.URL) bool {
	return base != nil && strings.EqualFold(u.Host, base.Host) &&
		(u.Path == "" || u.Path == "/") && u.RawQuery == ""
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

// bodyKeys returns the key hashes of the elements of the extracted body,
// and the length of the longest key.
func bodyKeys(body *html.Node) (map[uint64]bool, int) {
	keys := make(map[uint64]bool)
	longest := 0
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if k := nodeKey(c, -1); k.n >= minLinkContext {
				keys[k.h] = true
				longest = max(longest, k.n)
			}
			// The extracted body is shallow; the bound only guards
			// against a pathological one.
			if depth < 64 {
				walk(c, depth+1)
			}
		}
	}
	walk(body, 0)
	return keys, longest
}

// droppedKeys returns the key hashes of the blocks that were rendered but
// removed from the article text (headline, site furniture).
func droppedKeys(all, kept []block) map[uint64]bool {
	if len(all) == len(kept) {
		return nil
	}
	keep := make(map[uint64]bool, len(kept))
	for _, b := range kept {
		var k textKey
		k.add(b.text)
		keep[k.h] = true
	}
	drop := make(map[uint64]bool)
	for _, b := range all {
		var k textKey
		k.add(b.text)
		if !keep[k.h] {
			drop[k.h] = true
		}
	}
	return drop
}

// textKey identifies a paragraph by its letters and digits, lower-cased,
// hashed (FNV-1a), so that keys are compared without being built.
type textKey struct {
	h uint64
	n int // letters and digits seen
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func (k *textKey) byte(c byte) {
	if k.n == 0 {
		k.h = fnvOffset
	}
	k.h = (k.h ^ uint64(c)) * fnvPrime
}

func (k *textKey) add(s string) {
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// Most text is ASCII; keep it off the Unicode tables.
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				k.byte(c)
				k.n++
			case 'A' <= c && c <= 'Z':
				k.byte(c + 'a' - 'A')
				k.n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
				k.byte(b)
			}
			k.n++
		}
		i += size
	}
}

// nodeKey computes the key of the text under n. It stops once more than
// limit characters are seen (if limit >= 0); the n of the result then
// exceeds limit.
func nodeKey(n *html.Node, limit int) textKey {
	var k textKey
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch c.Type {
		case html.TextNode:
			k.add(c.Data)
			if limit >= 0 && k.n > limit {
				return k
			}
			continue
		case html.ElementNode:
			if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
				continue
			}
		}
		for ch := c.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
	}
	return k
}
