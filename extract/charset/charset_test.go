package charset

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// Fictional texts long enough for statistical detection to have something
// to work with, as a real article would.
const (
	russianText = `Городской совет Северогорска вчера утвердил новый план развития
набережной. По словам председателя совета, работы начнутся весной и продлятся
два года. Жители района давно просили благоустроить берег реки, где сейчас
находятся старые склады. Проект предусматривает парк, велосипедные дорожки и
новую пристань для прогулочных катеров. Критики считают, что бюджет проекта
слишком велик для небольшого города, однако большинство депутатов поддержали
решение. Следующее заседание совета состоится в конце месяца.`

	japaneseText = `北浜市の市議会は昨日、新しい図書館の建設計画を承認した。
市長によると、工事は来年の春に始まり、二年後に完成する予定である。
新しい図書館には子ども向けの読書室や地域の歴史資料館が設けられる。
住民からは駐車場が足りないという声も上がっているが、市は近くの空き地を
活用する方針を示した。次の議会は来月の初めに開かれる。`

	koreanText = `남산시 의회는 어제 새로운 시립 도서관 건립 계획을 승인했다.
시장에 따르면 공사는 내년 봄에 시작되어 이 년 뒤에 완공될 예정이다.
새 도서관에는 어린이 열람실과 지역 역사 자료관이 들어선다. 주민들은
주차 공간이 부족하다고 지적했지만 시는 인근 공터를 활용하겠다고 밝혔다.`
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode fixture: %v", err)
	}
	return b
}

func page(head, body string) string {
	return "<!doctype html><html><head>" + head + "<title>Fixture</title></head><body><p>" + body + "</p></body></html>"
}

func TestDecode(t *testing.T) {
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	tests := []struct {
		name        string
		body        []byte
		contentType string
		wantEnc     string
		wantText    string // a substring the decoded text must contain
	}{
		{
			name:     "empty",
			body:     nil,
			wantEnc:  UTF8,
			wantText: "",
		},
		{
			name:     "plain ascii without label",
			body:     []byte(page("", "Council meets on Tuesday.")),
			wantEnc:  UTF8,
			wantText: "Council meets on Tuesday.",
		},
		{
			name:     "utf-8 BOM",
			body:     append([]byte{0xEF, 0xBB, 0xBF}, page("", "Café owners protest")...),
			wantEnc:  UTF8,
			wantText: "<!doctype html>",
		},
		{
			name:     "utf-16le BOM",
			body:     encode(t, utf16le, page("", "Café owners protest")),
			wantEnc:  UTF16LE,
			wantText: "Café owners protest",
		},
		{
			name:     "utf-16be BOM",
			body:     encode(t, utf16be, page("", "Café owners protest")),
			wantEnc:  UTF16BE,
			wantText: "Café owners protest",
		},
		{
			name:     "BOM beats the header",
			body:     append([]byte{0xEF, 0xBB, 0xBF}, page("", "naïve")...),
			wantEnc:  UTF8,
			wantText: "naïve",
			// The header lies; a BOM is what browsers believe.
			contentType: "text/html; charset=windows-1251",
		},
		{
			name:        "utf-16 from the header without BOM",
			body:        encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), page("", "Zürich vote")),
			contentType: "text/html; charset=utf-16le",
			wantEnc:     UTF16LE,
			wantText:    "Zürich vote",
		},
		{
			name:        "header label",
			body:        encode(t, charmap.Windows1252, page("", "Le café du marché a fermé.")),
			contentType: "text/html; charset=ISO-8859-1",
			wantEnc:     Windows1252,
			wantText:    "Le café du marché a fermé.",
		},
		{
			name:        "header label quoted",
			body:        encode(t, charmap.Windows1251, page("", russianText)),
			contentType: `text/html; charset="windows-1251"`,
			wantEnc:     "windows-1251",
			wantText:    "Городской совет Северогорска",
		},
		{
			name:     "meta charset",
			body:     encode(t, charmap.Windows1251, page(`<meta charset="windows-1251">`, russianText)),
			wantEnc:  "windows-1251",
			wantText: "набережной",
		},
		{
			name: "meta http-equiv",
			body: encode(t, charmap.KOI8R, page(
				`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`, russianText)),
			wantEnc:  "koi8-r",
			wantText: "велосипедные дорожки",
		},
		{
			name:     "meta charset after a long head",
			body:     encode(t, charmap.Windows1252, page(strings.Repeat("<script>var x = 1;</script>\n", 100)+`<meta charset="windows-1252">`, "Señor Müller")),
			wantEnc:  Windows1252,
			wantText: "Señor Müller",
		},
		{
			name:     "lying meta label on a valid utf-8 body",
			body:     []byte(page(`<meta charset="iso-8859-1">`, "Le café du marché a fermé. Überraschung in Zürich.")),
			wantEnc:  UTF8,
			wantText: "Le café du marché a fermé.",
		},
		{
			name:        "lying header label on a valid utf-8 body",
			body:        []byte(page("", "Северогорск принял бюджет.")),
			contentType: "text/html; charset=windows-1251",
			wantEnc:     UTF8,
			wantText:    "Северогорск принял бюджет.",
		},
		{
			name:        "utf-8 header on a legacy body falls through to the meta",
			body:        encode(t, charmap.Windows1251, page(`<meta charset="windows-1251">`, russianText)),
			contentType: "text/html; charset=utf-8",
			wantEnc:     "windows-1251",
			wantText:    "Городской совет",
		},
		{
			name:     "ascii body keeps its legacy label",
			body:     []byte(page(`<meta charset="windows-1252">`, "Plain words only.")),
			wantEnc:  Windows1252,
			wantText: "Plain words only.",
		},
		{
			name:     "utf-8 cut in the middle of a character",
			body:     append([]byte(page("", "Prix: 5 €")), 0xE2, 0x82),
			wantEnc:  UTF8,
			wantText: "Prix: 5 €",
		},
		{
			name:     "replacement label ignored",
			body:     []byte(page(`<meta charset="iso-2022-kr">`, "Nothing to replace here.")),
			wantEnc:  UTF8,
			wantText: "Nothing to replace here.",
		},
		{
			name:     "unknown label ignored",
			body:     []byte(page(`<meta charset="no-such-charset">`, "Grüße aus Köln")),
			wantEnc:  UTF8,
			wantText: "Grüße aus Köln",
		},
		{
			name:     "windows-1251 without label is detected",
			body:     encode(t, charmap.Windows1251, page("", russianText)),
			wantEnc:  "windows-1251",
			wantText: "Жители района давно просили",
		},
		{
			name:     "shift_jis without label is detected",
			body:     encode(t, japanese.ShiftJIS, page("", japaneseText)),
			wantEnc:  "shift_jis",
			wantText: "新しい図書館の建設計画",
		},
		{
			name:     "euc-kr without label is detected",
			body:     encode(t, korean.EUCKR, page("", koreanText)),
			wantEnc:  "euc-kr",
			wantText: "새로운 시립 도서관",
		},
		{
			name:     "legacy bytes without label or detectable language",
			body:     []byte("<p>caf\xe9</p>"),
			wantEnc:  Windows1252,
			wantText: "café",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, err := Decode(tt.body, tt.contentType)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if enc != tt.wantEnc {
				t.Errorf("encoding = %q, want %q", enc, tt.wantEnc)
			}
			if !strings.Contains(text, tt.wantText) {
				t.Errorf("text does not contain %q:\n%.300s", tt.wantText, text)
			}
			if !utf8.ValidString(text) {
				t.Errorf("text is not valid UTF-8")
			}
			if strings.HasPrefix(text, "\uFEFF") {
				t.Errorf("BOM kept in text")
			}
		})
	}
}

