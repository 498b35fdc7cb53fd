package tokenize

import (
	"testing"
	"unicode/utf8"
)

// FuzzTokens: for any input, tokens lie inside the text in order, spans are
// code points that slice back to non-empty text, and sentences partition
// the tokens in order.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"", "Mr. Smith said 1,200.5 “words”.", "東京で会議。大阪へ。", "ข่าววันนี้", "a\u0301b\u200dc", "\xff\xfe bad utf8", "3.75% e.g. U.S. J. K."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text := Tokens(s)
		n := utf8.RuneCountInString(s)
		prevEnd := 0
		for _, tok := range text.Tokens {
			if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > n {
				t.Fatalf("token %+v out of order or bounds (text of %d code points)", tok, n)
			}
			if text.Slice(tok.Start, tok.End) == "" {
				t.Fatalf("token %+v slices to nothing", tok)
			}
			prevEnd = tok.End
		}
		next := 0
		for _, sen := range text.Sentences() {
			if sen.First != next || sen.Limit < sen.First || sen.Start > sen.End || sen.End > n {
				t.Fatalf("sentence %+v does not follow token %d", sen, next)
			}
			next = sen.Limit
		}
		if next != len(text.Tokens) && len(text.Tokens) > 0 {
			t.Fatalf("sentences cover %d of %d tokens", next, len(text.Tokens))
		}
	})
}
