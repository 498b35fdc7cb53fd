package demo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// page is what the test needs from one corpus page.
type page struct {
	art        Article
	raw        []byte
	charset    string
	doc        *html.Node
	h1         []string
	canonicals []string
	metaTime   []string
	metaAuthor string
	ldDates    []string
	text       string   // all visible text, folded
	body       []string // article body paragraphs, folded
}

// fold normalizes whitespace and typographic quotes so that a copy whose CMS
// flattened “ ” ’ into ASCII still compares equal.
func fold(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return fold(b.String())
}

// inlineText is textOf without the separators between inline elements, so
// that "cited by the <a>Harbour Gazette</a>." reads as written.
func inlineText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return fold(b.String())
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func words(s string) int { return len(strings.Fields(s)) }

// bodyParagraphs finds the element whose direct <p> children hold the most
// words: every template puts the article body there.
func bodyParagraphs(doc *html.Node) []string {
	var best []string
	bestWords := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		var ps []string
		w := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "p" {
				t := inlineText(c)
				ps = append(ps, t)
				w += words(t)
			}
		}
		if w > bestWords {
			best, bestWords = ps, w
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return best
}

func loadPage(t *testing.T, a Article) *page {
	t.Helper()
	raw, err := Page(a)
	if err != nil {
		t.Fatal(err)
	}
	enc, name, _ := charset.DetermineEncoding(raw, "text/html")
	utf8, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(raw)))
	if err != nil {
		t.Fatalf("%s: decode %s: %v", a.File, name, err)
	}
	doc, err := html.Parse(bytes.NewReader(utf8))
	if err != nil {
		t.Fatalf("%s: parse: %v", a.File, err)
	}
	p := &page{art: a, raw: raw, charset: name, doc: doc}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "h1":
				p.h1 = append(p.h1, inlineText(n))
			case "link":
				for _, r := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
					if r == "canonical" {
						p.canonicals = append(p.canonicals, attr(n, "href"))
					}
				}
			case "meta":
				switch {
				case attr(n, "property") == "article:published_time":
					p.metaTime = append(p.metaTime, attr(n, "content"))
				case attr(n, "name") == "author":
					p.metaAuthor = attr(n, "content")
				}
			case "script":
				if attr(n, "type") == "application/ld+json" && n.FirstChild != nil {
					var v any
					if err := json.Unmarshal([]byte(n.FirstChild.Data), &v); err != nil {
						t.Errorf("%s: bad JSON-LD: %v", a.File, err)
					}
					p.ldDates = append(p.ldDates, newsArticleDates(v)...)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	p.text = textOf(doc)
	p.body = bodyParagraphs(doc)
	return p
}

// newsArticleDates returns datePublished of every NewsArticle in a JSON-LD
// value, looking inside @graph and arrays.
func newsArticleDates(v any) []string {
	var out []string
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			out = append(out, newsArticleDates(x)...)
		}
	case map[string]any:
		if v["@type"] == "NewsArticle" {
			if d, ok := v["datePublished"].(string); ok {
				out = append(out, d)
			}
		}
		if g, ok := v["@graph"]; ok {
			out = append(out, newsArticleDates(g)...)
		}
	}
	return out
}

func (p *page) bodyText() string { return strings.Join(p.body, " ") }

// searchable is the headline and body, where changes are looked for.
func (p *page) searchable() string { return strings.Join(p.h1, " ") + " " + p.bodyText() }

type corpus struct {
	truth *Truth
	pages map[string]*page // by URL
}

func loadCorpus(t *testing.T) *corpus {
	t.Helper()
	tr, err := LoadTruth()
	if err != nil {
		t.Fatal(err)
	}
	c := &corpus{truth: tr, pages: map[string]*page{}}
	for _, a := range tr.Articles {
		if _, dup := c.pages[a.URL]; dup {
			t.Errorf("URL %s used twice", a.URL)
		}
		c.pages[a.URL] = loadPage(t, a)
	}
	return c
}