func TestDecodeTruncatedKeepsReplacement(t *testing.T) {
	text, _, err := Decode(append([]byte(page("", "Prix: 5 €")), 0xE2, 0x82), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(text, "\uFFFD") {
		t.Errorf("a cut character should become U+FFFD, got %q", text[len(text)-10:])
	}
}

func TestDecodeRejectsBinary(t *testing.T) {
	tests := map[string][]byte{
		"png":       []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"pdf":       []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
		"jpeg":      {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F'},
		"gzip":      {0x1F, 0x8B, 0x08, 0x00},
		"zip":       []byte("PK\x03\x04\x14\x00"),
		"webp":      []byte("RIFF\x24\x00\x00\x00WEBPVP8 "),
		"nul bytes": []byte("<html><body>\x00\x00\x00\x01\x02binary</body></html>"),
	}
	for name, body := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := Decode(body, "text/html")
			if !errors.Is(err, ErrBinary) {
				t.Errorf("err = %v, want ErrBinary", err)
			}
		})
	}
}

func TestDecodeAcceptsTextFormats(t *testing.T) {
	for _, body := range []string{
		`{"title": "Not HTML but text"}`,
		`<?xml version="1.0"?><rss><channel><title>Feed</title></channel></rss>`,
		`<svg xmlns="http://www.w3.org/2000/svg"></svg>`,
	} {
		if _, _, err := Decode([]byte(body), ""); err != nil {
			t.Errorf("Decode(%.30q): %v", body, err)
		}
	}
}

func TestLabelFromContentType(t *testing.T) {
	tests := map[string]string{
		"":                                    "",
		"text/html":                           "",
		"text/html; charset=UTF-8":            "UTF-8",
		`text/html; charset="windows-1251"`:   "windows-1251",
		"text/html;charset=euc-kr":            "euc-kr",
		"text/html; charset=utf-8; foo":       "utf-8",
		"text/html; charset=shift_jis; x=\"y": "shift_jis",
	}
	for in, want := range tests {
		if got := labelFromContentType(in); got != want {
			t.Errorf("labelFromContentType(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	body := []byte(page(`<meta charset="utf-8">`, strings.Repeat("Le café du marché a fermé. ", 4000)))
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, _, err := Decode(body, ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeDetect(b *testing.B) {
	body, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(page("", strings.Repeat(russianText, 40))))
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, _, err := Decode(body, ""); err != nil {
			b.Fatal(err)
		}
	}
}
