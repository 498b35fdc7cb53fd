package bench

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// shingleSize is the length of the word n-grams the AEB metric compares.
const shingleSize = 4

// Tokens splits text into runs of word characters as Python's `\w+` does
// on str patterns: letters, numbers and the underscore. Python does not
// count combining marks (categories Mn, Mc, Me) as word characters, so
// neither do we, even though that splits words in scripts such as
// Devanagari; the point is to agree with the published figures.
func Tokens(text string) []string {
	var toks []string
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, text[start:])
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// shingles counts the 4-token shingles of text. A text of one to three
// tokens gives one shorter shingle; an empty text gives none.
func shingles(text string) map[string]int {
	toks := Tokens(text)
	out := make(map[string]int)
	if len(toks) == 0 {
		return out
	}
	n := max(1, len(toks)-shingleSize+1)
	for i := range n {
		// The separator cannot occur inside a token, so joined keys are
		// as distinct as the token tuples they stand for.
		out[strings.Join(toks[i:min(i+shingleSize, len(toks))], " ")]++
	}
	return out
}

// PageScore is one page's share of true positives, false positives and
// false negatives; the three sum to 1, or are all 0 when both texts are
// empty, so that every page weighs the same.
type PageScore struct {
	TP, FP, FN float64
}

// ScorePage compares an extracted text with the expected one.
func ScorePage(expected, extracted string) PageScore {
	want, got := shingles(expected), shingles(extracted)
	var tp, fp, fn float64
	for k, w := range want {
		g := got[k]
		tp += float64(min(w, g))
		fn += float64(max(0, w-g))
	}
	for k, g := range got {
		fp += float64(max(0, g-want[k]))
	}
	s := tp + fp + fn
	if s == 0 {
		return PageScore{}
	}
	return PageScore{tp / s, fp / s, fn / s}
}

// Precision is the page's precision as the AEB defines it, including its
// conventions for empty texts.
func (p PageScore) Precision() float64 {
	switch {
	case p.FP == 0 && p.FN == 0:
		return 1
	case p.TP == 0 && p.FP == 0:
		return 0
	}
	return p.TP / (p.TP + p.FP)
}

// Recall is the page's recall as the AEB defines it.
func (p PageScore) Recall() float64 {
	switch {
	case p.FP == 0 && p.FN == 0:
		return 1
	case p.TP == 0 && p.FN == 0:
		return 0
	}
	return p.TP / (p.TP + p.FN)
}

// Aggregate turns page scores into the benchmark's figures: precision is
// the mean over the pages where something was extracted or matched
// (tp+fp > 0), recall the mean over the pages where something was expected
// (tp+fn > 0), and F1 the harmonic mean of those two means.
func Aggregate(pages []PageScore) (f1, precision, recall float64) {
	var ps, rs float64
	var np, nr int
	for _, p := range pages {
		if p.TP+p.FP > 0 {
			ps += p.Precision()
			np++
		}
		if p.TP+p.FN > 0 {
			rs += p.Recall()
			nr++
		}
	}
	if np > 0 {
		precision = ps / float64(np)
	}
	if nr > 0 {
		recall = rs / float64(nr)
	}
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return f1, precision, recall
}
