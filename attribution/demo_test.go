package attribution

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/echotrace/echotrace/demo"
)

// demoText is the extracted text of a demo article, from the extraction
// golden files of the demo package (read only).
func demoText(t *testing.T, tr *demo.Truth, url string) string {
	t.Helper()
	a, ok := tr.ArticleByURL(url)
	if !ok {
		t.Fatalf("no demo article %s", url)
	}
	b, err := os.ReadFile(filepath.Join("..", "demo", "testdata", "extract", a.ID+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var page struct {
		Text string `json:"text"`
	}
	if err := json.Unmarshal(b, &page); err != nil {
		t.Fatal(err)
	}
	return page.Text
}

// contains: one name holds the other, so that the truth's "Viktor
// Samoilenko" matches "Deputy Infrastructure Minister Viktor Samoilenko".
func contains(a, b string) bool {
	a, b = NormalizeName(a), NormalizeName(b)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// TestDemoAttributions: every credit listed in demo/truth.json is found in
// its article, with its kind and relay.
func TestDemoAttributions(t *testing.T) {
	tr, err := demo.LoadTruth()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range tr.Attributions {
		text := demoText(t, tr, want.URL)
		got := Extract(text)
		checkSpans(t, text, got)
		found := false
		for _, g := range got {
			if contains(g.Source, want.Who) && string(g.Kind) == want.Kind && (want.Via == "" || contains(g.Via, want.Via)) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%s: missing %s (%s) %s via %q", want.URL, want.Who, want.Kind, want.Verb, want.Via)
		}
	}
}

// TestDemoChanges: the copies in the demo corpus that change or drop a
// credit, and the one that adds a syndication credit, show it in Diff.
func TestDemoChanges(t *testing.T) {
	tr, err := demo.LoadTruth()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range tr.Changes {
		if c.Kind != "attribution" {
			continue
		}
		a, b := demoText(t, tr, c.From), demoText(t, tr, c.To)
		if !strings.Contains(a, c.FromText) || !strings.Contains(b, c.ToText) {
			continue // the headline: not in the body text
		}
		n++
		ok := false
		for _, d := range DiffTexts(a, b) {
			switch {
			case c.FromText == "" && d.Op == Added && strings.Contains(c.ToText, d.B.Source):
				ok = true
			case d.Op == Changed && strings.Contains(d.A.SentenceText, c.FromText) && strings.Contains(d.B.SentenceText, c.ToText):
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s → %s: %q → %q not reported", c.From, c.To, c.FromText, c.ToText)
			for _, d := range DiffTexts(a, b) {
				if d.Op != Kept {
					t.Logf("  %s %+v %+v", d.Op, d.A, d.B)
				}
			}
		}
	}
	if n < 4 {
		t.Errorf("only %d attribution changes checked", n)
	}
}
