package web

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitBySpans(t *testing.T) {
	for _, c := range []struct {
		name  string
		text  string
		spans [][2]int
		want  []textPiece
	}{
		{"no spans", "Kyiv", nil, []textPiece{{Text: "Kyiv"}}},
		{"code points, not bytes", "«Київ» said", [][2]int{{1, 5}},
			[]textPiece{{Text: "«"}, {Text: "Київ", Covers: []int{0}}, {Text: "» said"}}},
		{"overlapping", "abcdef", [][2]int{{1, 4}, {2, 6}},
			[]textPiece{{Text: "a"}, {Text: "b", Covers: []int{0}}, {Text: "cd", Covers: []int{0, 1}}, {Text: "ef", Covers: []int{1}}}},
		{"nested and touching", "abcdef", [][2]int{{0, 6}, {2, 3}, {3, 4}},
			[]textPiece{{Text: "ab", Covers: []int{0}}, {Text: "c", Covers: []int{0, 1}}, {Text: "d", Covers: []int{0, 2}}, {Text: "ef", Covers: []int{0}}}},
		{"out of range and empty spans", "abc", [][2]int{{-5, 1}, {2, 99}, {2, 2}, {3, 1}},
			[]textPiece{{Text: "a", Covers: []int{0}}, {Text: "b"}, {Text: "c", Covers: []int{1}}}},
		{"empty text", "", [][2]int{{0, 3}}, nil},
	} {
		if got := splitBySpans(c.text, c.spans); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %#v, want %#v", c.name, got, c.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	runs := []textSegment{{Text: "One.\nTw"}, {Text: "o.\n\nThree", Mark: &passageMark{Class: "from-source"}}, {Text: ".\n"}}
	got := textParagraphs(runs)
	want := [][]textSegment{
		{{Text: "One."}},
		{{Text: "Tw"}, {Text: "o.", Mark: runs[1].Mark}},
		{{Text: "Three", Mark: runs[1].Mark}, {Text: "."}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v", got)
	}
}

// Whatever the spans, the pieces put back together are the text, and
// every piece is covered by exactly the spans that contain it.
func FuzzSplitBySpans(f *testing.F) {
	f.Add("Holvanka → Golvanka, €412m", 0, 8, 3, 20)
	f.Add("", 0, 0, 0, 0)
	f.Add("a\xffb", 1, 2, -1, 5)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		spans := [][2]int{{s1, e1}, {s2, e2}}
		pieces := splitBySpans(text, spans)
		var b strings.Builder
		at := 0
		for _, p := range pieces {
			b.WriteString(p.Text)
			n := utf8.RuneCountInString(p.Text)
			for i, s := range spans {
				inside := s[0] <= at && at+n <= s[1] && s[0] < s[1]
				covered := false
				for _, c := range p.Covers {
					covered = covered || c == i
				}
				if inside != covered {
					t.Fatalf("piece %q at %d: span %v inside=%v covered=%v", p.Text, at, s, inside, covered)
				}
			}
			at += n
		}
		if b.String() != text {
			t.Fatalf("pieces %q do not make the text %q", b.String(), text)
		}
	})
}
