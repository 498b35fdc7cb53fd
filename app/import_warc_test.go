package app

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace/demo"
	"github.com/echotrace/echotrace/source/warc"
	"github.com/nlnwa/gowarc"
)

var crawlDay = time.Date(2026, 5, 3, 6, 0, 0, 0, time.UTC)

// undatedPage states no date anywhere (no meta, no JSON-LD, none in its
// URL): its publication date can only come from the archive.
const undatedPage = `<!doctype html><html lang="en"><head><title>Lighthouse keeper retires | Cape Notes</title>
<link rel="canonical" href="https://capenotes.example/stories/lighthouse-keeper-retires"></head>
<body><nav>Home | Local</nav><article><h1>Lighthouse keeper retires</h1>
<p>The last keeper of the Cape lighthouse handed over the keys on Friday after thirty-one years, the harbour trust said. The light has run automatically since spring.</p>
<p>She plans to stay in the keeper's cottage, which the trust will rent to her, and to write a history of the cape's shipwrecks.</p>
</article><footer>Cape Notes</footer></body></html>`

// demoArchive writes the demo corpus as a crawl stores it (warcinfo, then a
// request, a response and a metadata record per page), plus an undated
// page, a PDF and a 404, to a .warc.gz. It returns the path and the number
// of HTML pages.
func demoArchive(t *testing.T, dir string) (string, int) {
	t.Helper()
	p := filepath.Join(dir, "crawl.warc.gz")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := warc.NewWriter(f, true)
	must := func(_ string, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(w.WriteRecord(gowarc.Warcinfo, "", "", crawlDay, "application/warc-fields", []byte("software: echotrace test\r\n")))
	html := map[string][]byte{}
	names, err := fs.Glob(demo.Corpus, "corpus/*.html")
	if err != nil || len(names) == 0 {
		t.Fatalf("demo corpus: %v", err)
	}
	for _, n := range names {
		b, _ := fs.ReadFile(demo.Corpus, n)
		html["https://crawl.example/"+strings.TrimSuffix(filepath.Base(n), ".html")] = b
	}
	html["https://capenotes.example/stories/lighthouse-keeper-retires"] = []byte(undatedPage)
	i := 0
	for uri, body := range html {
		at := crawlDay.Add(time.Duration(i) * time.Minute)
		i++
		must(w.WriteRecord(gowarc.Request, "", uri, at, "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\nHost: crawl.example\r\n\r\n")))
		must(w.WriteResponse(warc.Response{URI: uri, Date: at, Header: http.Header{"Content-Type": {"text/html; charset=utf-8"}}, Body: body}))
		must(w.WriteRecord(gowarc.Metadata, "", uri, at, "application/warc-fields", []byte("fetchTimeMs: 40\r\n")))
	}
	must(w.WriteResponse(warc.Response{URI: "https://crawl.example/report.pdf", Date: crawlDay, Header: http.Header{"Content-Type": {"application/pdf"}}, Body: []byte("%PDF-1.4")}))
	must(w.WriteResponse(warc.Response{URI: "https://crawl.example/gone", Date: crawlDay, Status: 404, Header: http.Header{"Content-Type": {"text/html"}}, Body: []byte(undatedPage)}))
	return p, len(html)
}

