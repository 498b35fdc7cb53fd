package app

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"encoding/json"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/store/postgres/pgtest"
	"github.com/echotrace/echotrace/store/sqlite"
	"github.com/echotrace/echotrace/store/storetest"
	"github.com/echotrace/echotrace/worker"
	"time"
)

// TestDemoOnPostgresMatchesSQLite loads the demo corpus through the real
// application into PostgreSQL and into SQLite, and checks that both hold
// the same corpus: counts, every relation, every immediate source, stories.
func TestDemoOnPostgresMatchesSQLite(t *testing.T) {
	pgDSN := pgtest.DSN(t)
	if code, stdout, stderr := run(t, nil, "", "migrate", "--db", pgDSN); code != 0 ||
		!strings.Contains(stdout, fmt.Sprintf("schema at version %d", postgres.LatestVersion())) {
		t.Fatalf("migrate: exit %d\n%s\n%s", code, stdout, stderr)
	}
	sqlitePath := filepath.Join(t.TempDir(), "demo.db")
	// One extraction worker: with several, pages are stored in whatever
	// order they finish, and what relating finds depends on that order
	// (one demo import in six on SQLite alone differs from the others by
	// a related pair), so two imports would not compare whatever the
	// stores did.
	oneWorker := map[string]string{"ECHOTRACE_WORKERS": "1"}
	for _, db := range []string{pgDSN, sqlitePath} {
		if code, stdout, stderr := run(t, oneWorker, "", "demo", "--no-serve", "--db", db); code != 0 || !strings.Contains(stdout, "37 articles from 12 outlets") {
			t.Fatalf("demo into %s: exit %d\n%s\n%s", db, code, stdout, stderr)
		}
	}
	ctx := context.Background()
	pg, err := postgres.Open(ctx, pgDSN, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	lite, err := sqlite.Open(ctx, sqlitePath, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()

	want := storetest.ReadFacts(t, lite)
	t.Logf("SQLite: %+v, %d relations listed, %d sources, %d stories", want.Counts, len(want.Relations), len(want.Edges), len(want.Stories))
	storetest.CompareFacts(t, "PostgreSQL", storetest.ReadFacts(t, pg), "SQLite", want)
	// Reports name the database without its password (the local test
	// server trusts local connections, so any password will do).
	withPassword := strings.Replace(pgDSN, "://postgres@", "://postgres:s3cret@", 1)
	if withPassword == pgDSN {
		t.Logf("%s names no user postgres: the password check is left out", pgtest.Variable)
	} else if code, stdout, stderr := run(t, nil, "", "status", "--json", "--db", withPassword); code != 0 ||
		strings.Contains(stdout+stderr, "s3cret") || !strings.Contains(stdout, "xxxxx") {
		t.Errorf("status on PostgreSQL: exit %d\n%s\n%s", code, stdout, stderr)
	}
	// The same search finds the same articles.
	if code, stdout, stderr := run(t, nil, "", "search", "--db", pgDSN, "--json", "ferry"); code != 0 || !strings.Contains(stdout, `"snippet"`) {
		t.Errorf("search on PostgreSQL: exit %d\n%s\n%s", code, stdout, stderr)
	}
}

// TestServeOnPostgresBesideWorkers serves a PostgreSQL corpus with no
// worker in the process: reads answer while another process holds the
// sequencer lock (a worker relating), and an upload waits for the lock,
// then is stored and related like any other article.
func TestServeOnPostgresBesideWorkers(t *testing.T) {
	pgDSN := pgtest.DSN(t)
	if code, _, stderr := run(t, nil, "", "demo", "--no-serve", "--db", pgDSN); code != 0 {
		t.Fatalf("demo into PostgreSQL: exit %d %s", code, stderr)
	}
	env := map[string]string{"ECHOTRACE_DB": pgDSN, "ECHOTRACE_TOKEN": "quay-lamp-8"}
	srv := startServing(t, env, "serve", "--addr", "127.0.0.1:0", "--no-crawl")

	ctx := context.Background()
	lock, err := worker.TryLock(ctx, pgDSN)
	if err != nil || lock == nil {
		t.Fatalf("take the sequencer lock as a worker would: %v, %v", lock, err)
	}
	code, body := httpDo(t, "GET", srv.url+"/api/v1/stories", "", "")
	var stories struct {
		Stories []struct{ ID, Articles int64 }
	}
	if json.Unmarshal([]byte(body), &stories); code != 200 || len(stories.Stories) == 0 {
		t.Fatalf("stories while a worker holds the lock: %d %s", code, body)
	}
	if code, body := httpDo(t, "GET", srv.url+"/api/v1/articles/"+itoa(stories.Stories[0].ID)+"/trace", "", ""); code != 200 {
		t.Errorf("trace while a worker holds the lock: %d %s", code, body)
	}

	// An upload: a verbatim copy of a stored demo article under another
	// outlet's URL. It waits for the lock.
	var page struct {
		Article struct{ Title string }
		Text    string
	}
	code, body = httpDo(t, "GET", srv.url+"/api/v1/articles/"+itoa(stories.Stories[0].ID), "", "")
	if err := json.Unmarshal([]byte(body), &page); code != 200 || err != nil || page.Text == "" {
		t.Fatalf("article: %d %s", code, body)
	}
	copyPage := fmt.Sprintf(`<!doctype html><html><head><title>%s</title><link rel="canonical" href="https://quayside-relay.example/copy">
<meta property="article:published_time" content="2031-01-01T00:00:00Z"></head><body><article><h1>%s</h1><p>%s</p></article></body></html>`,
		page.Article.Title, page.Article.Title, strings.ReplaceAll(page.Text, "\n\n", "</p><p>"))
	type result struct {
		code int
		body string
	}
	uploaded := make(chan result, 1)
	go func() {
		code, body := httpDo(t, "POST", srv.url+"/api/v1/uploads?name=copy.html", "text/html", copyPage, "Authorization", "Bearer quay-lamp-8")
		uploaded <- result{code, body}
	}()
	select {
	case r := <-uploaded:
		t.Fatalf("the upload was stored while a worker held the sequencer lock: %d %s", r.code, r.body)
	case <-time.After(1500 * time.Millisecond):
	}
	lock.Unlock()
	var r result
	select {
	case r = <-uploaded:
	case <-time.After(30 * time.Second):
		t.Fatal("the upload did not finish once the lock was free")
	}
	var up struct{ Article struct{ ID int64 } }
	if err := json.Unmarshal([]byte(r.body), &up); r.code != 201 || err != nil {
		t.Fatalf("upload: %d %s", r.code, r.body)
	}
	var trace struct{ Parent *struct{ ID int64 } }
	_, body = httpDo(t, "GET", srv.url+"/api/v1/articles/"+itoa(up.Article.ID)+"/trace", "", "")
	if err := json.Unmarshal([]byte(body), &trace); err != nil || trace.Parent == nil {
		t.Errorf("the upload was not related to the article it copies: %s", body)
	}
	if code := srv.stop(); code != 0 {
		t.Errorf("serve stopped with %d: %s", code, srv.stderr.String())
	}
}

// TestStatusNamesServerSettingsThatSlowWorkers: status on PostgreSQL says
// when the server has autovacuum off, and says nothing when it is on.
func TestStatusNamesServerSettingsThatSlowWorkers(t *testing.T) {
	pgDSN := pgtest.DSN(t)
	if code, stdout, stderr := run(t, nil, "", "migrate", "--db", pgDSN); code != 0 {
		t.Fatalf("migrate: exit %d\n%s\n%s", code, stdout, stderr)
	}
	code, stdout, stderr := run(t, nil, "", "status", "--json", "--db", pgDSN)
	if code != 0 {
		t.Fatalf("status: exit %d\n%s\n%s", code, stdout, stderr)
	}
	var rep struct {
		Queue struct {
			ServerWarnings []string `json:"server_warnings"`
		} `json:"queue"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("status --json: %v\n%s", err, stdout)
	}
	db, err := postgres.Open(context.Background(), pgDSN, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var autovacuum string
	if err := db.Pool().QueryRow(context.Background(), `SHOW autovacuum`).Scan(&autovacuum); err != nil {
		t.Fatal(err)
	}
	warned := slices.ContainsFunc(rep.Queue.ServerWarnings, func(w string) bool { return strings.Contains(w, "autovacuum is off") })
	if warned != (autovacuum == "off") {
		t.Errorf("autovacuum %s on the server, status warns %q", autovacuum, rep.Queue.ServerWarnings)
	}
	code, stdout, _ = run(t, nil, "", "status", "--db", pgDSN)
	if code != 0 || strings.Contains(stdout, "warning: autovacuum") != (autovacuum == "off") {
		t.Errorf("status text with autovacuum %s: exit %d\n%s", autovacuum, code, stdout)
	}
}
