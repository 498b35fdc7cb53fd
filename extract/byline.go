package extract

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// maxBylineRunes: a byline longer than this is a sentence, not a name.
const maxBylineRunes = 80

// byline picks the article's author. What the page states in its metadata
// (a <meta> author, the JSON-LD author) is the publisher's own word and
// wins; go-trafilatura's guess, which cleans names heuristically ("Pulse24
// Desk" becomes "Pulse"), comes next; last, a visible byline element
// ("Posted by <span class=fn>…</span>").
func (p *page) byline(guess string) string {
	for _, k := range []string{"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl"} {
		if v := cleanByline(p.metas[k]); v != "" {
			return v
		}
	}
	for _, script := range p.jsonLD {
		if v := cleanByline(jsonLDAuthor(script)); v != "" {
			return v
		}
	}
	if v := cleanByline(guess); v != "" {
		return v
	}
	return cleanByline(p.bylineText)
}

// cleanByline trims a candidate and refuses what is not a name: URLs
// (article:author often holds a profile link), empty or overlong strings.
func cleanByline(s string) string {
	s = cleanSpace(s)
	for _, prefix := range []string{"By ", "by ", "BY ", "Posted by ", "posted by ", "Written by "} {
		s = strings.TrimPrefix(s, prefix)
	}
	if s == "" || strings.Contains(s, "://") || strings.HasPrefix(s, "/") || utf8.RuneCountInString(s) > maxBylineRunes {
		return ""
	}
	return s
}

// jsonLDAuthor finds the author name of the first article object.
func jsonLDAuthor(script string) string {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(script)), &v); err != nil {
		return ""
	}
	var name string
	walkJSON(v, 0, func(m map[string]any) bool {
		if !isArticleType(m["@type"]) {
			return false
		}
		name = authorName(m["author"])
		return name != ""
	})
	return name
}

func authorName(v any) string {
	switch a := v.(type) {
	case string:
		return a
	case map[string]any:
		if n, ok := a["name"].(string); ok {
			return n
		}
	case []any:
		var names []string
		for _, x := range a {
			if n := authorName(x); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// bylineClasses mark elements holding the author's name in common
// templates (hCard's fn, WordPress and Blogger themes).
var bylineClasses = map[string]bool{"fn": true, "author": true, "byline": true, "author-name": true, "byline-name": true, "post-author": true, "entry-author": true}

// noteByline remembers the first short element that names the author.
func (p *page) noteByline(n *html.Node) {
	if p.bylineText != "" {
		return
	}
	isByline := strings.EqualFold(attr(n, "itemprop"), "author") || strings.EqualFold(attr(n, "rel"), "author")
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		isByline = isByline || bylineClasses[c]
	}
	if !isByline {
		return
	}
	if t := cleanSpace(textOf(n)); t != "" && utf8.RuneCountInString(t) <= maxBylineRunes {
		p.bylineText = t
	}
}
