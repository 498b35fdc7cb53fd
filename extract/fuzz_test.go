package extract

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/echotrace/echotrace/extract/charset"
)

// FuzzExtract checks that extraction of arbitrary bytes ends in a result or
// one of the documented errors, never a panic (which Extract would turn
// into ErrInternal), and that results keep their promises. Seeds live in
// testdata/fuzz/FuzzExtract.
func FuzzExtract(f *testing.F) {
	f.Add([]byte("<html><head><title>T</title></head><body><p>Hello</p></body></html>"), "https://a.example/2024/05/02/x")
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-05-02"}]}</script><p>x</p>`), "")
	f.Add([]byte("<p><a href='javascript:x'>a</a><a href='/b'>b</a></p>"), "http://a.example/")
	f.Fuzz(func(t *testing.T, body []byte, pageURL string) {
		start := time.Now()
		res, err := Extract(body, Options{URL: pageURL, MaxBytes: 1 << 20})
		// Inputs are at most a megabyte; anything this slow is a
		// complexity bug worth a look.
		if d := time.Since(start); d > 3*time.Second {
			t.Fatalf("took %v for %d bytes", d, len(body))
		}
		switch {
		case err == nil:
		case errors.Is(err, ErrInternal):
			t.Fatalf("internal error: %v", err)
		case errors.Is(err, ErrEmpty), errors.Is(err, ErrTooLarge), errors.Is(err, charset.ErrBinary),
			errors.Is(err, ErrNoText), errors.Is(err, ErrMalformed):
		default:
			t.Fatalf("undocumented error: %v", err)
		}
		if res == nil {
			if err == nil {
				t.Fatal("nil result without error")
			}
			return
		}
		for name, s := range map[string]string{"text": res.Text, "title": res.Title, "byline": res.Byline, "site": res.Site} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8", name)
			}
		}
		if res.Links == nil {
			t.Fatal("nil links")
		}
		for _, l := range res.Links {
			if !strings.HasPrefix(l.URL, "http://") && !strings.HasPrefix(l.URL, "https://") {
				t.Fatalf("link %q is not http(s)", l.URL)
			}
		}
		if !res.Published.IsZero() && (res.Published.Location() != time.UTC || res.PublishedSource == "") {
			t.Fatalf("published %v from %q", res.Published, res.PublishedSource)
		}
		if _, err := json.Marshal(res); err != nil {
			t.Fatalf("marshal: %v", err)
		}
	})
}
