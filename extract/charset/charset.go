// Package charset turns the raw bytes of an HTML document into UTF-8 text.
//
// It decides the encoding from, in order: a byte order mark, the charset of
// the HTTP Content-Type header, a <meta> declaration near the top of the
// document, and finally a statistical detector. Declarations are checked
// against the bytes before they are trusted, because pages often lie: a page
// labelled ISO-8859-1 whose bytes are valid UTF-8 is decoded as UTF-8.
//
// The package is shared by extraction and by the fetcher. It must never read
// from the network or the file system, must never panic on any input, and
// must refuse input that is clearly not a text document rather than turn it
// into garbage text.
package charset

import (
	"bytes"
	"cmp"
	"errors"
	"mime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for input that is not a text document: an image, a
// PDF, an archive, or anything with NUL bytes near its start.
var ErrBinary = errors.New("charset: input is binary, not an HTML or text document")

const (
	// sniffLen is how much of the start of a body is checked for binary
	// content; NUL bytes are the sign, as in the WHATWG MIME sniffing rules.
	sniffLen = 1024
	// prescanLen bounds the search for a <meta> declaration. The HTML spec
	// says 1024 bytes, but many real pages put their charset after long
	// scripts and style blocks, so we look further: the declaration is
	// verified against the bytes anyway.
	prescanLen = 16 << 10
	// detectLen bounds the sample given to the statistical detector, whose
	// cost grows with input and whose verdict settles long before 64 KB.
	detectLen = 64 << 10
)

// Names returned for the encodings decided without a label.
const (
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1252 = "windows-1252"
)

// Decode returns body as UTF-8 text, with the name of the encoding it was
// decoded from (a WHATWG encoding name such as "utf-8", "windows-1251" or
// "shift_jis"). contentType is the HTTP Content-Type header value, or "".
//
// Bytes that are invalid in the chosen encoding become U+FFFD rather than an
// error, so that a page truncated in the middle of a character still
// decodes. A byte order mark is removed. Empty input decodes to "".
func Decode(body []byte, contentType string) (text string, encodingName string, err error) {
	b, name, err := DecodeBytes(body, contentType)
	return string(b), name, err
}

// DecodeBytes is Decode for callers that want bytes: when body is already
// valid UTF-8 the result shares its memory instead of copying it, so the
// caller must not modify body while using the result.
func DecodeBytes(body []byte, contentType string) (text []byte, encodingName string, err error) {
	if len(body) == 0 {
		return nil, UTF8, nil
	}

	// A BOM is the strongest signal there is: browsers let it override
	// even the HTTP header.
	switch {
	case bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}):
		return toValidUTF8(body[3:]), UTF8, nil
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), body[2:], UTF16LE)
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), body[2:], UTF16BE)
	}

	headerEnc, headerName := lookup(labelFromContentType(contentType))

	// UTF-16 without a BOM is full of NUL bytes, so it has to be decided
	// before the binary check, and only a header can announce it (a <meta>
	// saying UTF-16 is ignored by browsers, since reading it proves the
	// document is ASCII-compatible).
	if isUTF16(headerName) {
		return decodeWith(headerEnc, body, headerName)
	}
	if IsBinary(body) {
		return nil, "", ErrBinary
	}

	// A body that is demonstrably UTF-8 (multibyte sequences, no errors)
	// is UTF-8 whatever it is labelled: a legacy label on it comes from a
	// template that was never updated, and decoding it as labelled would
	// produce mojibake. Legacy encodings almost never form valid multibyte
	// UTF-8 by accident. Deciding this first also spares most pages the
	// <meta> prescan.
	utf8State := classifyUTF8(body)
	if utf8State == multibyteUTF8 {
		return toValidUTF8(body), UTF8, nil
	}

	// The header's label first, then the document's own.
	for i := range 2 {
		enc, name := headerEnc, headerName
		if i == 1 {
			enc, name = lookup(prescanMeta(body))
		}
		if enc == nil || isUTF16(name) {
			continue
		}
		if name == UTF8 {
			// A UTF-8 label on bytes that are not UTF-8 is a lie as
			// often as the reverse; let the other signals decide.
			if utf8State != notUTF8 {
				return toValidUTF8(body), UTF8, nil
			}
			continue
		}
		// On an ASCII-only body the label still matters: encodings such
		// as ISO-2022-JP are written in ASCII bytes.
		return decodeWith(enc, body, name)
	}

	if utf8State != notUTF8 {
		return toValidUTF8(body), UTF8, nil
	}
	if enc, name := detect(body); enc != nil {
		return decodeWith(enc, body, name)
	}
	enc, _ := htmlindex.Get(Windows1252)
	return decodeWith(enc, body, Windows1252)
}

// IsBinary reports whether body is clearly not a text document. It is
// meant for bodies that carry no UTF-16 byte order mark.
func IsBinary(body []byte) bool {
	head := body[:min(len(body), sniffLen)]
	for _, magic := range binaryMagic {
		if bytes.HasPrefix(head, magic) {
			return true
		}
	}
	// RIFF containers (WebP, WAV, AVI) carry their type at offset 8.
	if bytes.HasPrefix(head, []byte("RIFF")) && len(head) >= 12 {
		return true
	}
	return bytes.IndexByte(head, 0) >= 0
}