func TestCounts(t *testing.T) {
	c := loadCorpus(t)
	outlets := map[string]bool{}
	files := map[string]bool{}
	for _, a := range c.truth.Articles {
		outlets[a.Outlet] = true
		if files[a.File] {
			t.Errorf("file %s used twice", a.File)
		}
		files[a.File] = true
	}
	if n := len(c.truth.Articles); n < 36 {
		t.Errorf("%d articles, want at least 36", n)
	}
	if n := len(outlets); n < 9 {
		t.Errorf("%d outlets, want at least 9", n)
	}
	// Every page in the corpus is described.
	entries, err := Corpus.ReadDir("corpus")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !files["corpus/"+e.Name()] {
			t.Errorf("corpus/%s is not in truth.json", e.Name())
		}
	}
}

var urlDate = regexp.MustCompile(`/(\d{4})/(\d{2})/(\d{2})/`)

func TestPages(t *testing.T) {
	c := loadCorpus(t)
	known := map[string]Outlet{}
	for _, o := range c.truth.Outlets {
		known[o.Outlet] = o
	}
	for _, a := range c.truth.Articles {
		p := c.pages[a.URL]
		t.Run(a.ID, func(t *testing.T) {
			if len(p.raw) >= 30*1024 {
				t.Errorf("%d bytes, want < 30 KB", len(p.raw))
			}
			if p.charset != a.Charset {
				t.Errorf("charset %q, truth says %q", p.charset, a.Charset)
			}
			if len(p.canonicals) != 1 || p.canonicals[0] != a.URL {
				t.Errorf("canonical links %q, want exactly [%s]", p.canonicals, a.URL)
			}
			u, err := url.Parse(a.URL)
			if err != nil || u.Scheme != "https" {
				t.Fatalf("URL %q is not absolute https", a.URL)
			}
			if u.Host != a.Outlet && !strings.HasSuffix(u.Host, "."+a.Outlet) {
				t.Errorf("host %s is not under outlet %s", u.Host, a.Outlet)
			}
			if !strings.HasSuffix(a.Outlet, ".example") {
				t.Errorf("outlet %s is not under .example", a.Outlet)
			}
			if o, ok := known[a.Outlet]; !ok || o.Charset != a.Charset {
				t.Errorf("outlet %s missing from outlets or with another charset", a.Outlet)
			}
			if len(p.h1) != 1 || p.h1[0] != fold(a.Title) {
				t.Errorf("h1 %q, want [%q]", p.h1, a.Title)
			}
			if a.Byline == "" || (!strings.Contains(p.text, a.Byline) && p.metaAuthor != a.Byline) {
				t.Errorf("byline %q not found", a.Byline)
			}
			if w := words(p.bodyText()); w < 250 || w > 900 {
				t.Errorf("body has %d words, want 250-900", w)
			}
			for _, marker := range []string{"Share on Facebook", "Tweet", "Scroll to Top"} {
				if !strings.Contains(strings.ToLower(p.text), strings.ToLower(marker)) {
					t.Errorf("boilerplate %q missing", marker)
				}
			}
			checkDate(t, a, p)
		})
	}
}

func checkDate(t *testing.T, a Article, p *page) {
	t.Helper()
	parse := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Errorf("date %q: %v", s, err)
		}
		return v
	}
	m := urlDate.FindStringSubmatch(a.URL)
	switch a.PublishedSource {
	case "meta":
		if len(p.metaTime) != 1 || a.Published == nil || !parse(p.metaTime[0]).Equal(*a.Published) {
			t.Errorf("article:published_time %q, truth %v", p.metaTime, a.Published)
		}
		if len(p.ldDates) != 0 {
			t.Errorf("meta-dated page also has JSON-LD dates %q", p.ldDates)
		}
	case "json-ld":
		if len(p.ldDates) != 1 || a.Published == nil || !parse(p.ldDates[0]).Equal(*a.Published) {
			t.Errorf("JSON-LD datePublished %q, truth %v", p.ldDates, a.Published)
		}
		if len(p.metaTime) != 0 {
			t.Errorf("JSON-LD-dated page also has meta times %q", p.metaTime)
		}
	case "url":
		if m == nil || a.Published == nil || a.PublishedPrecision != "day" ||
			a.Published.Format("2006/01/02") != m[1]+"/"+m[2]+"/"+m[3] {
			t.Errorf("URL date %q, truth %v (%s)", m, a.Published, a.PublishedPrecision)
		}
		if len(p.metaTime)+len(p.ldDates) != 0 {
			t.Errorf("URL-dated page also has metadata dates")
		}
	case "":
		if a.Published != nil || m != nil || len(p.metaTime)+len(p.ldDates) != 0 || a.PublishedPrecision != "" {
			t.Errorf("undated page has a date somewhere")
		}
	default:
		t.Errorf("unknown published_source %q", a.PublishedSource)
	}
}

