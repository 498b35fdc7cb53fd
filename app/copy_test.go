package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/echotrace/echotrace/store/postgres/pgtest"
)

// The command end to end: the demo corpus copied to a new file (and through
// PostgreSQL when it is configured) arrives whole, and copying again adds
// nothing. The corpuscopy package tests that every record comes out equal.
func TestCopyCommand(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "demo.db")
	if code, _, stderr := run(t, nil, "", "demo", "--no-serve", "--db", src); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	status := func(db string) map[string]any {
		t.Helper()
		code, out, stderr := run(t, nil, "", "status", "--db", db, "--json")
		if code != 0 {
			t.Fatalf("status %s: exit %d: %s", db, code, stderr)
		}
		var st map[string]any
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatal(err)
		}
		return st["counts"].(map[string]any)
	}
	want := status(src)
	copyTo := func(from, to string) {
		t.Helper()
		code, out, stderr := run(t, nil, "", "copy", "--from", from, "--to", to, "--json")
		if code != 0 {
			t.Fatalf("copy %s → %s: exit %d: %s", from, to, code, stderr)
		}
		if !strings.Contains(stderr, "copy: ") {
			t.Errorf("no summary on stderr: %q", stderr)
		}
		var sum map[string]any
		if err := json.Unmarshal([]byte(out), &sum); err != nil {
			t.Fatalf("summary: %v: %q", err, out)
		}
		if sum["articles"] != want["articles"] {
			t.Errorf("copy %s → %s: %v articles, want %v", from, to, sum["articles"], want["articles"])
		}
	}
	dst := filepath.Join(dir, "copy.db")
	copyTo(src, dst)
	if got := status(dst); !mapsEqual(got, want) {
		t.Errorf("copy: %v, want %v", got, want)
	}
	copyTo(src, dst)
	if got := status(dst); !mapsEqual(got, want) {
		t.Errorf("copy again: %v, want %v", got, want)
	}
	if os.Getenv(pgtest.Variable) != "" {
		pg := pgtest.DSN(t)
		back := filepath.Join(dir, "back.db")
		copyTo(src, pg)
		copyTo(pg, back)
		if got := status(back); !mapsEqual(got, want) {
			t.Errorf("through PostgreSQL: %v, want %v", got, want)
		}
	} else {
		t.Logf("SKIPPED the PostgreSQL leg: %s is not set", pgtest.Variable)
	}
}

func TestCopyRefusals(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "demo.db")
	if code, _, stderr := run(t, nil, "", "demo", "--no-serve", "--db", src); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	for _, c := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"same file", []string{"--from", src, "--to", src}, 2, "same database"},
		{"same file by another name", []string{"--from", src, "--to", "sqlite:" + filepath.Join(dir, ".", "demo.db")}, 2, "same database"},
		{"same PostgreSQL schema", []string{"--from", "postgres://u@db.example:5432/news?search_path=a",
			"--to", "postgres://u:secret@db.example/news?search_path=a&pool_max_conns=2"}, 2, "same database"},
		{"no destination", []string{"--from", src}, 2, "--to"},
		{"missing source", []string{"--from", filepath.Join(dir, "nope.db"), "--to", filepath.Join(dir, "x.db")}, 1, "nope.db"},
	} {
		code, _, stderr := run(t, nil, "", append([]string{"copy"}, c.args...)...)
		if code != c.code || !strings.Contains(stderr, c.msg) {
			t.Errorf("%s: exit %d, %q", c.name, code, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.db")); err == nil {
		t.Error("a refused copy created its destination")
	}
}

func mapsEqual(a, b map[string]any) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
