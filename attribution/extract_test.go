package attribution

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// runeSlice returns the text at code points [s, e).
func runeSlice(text string, s, e int) (string, bool) {
	bs, be, ri := -1, -1, 0
	for i := range text {
		if ri == s {
			bs = i
		}
		if ri == e {
			be = i
		}
		ri++
	}
	if ri == s {
		bs = len(text)
	}
	if ri == e {
		be = len(text)
	}
	if bs < 0 || be < 0 || bs > be {
		return "", false
	}
	return text[bs:be], true
}

func checkSpans(t *testing.T, text string, got []Attribution) {
	t.Helper()
	n := utf8.RuneCountInString(text)
	for _, a := range got {
		for _, sp := range [][2]int{a.Span, a.SourceSpan, a.Sentence} {
			if sp[0] < 0 || sp[0] > sp[1] || sp[1] > n {
				t.Fatalf("span %v out of order or outside the text (%d code points): %+v", sp, n, a)
			}
		}
		if s, ok := runeSlice(text, a.SourceSpan[0], a.SourceSpan[1]); !ok || s != a.Source {
			t.Fatalf("source %q but the text at %v is %q", a.Source, a.SourceSpan, s)
		}
		if a.Via != "" {
			if s, _ := runeSlice(text, a.ViaSpan[0], a.ViaSpan[1]); s != a.Via {
				t.Fatalf("via %q but the text at %v is %q", a.Via, a.ViaSpan, s)
			}
		}
		if s, _ := runeSlice(text, a.Sentence[0], a.Sentence[1]); s != a.SentenceText {
			t.Fatalf("sentence text %q but the text at %v is %q", a.SentenceText, a.Sentence, s)
		}
		if !a.Resolved && (a.SourceSpan[0] < a.Span[0] || a.SourceSpan[1] > a.Span[1]) {
			t.Fatalf("source span %v outside the credit %v", a.SourceSpan, a.Span)
		}
		if a.Span[0] < a.Sentence[0] || a.Span[1] > a.Sentence[1] {
			t.Fatalf("credit %v outside its sentence %v", a.Span, a.Sentence)
		}
	}
}

func TestSpansAreCodePoints(t *testing.T) {
	text := "Le café est fermé. “Ça suffit,” said Zoë Brandt. Über 40 Leute, according to the ministry."
	got := Extract(text)
	checkSpans(t, text, got)
	if len(got) != 2 || got[0].Source != "Zoë Brandt" || got[1].Source != "the ministry" {
		t.Fatalf("got %+v", got)
	}
	if got[0].SourceSpan != [2]int{37, 47} {
		t.Errorf("Zoë Brandt at %v, want [37 47] (Python: text.index)", got[0].SourceSpan)
	}
}

func TestPatterns(t *testing.T) {
	for _, c := range []struct {
		text, source string
		kind         Kind
		verb, via    string
	}{
		{"The city must be abandoned, according to Kyiv insiders cited by Bild.", "Kyiv insiders", Anonymous, "according to", "Bild"},
		{"A military analyst told Bild that the line could break.", "A military analyst", Anonymous, "told", "Bild"},
		{"“We will rebuild,” said Minister Anna Holm.", "Minister Anna Holm", Person, "said", ""},
		{"The vote was delayed, the interior ministry said.", "the interior ministry", Institution, "said", ""},
		{"Source: pulse24.example", "pulse24.example", Outlet, "source", ""},
		{"Reuters cited a senior official as saying the talks had failed.", "a senior official", Anonymous, "cited", "Reuters"},
		{"The fire was first reported by the Ridgeway Times.", "the Ridgeway Times", Outlet, "reported by", ""},
		{"Mara Velden, the port's director, said the berth was ready.", "Mara Velden", Person, "said", ""},
	} {
		got := Extract(c.text)
		checkSpans(t, c.text, got)
		if len(got) != 1 {
			t.Errorf("%q: %d credits %+v", c.text, len(got), got)
			continue
		}
		g := got[0]
		if g.Source != c.source || g.Kind != c.kind || g.Verb != c.verb || g.Via != c.via {
			t.Errorf("%q:\n got %q %s %q via %q\nwant %q %s %q via %q", c.text, g.Source, g.Kind, g.Verb, g.Via, c.source, c.kind, c.verb, c.via)
		}
	}
}

