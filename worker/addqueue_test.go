package worker_test

import (
	"encoding/json"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/echotrace/echotrace/store/postgres/pgtest"
)

// TestAddQueueCommand: `add --queue --wait` enqueues, a worker process
// fetches, and add prints what became of each page as add does; add
// --queue refuses SQLite and the fetch flags that are the workers', and
// `status` shows the fetch jobs.
func TestAddQueueCommand(t *testing.T) {
	dsn := pgtest.DSN(t)
	s := newSite(t, "User-agent: *\nDisallow: /private/\n")
	urls := synthPages(t, s, 4, 9)
	runBinary(t, nil, "migrate", "--db", dsn)
	w := start(t, "worker", nil, "worker", "--db", dsn, "--concurrency", "2", "--allow-private", "--rate", "50", "--name", "fetcher")

	out := runBinary(t, nil, append([]string{"add", "--queue", "--wait", "--db", dsn}, append(urls, s.URL+"/private/x", "not a url")...)...)
	for _, want := range []string{
		"new article  " + urls[0], "new article  " + urls[3],
		"skipped      " + s.URL + "/private/x", "robots.txt",
		"skipped      not a url",
		"6 pages: 4 new articles, 0 new versions, 0 unchanged, 2 skipped, 0 failed",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("add --queue --wait output lacks %q:\n%s", want, out)
		}
	}
	out = runBinary(t, nil, "add", "--queue", "--db", dsn, urls[0])
	if !strings.Contains(out, "queued before  "+urls[0]) {
		t.Errorf("the same URL queued again:\n%s", out)
	}
	for _, args := range [][]string{
		{"add", "--queue", "--db", filepath.Join(t.TempDir(), "e.db"), urls[0]},
		{"add", "--queue", "--allow-private", "--db", dsn, urls[0]},
		{"add", "--wait", "--db", dsn, urls[0]},
	} {
		cmd := exec.Command(echotraceBinary(t), args...)
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 2 {
			t.Errorf("echotrace %s: %v, want exit 2\n%s", strings.Join(args, " "), err, out)
		}
	}
	status := runBinary(t, nil, "status", "--json", "--db", dsn)
	var st struct {
		Queue struct{ Jobs map[string]map[string]int }
	}
	if err := json.Unmarshal([]byte(status[strings.Index(status, "{"):]), &st); err != nil {
		t.Fatalf("status: %v\n%s", err, status)
	}
	if st.Queue.Jobs["fetch"]["done"] != 5 {
		t.Errorf("fetch jobs in status: %v", st.Queue.Jobs)
	}
	w.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-w.done:
		if w.exit != nil {
			t.Errorf("worker exited with %v after SIGTERM", w.exit)
		}
	case <-time.After(20 * time.Second):
		t.Error("worker did not stop within 20 s of SIGTERM")
	}
}
