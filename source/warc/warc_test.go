package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc"
)

var day = time.Date(2026, 3, 14, 7, 30, 0, 0, time.UTC)

const html = `<html><head><title>Tide tables</title></head><body><p>High tide at noon, said the harbour master.</p></body></html>`

func htmlHeader(ct string) http.Header {
	return http.Header{"Content-Type": {ct}, "Server": {"nginx"}}
}

func chunked(b []byte) []byte {
	var out bytes.Buffer
	cw := httputil.NewChunkedWriter(&out)
	for len(b) > 0 {
		n := min(len(b), 17)
		cw.Write(b[:n])
		b = b[n:]
	}
	cw.Close()
	out.WriteString("\r\n")
	return out.Bytes()
}

func gzipped(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

// mixed is an archive with every kind of record a crawl holds.
func mixed(t testing.TB, compress bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf, compress)
	must := func(_ string, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(w.WriteRecord(gowarc.Warcinfo, "urn:uuid:00000000-0000-0000-0000-000000000000", "", day, "application/warc-fields", []byte("software: echotrace test\r\n")))
	must(w.WriteRecord(gowarc.Request, "urn:uuid:00000000-0000-0000-0000-000000000001", "https://a.example/1", day, "application/http; msgtype=request", []byte("GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n")))
	must(w.WriteResponse(Response{RecordID: "urn:uuid:00000000-0000-0000-0000-000000000002", URI: "https://a.example/1", Date: day,
		Header: htmlHeader("text/html; charset=windows-1252"), Body: []byte(html)}))
	must(w.WriteResponse(Response{RecordID: "urn:uuid:00000000-0000-0000-0000-000000000003", URI: "https://a.example/2", Date: day.Add(time.Minute),
		Header: http.Header{"Content-Type": {"text/html"}, "Transfer-Encoding": {"chunked"}, "Content-Encoding": {"gzip"}},
		Body:   chunked(gzipped([]byte(html)))}))
	must(w.WriteResponse(Response{RecordID: "urn:uuid:00000000-0000-0000-0000-000000000004", URI: "https://a.example/report.pdf", Date: day,
		Header: htmlHeader("application/pdf"), Body: []byte("%PDF-1.4")}))
	must(w.WriteResponse(Response{RecordID: "urn:uuid:00000000-0000-0000-0000-000000000005", URI: "https://a.example/gone", Date: day, Status: 404,
		Header: htmlHeader("text/html"), Body: []byte(html)}))
	must(w.WriteRecord(gowarc.Metadata, "urn:uuid:00000000-0000-0000-0000-000000000006", "https://a.example/1", day, "application/warc-fields", []byte("fetchTimeMs: 12\r\n")))
	must(w.WriteResponse(Response{RecordID: "urn:uuid:00000000-0000-0000-0000-000000000007", URI: "https://a.example/big", Date: day,
		Header: htmlHeader("text/html"), Body: bytes.Repeat([]byte("<p>x</p>"), 200)}))
	must(w.WriteResponse(Response{RecordID: "urn:uuid:00000000-0000-0000-0000-000000000008", URI: "https://a.example/br", Date: day,
		Header: http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"br"}}, Body: []byte("\x1b\x00")}))
	must(w.WriteResponse(Response{RecordID: "urn:uuid:00000000-0000-0000-0000-000000000009", URI: "https://a.example/3", Date: day.Add(2 * time.Minute),
		Header: htmlHeader("application/xhtml+xml"), Body: []byte(html)}))
	return buf.Bytes()
}

type result struct {
	pages []*Page
	errs  []*RecordError
	stats Stats
}

