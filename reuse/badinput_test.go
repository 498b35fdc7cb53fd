package reuse

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace/alias"
)

// TestBadInput: degenerate texts give sensible answers in bounded time.
func TestBadInput(t *testing.T) {
	tab := alias.Default()
	cmp := NewComparer(tab)
	story := "The port authority awarded the dredging contract to Sandmark Marine Works on Tuesday, officials said. " +
		"The company had never dredged a harbour, and its bid of 412 million euros was the highest of three. " +
		"Two officials said the rules were rewritten eleven days before the deadline to favour the firm."
	// About a million words, every sentence different.
	var lb strings.Builder
	for i := 0; lb.Len() < 6_400_000; i++ {
		fmt.Fprintf(&lb, "Cargo volumes at terminal %d rose by %d tonnes in week %d as crane %d arrived from yard %d. ", i, i*7%1000, i%52, i*13%97, i%41)
	}
	long := lb.String()
	tests := []struct {
		name string
		a, b string
		want []string
	}{
		{"empty", "", story, []string{Unrelated}},
		{"both empty", "", "", []string{Unrelated}},
		{"one word", "harbour", "harbour", []string{Duplicate, Unrelated}},
		{"one word in a story", "harbour", story, []string{Unrelated}},
		{"punctuation only", "... !!! ???", "—", []string{Unrelated}},
		{"Chinese copy", "港口管理局周二将疏浚合同授予沙马克海洋工程公司，官员说。该公司从未疏浚过港口。", "港口管理局周二将疏浚合同授予沙马克海洋工程公司，官员说。该公司从未疏浚过港口。", []string{Duplicate}},
		{"Thai copy", "การท่าเรือมอบสัญญาขุดลอกให้บริษัทเมื่อวันอังคาร เจ้าหน้าที่กล่าว", "การท่าเรือมอบสัญญาขุดลอกให้บริษัทเมื่อวันอังคาร เจ้าหน้าที่กล่าว", []string{Duplicate}},
		{"boilerplate page", strings.Repeat("Subscribe to our newsletter. Share on Facebook. ", 40) + story, story, []string{Copy, Excerpt}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := cmp.Compare(Prepare(1, tc.a, tab), Prepare(2, tc.b, tab)).Relation
			if !contains(tc.want, got) {
				t.Errorf("relation %s, want one of %v", got, tc.want)
			}
		})
	}
	t.Run("a million words", func(t *testing.T) {
		start := time.Now()
		big := Prepare(1, long, tab)
		quote := long[len(long)/2 : len(long)/2+1500]
		quote = quote[strings.Index(quote, ". ")+2:]
		res := cmp.Compare(big, Prepare(2, strings.Repeat(story+" ", 4)+quote+" "+strings.Repeat(story+" ", 4), tab))
		if res.Relation != Excerpt {
			t.Errorf("a text quoting a passage of a million-word one is %s, want excerpt (%+v)", res.Relation, res.Evidence)
		}
		// Not a timing assertion: a log line for a human reading the run.
		t.Logf("million-word text: %d tokens, prepared and compared in %s", big.Len(), time.Since(start))
	})
}