func TestReferences(t *testing.T) {
	c := loadCorpus(t)
	exists := func(what, u string) {
		if _, ok := c.pages[u]; !ok {
			t.Errorf("%s: %s is not an article", what, u)
		}
	}
	kinds := map[string]bool{"duplicate": true, "copy": true, "excerpt": true, "rewrite": true, "related": true}
	pairs := map[[2]string]bool{}
	for i, r := range append(append([]Relation{}, c.truth.Relations...), c.truth.HardNegatives...) {
		exists("relation", r.A)
		exists("relation", r.B)
		if r.A == r.B {
			t.Errorf("relation of %s with itself", r.A)
		}
		k := [2]string{r.A, r.B}
		if r.A > r.B {
			k = [2]string{r.B, r.A}
		}
		if pairs[k] {
			t.Errorf("pair %s / %s listed twice", r.A, r.B)
		}
		pairs[k] = true
		negative := i >= len(c.truth.Relations)
		if negative != (r.Relation == "unrelated") || !negative && !kinds[r.Relation] {
			t.Errorf("pair %s / %s: bad relation %q", r.A, r.B, r.Relation)
		}
		for _, alt := range r.Accept {
			if !kinds[alt] {
				t.Errorf("pair %s / %s: bad accepted relation %q", r.A, r.B, alt)
			}
		}
	}
	for _, ch := range c.truth.Changes {
		exists("change", ch.From)
		exists("change", ch.To)
	}
	for _, at := range c.truth.Attributions {
		exists("attribution", at.URL)
	}
	external := map[string]bool{}
	for _, e := range c.truth.ExternalSources {
		external["external:"+e.Outlet] = true
		for _, u := range e.CitedBy {
			exists("external source", u)
			if !strings.Contains(c.pages[u].bodyText(), e.Name) {
				t.Errorf("%s does not name %s", u, e.Name)
			}
		}
	}
	storyOf := map[string]string{}
	for _, s := range c.truth.Stories {
		exists("story root", s.Root)
		for _, u := range s.URLs {
			exists("story", u)
			storyOf[u] = s.ID
			if c.pages[u].art.Story != s.ID {
				t.Errorf("%s: story %q in articles, %q in stories", u, c.pages[u].art.Story, s.ID)
			}
		}
	}
	for _, a := range c.truth.Articles {
		if a.Story != "" && storyOf[a.URL] != a.Story {
			t.Errorf("%s is in story %q but not listed there", a.URL, a.Story)
		}
	}

	// The chain is a forest over the story articles, dated consistently.
	parent := map[string]string{}
	for _, e := range c.truth.Chain {
		exists("chain child", e.Child)
		if _, dup := parent[e.Child]; dup {
			t.Errorf("%s has two chain entries", e.Child)
		}
		parent[e.Child] = ""
		if e.Parent == nil {
			continue
		}
		parent[e.Child] = *e.Parent
		if external[*e.Parent] {
			continue
		}
		exists("chain parent", *e.Parent)
		if !hasRelation(c.truth, *e.Parent, e.Child, e.Relation) {
			t.Errorf("chain edge %s -> %s (%s) has no matching relation", *e.Parent, e.Child, e.Relation)
		}
		pa, ch := c.pages[*e.Parent].art, c.pages[e.Child].art
		if pa.Published != nil && ch.Published != nil {
			pt, ct := *pa.Published, *ch.Published
			if pa.PublishedPrecision == "day" || ch.PublishedPrecision == "day" {
				pt, ct = pt.Truncate(24*time.Hour), ct.Truncate(24*time.Hour)
			}
			if ct.Before(pt) {
				t.Errorf("child %s (%v) is dated before its parent %s (%v)", e.Child, ct, *e.Parent, pt)
			}
		}
		for _, alt := range e.AltParents {
			exists("alt parent", alt)
		}
	}
	for u, s := range storyOf {
		if _, ok := parent[u]; !ok {
			t.Errorf("story %s article %s has no chain entry", s, u)
		}
	}
	for u := range parent {
		seen := map[string]bool{}
		for x := u; x != "" && !external[x]; x = parent[x] {
			if seen[x] {
				t.Fatalf("chain has a cycle through %s", x)
			}
			seen[x] = true
		}
	}
}

