package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestMergeSplitBodies(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // text of each body container after merging
	}{
		{
			name: "split by an advertisement",
			in: `<article><div class="article__body"><p>One.</p></div><div class="ad">Buy</div>` +
				`<div class="wrap"><div class="article__body"><p>Two.</p></div></div></article>`,
			want: []string{"One.Two."},
		},
		{
			name: "different classes stay apart",
			in:   `<article><div class="article-body"><p>One.</p></div><div class="article-body wide"><p>Two.</p></div></article>`,
			want: []string{"One.", "Two."},
		},
		{
			name: "one article each on a listing",
			in:   `<main><article><div class="post-content"><p>One.</p></div></article><article><div class="post-content"><p>Two.</p></div></article></main>`,
			want: []string{"One.", "Two."},
		},
		{
			name: "nested containers count once",
			in:   `<div class="story-body"><div class="story-body"><p>One.</p></div></div><div class="story-body"><p>Two.</p></div>`,
			want: []string{"One.Two."},
		},
		{
			name: "itemprop articleBody",
			in:   `<article><section itemprop="articleBody"><p>One.</p></section><aside>x</aside><section itemprop="articleBody"><p>Two.</p></section></article>`,
			want: []string{"One.Two."},
		},
		{
			name: "unrelated classes ignored",
			in:   `<article><div class="card"><p>One.</p></div><div class="card"><p>Two.</p></div></article>`,
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			mergeSplitBodies(scanPage(doc).bodyParts)
			got := outermostTexts(doc)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// outermostTexts returns the text of the outermost body containers.
func outermostTexts(doc *html.Node) []string {
	var out []string
	for _, n := range outermost(scanPage(doc).bodyParts) {
		out = append(out, textOf(n))
	}
	return out
}

func TestLiftEmbeds(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<article><p>Before.</p><div class="social-media-embed"><div class="embed-inner">` +
		`<blockquote class="twitter-tweet"><p>Quoted post.</p></blockquote></div></div><p>After.</p></article>`))
	if err != nil {
		t.Fatal(err)
	}
	liftEmbeds(scanPage(doc).embeds)
	var b strings.Builder
	if err := html.Render(&b, doc); err != nil {
		t.Fatal(err)
	}
	const want = `<article><p>Before.</p><blockquote><p>Quoted post.</p></blockquote><p>After.</p></article>`
	if !strings.Contains(b.String(), want) {
		t.Errorf("got %s, want %s", b.String(), want)
	}
}
