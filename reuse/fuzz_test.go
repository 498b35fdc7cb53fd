package reuse

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/echotrace/echotrace/alias"
)

// FuzzCompare: any two texts compare without panicking, with spans inside
// both texts and change texts equal to what the spans cover.
func FuzzCompare(f *testing.F) {
	base := "The port authority awarded the dredging contract to Sandmark Marine Works on Tuesday, officials said. " +
		"The company had never dredged a harbour. Its bid of €412 million was the highest of three."
	f.Add(base, strings.Replace(base, "412", "421", 1))
	f.Add(base, "Officials said on Tuesday. "+base+" A new sentence was added here at the end of it.")
	f.Add("", base)
	f.Add("word", "word")
	f.Add("東京で会議。大阪へ。", "東京で会議。大阪へ。京都も。")
	f.Add(strings.Repeat("the same words again ", 50), strings.Repeat("the same words again ", 30))
	tab := alias.Default()
	cmp := NewComparer(tab)
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 20000 || len(b) > 20000 {
			return
		}
		da, db := Prepare(1, a, tab), Prepare(2, b, tab)
		res := cmp.Compare(da, db)
		na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
		for _, p := range res.Passages {
			if p.A[0] < 0 || p.A[0] > p.A[1] || p.A[1] > na || p.B[0] < 0 || p.B[0] > p.B[1] || p.B[1] > nb {
				t.Fatalf("passage %+v outside the texts (%d, %d)", p, na, nb)
			}
		}
		for _, c := range res.Changes {
			if c.A[0] > c.A[1] || c.A[1] > na || c.B[0] > c.B[1] || c.B[1] > nb {
				t.Fatalf("change %+v outside the texts", c)
			}
			if da.Text.Slice(c.A[0], c.A[1]) != c.AText || db.Text.Slice(c.B[0], c.B[1]) != c.BText {
				t.Fatalf("change %+v: texts do not match spans", c)
			}
		}
		if res.Coverage.A < 0 || res.Coverage.A > 1 || res.Coverage.B < 0 || res.Coverage.B > 1 {
			t.Fatalf("coverage %+v", res.Coverage)
		}
		if a == b && len(da.Keys) >= K && res.Relation != Duplicate {
			t.Fatalf("identical texts of %d tokens are %s", len(da.Keys), res.Relation)
		}
	})
}
