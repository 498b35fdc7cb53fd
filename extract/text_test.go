package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parseBody(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + s + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	var body *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "body" {
			body = n
		}
		for c := n.FirstChild; c != nil && body == nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	return body
}

func TestBlockTexts(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string
	}{
		{"paragraphs", "<p>One  two\n three.</p><p>Four.</p>", []string{"One two three.", "Four."}},
		{"inline boundaries are word boundaries", "<p><b>poised</b>while <i>calm</i>.</p>", []string{"poised while calm ."}},
		{"line breaks", "<p>First line<br>second line</p>", []string{"First line", "second line"}},
		{"headings and lists", "<h2>Title</h2><ul><li>a</li><li>b</li></ul>", []string{"Title", "a", "b"}},
		{"table cells", "<table><tr><td>Name</td><td>Age</td></tr><tr><td>Ann</td><td>41</td></tr></table>", []string{"Name\tAge", "Ann\t41"}},
		{"scripts skipped", "<p>Text<script>var x = 1;</script> more</p>", []string{"Text more"}},
		{"loose text", "Loose text<p>Para</p>tail", []string{"Loose text", "Para", "tail"}},
		{"empty", "<p> </p><div>\n</div>", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range blockTexts(parseBody(t, tt.html)) {
				got = append(got, b.text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func blocksOf(lines ...string) []block {
	var bs []block
	for _, l := range lines {
		tag := "p"
		if t, rest, ok := strings.Cut(l, "|"); ok && len(t) == 2 {
			tag, l = t, rest
		}
		bs = append(bs, block{tag: tag, text: l})
	}
	return bs
}

func texts(bs []block) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.text)
	}
	return out
}

func TestTrimLead(t *testing.T) {
	tests := []struct {
		name   string
		blocks []block
		titles []string
		want   []string
	}{
		{"headline paragraph", blocksOf("Council votes on ferry", "Body."), []string{"Council votes on ferry"}, []string{"Body."}},
		{"title with site name", blocksOf("Council votes on new ferry terminal", "Body."),
			[]string{"Council votes on new ferry terminal | Port Ellery Gazette"}, []string{"Body."}},
		{"headings before the body", blocksOf("h1|Headline", "h2|A standfirst.", "Body.", "h2|Subhead", "More."), nil,
			[]string{"Body.", "h2|Subhead", "More."}},
		{"short prefix of the title is not enough", blocksOf("Council", "Body."), []string{"Council votes"}, []string{"Council", "Body."}},
		{"nothing to trim", blocksOf("Body."), []string{"Other"}, []string{"Body."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(trimLead(tt.blocks, tt.titles...))
			want := texts(blocksOf(tt.want...))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestDropBoilerplate(t *testing.T) {
	drop := []string{
		"Read more: Fish market closes after ninety years",
		"READ MORE: Harbour plan approved",
		"Related: The ten best harbours",
		"You may also like...",
		"Continue Reading Below",
		"Advertisement",
		"CLICK HERE TO GET THE NEWS APP",
		"Follow the Gazette on Facebook, Twitter and Instagram.",
		"Like this story? Share it with a friend!",
		"Subscribe to our morning newsletter",
		"Leave a Reply",
		"Tags",
		"Share this article",
	}
	keep := []string{
		"The council said it would read more widely before deciding.",
		"Related findings were published last year in a journal on coastal ecology, the authors said.",
		"Subscribers to the ferry pass will pay less from June.",
		"She asked residents to follow the rules on the harbour wall.",
		strings.Repeat("A long paragraph that mentions a newsletter in passing. ", 5),
	}
	for _, line := range drop {
		if got := dropBoilerplate(blocksOf("Body.", line, "End.")); len(got) != 2 {
			t.Errorf("kept %q", line)
		}
	}
	for _, line := range keep {
		if got := dropBoilerplate(blocksOf("Body.", line, "End.")); len(got) != 3 {
			t.Errorf("dropped %q", line)
		}
	}
}

func TestDropLeadMeta(t *testing.T) {
	lead := []string{
		"https://gazette.example/news/harbour-vote",
		"Reading time: 3 minutes",
		"Tempo de leitura: 1 minuto",
		"UPDATED: Tue., Nov. 19, 2019",
		"By Mara Quinlan",
		"NOVEMBER 20, 2019 10:43",
		"segunda-feira, 22 de janeiro de 2018 às 0:13",
		"Published 18 November 2019",
	}
	for _, line := range lead {
		got := dropBoilerplate(blocksOf(line, "The body starts here.", "By the harbour, 2019 was a good year."))
		if len(got) != 2 || got[0].text != "The body starts here." {
			t.Errorf("lead line %q: got %q", line, texts(got))
		}
	}
	// The same lines in the middle of the body are prose, not furniture.
	mid := dropBoilerplate(blocksOf("The body starts here.", "By Mara Quinlan", "NOVEMBER 20, 2019 10:43"))
	if len(mid) != 3 {
		t.Errorf("mid-body lines dropped: %q", texts(mid))
	}
	// A leading sentence with a year is prose.
	prose := dropBoilerplate(blocksOf("In 2019, five people died on the road.", "More."))
	if len(prose) != 2 {
		t.Errorf("leading prose dropped: %q", texts(prose))
	}
}

func TestDropLinkOnly(t *testing.T) {
	keyOf := func(s string) uint64 {
		var k textKey
		k.add(s)
		return k.h
	}
	links := map[uint64]bool{}
	for _, s := range []string{"Lead teaser", "Related one", "Related two", "Lone link", "Tail teaser", "Second teaser", "Get the app"} {
		links[keyOf(s)] = true
	}
	// Paragraphs of the article are longer than teaser summaries.
	body := strings.Repeat("A paragraph of the article itself. ", 6)
	more := strings.Repeat("Another paragraph of the article. ", 6)
	end := strings.Repeat("The last paragraph of the article. ", 6)
	tests := []struct {
		name     string
		in, want []string
	}{
		{"edges and runs",
			[]string{"Lead teaser", body, "Related one", "Related two", more, "Lone link", end, "Tail teaser"},
			[]string{body, more, "Lone link", end}},
		{"trailing headline and summary pairs",
			[]string{body, more, "Tail teaser", "A line about it", "Second teaser", "Another line"},
			[]string{body, more}},
		{"one trailing link before a last sentence",
			[]string{body, "Get the app", "The last sentence of the article."},
			[]string{body, "The last sentence of the article."}},
		{"leading summary needs a headline after it",
			[]string{"Lead teaser", "Summary of the article, which starts here.", body},
			[]string{"Summary of the article, which starts here.", body}},
		{"leading teaser pairs",
			[]string{"Lead teaser", "A line about it", "Second teaser", body},
			[]string{body}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(dropLinkOnly(blocksOf(tt.in...), links))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if got := dropLinkOnly(blocksOf("Body."), nil); len(got) != 1 {
		t.Errorf("no link-only paragraphs: got %q", texts(got))
	}
}

func TestFindBodyAnchorsLinkOnly(t *testing.T) {
	doc := parseBody(t, `<div><p>A paragraph of the article with <a href="/in">a link</a> inside it.</p>`+
		`<p><a href="/teaser">Another article that you might want to read</a></p>`+
		`<p>Short <a href="/x">x</a></p></div>`)
	body := parseBody(t, `<p>A paragraph of the article with a link inside it.</p><p>Another article that you might want to read</p><p>Short x</p>`)
	var anchors []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			anchors = append(anchors, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	found, linkOnly := findBodyAnchors(anchors, body)
	// The third paragraph is too short to place its link.
	if len(found) != 2 {
		t.Fatalf("found %d anchors, want 2", len(found))
	}
	if linkOnly[found[0].para] || !linkOnly[found[1].para] {
		t.Errorf("link-only marks wrong: %v", linkOnly)
	}
}

func TestFindBodyAnchorsCards(t *testing.T) {
	doc := parseBody(t, `<div class="related"><a href="/one"><img src="a.jpg"><h3>A teaser headline for another article</h3></a>`+
		`<a href="/two"><h3>A second teaser headline for yet another one</h3></a></div>`)
	body := parseBody(t, `<p>The article itself, long enough to count.</p><h3>A teaser headline for another article</h3>`+
		`<h3>A second teaser headline for yet another one</h3>`)
	var anchors []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			anchors = append(anchors, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	found, linkOnly := findBodyAnchors(anchors, body)
	if len(found) != 2 || len(linkOnly) != 2 {
		t.Fatalf("found %d anchors and %d link-only paragraphs, want 2 and 2", len(found), len(linkOnly))
	}
	blocks := blockTexts(body)
	if got := texts(dropLinkOnly(blocks, linkOnly)); len(got) != 1 {
		t.Errorf("teaser cards kept: %q", got)
	}
}
