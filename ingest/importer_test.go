package ingest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/source/files"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/sqlite"
)

func openStore(t *testing.T) store.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func write(t testing.TB, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func inputs(t *testing.T, paths ...string) []files.Input {
	var ins []files.Input
	for _, p := range paths {
		in, err := files.OSInput(p)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, in)
	}
	return ins
}

func importer(s store.Store, report *bytes.Buffer) *Importer {
	return &Importer{Store: s, Extractor: &Extractor{Outlets: outlet.NewResolver(nil)},
		Config: Config{Workers: 2, BatchSize: 7, Report: report, Limits: files.Options{MaxPageBytes: 8 << 20, MaxLineBytes: 1 << 20}}}
}

const pageTmpl = `<!doctype html><html><head><title>%[1]s</title>
<link rel="canonical" href="%[2]s">
<meta property="article:published_time" content="2026-03-14T07:30:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>%[1]s</h1><p class="byline">By Mara Quill</p>
<p>%[3]s The port authority confirmed the figures on Thursday and said the review would take a month.</p>
<p>Residents of the eastern quay have complained about the noise of the night shifts for more than a year, and the council has twice asked for a study.</p>
</article><footer>Scroll to Top</footer></body></html>`

func TestImportIsIdempotentAndVersionsNewText(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for i := range 5 {
		write(t, dir, fmt.Sprintf("pages/p%d.html", i), fmt.Sprintf(pageTmpl, fmt.Sprintf("Dock strike day %d", i),
			fmt.Sprintf("https://www.harbourgazette.example/2026/03/14/strike-%d", i), fmt.Sprintf("Dockers walked out for the %d time.", i)))
	}
	write(t, dir, "pages/wire.jsonl", `{"url":"https://northwire.example/a","text":"Ferries stopped at noon.","published":"2026-03-14T09:00:00Z","outlet":"www.northwire.example"}`+"\n")
	s := openStore(t)
	var report bytes.Buffer
	sum, err := importer(s, &report).Import(ctx, inputs(t, filepath.Join(dir, "pages")))
	if err != nil {
		t.Fatal(err)
	}
	if sum.NewArticles != 6 || sum.Skipped() != 0 || sum.Read != 6 {
		t.Fatalf("first import = %+v\n%s", sum, report.String())
	}
	a, err := s.ArticleByURL(ctx, "https://www.harbourgazette.example/2026/03/14/strike-3")
	if err != nil {
		t.Fatal(err)
	}
	if a.Outlet != "harbourgazette.example" || a.Newest.Title != "Dock strike day 3" || strings.Contains(a.Newest.Text, "Scroll to Top") ||
		!strings.Contains(a.Newest.Text, "Dockers walked out for the 3 time.") || a.Newest.PublishedSource != "meta" {
		t.Errorf("article = %+v", a)
	}
	w, err := s.ArticleByURL(ctx, "https://northwire.example/a")
	if err != nil || w.Outlet != "northwire.example" || w.Newest.PublishedSource != "meta" || w.Newest.Published.Hour() != 9 {
		t.Errorf("jsonl article = %+v, %v", w, err)
	}

	before, _ := s.Counts(ctx)
	again, err := importer(s, &report).Import(ctx, inputs(t, filepath.Join(dir, "pages")))
	if err != nil {
		t.Fatal(err)
	}
	after, _ := s.Counts(ctx)
	if again.AlreadyStored != 6 || again.NewArticles != 0 || before != after {
		t.Errorf("second import = %+v, counts %+v → %+v", again, before, after)
	}

	// The same URL with a new text is a new version of the article.
	write(t, dir, "later/wire.jsonl", `{"url":"https://northwire.example/a#top","text":"Ferries stopped at noon; two resumed at four.","published":"2026-03-14T09:00:00Z"}`+"\n")
	third, err := importer(s, &report).Import(ctx, inputs(t, filepath.Join(dir, "later")))
	if err != nil || third.NewVersions != 1 {
		t.Fatalf("third import = %+v, %v", third, err)
	}
	w, _ = s.ArticleByURL(ctx, "https://northwire.example/a")
	if w.Versions != 2 || !strings.Contains(w.Newest.Text, "two resumed") {
		t.Errorf("after new text: %+v", w)
	}
}