func importJSON(t *testing.T, env map[string]string, args ...string) (map[string]any, string) {
	t.Helper()
	code, stdout, stderr := run(t, env, "", append([]string{"import", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("import %v: exit %d\n%s", args, code, stderr)
	}
	var sum map[string]any
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil {
		t.Fatalf("import --json: %v\n%s", err, stdout)
	}
	return sum, stderr
}

// TestImportWARC imports the demo corpus from a web archive through the
// real command, then again.
func TestImportWARC(t *testing.T) {
	dir := t.TempDir()
	archive, pages := demoArchive(t, dir)
	db := filepath.Join(dir, "e.db")
	env := map[string]string{"ECHOTRACE_DB": db}

	sum, stderr := importJSON(t, env, archive)
	records := 1 + 3*pages + 2
	if sum["new_articles"] != float64(pages) || sum["read"] != float64(records) || sum["not_pages"] != float64(records-pages) {
		t.Errorf("summary = %v, want %d articles of %d records\n%s", sum, pages, records, stderr)
	}
	wantReasons := map[string]float64{"not a response": float64(2*pages + 1), "not HTML": 1, "HTTP status": 1}
	if got, _ := sum["skipped_by_reason"].(map[string]any); len(got) != len(wantReasons) {
		t.Errorf("skipped_by_reason = %v, want %v", got, wantReasons)
	} else {
		for k, n := range wantReasons {
			if got[k] != n {
				t.Errorf("skipped_by_reason[%q] = %v, want %v", k, got[k], n)
			}
		}
	}
	for _, want := range []string{"MB/s", "articles/s", fmt.Sprintf("not a response %d", 2*pages+1), "not HTML 1", "HTTP status 1"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}

	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Every capture keeps its WARC-Date and names its record.
	var bad int
	if err := conn.QueryRow(`SELECT count(*) FROM captures WHERE origin != 'warc' OR captured_at < ? OR origin_ref NOT LIKE '%crawl.warc.gz@%'`,
		crawlDay.Format("2006-01-02")).Scan(&bad); err != nil || bad != 0 {
		t.Errorf("%d captures without their archive's origin, time or reference (%v)", bad, err)
	}
	// The undated page is dated by its capture, and says so.
	var published, source string
	err = conn.QueryRow(`SELECT v.published, v.published_source FROM article_versions v JOIN articles a ON a.id = v.article_id
		WHERE a.url = 'https://capenotes.example/stories/lighthouse-keeper-retires'`).Scan(&published, &source)
	if err != nil || source != "warc" || !strings.HasPrefix(published, "2026-05-03T") {
		t.Errorf("undated page: published %q from %q (%v), want the capture time from \"warc\"", published, source, err)
	}
	// Pages that state a date keep their own.
	var own int
	conn.QueryRow(`SELECT count(*) FROM article_versions WHERE published_source IN ('meta', 'json-ld')`).Scan(&own)
	if own == 0 {
		t.Error("no page kept the date it states")
	}

	// A re-run, of the folder that holds the archive, stores nothing new.
	sum, stderr = importJSON(t, env, dir)
	if sum["new_articles"] != 0.0 || sum["new_versions"] != 0.0 || sum["already_stored"] != float64(pages) {
		t.Errorf("re-run: %v\n%s", sum, stderr)
	}
}

// TestImportBrokenWARC: an archive cut short or with a corrupt gzip member
// keeps what precedes the damage, reports the file and the offset, and the
// rest of the batch is imported.
func TestImportBrokenWARC(t *testing.T) {
	dir := t.TempDir()
	archive, pages := demoArchive(t, dir)
	full, err := os.ReadFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	// The file offsets of the pages, in order.
	r, err := warc.NewReader(bytes.NewReader(full), warc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var offsets []int64
	for {
		p, err := r.Next()
		if err == io.EOF {
			break
		}
		var re *warc.RecordError
		if errors.As(err, &re) {
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		offsets = append(offsets, p.Offset)
	}
	if len(offsets) != pages {
		t.Fatalf("%d pages in the archive, want %d", len(offsets), pages)
	}
	const keep = 10 // pages before the damage
	at := offsets[keep]
	for _, tc := range []struct {
		name   string
		damage func([]byte) []byte
		want   string
	}{
		{"cut mid-record", func(b []byte) []byte { return b[:at+(offsets[keep+1]-at)/2] }, "truncated"},
		{"corrupt member", func(b []byte) []byte {
			b = bytes.Clone(b)
			for i := at + 40; i < at+120; i++ {
				b[i] ^= 0xa5
			}
			return b
		}, "corrupt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			broken := filepath.Join(dir, "broken.warc.gz")
			os.WriteFile(broken, tc.damage(full), 0o644)
			os.WriteFile(filepath.Join(dir, "later.html"), []byte(page), 0o644)
			env := map[string]string{"ECHOTRACE_DB": filepath.Join(dir, "e.db")}
			sum, stderr := importJSON(t, env, broken, filepath.Join(dir, "later.html"))
			if sum["new_articles"] != float64(keep+1) || sum["unreadable"] != 1.0 {
				t.Errorf("summary = %v, want the %d pages before the damage and the next file\n%s", sum, keep, stderr)
			}
			line := regexp.MustCompile(`skip .*broken\.warc\.gz@(\d+): reading stopped at offset (\d+).*`).FindStringSubmatch(stderr)
			if line == nil || line[1] != fmt.Sprint(at) || line[2] != fmt.Sprint(at) || !strings.Contains(line[0], tc.want) {
				t.Errorf("want a skip line naming broken.warc.gz at offset %d (%s):\n%s", at, tc.want, stderr)
			}
		})
	}
}
