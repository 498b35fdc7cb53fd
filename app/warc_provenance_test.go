package app

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace/source/warc"
)

// ferryStory is an undated article two outlets ran word for word, with no
// link or credit either way: only when each was captured can say which
// came first.
func ferryStory(outlet, slug string) []byte {
	return []byte(fmt.Sprintf(`<!doctype html><html lang="en"><head><title>Night ferry to Orrin Island cancelled for the winter</title>
<link rel="canonical" href="https://%s/%s"></head><body><nav>News | Islands</nav><article>
<h1>Night ferry to Orrin Island cancelled for the winter</h1>
<p>The night ferry between Port Haskel and Orrin Island will not sail from November to March, the island council confirmed on Thursday, after the operator warned that its second vessel needs a new engine.</p>
<p>Islanders who work late shifts on the mainland said the decision leaves them with a choice between a hotel room and a ninety-minute drive around the bay. The council said it would pay for a water taxi on Friday and Saturday nights.</p>
<p>The operator, Haskel Marine, said the repairs would cost about 340,000 and that the vessel should return to service in the spring. Its last refit was eleven years ago.</p>
<p>A petition asking the regional government to fund a replacement ship has gathered 2,100 signatures, the organisers said.</p>
</article><footer>All rights reserved.</footer></body></html>`, outlet, slug))
}

// TestWARCCaptureTimesDecideDirection imports two archives in which the
// same undated text appears on two outlets, captured in opposite orders:
// the trace must follow the capture times, and say that they are what
// decided it.
func TestWARCCaptureTimesDecideDirection(t *testing.T) {
	early := time.Date(2026, 10, 3, 6, 0, 0, 0, time.UTC)
	late := early.Add(5 * time.Hour)
	for _, tc := range []struct {
		name                 string
		northwire, islandsUp time.Time
		wantSource           string
	}{
		{"northwire first", early, late, "northwire.example"},
		{"islands-up first", late, early, "islands-up.example"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			archive := filepath.Join(dir, "crawl.warc.gz")
			f, err := os.Create(archive)
			if err != nil {
				t.Fatal(err)
			}
			w := warc.NewWriter(f, true)
			for _, p := range []struct {
				url string
				at  time.Time
			}{
				{"https://northwire.example/islands/night-ferry-cancelled", tc.northwire},
				{"https://islands-up.example/news/orrin-night-ferry", tc.islandsUp},
			} {
				host, slug, _ := strings.Cut(strings.TrimPrefix(p.url, "https://"), "/")
				if _, err := w.WriteResponse(warc.Response{URI: p.url, Date: p.at, Header: http.Header{"Content-Type": {"text/html; charset=utf-8"}}, Body: ferryStory(host, slug)}); err != nil {
					t.Fatal(err)
				}
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
			env := map[string]string{"ECHOTRACE_DB": filepath.Join(dir, "e.db")}
			if code, _, stderr := run(t, env, "", "import", archive); code != 0 {
				t.Fatalf("import: exit %d\n%s", code, stderr)
			}
			later := "https://islands-up.example/news/orrin-night-ferry"
			if tc.wantSource == "islands-up.example" {
				later = "https://northwire.example/islands/night-ferry-cancelled"
			}
			code, stdout, stderr := run(t, env, "", "trace", "--json", later)
			if code != 0 {
				t.Fatalf("trace: exit %d\n%s", code, stderr)
			}
			var tr struct {
				Article struct {
					PublishedSource string `json:"published_source"`
				} `json:"article"`
				Parent *struct {
					Outlet   string `json:"outlet"`
					Evidence []struct {
						Kind, Favours, Source string
					} `json:"evidence"`
				} `json:"parent"`
			}
			if err := json.Unmarshal([]byte(stdout), &tr); err != nil {
				t.Fatalf("trace --json: %v\n%s", err, stdout)
			}
			if tr.Article.PublishedSource != "warc" {
				t.Errorf("published_source = %q, want warc", tr.Article.PublishedSource)
			}
			if tr.Parent == nil || tr.Parent.Outlet != tc.wantSource {
				t.Fatalf("parent = %+v, want %s\n%s", tr.Parent, tc.wantSource, stdout)
			}
			decided := false
			for _, ev := range tr.Parent.Evidence {
				switch {
				case ev.Kind == "date" && ev.Favours == "from" && ev.Source == "warc / warc":
					decided = true
				case ev.Favours == "from":
					t.Errorf("other evidence for the direction: %+v", ev)
				}
			}
			if !decided {
				t.Errorf("no capture-time evidence in %+v", tr.Parent.Evidence)
			}
		})
	}
}
