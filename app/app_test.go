package app

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/echotrace/echotrace/store/postgres/pgtest"
	_ "modernc.org/sqlite"
)

// TestMain lets a test run the real command in a child process (for kill -9).
func TestMain(m *testing.M) {
	if os.Getenv("ECHOTRACE_TEST_CHILD") == "1" {
		os.Exit(Main(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
	}
	pgtest.WarnIfUnset("app")
	os.Exit(m.Run())
}

// run runs one command in process and returns its exit status and output.
func run(t *testing.T, env map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errOut, func(k string) string { return env[k] })
	return code, out.String(), errOut.String()
}

const page = `<!doctype html><html lang="en"><head><title>Harbour bridge reopens | Coast Herald</title>
<link rel="canonical" href="https://www.coastherald.example/2026/05/02/bridge">
<meta property="article:published_time" content="2026-05-02T08:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Harbour bridge reopens</h1>
<p class="byline">By Ana Field</p>
<p>The harbour bridge reopened on Thursday after eight months of repairs, the city said. Engineers replaced forty cable anchors and resurfaced the deck.</p>
<p>Traffic was light in the morning but the mayor expects queues by the weekend, when the ferry timetable changes.</p>
</article><div class="comments"><h3>Leave a Reply</h3><form><textarea></textarea></form></div>
<footer><a href="#top">Scroll to Top</a></footer></body></html>`

func TestUsageAndUnknownCommands(t *testing.T) {
	if code, _, stderr := run(t, nil, "", "nosuchcommand"); code != 2 || !strings.Contains(stderr, "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, stderr)
	}
	if code, _, _ := run(t, nil, ""); code != 2 {
		t.Errorf("no command: exit %d, want 2", code)
	}
	if code, _, stderr := run(t, map[string]string{"ECHOTRACE_DB": filepath.Join(t.TempDir(), "w.db")}, "", "worker"); code != 2 || !strings.Contains(stderr, "needs a postgres:// database") {
		t.Errorf("worker on SQLite: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, map[string]string{"ECHOTRACE_DB": filepath.Join(t.TempDir(), "q.db")}, "", "import", "--queue", "x.jsonl"); code != 2 || !strings.Contains(stderr, "--queue needs a postgres://") {
		t.Errorf("import --queue on SQLite: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, map[string]string{"ECHOTRACE_DB": filepath.Join(t.TempDir(), "e.db")}, "", "trace", "https://x.example/"); code != 1 ||
		strings.Count(stderr, "https://x.example/") != 1 || !strings.Contains(stderr, "not found") {
		t.Errorf("trace of an unknown article: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, nil, "", "extract", "--format", "xml", "a.html"); code != 2 || !strings.Contains(stderr, "--format") {
		t.Errorf("bad flag value: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, nil, "", "import", "--nosuchflag", "x"); code != 2 || !strings.Contains(stderr, "nosuchflag") {
		t.Errorf("unknown flag: exit %d, %q", code, stderr)
	}
	if code, _, _ := run(t, nil, "", "import", "-h"); code != 0 {
		t.Errorf("import -h: exit %d, want 0", code)
	}
	if code, _, stderr := run(t, map[string]string{"ECHOTRACE_LOG_LEVEL": "loud"}, "", "status"); code != 2 || !strings.Contains(stderr, "ECHOTRACE_LOG_LEVEL") {
		t.Errorf("bad env: exit %d, %q", code, stderr)
	}
}

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.html")
	os.WriteFile(a, []byte(page), 0o644)
	b := filepath.Join(dir, "b.html")
	os.WriteFile(b, []byte(strings.ReplaceAll(page, "Thursday", "Friday")), 0o644)
	bad := filepath.Join(dir, "bad.html")
	os.WriteFile(bad, []byte("\x00\x00\x00\x00"), 0o644)

	code, stdout, stderr := run(t, nil, "", "extract", a, "--url", "https://www.coastherald.example/2026/05/02/bridge?utm_source=x")
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("extract output is not JSON: %v\n%s", err, stdout)
	}
	for _, k := range []string{"url", "title", "byline", "published", "published_source", "lang", "site", "canonical_url", "text", "links"} {
		if _, ok := got[k]; !ok {
			t.Errorf("extract JSON lacks %q", k)
		}
	}
	text, _ := got["text"].(string)
	if !strings.Contains(text, "forty cable anchors") || strings.Contains(text, "Scroll to Top") || strings.Contains(text, "Leave a Reply") || strings.Contains(text, "Sport") {
		t.Errorf("text = %q", text)
	}
	if got["published"] != "2026-05-02T08:00:00Z" || got["published_source"] != "meta" {
		t.Errorf("published = %v (%v)", got["published"], got["published_source"])
	}

	// Several files: one JSON line each, in order, with a "file" field; a bad
	// file is reported and the rest go on.
	code, stdout, stderr = run(t, nil, "", "extract", a, bad, b)
	if code != 0 {
		t.Fatalf("extract of three files: exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 lines, got %d:\n%s", len(lines), stdout)
	}
	for i, want := range []string{a, bad, b} {
		var o map[string]any
		json.Unmarshal([]byte(lines[i]), &o)
		if o["file"] != want {
			t.Errorf("line %d file = %v, want %s", i, o["file"], want)
		}
	}
	if !strings.Contains(lines[1], `"error"`) || !strings.Contains(stderr, "skip "+bad) || !strings.Contains(stderr, "1 skipped") {
		t.Errorf("bad file not reported: %s / %s", lines[1], stderr)
	}
	if !strings.Contains(lines[2], "on Friday") {
		t.Errorf("third line is not b.html: %s", lines[2])
	}

	// Standard input and the text format.
	code, stdout, _ = run(t, nil, page, "extract", "--format", "text", "-")
	if code != 0 || !strings.HasPrefix(stdout, "Harbour bridge reopens") || !strings.Contains(stdout, "Ana Field") {
		t.Errorf("extract --format text -: exit %d\n%s", code, stdout)
	}
	huge := filepath.Join(dir, "huge.html")
	os.WriteFile(huge, []byte("<html><body><p>"+strings.Repeat("The tide came in. ", 50<<20/18)+"</p></body></html>"), 0o644)
	if code, _, stderr := run(t, nil, "", "extract", huge); code != 1 || !strings.Contains(stderr, "huge.html") || !strings.Contains(stderr, "too large") {
		t.Errorf("50 MB page: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, nil, "", "extract", filepath.Join(dir, "missing.html")); code != 1 || !strings.Contains(stderr, "missing.html") {
		t.Errorf("missing file: exit %d, %q", code, stderr)
	}
}

func TestImportStatusAndReextract(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "corpus.db")
	os.WriteFile(filepath.Join(dir, "a.html"), []byte(page), 0o644)
	os.WriteFile(filepath.Join(dir, "in.jsonl"), []byte(`{"url":"https://one.example/a","text":"The bridge reopened.","published":"2026-05-02T09:00:00Z"}
{not json
`), 0o644)
	env := map[string]string{"ECHOTRACE_DB": db}
	code, stdout, stderr := run(t, env, "", "import", "--json", dir)
	if code != 0 || !strings.Contains(stderr, "skip ") || !strings.Contains(stderr, "in.jsonl:2") {
		t.Fatalf("import: exit %d\n%s", code, stderr)
	}
	var sum map[string]any
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil || sum["new_articles"] != 2.0 || sum["unreadable"] != 1.0 {
		t.Errorf("import --json = %s (%v)", stdout, err)
	}
	code, stdout, _ = run(t, env, "", "status", "--json")
	var st statusReport
	if code != 0 || json.Unmarshal([]byte(stdout), &st) != nil || st.Counts.Articles != 2 || len(st.Failures) != 1 {
		t.Errorf("status: exit %d %s", code, stdout)
	}
	if code, _, stderr := run(t, env, "", "reextract"); code != 0 || !strings.Contains(stderr, "2 captures") {
		t.Errorf("reextract: exit %d %s", code, stderr)
	}
	if code, stdout, _ := run(t, env, "", "migrate"); code != 0 || !strings.Contains(stdout, "schema at version") {
		t.Errorf("migrate: exit %d %s", code, stdout)
	}
	// A postgres:// DSN selects PostgreSQL: here a server that is not
	// there, a failure named with the DSN, its password hidden.
	if code, _, stderr := run(t, map[string]string{"ECHOTRACE_DB": "postgres://ed:s3cret@127.0.0.1:1/x?connect_timeout=5"}, "", "status"); code != 1 ||
		!strings.Contains(stderr, "127.0.0.1:1/x") || strings.Contains(stderr, "s3cret") {
		t.Errorf("postgres DSN of no server: exit %d %s", code, stderr)
	}
}

// TestKillDuringImport kills an import with SIGKILL halfway, then checks the
// database is intact and a re-run stores every record exactly once.
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "corpus.db")
	const total = 5000
	var lines strings.Builder
	for i := range total {
		fmt.Fprintf(&lines, `{"url":"https://wire.example/%d","text":"Dispatch %d: the night ferry left the eastern quay at %d minutes past the hour, carrying %d passengers."}`+"\n", i, i, i%60, i%300)
	}
	in := filepath.Join(dir, "wire.jsonl")
	os.WriteFile(in, []byte(lines.String()), 0o644)

	cmd := exec.Command(os.Args[0], "import", "--batch", "100", "--db", db, in)
	cmd.Env = append(os.Environ(), "ECHOTRACE_TEST_CHILD=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until some batches are committed, then kill without warning.
	deadline := time.Now().Add(60 * time.Second)
	var stored int
	for time.Now().Before(deadline) {
		stored = countRows(t, db, "articles")
		if stored >= 300 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if stored == 0 {
		t.Fatalf("child stored nothing before the kill: %s", stderr.String())
	}
	killedAt := countRows(t, db, "articles")
	if killedAt >= total {
		t.Skipf("the import finished before it could be killed (%d articles)", killedAt)
	}

	if code, _, errOut := run(t, nil, "", "import", "--db", db, in); code != 0 {
		t.Fatalf("re-run: exit %d: %s", code, errOut)
	}
	if n := countRows(t, db, "articles"); n != total {
		t.Errorf("after re-run: %d articles, want %d (killed at %d)", n, total, killedAt)
	}
	if n := countRows(t, db, "captures"); n != total {
		t.Errorf("after re-run: %d captures, want %d", n, total)
	}
	if n := countRows(t, db, "article_versions"); n != total {
		t.Errorf("after re-run: %d versions, want %d", n, total)
	}
	conn, err := sql.Open("sqlite", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var check string
	if err := conn.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v", check, err)
	}
	var orphans int
	conn.QueryRow(`SELECT count(*) FROM captures WHERE article_id IS NULL AND error = ''`).Scan(&orphans)
	if orphans != 0 {
		t.Errorf("%d captures without article or error", orphans)
	}
}

func countRows(t *testing.T, db, table string) int {
	t.Helper()
	conn, err := sql.Open("sqlite", "file:"+db+"?_pragma=busy_timeout(5000)&mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		return 0 // the file may not have its tables yet
	}
	return n
}

func TestOutletsAndMappings(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"ECHOTRACE_DB": filepath.Join(dir, "c.db")}
	os.WriteFile(filepath.Join(dir, "in.jsonl"), []byte(`{"url":"https://www.mirror.example/a","text":"One."}
{"url":"https://eu.mirror.example/b","text":"Two."}
{"url":"https://coastherald.example/c","text":"Three."}
`), 0o644)
	if code, _, stderr := run(t, env, "", "import", dir); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	outlets := func() map[string]int {
		code, stdout, stderr := run(t, env, "", "outlets", "--json")
		if code != 0 {
			t.Fatalf("outlets: %s", stderr)
		}
		var rs []outletReport
		if err := json.Unmarshal([]byte(stdout), &rs); err != nil {
			t.Fatal(err)
		}
		m := map[string]int{}
		for _, r := range rs {
			if r.Articles > 0 {
				m[r.Domain] = r.Articles
			}
		}
		return m
	}
	if got := outlets(); got["mirror.example"] != 2 || got["coastherald.example"] != 1 {
		t.Errorf("outlets = %v", got)
	}
	if code, _, stderr := run(t, env, "", "outlets", "map", "mirror.example", "coastherald.example"); code != 0 || !strings.Contains(stderr, "2 stored articles moved") {
		t.Errorf("map: exit %d %s", code, stderr)
	}
	if code, _, _ := run(t, env, "", "outlets", "map", "eu.mirror.example", "mirror-eu.example"); code != 0 {
		t.Errorf("map subdomain: exit %d", code)
	}
	if got := outlets(); got["coastherald.example"] != 2 || got["mirror-eu.example"] != 1 {
		t.Errorf("after mapping: %v", got)
	}
	if code, _, _ := run(t, env, "", "outlets", "unmap", "mirror.example"); code != 0 {
		t.Errorf("unmap: exit %d", code)
	}
	if got := outlets(); got["mirror.example"] != 1 || got["mirror-eu.example"] != 1 || got["coastherald.example"] != 1 {
		t.Errorf("after unmapping the parent, the subdomain mapping must still hold: %v", got)
	}
	if code, stdout, _ := run(t, env, "", "outlets", "mappings"); code != 0 || !strings.Contains(stdout, "eu.mirror.example → mirror-eu.example") {
		t.Errorf("mappings: %s", stdout)
	}
	if code, _, stderr := run(t, env, "", "outlets", "unmap", "nothing.example"); code != 1 || !strings.Contains(stderr, "not found") {
		t.Errorf("unmap of an unknown host: exit %d %s", code, stderr)
	}
	if code, stdout, _ := run(t, env, "", "outlets", "www.coastherald.example", "--json"); code != 0 || !strings.Contains(stdout, `"domain": "coastherald.example"`) {
		t.Errorf("one outlet: exit %d %s", code, stdout)
	}
}

func TestDemoLoadsTheCorpusOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	code, stdout, stderr := run(t, nil, "", "demo", "--no-serve", "--db", db)
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "37 articles from 12 outlets") || !strings.Contains(stdout, "harbourgazette.example") {
		t.Errorf("demo output:\n%s", stdout)
	}
	if !strings.Contains(stderr, ", 0 skipped") || strings.Contains(stderr, "skip ") {
		t.Errorf("demo skipped pages:\n%s", stderr)
	}
	code, stdout, stderr = run(t, nil, "", "demo", "--no-serve", "--db", db)
	if code != 0 || !strings.Contains(stdout, "37 articles from 12 outlets") || !strings.Contains(stderr, "37 already stored") {
		t.Errorf("second demo: exit %d\n%s\n%s", code, stdout, stderr)
	}
}

const wire = `The harbour bridge reopened on Thursday after eight months of repairs, the city said.
Engineers replaced forty cable anchors and resurfaced the deck, at a cost of 12 million euros.
Traffic was light in the morning but the mayor, Elena Varga, expects queues by the weekend, when the ferry timetable changes.
“We have waited long enough,” said Tomas Brenner, who runs a bakery by the western ramp.
The council will review the toll plan in May, and the opposition wants the bridge free for residents of Kyiv Street.`

func TestCompareCommand(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(wire), 0o644)
	changed := strings.Replace(strings.Replace(wire, "12 million", "15 million", 1), "Kyiv Street", "Kiev Street", 1)
	changed += "\nThe repairs were forced on the city by years of neglect under the previous mayor."
	os.WriteFile(b, []byte(changed), 0o644)
	code, stdout, stderr := run(t, nil, "", "compare", "--json", a, b)
	if code != 0 {
		t.Fatalf("compare: exit %d: %s", code, stderr)
	}
	var res struct {
		Relation string
		Score    float64
		Coverage struct{ A, B float64 }
		Passages []struct {
			A, B [2]int
			Kind string
		}
		Changes []struct {
			Kind         string
			A, B         [2]int
			AText, BText string `json:"-"`
			A_text       string `json:"a_text"`
			B_text       string `json:"b_text"`
		}
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if res.Relation != "duplicate" && res.Relation != "copy" {
		t.Errorf("relation = %s", res.Relation)
	}
	kinds := map[string]string{}
	ra, rb := []rune(wire), []rune(changed)
	for _, c := range res.Changes {
		kinds[c.Kind] = c.A_text + "→" + c.B_text
		// Spans are code points, as Python indexes strings.
		if got := string(ra[c.A[0]:c.A[1]]); got != c.A_text {
			t.Errorf("%s change: A span %v is %q, a_text %q", c.Kind, c.A, got, c.A_text)
		}
		if got := string(rb[c.B[0]:c.B[1]]); got != c.B_text {
			t.Errorf("%s change: B span %v is %q, b_text %q", c.Kind, c.B, got, c.B_text)
		}
	}
	if kinds["number"] != "12→15" || kinds["alias"] != "Kyiv→Kiev" || !strings.HasPrefix(kinds["insert"], "→The repairs were forced") {
		t.Errorf("changes = %v", kinds)
	}
	if code, stdout, _ := run(t, nil, "", "compare", a, b); code != 0 || !strings.Contains(stdout, "relation: ") {
		t.Errorf("compare text output: %s", stdout)
	}
	if code, _, _ := run(t, nil, "", "compare", a); code != 2 {
		t.Errorf("compare with one file: exit %d, want 2", code)
	}
}

func TestImportRelatesAndReindexRebuilds(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	env := map[string]string{"ECHOTRACE_DB": db}
	first := fmt.Sprintf(`{"url":"https://one.example/bridge","text":%q,"published":"2026-05-02T08:00:00Z"}`, wire)
	copyText := strings.Replace(wire, "Kyiv Street", "Kiev Street", 1)
	second := fmt.Sprintf(`{"url":"https://two.example/bridge-copy","text":%q,"published":"2026-05-02T10:00:00Z"}`, copyText)
	other := `{"url":"https://three.example/weather","text":"Fog will lift by noon over the northern hills, forecasters said, with sunshine expected for the rest of the week."}`
	os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(first+"\n"+other+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(second+"\n"), 0o644)
	if code, _, stderr := run(t, env, "", "import", filepath.Join(dir, "a.jsonl")); code != 0 {
		t.Fatalf("import a: %s", stderr)
	}
	code, _, stderr := run(t, env, "", "import", filepath.Join(dir, "b.jsonl"))
	if code != 0 || !strings.Contains(stderr, "1 relations found (1 duplicate)") {
		t.Fatalf("import b: exit %d\n%s", code, stderr)
	}
	code, stdout, _ := run(t, env, "", "status", "--json")
	var st statusReport
	json.Unmarshal([]byte(stdout), &st)
	if code != 0 || st.Counts.Indexed != 3 || st.Counts.Relations != 1 {
		t.Errorf("status after import: %+v", st.Counts)
	}
	// Adding an alias group and reindexing keeps the relation and records
	// the new table.
	if code, _, stderr := run(t, env, "", "aliases", "add", "Varga", "Warga"); code != 0 || !strings.Contains(stderr, "reindex") {
		t.Errorf("aliases add: exit %d %s", code, stderr)
	}
	code, _, stderr = run(t, env, "", "reindex")
	if code != 0 || !strings.Contains(stderr, "3 articles related") || !strings.Contains(stderr, "1 relations") {
		t.Errorf("reindex: exit %d\n%s", code, stderr)
	}
	if code, stdout, _ := run(t, env, "", "aliases"); code != 0 || !strings.Contains(stdout, "varga = warga") || !strings.Contains(stdout, "kiev = kijev = kyiv = kyyiv") {
		t.Errorf("aliases list: %s", stdout)
	}
}
