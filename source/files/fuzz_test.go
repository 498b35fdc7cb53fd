package files

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzParseJSONL: any line either parses into a record that satisfies the
// contract's required fields, or fails with an error; it never panics.
func FuzzParseJSONL(f *testing.F) {
	for _, s := range []string{
		`{"url":"https://a.example/1","text":"One."}`,
		`{"url":"https://a.example/1","html":"<p>x</p>","published":"2026-03-14T07:30:00Z","lang":"en","outlet":"a.example"}`,
		`{"url":"","text":"x"}`, `{"url":null}`, `[]`, `{"url":"x","text":"y"} 1`, `{"published":"2026-02-30"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		r, err := ParseJSONL(line)
		if err != nil {
			if r != nil {
				t.Fatal("record and error both returned")
			}
			return
		}
		if strings.TrimSpace(r.URL) == "" || (strings.TrimSpace(r.Text) == "" && strings.TrimSpace(r.HTML) == "") {
			t.Fatalf("accepted a record without its required fields: %+v", r)
		}
		if !r.Published.IsZero() && r.Published.Location().String() != "UTC" {
			t.Fatalf("published not in UTC: %v", r.Published)
		}
	})
}

// FuzzReadJSONL: whatever the bytes of a file, reading emits records in line
// order and stops only at its end.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte("{\"url\":\"https://a.example/1\",\"text\":\"One.\"}\n{bad\n\n"))
	f.Add([]byte("\xef\xbb\xbf{\"url\":\"u\",\"text\":\"t\"}"))
	f.Add([]byte(strings.Repeat("x", 300) + "\n{\"url\":\"u\",\"text\":\"t\"}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{"f.jsonl": {Data: data}}
		var n int
		err := Read(context.Background(), []Input{{FS: fsys, Path: "f.jsonl", Display: "f.jsonl"}},
			Options{MaxPageBytes: 1 << 20, MaxLineBytes: 256}, func(r Record) error {
				n++
				if (r.Err == nil) == (r.JSONL == nil) {
					t.Fatalf("record %s: error %v with JSONL %v", r.Ref, r.Err, r.JSONL)
				}
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		if lines := strings.Count(string(data), "\n") + 1; n > lines {
			t.Fatalf("%d records from %d lines", n, lines)
		}
	})
}
