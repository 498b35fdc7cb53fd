package heldout

import (
	"net/url"
	"strings"
	"testing"
	"unicode"
)

// words splits text into lower-cased runs of letters and digits: the same
// crude normalization for every check, so that quotes, dashes and
// punctuation never decide a label.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func grams(w []string, n int) map[string]bool {
	g := map[string]bool{}
	for i := 0; i+n <= len(w); i++ {
		g[strings.Join(w[i:i+n], " ")] = true
	}
	return g
}

// gramsOutside is the word n-grams of text that do not overlap the declared
// shared passage: the text is cut at each occurrence of shared.
func gramsOutside(text, shared string, n int) map[string]bool {
	segs := []string{text}
	if shared != "" {
		segs = strings.Split(text, shared)
	}
	g := map[string]bool{}
	for _, s := range segs {
		for k := range grams(words(s), n) {
			g[k] = true
		}
	}
	return g
}

// containment is the share of a's distinct word n-grams found in b.
func containment(a, b []string, n int) float64 {
	ga, gb := grams(a, n), grams(b, n)
	if len(ga) == 0 {
		return 0
	}
	hit := 0
	for k := range ga {
		if gb[k] {
			hit++
		}
	}
	return float64(hit) / float64(len(ga))
}

// lcs is the length of the longest common subsequence of two word lists.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// longestRun is the length of the longest common run of consecutive words.
func longestRun(a, b []string) int {
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > best {
					best = cur[j]
				}
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

func load(t *testing.T) []Pair {
	t.Helper()
	pairs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return pairs
}

func TestCounts(t *testing.T) {
	pairs := load(t)
	n, hard := map[string]int{}, map[string]int{}
	ids := map[string]bool{}
	for _, p := range pairs {
		if ids[p.ID] {
			t.Errorf("id %s used twice", p.ID)
		}
		ids[p.ID] = true
		n[p.Relation]++
		if p.Hard {
			hard[p.Relation]++
		}
		if p.Note == "" {
			t.Errorf("%s: no note", p.ID)
		}
	}
	for _, r := range Relations {
		if n[r] < 40 {
			t.Errorf("%s: %d pairs, want at least 40", r, n[r])
		}
		if hard[r] < 8 {
			t.Errorf("%s: %d hard pairs, want at least 8", r, hard[r])
		}
		t.Logf("%-10s %3d pairs, %3d hard", r, n[r], hard[r])
	}
}

func TestDocs(t *testing.T) {
	pairs := load(t)
	seen := map[string]Doc{}
	for _, p := range pairs {
		for side, d := range map[string]Doc{"a": p.A, "b": p.B} {
			u, err := url.Parse(d.URL)
			if err != nil || u.Scheme != "https" || u.Host == "" {
				t.Errorf("%s.%s: bad url %q", p.ID, side, d.URL)
				continue
			}
			if u.Host != d.Outlet && !strings.HasSuffix(u.Host, "."+d.Outlet) {
				t.Errorf("%s.%s: outlet %q does not match host %q", p.ID, side, d.Outlet, u.Host)
			}
			if !strings.HasSuffix(d.Outlet, ".example") {
				t.Errorf("%s.%s: outlet %q is not on .example", p.ID, side, d.Outlet)
			}
			if d.Title == "" {
				t.Errorf("%s.%s: no title", p.ID, side)
			}
			if nw := len(words(d.Text)); nw < 120 || nw > 700 {
				t.Errorf("%s.%s: %d words, want 120-700", p.ID, side, nw)
			}
			if prev, ok := seen[d.URL]; ok {
				if prev.Text != d.Text || prev.Title != d.Title || prev.Outlet != d.Outlet ||
					!samePublished(prev, d) {
					t.Errorf("%s.%s: %s appears with another text or metadata", p.ID, side, d.URL)
				}
			}
			seen[d.URL] = d
		}
		if p.A.URL == p.B.URL {
			t.Errorf("%s: a and b have the same url", p.ID)
		}
		switch p.Relation {
		case "duplicate", "copy", "excerpt", "rewrite":
			if p.A.Published != nil && p.B.Published != nil && p.B.Published.Before(*p.A.Published) {
				t.Errorf("%s: b is published before its source a", p.ID)
			}
		}
	}
	t.Logf("%d distinct articles", len(seen))
}

func samePublished(a, b Doc) bool {
	if a.Published == nil || b.Published == nil {
		return a.Published == nil && b.Published == nil
	}
	return a.Published.Equal(*b.Published)
}

func TestRelations(t *testing.T) {
	for _, p := range load(t) {
		a, b := words(p.A.Text), words(p.B.Text)
		switch p.Relation {
		case "duplicate":
			long := max(len(a), len(b))
			if r := float64(lcs(a, b)) / float64(long); r < 0.85 {
				t.Errorf("%s: duplicate shares %.2f of its words in order, want >= 0.85", p.ID, r)
			}
		case "copy":
			if c := containment(a, b, 5); c < 0.60 {
				t.Errorf("%s: copy has %.2f of A's 5-grams in B, want >= 0.60", p.ID, c)
			}
		case "excerpt":
			run := longestRun(a, b)
			if run < 90 {
				t.Errorf("%s: excerpt's longest verbatim run is %d words, want >= 90", p.ID, run)
			}
			if float64(len(b)) < 1.5*float64(run) {
				t.Errorf("%s: excerpt B has %d words for a %d-word run, want >= 1.5x", p.ID, len(b), run)
			}
			if c := containment(a, b, 5); c >= 0.60 {
				t.Errorf("%s: excerpt B holds %.2f of A's 5-grams: that is a copy", p.ID, c)
			}
		case "rewrite":
			if c := containment(a, b, 5); c >= 0.50 {
				t.Errorf("%s: rewrite has %.2f of A's 5-grams in B, want < 0.50", p.ID, c)
			}
		case "related", "unrelated":
			if p.SharedText != "" {
				if !strings.Contains(p.A.Text, p.SharedText) || !strings.Contains(p.B.Text, p.SharedText) {
					t.Errorf("%s: shared_text is not in both articles", p.ID)
				}
			}
			gb := gramsOutside(p.B.Text, p.SharedText, 12)
			for g := range gramsOutside(p.A.Text, p.SharedText, 12) {
				if gb[g] {
					t.Errorf("%s: %s pair shares the undeclared 12-word run %q", p.ID, p.Relation, g)
					break
				}
			}
		}
	}
}

func TestExpectedChanges(t *testing.T) {
	kinds := map[string]bool{"alias": true, "number": true, "quote": true, "insert": true,
		"delete": true, "attribution": true, "edit": true}
	for _, p := range load(t) {
		for _, c := range p.ExpectedChanges {
			if !kinds[c.Kind] {
				t.Errorf("%s: unknown change kind %q", p.ID, c.Kind)
			}
			if c.AText == "" && c.BText == "" {
				t.Errorf("%s: empty %s change", p.ID, c.Kind)
			}
			if c.AText != "" && !strings.Contains(p.A.Text, c.AText) {
				t.Errorf("%s: %s change a_text %q not in A", p.ID, c.Kind, c.AText)
			}
			if c.BText != "" && !strings.Contains(p.B.Text, c.BText) {
				t.Errorf("%s: %s change b_text %q not in B", p.ID, c.Kind, c.BText)
			}
		}
	}
}
