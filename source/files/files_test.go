package files

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func gz(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

const page = `<html><head><title>Tide tables</title></head><body><p>High tide at noon.</p></body></html>`

func readAll(t *testing.T, fsys fstest.MapFS, opts Options, paths ...string) []Record {
	t.Helper()
	var inputs []Input
	for _, p := range paths {
		inputs = append(inputs, Input{FS: fsys, Path: p, Display: p, FileURL: func(p string) string { return "file:///corpus/" + p }})
	}
	var got []Record
	if err := Read(context.Background(), inputs, opts, func(r Record) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return got
}

func refs(recs []Record) (ok, bad []string) {
	for _, r := range recs {
		if r.Err != nil {
			bad = append(bad, r.Ref+": "+r.Err.Error())
		} else {
			ok = append(ok, r.Ref)
		}
	}
	return ok, bad
}

func TestReadFolder(t *testing.T) {
	good := `{"url":"https://a.example/1","text":"One."}` + "\n\n" + `{"url":"https://a.example/2","html":"<p>Two</p>","published":"2026-03-14T07:30:00+02:00"}` + "\n"
	fsys := fstest.MapFS{
		"c/a.html":              {Data: []byte(page)},
		"c/b.HTM.gz":            {Data: gz(t, page)},
		"c/sub/feed.jsonl":      {Data: []byte("\xef\xbb\xbf" + good)},
		"c/sub/feed2.ndjson.gz": {Data: gz(t, good)},
		"c/notes.txt":           {Data: []byte("ignored in folders")},
		"c/.git/x.html":         {Data: []byte(page)},
		"c/.hidden.html":        {Data: []byte(page)},
	}
	ok, bad := refs(readAll(t, fsys, DefaultOptions, "c"))
	want := []string{"c/a.html", "c/b.HTM.gz", "c/sub/feed.jsonl:1", "c/sub/feed.jsonl:3", "c/sub/feed2.ndjson.gz:1", "c/sub/feed2.ndjson.gz:3"}
	if strings.Join(ok, " ") != strings.Join(want, " ") || len(bad) != 0 {
		t.Errorf("read %v, errors %v; want %v", ok, bad, want)
	}
	recs := readAll(t, fsys, DefaultOptions, "c/sub/feed.jsonl")
	if got := recs[1].JSONL; got.URL != "https://a.example/2" || got.HTML != "<p>Two</p>" || got.Published.Hour() != 5 || got.Published.Location().String() != "UTC" {
		t.Errorf("second record = %+v", got)
	}
	if recs := readAll(t, fsys, DefaultOptions, "c/a.html"); recs[0].FileURL != "file:///corpus/c/a.html" || recs[0].Kind != KindHTML {
		t.Errorf("html record = %+v", recs[0])
	}
}

func TestBadInputNamesTheRecordAndGoesOn(t *testing.T) {
	var many strings.Builder
	for i := range 400 {
		fmt.Fprintf(&many, `{"url":"https://a.example/%d","text":"Line %d of text, with %x."}`+"\n", i, i*i, i*7919)
	}
	full := gz(t, many.String())
	lines := `{"url":"https://a.example/1","text":"fine"}
{not json
{"text":"no url"}
{"url":"https://a.example/3"}
{"url":"https://a.example/4","text":"bad date","published":"last Tuesday"}
{"url":["x"],"text":"wrong type"}
{"url":"https://a.example/5","text":"two values"} {"x":1}
` + "\xff\xfe\n" + `{"url":"https://a.example/6","text":"` + strings.Repeat("x", 300) + `"}
{"url":"https://a.example/7","text":"last and fine"}`
	fsys := fstest.MapFS{
		"in.jsonl":        {Data: []byte(lines)},
		"trunc.jsonl.gz":  {Data: full[:len(full)/2]},
		"trunc.html.gz":   {Data: gz(t, page)[:30]},
		"notgzip.html.gz": {Data: []byte(page)},
		"empty.html":      {Data: []byte("  \n")},
		"big.html":        {Data: bytes.Repeat([]byte("<p>x</p>"), 200)},
		"report.pdf":      {Data: []byte("%PDF-1.4")},
	}
	opts := Options{MaxPageBytes: 1000, MaxLineBytes: 200}
	recs := readAll(t, fsys, opts, "in.jsonl", "trunc.jsonl.gz", "trunc.html.gz", "notgzip.html.gz", "empty.html", "big.html", "report.pdf", "missing.html")
	ok, bad := refs(recs)
	wantOK := "in.jsonl:1 in.jsonl:10"
	if !strings.HasPrefix(strings.Join(ok, " "), wantOK) {
		t.Errorf("good records = %v, want %s first", ok, wantOK)
	}
	wantBad := []string{
		"in.jsonl:2: invalid JSON",
		`in.jsonl:3: missing required field "url"`,
		`in.jsonl:4: missing required field "text" or "html"`,
		`in.jsonl:5: published "last Tuesday" is not an RFC 3339 time`,
		`in.jsonl:6: invalid JSON: field "url"`,
		"in.jsonl:7: invalid JSON: more than one value",
		"in.jsonl:8: line is not valid UTF-8",
		"in.jsonl:9: line is longer than the",
		"trunc.jsonl.gz:",
		"trunc.html.gz: truncated",
		"notgzip.html.gz: not readable as gzip: gzip: invalid header",
		"empty.html: empty file",
		"big.html: page is larger than",
		"report.pdf: unsupported file type",
		"missing.html: no such file or folder",
	}
	joined := strings.Join(bad, "\n")
	for _, w := range wantBad {
		if !strings.Contains(joined, w) {
			t.Errorf("no error %q in:\n%s", w, joined)
		}
	}
	for _, r := range recs {
		if strings.HasPrefix(r.Ref, "in.jsonl:") && r.Kind != KindJSONL {
			t.Errorf("record %s (error %v) has kind %d, want KindJSONL", r.Ref, r.Err, r.Kind)
		}
	}
	// The truncated gzip's complete lines before the cut are kept.
	var fromTrunc int
	for _, r := range recs {
		if strings.HasPrefix(r.Ref, "trunc.jsonl.gz:") && r.Err == nil {
			fromTrunc++
		}
	}
	if fromTrunc < 50 {
		t.Errorf("only %d lines read from the truncated gzip before its cut", fromTrunc)
	}
	for _, r := range recs {
		if r.Err != nil && strings.Contains(r.Ref, "big.html") && !errors.Is(r.Err, ErrTooLarge) {
			t.Errorf("big page error %v is not ErrTooLarge", r.Err)
		}
	}
}

func TestReadStopsWhenAsked(t *testing.T) {
	fsys := fstest.MapFS{"a.html": {Data: []byte(page)}, "b.html": {Data: []byte(page)}}
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []Input{{FS: fsys, Path: ".", Display: "."}}, DefaultOptions, func(Record) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Read after emit error: %v, %d records", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Read(ctx, []Input{{FS: fsys, Path: ".", Display: "."}}, DefaultOptions, func(Record) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("Read with a cancelled context: %v", err)
	}
}

func TestReadRealFolder(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.html"), []byte(page), 0o644)
	in, err := OSInput(filepath.Join(dir, "a.html"))
	if err != nil {
		t.Fatal(err)
	}
	var got []Record
	Read(context.Background(), []Input{in}, DefaultOptions, func(r Record) error { got = append(got, r); return nil })
	if len(got) != 1 || got[0].Err != nil || !strings.HasPrefix(got[0].FileURL, "file:///") || !strings.HasSuffix(got[0].FileURL, "/a.html") {
		t.Errorf("got %+v", got)
	}
}
