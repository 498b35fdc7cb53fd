package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/echotrace/echotrace"
)

func TestParseSearchText(t *testing.T) {
	for _, tc := range []struct {
		query            string
		include, exclude []string
	}{
		{"ferry", []string{"ferry"}, nil},
		{"  ferry   strike ", []string{"ferry", "strike"}, nil},
		{`"ferry strike" crews`, []string{"ferry strike", "crews"}, nil},
		{`"  ferry   strike  "`, []string{"ferry strike"}, nil},
		{`ferry -rumour -"press release"`, []string{"ferry"}, []string{"rumour", "press release"}},
		{`ferry "strike`, []string{"ferry", "strike"}, nil},
		{`a"b c"d`, []string{"a", "b c", "d"}, nil},
		{`well-known -x-ray`, []string{"well-known"}, []string{"x-ray"}},
		{`ferry --tide`, []string{"ferry"}, []string{"-tide"}},
		{`ferry - -- ( ) * "" :`, []string{"ferry"}, nil},
		{`NEAR(a b) OR c* title:x`, []string{"NEAR(a", "b)", "OR", "c*", "title:x"}, nil},
		{"ferry\x00strike\ttide\ncrew", []string{"ferry", "strike", "tide", "crew"}, nil},
		{"bad\xffutf8", []string{"bad", "utf8"}, nil},
		{`Kyïv "пором знову" -πλοίο`, []string{"Kyïv", "пором знову"}, []string{"πλοίο"}},
		{"2026 -2009", []string{"2026"}, []string{"2009"}},
	} {
		got, err := ParseSearchText(tc.query)
		if err != nil || fmt.Sprint(got.Include) != fmt.Sprint(tc.include) || fmt.Sprint(got.Exclude) != fmt.Sprint(tc.exclude) {
			t.Errorf("%q = %q %q, %v; want %q %q", tc.query, got.Include, got.Exclude, err, tc.include, tc.exclude)
		}
	}
}

func TestParseSearchTextRefuses(t *testing.T) {
	for _, tc := range []struct{ query, says string }{
		{"", "no word"},
		{"  \t ", "no word"},
		{`"" - ( ) *`, "no word"},
		{"-rumour", "only excludes"},
		{"--ferry", "only excludes"},
		{`-"press release" -x`, "only excludes"},
		{strings.Repeat("a ", MaxSearchTerms+1), "at most"},
		{strings.Repeat("é", MaxSearchRunes+1), "too long"},
	} {
		_, err := ParseSearchText(tc.query)
		if !errors.Is(err, echotrace.ErrInvalid) || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%.40q: %v; want ErrInvalid saying %q", tc.query, err, tc.says)
		}
	}
}

func TestCheckSearchFilters(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	for _, q := range []SearchQuery{
		{}, {Limit: 1}, {Limit: MaxSearchLimit, Offset: 5000}, {From: day(1)}, {To: day(1)}, {From: day(1), To: day(2)},
		{Relation: "rewrite"}, {Lang: "pt-BR"}, {Lang: "en"}, {Outlets: []string{"northwire.example"}},
	} {
		if err := CheckSearchFilters(q); err != nil {
			t.Errorf("%+v: %v", q, err)
		}
	}
	for _, tc := range []struct {
		q    SearchQuery
		says string
	}{
		{SearchQuery{Limit: -1}, "limit"},
		{SearchQuery{Limit: MaxSearchLimit + 1}, "limit"},
		{SearchQuery{Offset: -1}, "offset"},
		{SearchQuery{From: day(2), To: day(1)}, "from"},
		{SearchQuery{Relation: "unrelated"}, "relation"},
		{SearchQuery{Lang: "en_GB"}, "language"},
		{SearchQuery{Lang: "-"}, "language"},
		{SearchQuery{Lang: "%"}, "language"},
		{SearchQuery{Outlets: []string{""}}, "outlet"},
	} {
		err := CheckSearchFilters(tc.q)
		if !errors.Is(err, echotrace.ErrInvalid) || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%+v: %v; want ErrInvalid saying %q", tc.q, err, tc.says)
		}
	}
}

// FuzzParseQuery: whatever is typed, parsing returns terms a store can
// quote safely (no quote, no control character, at least one letter or
// digit, trimmed), at least one to look for, or an ErrInvalid error.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		`ferry strike`, `"ferry strike" -rumour`, `-"a b" c`, `NEAR(a b) OR c*`, `"unclosed`, `---`, `""""`,
		"nul\x00byte", "\xff\xfeinvalid", `Kyïv пором πλοίο`, `a"b"c"d`, `- "-" -"-x"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, query string) {
		q, err := ParseSearchText(query)
		if err != nil {
			if !errors.Is(err, echotrace.ErrInvalid) {
				t.Fatalf("%q: %v is not ErrInvalid", query, err)
			}
			return
		}
		if len(q.Include) == 0 || len(q.Include)+len(q.Exclude) > MaxSearchTerms {
			t.Fatalf("%q: %d included, %d excluded", query, len(q.Include), len(q.Exclude))
		}
		for _, term := range append(q.Include, q.Exclude...) {
			if term == "" || term != strings.TrimSpace(term) || strings.Contains(term, `"`) ||
				strings.ContainsFunc(term, unicode.IsControl) || !hasWordCharacter(term) {
				t.Fatalf("%q: unsafe term %q", query, term)
			}
		}
	})
}

func TestSplitMarked(t *testing.T) {
	for _, tc := range []struct {
		marked, text string
		spans        [][2]int
	}{
		{"plain text", "plain text", [][2]int{}},
		{"the \x02ferry\x03 left", "the ferry left", [][2]int{{4, 9}}},
		{"…at \x02Kyïv\x03 and \x02café\x03…", "…at Kyïv and café…", [][2]int{{4, 8}, {13, 17}}},
		{"\x02пором\x03\n\nвернувся", "пором вернувся", [][2]int{{0, 5}}},
		{"the\n\n \x02safety  audit\x03 was", "the safety audit was", [][2]int{{4, 16}}},
		{"  lead and trail  ", "lead and trail", [][2]int{}},
		{"stray \x03 end and \x02 start", "stray end and start", [][2]int{}},
		{"\x02\x02twice\x03\x03 marked", "twice marked", [][2]int{{0, 5}}},
		{"empty \x02\x03 span", "empty span", [][2]int{}},
		// PostgreSQL's ts_headline marks a phrase word by word.
		{"the \x02safety\x03 \x02audit\x03 was\n\npublished", "the safety audit was published", [][2]int{{4, 16}}},
		{"\x02Kyïv\x03 and \x02café\x03", "Kyïv and café", [][2]int{{0, 4}, {9, 13}}},
		{"stray \x03 end \x02open", "stray end open", [][2]int{}},
	} {
		text, spans := SplitMarked(tc.marked)
		if text != tc.text || fmt.Sprint(spans) != fmt.Sprint(tc.spans) {
			t.Errorf("SplitMarked(%q) = %q %v, want %q %v", tc.marked, text, spans, tc.text, tc.spans)
		}
	}
}
