package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/echotrace/echotrace/extract/charset"
)

var update = flag.Bool("update", false, "rewrite the golden .json files in testdata")

// goldenCases are the fixtures in testdata, each with the URL it is
// extracted as (the fixtures are fictional pages written for these tests).
var goldenCases = []struct {
	file string
	url  string
}{
	{"meta-date.html", "https://gazette.example/news/2024/harbour?utm_source=feed"},
	{"jsonld-graph.html", ""},
	{"url-date.html", "https://westbrook-news.example/2022/03/09/library-hours.html"},
	{"no-date.html", "https://marsh.example/news/litter"},
	{"windows-1251.html", ""},
	{"lying-meta.html", ""},
}

// TestGolden extracts every fixture and compares the JSON with the file
// beside it; run with -update after an intended change and review the diff.
func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			res, err := Extract(body, Options{URL: tc.url})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", strings.TrimSuffix(tc.file, ".html")+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("result differs from %s:\n%s", golden, got)
			}
		})
	}
}

func extractFixture(t *testing.T, file, url string) *Result {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Extract(body, Options{URL: url})
	if err != nil {
		t.Fatalf("Extract(%s): %v", file, err)
	}
	return res
}

func TestPublishedSources(t *testing.T) {
	tests := []struct {
		file, url  string
		want       string
		wantSource string
	}{
		// The meta tag wins over the JSON-LD block on the same page.
		{"meta-date.html", "https://gazette.example/news/harbour", "2024-05-02T08:00:00Z", SourceMeta},
		// The article's date, not the WebPage's, in a @graph.
		{"jsonld-graph.html", "", "2023-11-14T18:30:00Z", SourceJSONLD},
		{"url-date.html", "https://westbrook-news.example/2022/03/09/library-hours.html", "2022-03-09T00:00:00Z", SourceURL},
		{"no-date.html", "https://marsh.example/news/litter", "", ""},
		{"windows-1251.html", "", "2021-08-17T00:00:00Z", SourceMeta},
		// itemprop=datePublished on a <meta>, without a zone: UTC.
		{"lying-meta.html", "", "2022-10-05T07:45:00Z", SourceMeta},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res := extractFixture(t, tt.file, tt.url)
			var got string
			if !res.Published.IsZero() {
				got = res.Published.Format(time.RFC3339)
				if res.Published.Location() != time.UTC {
					t.Errorf("published not in UTC: %v", res.Published)
				}
			}
			if got != tt.want || res.PublishedSource != tt.wantSource {
				t.Errorf("published = %q (%q), want %q (%q)", got, res.PublishedSource, tt.want, tt.wantSource)
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	res := extractFixture(t, "meta-date.html", "https://gazette.example/news/2024/harbour?utm_source=feed")
	checks := map[string][2]string{
		"url":           {res.URL, "https://gazette.example/news/2024/harbour?utm_source=feed"},
		"canonical_url": {res.CanonicalURL, "https://gazette.example/news/harbour-council-approves-ferry-terminal"},
		"title":         {res.Title, "Harbour council approves new ferry terminal"},
		"byline":        {res.Byline, "Mara Quinlan"},
		"site":          {res.Site, "Port Ellery Gazette"},
		"lang":          {res.Lang, "en"},
		"charset":       {res.Charset, "utf-8"},
	}
	for field, c := range checks {
		if c[0] != c[1] {
			t.Errorf("%s = %q, want %q", field, c[0], c[1])
		}
	}
	for _, unwanted := range []string{"Harbour council approves new ferry terminal", "Read more", "Most read", "Privacy"} {
		if strings.Contains(res.Text, unwanted) {
			t.Errorf("text contains %q:\n%s", unwanted, res.Text)
		}
	}
	if !strings.HasPrefix(res.Text, "The harbour council of Port Ellery voted") {
		t.Errorf("text does not start with the first paragraph:\n%s", res.Text)
	}
	if n := strings.Count(res.Text, "\n"); n < 3 {
		t.Errorf("text has %d line breaks, want one line per paragraph:\n%s", n, res.Text)
	}
}

func TestURLFromCanonical(t *testing.T) {
	res := extractFixture(t, "jsonld-graph.html", "")
	const want = "https://lindenauer-bote.example/wirtschaft/wasserpreise-steigen"
	if res.URL != want || res.CanonicalURL != want {
		t.Errorf("url = %q, canonical = %q, want both %q (from og:url)", res.URL, res.CanonicalURL, want)
	}
}

func TestDecodedFixtures(t *testing.T) {
	ru := extractFixture(t, "windows-1251.html", "")
	if ru.Charset != "windows-1251" || !strings.Contains(ru.Text, "велосипедные дорожки") {
		t.Errorf("windows-1251 page: charset %q, text %q", ru.Charset, ru.Text)
	}
	fr := extractFixture(t, "lying-meta.html", "")
	if fr.Charset != "utf-8" || !strings.Contains(fr.Text, "Après dix-huit mois de travaux") {
		t.Errorf("page with a lying meta: charset %q, text %q", fr.Charset, fr.Text)
	}
}

func TestLinks(t *testing.T) {
	res := extractFixture(t, "meta-date.html", "https://gazette.example/news/2024/harbour")
	want := []Link{
		{"https://council.example.org/minutes/2024-05-02", "the published minutes of the planning committee"},
		{"https://gazette.example/tags/fishermens-association", "Fishermen's Association"},
		{"https://northwind.example.com/routes", "a daily crossing to the islands"},
	}
	if len(res.Links) != len(want) {
		t.Fatalf("links = %+v\nwant %+v", res.Links, want)
	}
	for i := range want {
		if res.Links[i] != want[i] {
			t.Errorf("link %d = %+v, want %+v", i, res.Links[i], want[i])
		}
	}
}

func TestLinksWithoutBaseKeepAbsoluteOnly(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "meta-date.html"))
	if err != nil {
		t.Fatal(err)
	}
	// Without a page URL the canonical link is relative too, so only
	// absolute links can be reported.
	body = bytes.Replace(body, []byte(`<link rel="canonical" href="/news/harbour-council-approves-ferry-terminal">`), nil, 1)
	res, err := Extract(body, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range res.Links {
		if !strings.HasPrefix(l.URL, "https://") {
			t.Errorf("unresolvable link kept: %+v", l)
		}
	}
	if len(res.Links) != 2 {
		t.Errorf("links = %+v, want the two absolute ones", res.Links)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		body []byte
		opts Options
		want error
	}{
		{"empty", nil, Options{}, ErrEmpty},
		{"blank", []byte(" \n\t "), Options{}, ErrEmpty},
		{"too large", bytes.Repeat([]byte("a"), 2048), Options{MaxBytes: 1024}, ErrTooLarge},
		{"binary", []byte("%PDF-1.4\n..."), Options{}, charset.ErrBinary},
		{"no text", []byte("<html><head><title>Nothing</title></head><body></body></html>"), Options{}, ErrNoText},
		{"too deep", []byte(strings.Repeat("<div>", 5000)), Options{}, ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract(tt.body, tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if errors.Is(err, ErrNoText) && res == nil {
				t.Errorf("ErrNoText must come with the page's metadata")
			}
		})
	}
}

func TestDefaultSizeLimit(t *testing.T) {
	big := bytes.Repeat([]byte("<p>x</p>"), (50<<20)/8)
	start := time.Now()
	_, err := Extract(big, Options{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("50 MB page: err = %v, want ErrTooLarge", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing a 50 MB page took %v", d)
	}
}

// TestPathologicalPages checks that pages built to defeat the extractor's
// super-linear parts finish quickly once cut to the document limits.
func TestPathologicalPages(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	const size = DefaultMaxBytes - 1024
	pages := map[string]string{
		"many paragraphs": "<html><body><article>" + strings.Repeat("<p>Some words here to read.</p>", size/31),
		"one huge text":   "<html><body><p>" + strings.Repeat("word ", size/5),
		"many rows":       "<table>" + strings.Repeat("<tr><td>x</td></tr>", size/19),
		"many links":      "<body><p>" + strings.Repeat("<a href=/x>y</a> ", size/17),
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			res, err := Extract([]byte(page), Options{})
			d := time.Since(start)
			if err != nil && !errors.Is(err, ErrNoText) {
				t.Fatalf("err = %v", err)
			}
			if res == nil || !res.Truncated {
				t.Errorf("page was not reported truncated")
			}
			// Generous for -race and a busy machine; without the limits
			// these take minutes.
			if d > 20*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

func TestMarshalJSON(t *testing.T) {
	r := Result{Title: "T", Published: time.Date(2024, 5, 2, 10, 0, 0, 0, time.FixedZone("CEST", 2*3600))}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m["published"] != "2024-05-02T08:00:00Z" {
		t.Errorf("published = %v, want 2024-05-02T08:00:00Z", m["published"])
	}
	if links, ok := m["links"].([]any); !ok || len(links) != 0 {
		t.Errorf("links = %#v, want []", m["links"])
	}
	for _, k := range []string{"url", "title", "byline", "published", "published_source", "lang", "site", "canonical_url", "text", "links"} {
		if _, ok := m[k]; !ok {
			t.Errorf("contract field %q missing from %s", k, b)
		}
	}
	if _, ok := m["file"]; ok {
		t.Errorf("empty file field should be omitted: %s", b)
	}

	b, err = json.Marshal(Result{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"published":null`)) || !bytes.Contains(b, []byte(`"links":[]`)) {
		t.Errorf("zero Result = %s, want published null and links []", b)
	}

	var back Result
	if err := json.Unmarshal([]byte(`{"title":"T","published":"2024-05-02T08:00:00Z","links":[{"url":"https://a.example/","text":"a"}]}`), &back); err != nil {
		t.Fatal(err)
	}
	if !back.Published.Equal(r.Published) || back.Title != "T" || len(back.Links) != 1 {
		t.Errorf("round trip = %+v", back)
	}
}

func TestTextIsValidUTF8(t *testing.T) {
	for _, tc := range goldenCases {
		res := extractFixture(t, tc.file, tc.url)
		if !utf8.ValidString(res.Text) {
			t.Errorf("%s: text is not valid UTF-8", tc.file)
		}
	}
}

func TestPanicBecomesError(t *testing.T) {
	testHookParsed = func(*html.Node) { panic("library bug") }
	defer func() { testHookParsed = nil }()
	res, err := Extract([]byte("<p>Some text</p>"), Options{})
	if res != nil || !errors.Is(err, ErrInternal) {
		t.Fatalf("got %v, %v; want ErrInternal", res, err)
	}
	var ie *InternalError
	if !errors.As(err, &ie) || ie.Value != "library bug" || len(ie.Stack) == 0 {
		t.Errorf("InternalError = %+v", ie)
	}
	if strings.Contains(err.Error(), "goroutine") {
		t.Errorf("stack in the message: %q", err.Error())
	}
}

// TestConcurrentExtract runs extractions in parallel, so that -race can
// catch shared state (the options are package-level and must stay
// read-only).
func TestConcurrentExtract(t *testing.T) {
	var bodies [][]byte
	for _, tc := range goldenCases {
		b, err := os.ReadFile(filepath.Join("testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, b)
	}
	want := make([]string, len(bodies))
	for i, b := range bodies {
		res, err := Extract(b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = res.Text
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range bodies {
				j := (i + w) % len(bodies)
				res, err := Extract(bodies[j], Options{})
				if err != nil || res.Text != want[j] {
					t.Errorf("concurrent extraction of %s differs", goldenCases[j].file)
				}
			}
		}()
	}
	wg.Wait()
}
