package demo

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/echotrace/echotrace/extract"
)

var update = flag.Bool("update", false, "rewrite the golden extraction files in testdata/extract")

// boilerplate is text every demo page carries around its article and that
// extraction must leave out.
var boilerplate = []string{
	"Scroll to Top", "Leave a Reply", "Share on Facebook", "Tweet", "cookies", "Subscribe",
	"All rights reserved", "Related articles", "newsletter",
}

// TestExtractDemoCorpus extracts every demo page and checks it against the
// truth (title, byline, date and its source, URL, no boilerplate) and against
// a golden copy of the whole result, so that any change in extraction shows
// up as a reviewable diff (`go test ./demo -run Golden -update`).
func TestExtractDemoCorpusGolden(t *testing.T) {
	truth, err := LoadTruth()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range truth.Articles {
		t.Run(a.ID, func(t *testing.T) {
			page, err := Page(a)
			if err != nil {
				t.Fatal(err)
			}
			res, err := extract.Extract(page, extract.Options{})
			if err != nil {
				t.Fatalf("extract %s: %v", a.File, err)
			}
			if res.CanonicalURL != a.URL || res.URL != a.URL {
				t.Errorf("url %q canonical %q, want %q", res.URL, res.CanonicalURL, a.URL)
			}
			if res.Title != a.Title {
				t.Errorf("title %q, want %q", res.Title, a.Title)
			}
			if res.Byline != a.Byline {
				t.Errorf("byline %q, want %q", res.Byline, a.Byline)
			}
			if res.PublishedSource != a.PublishedSource {
				t.Errorf("published_source %q, want %q", res.PublishedSource, a.PublishedSource)
			}
			switch {
			case a.Published == nil && !res.Published.IsZero():
				t.Errorf("published %v, want none", res.Published)
			case a.Published != nil && !res.Published.Equal(*a.Published):
				t.Errorf("published %v, want %v", res.Published, *a.Published)
			}
			for _, b := range boilerplate {
				if strings.Contains(strings.ToLower(res.Text), strings.ToLower(b)) {
					t.Errorf("text keeps boilerplate %q", b)
				}
			}
			if n := len(strings.Fields(res.Text)); n < 200 {
				t.Errorf("text has only %d words", n)
			}

			golden := filepath.Join("testdata", "extract", a.ID+".json")
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./demo -run Golden -update to create it)", err)
			}
			if string(got) != string(want) {
				t.Errorf("extraction of %s differs from %s; if the change is right, rerun with -update and review the diff", a.File, golden)
			}
		})
	}
}