func TestImportBadInputGoesOn(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write(t, dir, "good.html", fmt.Sprintf(pageTmpl, "Tide tables", "https://tides.example/today", "High tide at noon."))
	write(t, dir, "binary.html", "\x00\x01\x02\x03PK\x03\x04")
	write(t, dir, "empty.htm", "")
	write(t, dir, "lying.html", "<html><head><meta charset=\"windows-1251\"><link rel=canonical href=\"https://liar.example/x\"></head><body><article><h1>Caf\u00e9 opens</h1><p>"+
		strings.Repeat("The caf\u00e9 on the quay opened its doors to the first customers of the season, who queued in the rain. ", 4)+"</p></article></body></html>")
	// A 50 MB page is refused by size, quickly, without being parsed.
	huge := "<html><body><article><p>" + strings.Repeat("The tide came in. ", 50<<20/18) + "</p></article></body></html>"
	write(t, dir, "huge.html", huge)
	write(t, dir, "mixed.jsonl", "{\"url\":\"https://a.example/1\",\"text\":\"One.\"}\n{oops\n{\"text\":\"no url\"}\n{\"url\":\"ftp://a.example/2\",\"text\":\"Two.\"}\n")
	s := openStore(t)
	var report bytes.Buffer
	sum, err := importer(s, &report).Import(ctx, inputs(t, dir, filepath.Join(dir, "missing.html")))
	if err != nil {
		t.Fatal(err)
	}
	if sum.NewArticles != 3 {
		t.Errorf("new articles = %d, want 3 (good.html, lying.html, mixed.jsonl:1)\n%s", sum.NewArticles, report.String())
	}
	for _, want := range []string{"skip " + filepath.Join(dir, "binary.html") + ": no article", "empty.htm: empty file",
		"mixed.jsonl:2: invalid JSON", `mixed.jsonl:3: missing required field "url"`, "mixed.jsonl:4: no article: url",
		"missing.html: no such file or folder", "huge.html: page is larger than the 8 MB limit"} {
		if !strings.Contains(report.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, report.String())
		}
	}
	// A lying charset label on a valid UTF-8 page is not believed.
	a, err := s.ArticleByURL(ctx, "https://liar.example/x")
	if err != nil || !strings.Contains(a.Newest.Text, "café") {
		t.Errorf("lying page: %+v, %v", a, err)
	}
	fails, _ := s.Failures(ctx, 10)
	if len(fails) != 5 {
		t.Errorf("recorded failures = %+v, want 5", fails)
	}
}

func TestImportInterruptedThenResumed(t *testing.T) {
	dir := t.TempDir()
	var lines strings.Builder
	const total = 1000
	for i := range total {
		fmt.Fprintf(&lines, `{"url":"https://wire.example/%d","text":"Dispatch %d: the ferry left at %d past."}`+"\n", i, i, i%60)
	}
	write(t, dir, "big.jsonl", lines.String())
	s := openStore(t)

	ctx, cancel := context.WithCancel(context.Background())
	im := importer(s, nil)
	im.Config.BatchSize = 50
	// Interrupted once some batches are stored, as Ctrl-C would.
	var stored atomic.Int64
	im.AfterBatch = func(_ context.Context, changed []int64) error {
		if stored.Add(int64(len(changed))) >= 300 {
			cancel()
		}
		return nil
	}
	sum, err := im.Import(ctx, inputs(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Interrupted || sum.NewArticles == 0 || sum.NewArticles >= total {
		t.Fatalf("interrupted import = %+v", sum)
	}
	c, _ := s.Counts(context.Background())
	if c.Articles != sum.NewArticles {
		t.Errorf("stored %d articles, summary says %d", c.Articles, sum.NewArticles)
	}
	rest, err := importer(s, nil).Import(context.Background(), inputs(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	c, _ = s.Counts(context.Background())
	if c.Articles != total || c.Captures != total || rest.NewArticles+sum.NewArticles != total || rest.Interrupted {
		t.Errorf("after resume: counts %+v, first %+v, second %+v", c, sum, rest)
	}
}

func TestProgressLines(t *testing.T) {
	dir := t.TempDir()
	var lines strings.Builder
	for i := range 500 {
		fmt.Fprintf(&lines, `{"url":"https://wire.example/%d","text":"Dispatch %d."}`+"\n", i, i)
	}
	write(t, dir, "a.jsonl", lines.String())
	s := openStore(t)
	var report bytes.Buffer
	im := importer(s, &report)
	im.Config.ProgressEvery = time.Nanosecond
	im.Config.FlushEvery = time.Millisecond
	if _, err := im.Import(context.Background(), inputs(t, dir)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(report.String(), "import: ") || !strings.Contains(report.String(), "/s)") {
		t.Errorf("no progress line in %q", report.String())
	}
}

// TestImportStoresInInputOrder: with many extraction workers and records of
// very different sizes (so that extraction finishes out of order), article
// IDs still follow the order of the input, and capture times do too:
// relating depends on that order, and it must not depend on scheduling.
func TestImportStoresInInputOrder(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var lines strings.Builder
	const n = 300
	for i := range n {
		// Every seventh record is a large page: its extraction takes much
		// longer than its neighbours'.
		body := fmt.Sprintf("Item %d of the harbour ledger was entered by the night clerk.", i)
		if i%7 == 0 {
			body = strings.Repeat(body+" ", 400)
		}
		html := fmt.Sprintf(pageTmpl, fmt.Sprintf("Ledger %d", i), fmt.Sprintf("https://ledger.example/%d", i), body)
		fmt.Fprintf(&lines, "{\"url\":\"https://ledger.example/%d\",\"html\":%q}\n", i, html)
	}
	path := write(t, dir, "ledger.jsonl", lines.String())
	s := openStore(t)
	im := importer(s, &bytes.Buffer{})
	im.Config.Workers, im.Config.BatchSize = 8, 16
	if sum, err := im.Import(ctx, inputs(t, path)); err != nil || sum.NewArticles != n {
		t.Fatalf("import = %+v, %v", sum, err)
	}
	arts, err := s.Articles(ctx, 0, n+1)
	if err != nil || len(arts) != n {
		t.Fatalf("articles: %d, %v", len(arts), err)
	}
	for i, a := range arts {
		if want := fmt.Sprintf("https://ledger.example/%d", i); a.URL != want {
			t.Fatalf("article %d (ID %d) is %s, want %s: stored out of input order", i, a.ID, a.URL, want)
		}
		if i > 0 && a.FirstSeen.Before(arts[i-1].FirstSeen) {
			t.Fatalf("article %d first seen %s, before article %d's %s", i, a.FirstSeen, i-1, arts[i-1].FirstSeen)
		}
	}
}
