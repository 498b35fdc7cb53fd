package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// blockTags are the elements that start a new line of text. Reuse
// detection aligns sentences and paragraphs, so the text keeps one line per
// paragraph, heading, list item or table row instead of the single line
// go-trafilatura's ContentText flattens everything into. Tags are matched
// by name: the elements go-trafilatura creates carry no atom.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "li": true, "ul": true,
	"ol": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "table": true, "tr": true,
	"caption": true, "section": true, "article": true,
	"header": true, "footer": true, "figure": true,
	"figcaption": true, "details": true, "summary": true,
	"hr": true, "br": true, "main": true, "aside": true,
	"address": true, "form": true, "fieldset": true,
}

// cellTags are separated from their neighbours in a row by a tab, so that
// words of adjacent cells never run together.
var cellTags = map[string]bool{"td": true, "th": true}

// skipTags hold no readable text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true,
	"template": true, "svg": true, "math": true,
}

// blockTexts renders n as a list of blocks (paragraphs, headings, rows),
// each with its white space collapsed. An element that contains blocks
// contributes one block per nested block.
func blockTexts(n *html.Node) []block {
	r := renderer{}
	r.walk(n)
	r.flush()
	return r.blocks
}

// block is one line of the article text and the element it came from.
type block struct {
	tag  string
	text string
}

type renderer struct {
	blocks []block
	tags   []string // enclosing block elements, innermost last
	cur    strings.Builder
	// space records white space seen since the last word, written out
	// lazily so that a block never starts or ends with a space.
	space bool
}

// walk recurses: the tree is go-trafilatura's output, a few levels deep,
// and the parser has already refused documents nested beyond 512.
func (r *renderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
		if skipTags[n.Data] {
			return
		}
		if blockTags[n.Data] {
			r.flush()
			r.tags = append(r.tags, n.Data)
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				r.walk(c)
			}
			r.flush()
			r.tags = r.tags[:len(r.tags)-1]
			return
		}
		if cellTags[n.Data] && r.cur.Len() > 0 {
			r.cur.WriteByte('\t')
			r.space = false
		}
		// go-trafilatura drops the white space that followed inline
		// elements in the page ("<b>poised</b> while" comes out as
		// "<b>poised</b>while"), so an element boundary has to count as
		// a word boundary, as it does in its own ContentText.
		r.space = true
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.walk(c)
		}
		r.space = true
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
}

func (r *renderer) text(s string) {
	for len(s) > 0 {
		c, size := utf8.DecodeRuneInString(s)
		if unicode.IsSpace(c) {
			r.space = true
			s = s[size:]
			continue
		}
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			i = len(s)
		}
		if r.space && r.cur.Len() > 0 {
			last, _ := utf8.DecodeLastRuneInString(r.cur.String())
			if last != '\t' {
				r.cur.WriteByte(' ')
			}
		}
		r.space = false
		r.cur.WriteString(s[:i])
		s = s[i:]
	}
}

func (r *renderer) flush() {
	if r.cur.Len() > 0 {
		var tag string
		if len(r.tags) > 0 {
			tag = r.tags[len(r.tags)-1]
		}
		r.blocks = append(r.blocks, block{tag, r.cur.String()})
		r.cur.Reset()
	}
	r.space = false
}

func joinBlocks(blocks []block) string {
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(bl.text)
	}
	return b.String()
}

// trimLead removes what precedes the body proper at the start of the
// extracted text: the headline (reported as the title), and the headings
// that follow it (kicker, standfirst). On the AEB a leading heading is
// never part of the human-marked body; for reuse detection a shared
// headline should not count as shared body text either.
func trimLead(blocks []block, titles ...string) []block {
	for len(blocks) > 0 {
		if isHeading(blocks[0].tag) || matchesTitle(blocks[0].text, titles) {
			blocks = blocks[1:]
			continue
		}
		break
	}
	return blocks
}

func isHeading(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

func matchesTitle(text string, titles []string) bool {
	first := foldSpace(text)
	for _, t := range titles {
		t = foldSpace(t)
		if t == "" {
			continue
		}
		// A <title> often carries the site name after the headline
		// ("Headline | Site"), so a long enough prefix counts.
		if first == t || (utf8.RuneCountInString(first) >= 15 && strings.HasPrefix(t, first)) {
			return true
		}
	}
	return false
}

// foldSpace normalises a string for loose comparison: white space
// collapsed and case folded.
func foldSpace(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
