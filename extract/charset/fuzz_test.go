package charset

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks that decoding never panics, always yields valid UTF-8
// and an encoding name, and is deterministic. Seeds live in
// testdata/fuzz/FuzzDecode.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=utf-8><p>caf\xc3\xa9</p>"), "")
	f.Add([]byte("<p>caf\xe9</p>"), "text/html; charset=iso-8859-1")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte("<p>x</p>"), "text/html; charset=utf-16")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		orig := bytes.Clone(body)
		text, name, err := Decode(body, contentType)
		if !bytes.Equal(body, orig) {
			t.Fatal("Decode modified its input")
		}
		if err != nil {
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 from %s decoding", name)
		}
		if name == "" {
			t.Fatal("no encoding name")
		}
		text2, name2, _ := Decode(body, contentType)
		if text2 != text || name2 != name {
			t.Fatalf("not deterministic: %s then %s", name, name2)
		}
	})
}
