package bench

import (
	"math"
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ,.;  ", nil},
		{"Hello, world! It's 2024.", []string{"Hello", "world", "It", "s", "2024"}},
		{"snake_case and 3.5%", []string{"snake_case", "and", "3", "5"}},
		{"Café naïve Zürich Ωμέγα", []string{"Café", "naïve", "Zürich", "Ωμέγα"}},
		{"Городской совет", []string{"Городской", "совет"}},
		{"北浜市の市議会は昨日、承認した。", []string{"北浜市の市議会は昨日", "承認した"}},
		// Python's \w has no combining marks: a decomposed é splits, and
		// so do Devanagari words at their vowel signs.
		{"cafe\u0301 ok", []string{"cafe", "ok"}},
		{"नमस्ते", []string{"नमस", "त"}},
		// Other numbers count, as in Python: superscripts, Roman numerals.
		{"x² Ⅻ", []string{"x²", "Ⅻ"}},
		{"tab\tnew\nline", []string{"tab", "new", "line"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		in   string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"one", map[string]int{"one": 1}},
		{"one two three", map[string]int{"one two three": 1}},
		{"a b c d", map[string]int{"a b c d": 1}},
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}},
		{"a b c d a b c d", map[string]int{"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}},
	}
	for _, tt := range tests {
		if got := shingles(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("shingles(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestScorePage(t *testing.T) {
	tests := []struct {
		name                string
		expected, extracted string
		want                PageScore
		p, r                float64
	}{
		{"identical", "a b c d e", "a b c d e", PageScore{1, 0, 0}, 1, 1},
		{"both empty", "", "", PageScore{}, 1, 1},
		{"nothing extracted", "a b c d e", "", PageScore{0, 0, 1}, 0, 0},
		{"nothing expected", "", "a b c d e", PageScore{0, 1, 0}, 0, 0},
		// Expected shingles abcd bcde cdef; extracted abcd bcde cdex dexy.
		{"partial", "a b c d e f", "a b c d e x y", PageScore{0.4, 0.4, 0.2}, 0.5, 2.0 / 3},
		{"short texts", "Breaking news", "Breaking news", PageScore{1, 0, 0}, 1, 1},
		{"short texts differ", "Breaking news", "Breaking", PageScore{0, 0.5, 0.5}, 0, 0},
		{"case kept", "A b c d", "a b c d", PageScore{0, 0.5, 0.5}, 0, 0},
		{"punctuation ignored", "Hello, world: it is.", "Hello world it is", PageScore{1, 0, 0}, 1, 1},
		{"repeats counted", "a b c d", "a b c d a b c d", PageScore{0.2, 0.8, 0}, 0.2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScorePage(tt.expected, tt.extracted)
			if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) {
				t.Errorf("ScorePage = %+v, want %+v", got, tt.want)
			}
			if !near(got.Precision(), tt.p) || !near(got.Recall(), tt.r) {
				t.Errorf("P, R = %v, %v, want %v, %v", got.Precision(), got.Recall(), tt.p, tt.r)
			}
		})
	}
}

func TestAggregate(t *testing.T) {
	pages := []PageScore{
		ScorePage("a b c d e", "a b c d e"),       // P 1, R 1
		ScorePage("a b c d e", ""),                // no precision; R 0
		ScorePage("", ""),                         // counts for neither
		ScorePage("a b c d e f", "a b c d e x y"), // P 1/2, R 2/3
	}
	f1, p, r := Aggregate(pages)
	wantP := (1 + 0.5) / 2
	wantR := (1 + 0 + 2.0/3) / 3
	if !near(p, wantP) || !near(r, wantR) {
		t.Errorf("P, R = %v, %v, want %v, %v", p, r, wantP, wantR)
	}
	if want := 2 * wantP * wantR / (wantP + wantR); !near(f1, want) {
		t.Errorf("F1 = %v, want %v", f1, want)
	}
	if f1, p, r := Aggregate(nil); f1 != 0 || p != 0 || r != 0 {
		t.Errorf("Aggregate(nil) = %v %v %v", f1, p, r)
	}
}
