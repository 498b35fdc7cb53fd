package web_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/echotrace/echotrace/app"
)

// The demo corpus is imported and related once per test binary (a few
// seconds); each test gets its own copy of the database file, so that tests
// that write do not disturb the others.
var (
	demoOnce sync.Once
	demoPath string
	demoErr  string
	demoDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if demoDir != "" {
		os.RemoveAll(demoDir)
	}
	os.Exit(code)
}

// demoDB returns the path of a fresh copy of a database holding the demo
// corpus.
func demoDB(t *testing.T) string {
	t.Helper()
	demoOnce.Do(func() {
		dir, err := os.MkdirTemp("", "echotrace-web-demo")
		if err != nil {
			demoErr = err.Error()
			return
		}
		demoDir = dir
		demoPath = filepath.Join(dir, "demo.db")
		var out, errOut bytes.Buffer
		getenv := func(string) string { return "" }
		if code := app.Main(context.Background(), []string{"demo", "--no-serve", "--db", demoPath}, strings.NewReader(""), &out, &errOut, getenv); code != 0 {
			demoErr = "echotrace demo: " + errOut.String()
		}
	})
	if demoErr != "" {
		t.Fatal(demoErr)
	}
	dst := filepath.Join(t.TempDir(), "demo.db")
	copyFile(t, demoPath, dst)
	return dst
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