// binaryMagic lists the signatures of formats a crawler meets where it
// expected HTML. Plain text formats (JSON, XML, SVG) are deliberately absent.
var binaryMagic = [][]byte{
	[]byte("%PDF-"),
	[]byte("\x89PNG\r\n\x1a\n"),
	[]byte("GIF87a"),
	[]byte("GIF89a"),
	{0xFF, 0xD8, 0xFF},       // JPEG
	[]byte("PK\x03\x04"),     // ZIP, DOCX, EPUB
	{0x1F, 0x8B},             // gzip: a body the caller forgot to inflate
	[]byte("BZh"),            // bzip2
	{0x28, 0xB5, 0x2F, 0xFD}, // zstd
	[]byte("\x7FELF"),
	[]byte("wOFF"), []byte("wOF2"), // web fonts
	{0x00, 0x00, 0x01, 0x00}, // ICO
	[]byte("OggS"),
	[]byte("ID3"),            // MP3
	{0x1A, 0x45, 0xDF, 0xA3}, // Matroska, WebM
	[]byte("\x00asm"),
}

// labelFromContentType returns the charset parameter of a Content-Type
// header value, or "".
func labelFromContentType(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		// Headers such as "text/html; charset=utf-8; foo" with a broken
		// parameter still name their charset clearly enough.
		i := indexASCIIFold(contentType, "charset=")
		if i < 0 {
			return ""
		}
		label := contentType[i+len("charset="):]
		if j := strings.IndexAny(label, "; ,"); j >= 0 {
			label = label[:j]
		}
		return strings.Trim(label, `"'`)
	}
	return params["charset"]
}

// indexASCIIFold is strings.Index ignoring ASCII case. Lower-casing the
// whole string instead would change its length when it holds invalid
// UTF-8, and so the meaning of the index.
func indexASCIIFold(s, substr string) int {
	for i := 0; i+len(substr) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(substr)], substr) {
			return i
		}
	}
	return -1
}

// lookup maps a label to an encoding and its canonical name; unknown or
// empty labels give nil.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return nil, ""
	}
	if name == "replacement" {
		// The WHATWG maps a few dangerous labels (ISO-2022-KR, HZ) to an
		// encoding that decodes the whole page to one U+FFFD; the bytes
		// are better served by detection.
		return nil, ""
	}
	return enc, name
}

func isUTF16(name string) bool { return name == UTF16LE || name == UTF16BE }

// prescanMeta looks for a <meta charset> or <meta http-equiv=Content-Type>
// declaration in the head of the document and returns its label.
func prescanMeta(body []byte) string {
	z := html.NewTokenizer(bytes.NewReader(body[:min(len(body), prescanLen)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var charset, httpEquiv, content string
			for more := true; more; {
				var key, val []byte
				key, val, more = z.TagAttr()
				switch string(key) {
				case "charset":
					charset = string(val)
				case "http-equiv":
					httpEquiv = string(val)
				case "content":
					content = string(val)
				}
			}
			if charset != "" {
				return charset
			}
			if strings.EqualFold(strings.TrimSpace(httpEquiv), "content-type") {
				if label := labelFromContentType(content); label != "" {
					return label
				}
			}
		}
	}
}

type utf8Class int

const (
	notUTF8       utf8Class = iota
	asciiOnly               // valid UTF-8 and valid in every ASCII-compatible encoding
	multibyteUTF8           // valid UTF-8 with at least one multibyte sequence
)

// classifyUTF8 tells whether body is UTF-8. A sequence cut short at the very
// end is forgiven, because fetchers cap body sizes and so cut characters in
// half; so are rare stray bytes in a body that is otherwise plainly UTF-8,
// which come from pasted text in templates.
func classifyUTF8(body []byte) utf8Class {
	if utf8.Valid(body) {
		for _, b := range body {
			if b >= utf8.RuneSelf {
				return multibyteUTF8
			}
		}
		return asciiOnly
	}
	var multi, bad int
	for i := 0; i < len(body); {
		if body[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && size == 1 {
			if !utf8.FullRune(body[i:]) {
				break // truncated final character
			}
			bad++
		} else {
			multi++
		}
		i += size
	}
	// Legacy encodings almost never produce valid multibyte UTF-8
	// sequences by accident, so a large majority of them is decisive.
	if multi > 0 && bad*20 <= multi {
		return multibyteUTF8
	}
	return notUTF8
}

// detect guesses the encoding of a body that is not UTF-8 and carries no
// usable label.
func detect(body []byte) (encoding.Encoding, string) {
	results, err := detector.DetectAll(body[:min(len(body), detectLen)])
	if err != nil {
		return nil, ""
	}
	// The detector runs its recognisers concurrently and does not break
	// ties, so order the results ourselves to stay deterministic.
	slices.SortStableFunc(results, func(a, b chardet.Result) int {
		if c := cmp.Compare(b.Confidence, a.Confidence); c != 0 {
			return c
		}
		return cmp.Compare(a.Charset, b.Charset)
	})
	for _, r := range results {
		if r.Confidence < minConfidence {
			break
		}
		enc, name := lookup(r.Charset)
		if enc == nil || name == UTF8 || isUTF16(name) || strings.HasPrefix(name, "utf-32") {
			continue
		}
		return enc, name
	}
	return nil, ""
}

// minConfidence is the detector score below which windows-1252, the web's
// historical default, is a better bet than the detector's guess.
const minConfidence = 10

var detector = chardet.NewHtmlDetector()

func decodeWith(enc encoding.Encoding, body []byte, name string) ([]byte, string, error) {
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		// x/text decoders replace invalid input themselves; an error here
		// means a transformer gave up, so keep what is readable as UTF-8
		// rather than lose the page.
		return toValidUTF8(body), UTF8, nil
	}
	return toValidUTF8(out), name, nil
}

func toValidUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}