func TestNotCredits(t *testing.T) {
	for _, text := range []string{
		"Everything went according to plan.",
		"The report said nothing about the cost.",
		"Residents were told to leave.",
		"The castle is said to be haunted.",
		"“Go home,” he said.",
		"The company added 200 jobs.",
		"The general told his troops to hold the line.",
		"The ministry did not say when the work would end.",
	} {
		if got := Extract(text); len(got) != 0 {
			t.Errorf("%q: want no credit, got %+v", text, got)
		}
	}
}

func TestPronounResolution(t *testing.T) {
	text := "Colin Reade chairs the users' group. “We warned them,” he said. The weather was poor. The line was shut. “Nobody listened,” he said."
	got := Extract(text)
	checkSpans(t, text, got)
	if len(got) != 1 || got[0].Source != "Colin Reade" || !got[0].Resolved {
		t.Fatalf("want one resolved credit to Colin Reade (the second \"he\" is too far), got %+v", got)
	}
}

func TestArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	got := Extract(text)
	checkSpans(t, text, got)
	var names []string
	for _, a := range got {
		names = append(names, a.Source+"/"+string(a.Kind)+"/"+a.Verb+"/"+a.Via)
	}
	for _, want := range []string{
		"documents/document/according to/Ports & Cargo Weekly",
		"Elin Sarkis/person/said/",
		"Ms Sarkis/person/told/the Coastal Herald",
		"Dana Ilves/person/said/",
		"Insiders/anonymous/said/the Tolvyn Herald",
		"Ports & Cargo Weekly/outlet/source/",
	} {
		found := false
		for _, n := range names {
			found = found || n == want
		}
		if !found {
			t.Errorf("missing %s in\n%s", want, strings.Join(names, "\n"))
		}
	}
}

// TestLargeInput runs over a million words, with and without sentence
// ends, to show that the scan stays linear. It is not timed.
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	article := string(b)
	words := len(strings.Fields(article))
	text := strings.Repeat(article+"\n", 1_000_000/words+1)
	if n := len(Extract(text)); n == 0 {
		t.Fatal("no credits in a million words of articles")
	}
	// One endless sentence of names, commas and speech verbs: the worst
	// case for the backward subject search.
	unit := "Officials at the Port Authority of Holvanka, who said, told Bild, according to Anna Holm cited by "
	text = strings.Repeat(unit, 1_000_000/len(strings.Fields(unit))+1)
	Extract(text)
	text = strings.Repeat("Anna ", 1_000_000)
	Extract(text)
	// A run of periods in non-ASCII text, found by the fuzzer: quadratic in
	// tokenize.Sentences, which is why the package splits sentences itself.
	Extract("é" + strings.Repeat(".", 1_000_000) + "é")
	Extract(strings.Repeat("Mr. ", 1_000_000))
}

func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "According to", "according to Bild.", "“Yes,” said Anna Holm, the mayor.",
		"Insiders cited by Bild said, citing", "Source: ", "Source: a, b, and", "\xff\xfe said Bild",
		"A, B, C said", "told told told to", "Mr. said he she said", "東京で会議。said",
		"\x10\xf6" + strings.Repeat(".", 3000) + "\xf6",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, Extract(s))
	})
}

// TestLargeDiff compares two long texts with thousands of credits each;
// it must finish (not timed).
func TestLargeDiff(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(string(b)+"\n", 50)
	copyText := strings.ReplaceAll(text, "cited by the Tolvyn Herald", "")
	ds := DiffTexts(text, copyText)
	changed := 0
	for _, d := range ds {
		if d.Op == Changed {
			changed++
		}
	}
	if changed != 50 {
		t.Errorf("%d changed credits, want 50 (one per copy of the article)", changed)
	}
}
