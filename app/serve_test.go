package app

import (
	"context"
	"encoding/json"
	"github.com/echotrace/echotrace/internal/lockedbuf"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

var servingRE = regexp.MustCompile(`echotrace: serving (http://\S+)/ \(Ctrl-C to stop\)`)

// served is the real command running in this process.
type served struct {
	url         string
	stdout      *lockedbuf.Buffer
	stderr      *lockedbuf.Buffer
	stop        func() int
	stopOnce    sync.Once
	stoppedWith int
}

// startServing runs a command that serves (serve, demo) until stop, and
// waits for the URL it prints.
func startServing(t *testing.T, env map[string]string, args ...string) *served {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &served{stdout: &lockedbuf.Buffer{}, stderr: &lockedbuf.Buffer{}}
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, args, strings.NewReader(""), s.stdout, s.stderr, func(k string) string { return env[k] })
	}()
	s.stop = func() int {
		s.stopOnce.Do(func() {
			cancel()
			select {
			case s.stoppedWith = <-done:
			case <-time.After(30 * time.Second):
				t.Errorf("%v did not stop within 30s", args)
				s.stoppedWith = -1
			}
		})
		return s.stoppedWith
	}
	t.Cleanup(func() { s.stop() })
	deadline := time.After(90 * time.Second)
	for {
		if m := servingRE.FindStringSubmatch(s.stdout.String()); m != nil {
			s.url = m[1]
			return s
		}
		select {
		case code := <-done:
			done <- code
			t.Fatalf("%v exited %d before serving: %s", args, code, s.stderr.String())
		case <-deadline:
			t.Fatalf("%v printed no URL: %s", args, s.stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func httpDo(t *testing.T, method, url, contentType, body string, header ...string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServeRefusesToListenBeyondLoopbackWithoutToken(t *testing.T) {
	env := map[string]string{"ECHOTRACE_DB": filepath.Join(t.TempDir(), "s.db")}
	for _, addr := range []string{"0.0.0.0:0", ":0", "[::]:0", "192.0.2.10:8080"} {
		code, _, stderr := run(t, env, "", "serve", "--addr", addr)
		if code != 2 || !strings.Contains(stderr, "token") {
			t.Errorf("serve --addr %s without a token: exit %d %q", addr, code, stderr)
		}
	}
	if code, _, stderr := run(t, env, "", "serve", "--addr", "8080"); code != 2 || !strings.Contains(stderr, "host:port") {
		t.Errorf("serve --addr 8080: exit %d %q", code, stderr)
	}
	for host, want := range map[string]bool{"127.0.0.1": true, "localhost": true, "::1": true, "127.8.9.1": true, "": false, "0.0.0.0": false, "example.com": false} {
		if isLoopback(host) != want {
			t.Errorf("isLoopback(%q) = %v", host, !want)
		}
	}
}

// TestServe runs `echotrace serve` on a loopback port over a database with
// a followed feed: the scheduler polls it in the background, the API
// answers, changes need the token, uploads are related and recorded as
// import runs, and the server stops in order when interrupted.
func TestServe(t *testing.T) {
	n := newNewsServer(t)
	n.set("/rss", "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Tarnow Gazette</title>
<item><title>Tarn floods lower town</title><link>`+n.URL+`/region/flood</link><pubDate>Sun, 12 Apr 2026 07:40:00 +0200</pubDate></item>
</channel></rss>`)
	n.set("/region/flood", "text/html", storyPage("Tarn floods lower town", "", floodParas...))
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "serve.db")
	env := map[string]string{"ECHOTRACE_DB": dbPath, "ECHOTRACE_RATE": "1000", "ECHOTRACE_TOKEN": "tarn-levee-31"}
	if code, _, stderr := run(t, env, "", "feed", "add", "--allow-private", n.URL+"/rss"); code != 0 {
		t.Fatalf("feed add: %d %s", code, stderr)
	}

	srv := startServing(t, env, "serve", "--addr", "127.0.0.1:0", "--allow-private")
	if !strings.HasPrefix(srv.url, "http://127.0.0.1:") {
		t.Fatalf("serving at %s", srv.url)
	}
	// The scheduler polls the due feed and stores its page.
	var list struct {
		Articles []struct {
			ID  int64
			URL string
		}
	}
	deadline := time.Now().Add(30 * time.Second)
	for len(list.Articles) == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the feed's page was not stored: %s", srv.stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
		code, body := httpDo(t, "GET", srv.url+"/api/v1/articles", "", "")
		if code != 200 {
			t.Fatalf("articles: %d %s", code, body)
		}
		json.Unmarshal([]byte(body), &list)
	}
	if list.Articles[0].URL != n.URL+"/region/flood" {
		t.Errorf("stored %+v", list.Articles)
	}

	// An upload of a copy, with the token from ECHOTRACE_TOKEN.
	copyPage := strings.Replace(storyPage("Flood in Tarnow", "2026-04-12T15:00:00Z", floodParas...), "<title>", `<link rel="canonical" href="https://relay.example/flood"><title>`, 1)
	if code, body := httpDo(t, "POST", srv.url+"/api/v1/uploads?name=relay.html", "text/html", copyPage); code != 401 {
		t.Errorf("upload without the token: %d %s", code, body)
	}
	code, body := httpDo(t, "POST", srv.url+"/api/v1/uploads?name=relay.html", "text/html", copyPage, "Authorization", "Bearer tarn-levee-31")
	if code != 201 {
		t.Fatalf("upload: %d %s", code, body)
	}
	var up struct{ Article struct{ ID int64 } }
	json.Unmarshal([]byte(body), &up)
	var trace struct {
		Parent *struct{ ID int64 }
	}
	_, body = httpDo(t, "GET", srv.url+"/api/v1/articles/"+itoa(up.Article.ID)+"/trace", "", "")
	if err := json.Unmarshal([]byte(body), &trace); err != nil || trace.Parent == nil || trace.Parent.ID != list.Articles[0].ID {
		t.Errorf("the upload was not related to the page it copies: %s", body)
	}

	if code := srv.stop(); code != 0 {
		t.Errorf("serve stopped with %d: %s", code, srv.stderr.String())
	}
	if !strings.Contains(srv.stderr.String(), "echotrace: stopped") {
		t.Errorf("stderr = %q", srv.stderr.String())
	}
	// The upload is an import run that status lists.
	code, stdout, stderr := run(t, env, "", "status", "--json")
	if code != 0 {
		t.Fatalf("status: %d %s", code, stderr)
	}
	var st struct {
		Imports []struct {
			Source, State string
			Articles      int
		}
	}
	if err := json.Unmarshal([]byte(stdout), &st); err != nil || len(st.Imports) != 1 || st.Imports[0].Source != "upload: relay.html" ||
		st.Imports[0].State != "done" || st.Imports[0].Articles != 1 {
		t.Errorf("status imports = %+v (%v)", st.Imports, err)
	}
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

func TestImportIsRecordedAsARun(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"ECHOTRACE_DB": filepath.Join(dir, "i.db")}
	good := filepath.Join(dir, "flood.html")
	os.WriteFile(good, []byte(strings.Replace(storyPage("Tarn floods lower town", "2026-04-12T07:40:00Z", floodParas...), "<title>",
		`<link rel="canonical" href="https://tarnowgazette.example/flood"><title>`, 1)), 0o644)
	bad := filepath.Join(dir, "empty.html")
	os.WriteFile(bad, []byte("<html><body></body></html>"), 0o644)
	if code, _, stderr := run(t, env, "", "import", good, bad); code != 0 {
		t.Fatalf("import: %d %s", code, stderr)
	}
	code, stdout, _ := run(t, env, "", "status")
	if code != 0 || !strings.Contains(stdout, "imports (newest first)") || !strings.Contains(stdout, "done") {
		t.Errorf("status:\n%s", stdout)
	}
	_, stdout, _ = run(t, env, "", "status", "--json")
	var st struct {
		Imports []struct {
			Source, State     string
			Articles, Skipped int
			Finished          string
		}
	}
	json.Unmarshal([]byte(stdout), &st)
	if len(st.Imports) != 1 || st.Imports[0].Source != good+" "+bad || st.Imports[0].State != "done" || st.Imports[0].Articles != 1 || st.Imports[0].Skipped != 1 || st.Imports[0].Finished == "" {
		t.Errorf("import runs = %+v", st.Imports)
	}
}

func TestDemoServes(t *testing.T) {
	env := map[string]string{}
	srv := startServing(t, env, "demo", "--db", filepath.Join(t.TempDir(), "demo.db"), "--addr", "127.0.0.1:0")
	if !strings.Contains(srv.stdout.String(), "Demo corpus loaded") {
		t.Errorf("demo printed no listing before serving: %s", srv.stdout.String())
	}
	code, body := httpDo(t, "GET", srv.url+"/api/v1/stories", "", "")
	var stories struct{ Stories []struct{ Articles int } }
	if json.Unmarshal([]byte(body), &stories); code != 200 || len(stories.Stories) == 0 || stories.Stories[0].Articles < 5 {
		t.Errorf("demo stories: %d %s", code, body)
	}
	if code := srv.stop(); code != 0 {
		t.Errorf("demo stopped with %d: %s", code, srv.stderr.String())
	}
}