func hasRelation(tr *Truth, a, b, kind string) bool {
	for _, r := range tr.Relations {
		if (r.A == a && r.B == b || r.A == b && r.B == a) && r.Relation == kind {
			return true
		}
	}
	return false
}

func TestChanges(t *testing.T) {
	c := loadCorpus(t)
	for i, ch := range c.truth.Changes {
		from, to := c.pages[ch.From], c.pages[ch.To]
		if from == nil || to == nil {
			continue // reported by TestReferences
		}
		ft, tt := fold(ch.FromText), fold(ch.ToText)
		if ft == "" && tt == "" {
			t.Errorf("change %d is empty", i)
		}
		if ft != "" && !strings.Contains(from.searchable(), ft) {
			t.Errorf("change %d (%s): %q not in %s", i, ch.Kind, ft, ch.From)
		}
		if tt != "" && !strings.Contains(to.searchable(), tt) {
			t.Errorf("change %d (%s): %q not in %s", i, ch.Kind, tt, ch.To)
		}
		switch ch.Kind {
		case "alias":
			// Swaps are systematic: no occurrence of the old spelling survives.
			if strings.Contains(to.searchable(), ft) || strings.Contains(from.searchable(), tt) {
				t.Errorf("alias %q -> %q is not systematic", ft, tt)
			}
		case "insert":
			if ft != "" || strings.Contains(from.searchable(), tt) {
				t.Errorf("insert %d: the inserted text must be new", i)
			}
		case "delete":
			if tt != "" || strings.Contains(to.searchable(), ft) {
				t.Errorf("delete %d: the deleted text must be gone", i)
			}
		case "attribution", "number", "quote", "edit":
		default:
			t.Errorf("change %d: unknown kind %q", i, ch.Kind)
		}
	}
	for _, al := range c.truth.Aliases {
		found := false
		for _, ch := range c.truth.Changes {
			if ch.Kind == "alias" && ch.FromText == al.A && ch.ToText == al.B {
				found = true
			}
		}
		if !found {
			t.Errorf("alias %s/%s is used by no change", al.A, al.B)
		}
	}
}

// longParas returns the paragraphs with at least 20 words: credits and
// one-line notes are left out of verbatim comparisons.
func longParas(ps []string) []string {
	var out []string
	for _, p := range ps {
		if words(p) >= 20 {
			out = append(out, p)
		}
	}
	return out
}

// applyChanges rewrites a parent's paragraphs with the substitutions declared
// on the edge, so the child's paragraphs can be compared verbatim.
func applyChanges(tr *Truth, from, to string, ps []string) []string {
	var pairs []string
	for _, ch := range tr.Changes {
		if ch.From == from && ch.To == to && ch.FromText != "" && ch.ToText != "" {
			pairs = append(pairs, fold(ch.FromText), fold(ch.ToText))
		}
	}
	r := strings.NewReplacer(pairs...)
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = r.Replace(p)
	}
	return out
}

func shared(a, b []string) (n, w int) {
	set := map[string]bool{}
	for _, p := range a {
		set[p] = true
	}
	for _, p := range b {
		if set[p] {
			n++
			w += words(p)
		}
	}
	return n, w
}