func readAll(t testing.TB, b []byte, opts Options) result {
	t.Helper()
	r, err := NewReader(bytes.NewReader(b), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var res result
	for {
		p, err := r.Next()
		if err == io.EOF {
			break
		}
		var re *RecordError
		switch {
		case errors.As(err, &re):
			res.errs = append(res.errs, re)
			continue
		case err != nil:
			t.Fatalf("Next: %v", err)
		}
		cp := *p
		cp.Body = bytes.Clone(p.Body)
		res.pages = append(res.pages, &cp)
	}
	res.stats = r.Stats()
	return res
}

func TestReadKeepsHTMLResponsesOnly(t *testing.T) {
	for _, compress := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", compress), func(t *testing.T) {
			res := readAll(t, mixed(t, compress), Options{MaxBodyBytes: 1000})
			var got []string
			for _, p := range res.pages {
				got = append(got, fmt.Sprintf("%s %s %s %d %q", p.RecordID, p.URI, p.Date.Format(time.RFC3339), p.Status, p.ContentType))
				if string(p.Body) != html {
					t.Errorf("%s: body %q", p.URI, p.Body)
				}
				if p.Header.Get("Content-Encoding") != "" || p.Header.Get("Transfer-Encoding") != "" {
					t.Errorf("%s: header still describes the coded body: %v", p.URI, p.Header)
				}
			}
			want := []string{
				`urn:uuid:00000000-0000-0000-0000-000000000002 https://a.example/1 2026-03-14T07:30:00Z 200 "text/html; charset=windows-1252"`,
				`urn:uuid:00000000-0000-0000-0000-000000000003 https://a.example/2 2026-03-14T07:31:00Z 200 "text/html"`,
				`urn:uuid:00000000-0000-0000-0000-000000000009 https://a.example/3 2026-03-14T07:32:00Z 200 "application/xhtml+xml"`,
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("pages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			var skips []string
			for _, e := range res.errs {
				skips = append(skips, strings.TrimPrefix(e.RecordID, "urn:uuid:00000000-0000-0000-0000-00000000000")+": "+e.Reason+": "+e.Error())
				if errors.Is(e, ErrCorrupt) {
					t.Errorf("%s: corrupt: %v", e.RecordID, e)
				}
				if e.Offset <= 0 && e.RecordID != "urn:uuid:00000000-0000-0000-0000-000000000000" {
					t.Errorf("%s: offset %d", e.RecordID, e.Offset)
				}
			}
			wantSkips := []string{
				"0: not a response: not a response record: warcinfo",
				"1: not a response: not a response record: request",
				"4: not HTML: not an HTML page: content type application/pdf",
				"5: HTTP status: not an HTML page: HTTP status 404",
				"6: not a response: not a response record: metadata",
				"7: too large: page is larger than the 1000 bytes limit: over the size limit",
				`8: not HTML: not an HTML page: unsupported content coding "br"`,
			}
			if strings.Join(skips, "\n") != strings.Join(wantSkips, "\n") {
				t.Errorf("skips:\n%s\nwant:\n%s", strings.Join(skips, "\n"), strings.Join(wantSkips, "\n"))
			}
			st := res.stats
			if st.Records != 10 || st.Pages != 3 || st.Ignored["warcinfo"] != 1 || st.Ignored["request"] != 1 || st.Ignored["metadata"] != 1 ||
				st.Skipped["status 404"] != 1 || st.Skipped["content type application/pdf"] != 1 || st.Skipped["too large"] != 1 || st.Skipped["content coding"] != 1 {
				t.Errorf("stats = %+v", st)
			}
		})
	}
}

func TestTruncatedArchiveKeepsTheRecordsBeforeTheCut(t *testing.T) {
	for _, compress := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", compress), func(t *testing.T) {
			full := mixed(t, compress)
			whole := readAll(t, full, Options{})
			last := whole.pages[len(whole.pages)-1]
			// Cut the archive in the middle of the last page's record.
			cut := full[:last.Offset+int64(len(full)-int(last.Offset))/2]
			res := readAll(t, cut, Options{})
			if len(res.pages) != len(whole.pages)-1 {
				t.Fatalf("read %d pages before the cut, want %d", len(res.pages), len(whole.pages)-1)
			}
			bad := res.errs[len(res.errs)-1]
			if !errors.Is(bad, ErrCorrupt) || bad.Offset != last.Offset || !strings.Contains(bad.Error(), "truncated") {
				t.Errorf("last error = %+v (%v), want the cut record at offset %d", bad, bad, last.Offset)
			}
			if bad.RecordID != "" && bad.RecordID != last.RecordID {
				// Known when the cut spares the record's header.
				t.Errorf("cut record ID = %q, want %q", bad.RecordID, last.RecordID)
			}
		})
	}
}

// TestCorruptGzipMember: a member whose deflate data is damaged stops the
// archive there, with the offset of that member, and keeps what precedes it.
func TestCorruptGzipMember(t *testing.T) {
	full := mixed(t, true)
	whole := readAll(t, full, Options{})
	second := whole.pages[1]
	bad := bytes.Clone(full)
	// Past the member's 10-byte gzip header, inside its compressed data.
	for i := second.Offset + 20; i < second.Offset+60; i++ {
		bad[i] ^= 0x5a
	}
	res := readAll(t, bad, Options{})
	if len(res.pages) != 1 || res.pages[0].RecordID != whole.pages[0].RecordID {
		t.Fatalf("pages before the damage: %d, want the first only", len(res.pages))
	}
	last := res.errs[len(res.errs)-1]
	if !errors.Is(last, ErrCorrupt) || last.Offset != second.Offset || last.Reason != "corrupt" ||
		!strings.Contains(last.Error(), "gzip member is corrupt") && !strings.Contains(last.Error(), "truncated") {
		t.Errorf("last error = %+v (%v), want a corrupt member at offset %d", last, last, second.Offset)
	}
}

func TestNotAnArchive(t *testing.T) {
	for _, in := range []string{"", "<html>not an archive</html>", "\x1f\x8bgarbage", "WARC/\n"} {
		res := readAll(t, []byte(in), Options{})
		if len(res.pages) != 0 {
			t.Errorf("%q: pages %v", in, res.pages)
		}
	}
	res := readAll(t, gzipped([]byte("plain text, not WARC")), Options{})
	if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrCorrupt) {
		t.Errorf("gzip of text: errors %v", res.errs)
	}
}

func FuzzReader(f *testing.F) {
	f.Add(mixed(f, false))
	f.Add(mixed(f, true)[:300])
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := NewReader(bytes.NewReader(b), Options{MaxBodyBytes: 1 << 16})
		if err != nil {
			return
		}
		defer r.Close()
		for i := 0; i < 1000; i++ {
			_, err := r.Next()
			if err == io.EOF {
				return
			}
			var re *RecordError
			if err != nil && !errors.As(err, &re) {
				return
			}
		}
	})
}