// ngrams returns the set of word 8-grams of a text (lowercase, letters and
// digits only): two texts that share none have no sentence in common.
func ngrams(s string) map[string]bool {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := map[string]bool{}
	for i := 0; i+8 <= len(f); i++ {
		out[strings.Join(f[i:i+8], " ")] = true
	}
	return out
}

func sharedNgrams(a, b string) int {
	ga, gb := ngrams(a), ngrams(b)
	n := 0
	for g := range ga {
		if gb[g] {
			n++
		}
	}
	return n
}

func TestChainTexts(t *testing.T) {
	c := loadCorpus(t)
	for _, e := range c.truth.Chain {
		if e.Parent == nil || c.pages[*e.Parent] == nil {
			continue
		}
		p, ch := c.pages[*e.Parent], c.pages[e.Child]
		name := fmt.Sprintf("%s->%s", p.art.ID, ch.art.ID)
		childParas := longParas(ch.body)
		parentParas := applyChanges(c.truth, p.art.URL, ch.art.URL, longParas(p.body))
		n, w := shared(parentParas, childParas)
		switch e.Relation {
		case "duplicate", "copy":
			min := 0.85
			if e.Relation == "copy" {
				min = 0.7
			}
			if frac := float64(n) / float64(len(childParas)); frac < min {
				t.Errorf("%s %s: %d of %d paragraphs shared verbatim (%.2f < %.2f)", name, e.Relation, n, len(childParas), frac, min)
			}
			if e.Relation == "duplicate" && len(childParas)-len(parentParas) > 1 {
				t.Errorf("%s duplicate: %d paragraphs against %d", name, len(childParas), len(parentParas))
			}
		case "excerpt":
			if w < 150 {
				t.Errorf("%s excerpt: %d words shared verbatim, want >= 150", name, w)
			}
			if n == len(childParas) {
				t.Errorf("%s excerpt: the child is all borrowed text", name)
			}
		case "rewrite":
			if n != 0 {
				t.Errorf("%s rewrite: %d paragraphs shared verbatim", name, n)
			}
			if g := sharedNgrams(p.bodyText(), ch.bodyText()); g > 3 {
				t.Errorf("%s rewrite: %d shared 8-word runs, want a paraphrase", name, g)
			}
		default:
			t.Errorf("%s: unexpected chain relation %q", name, e.Relation)
		}
	}
}

// TestIndependentTexts checks that related pairs and every pair not declared
// related share no sentence, except the declared boilerplate paragraphs.
func TestIndependentTexts(t *testing.T) {
	c := loadCorpus(t)
	declared := map[[2]string]Relation{}
	key := func(a, b string) [2]string {
		if a > b {
			a, b = b, a
		}
		return [2]string{a, b}
	}
	for _, r := range c.truth.Relations {
		declared[key(r.A, r.B)] = r
	}
	negatives := map[[2]string]Relation{}
	for _, r := range c.truth.HardNegatives {
		negatives[key(r.A, r.B)] = r
		if r.SharedText == "" {
			continue
		}
		st := fold(r.SharedText)
		for _, u := range []string{r.A, r.B} {
			if !contains(c.pages[u].body, st) {
				t.Errorf("%s: boilerplate paragraph not in the body", u)
			}
		}
	}
	arts := c.truth.Articles
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			a, b := c.pages[arts[i].URL], c.pages[arts[j].URL]
			k := key(a.art.URL, b.art.URL)
			r, isDeclared := declared[k]
			if isDeclared && r.Relation != "related" {
				continue
			}
			at, bt := a.bodyText(), b.bodyText()
			if neg, ok := negatives[k]; ok && neg.SharedText != "" {
				st := fold(neg.SharedText)
				at, bt = strings.ReplaceAll(at, st, ""), strings.ReplaceAll(bt, st, "")
			}
			limit := 0
			if isDeclared {
				limit = 1 // same names and figures may line up once
			}
			if g := sharedNgrams(at, bt); g > limit {
				t.Errorf("%s / %s (%s): %d shared 8-word runs", a.art.ID, b.art.ID, r.Relation, g)
			}
		}
	}
}

func contains(ps []string, s string) bool {
	for _, p := range ps {
		if p == s {
			return true
		}
	}
	return false
}
