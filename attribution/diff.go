package attribution

import (
	"slices"
	"strings"
	"unicode"
)

// What happened to a credit between an earlier and a later text.
const (
	Kept    = "kept"    // same claim, same source, relay and verb
	Changed = "changed" // same claim, credited differently
	Dropped = "dropped" // a credit of the earlier text the later one lacks
	Added   = "added"   // a credit of the later text the earlier one lacks
)

// Delta is one credit compared across two texts. A is nil for an added
// credit, B for a dropped one.
type Delta struct {
	Op string       `json:"op"`
	A  *Attribution `json:"a,omitempty"`
	B  *Attribution `json:"b,omitempty"`
}

// minClaim is the share of content words two sentences must have in common
// (Dice coefficient, the credit phrase left out) for their credits to be
// about the same claim.
const minClaim = 0.5

// maxPostings: a word found in more credits' sentences of the later text
// than this says nothing about which claim is which, and is not indexed.
const maxPostings = 1000

// window is how many code points on each side of a credit count as its
// claim.
const window = 1000

// DiffTexts compares the credits of an earlier text a and a later text b.
func DiffTexts(a, b string) []Delta { return Diff(Extract(a), Extract(b)) }

// Diff pairs the credits of an earlier text (a) with those of a later one
// (b) by the claim they are attached to: two credits are about the same
// claim when their sentences, without the credit phrase itself, share most
// content words. A pair with the same source and relay (compared without
// case and a leading "the") is kept; any other pair is changed, as is a
// swap between a neutral verb and a loaded one ("said" → "claimed"). The
// result lists a's credits in order, then the added ones of b in order.
func Diff(a, b []Attribution) []Delta {
	wa := make([]map[string]bool, len(a))
	wb := make([]map[string]bool, len(b))
	for i := range a {
		wa[i] = claimWords(&a[i])
	}
	for j := range b {
		wb[j] = claimWords(&b[j])
	}
	type pair struct {
		i, j  int
		score float64
	}
	// Candidates share a content word; an inverted index keeps this from
	// comparing every pair of two long texts.
	index := map[string][]int{}
	var emptyB []int
	for j := range b {
		if len(wb[j]) == 0 {
			emptyB = append(emptyB, j)
		}
		for w := range wb[j] {
			index[w] = append(index[w], j)
		}
	}
	var pairs []pair
	shared := map[int]int{}
	for i := range a {
		clear(shared)
		for w := range wa[i] {
			if len(index[w]) > maxPostings {
				continue
			}
			for _, j := range index[w] {
				shared[j]++
			}
		}
		if len(wa[i]) == 0 {
			for _, j := range emptyB {
				shared[j] = 0
			}
		}
		for j, n := range shared {
			sim := minClaim // two sentences that are only a credit: "Source: Northwire"
			if len(wa[i]) > 0 {
				sim = 2 * float64(n) / float64(len(wa[i])+len(wb[j]))
			}
			if sim < minClaim {
				continue
			}
			score := sim
			if sameName(a[i].Source, b[j].Source) {
				score += 0.2
			}
			if sameName(a[i].Via, b[j].Via) {
				score += 0.05
			}
			score += 0.1 * (1 - abs(place(&a[i])-place(&b[j])))
			pairs = append(pairs, pair{i, j, score})
		}
	}
	slices.SortFunc(pairs, func(p, q pair) int {
		switch {
		case p.score > q.score:
			return -1
		case p.score < q.score:
			return 1
		case p.i != q.i:
			return p.i - q.i
		}
		return p.j - q.j
	})
	ma := make([]int, len(a))
	mb := make([]bool, len(b))
	for i := range ma {
		ma[i] = -1
	}
	for _, p := range pairs {
		if ma[p.i] < 0 && !mb[p.j] {
			ma[p.i], mb[p.j] = p.j, true
		}
	}
	var out []Delta
	for i := range a {
		if ma[i] < 0 {
			out = append(out, Delta{Op: Dropped, A: &a[i]})
			continue
		}
		x, y := &a[i], &b[ma[i]]
		op := Kept
		if !sameName(x.Source, y.Source) || !sameName(x.Via, y.Via) || verbChanged(x.Verb, y.Verb) {
			op = Changed
		}
		out = append(out, Delta{Op: op, A: x, B: y})
	}
	for j := range b {
		if !mb[j] {
			out = append(out, Delta{Op: Added, B: &b[j]})
		}
	}
	return out
}

// claimWords are the content words of a credit's sentence outside the
// credit phrase.
func claimWords(at *Attribution) map[string]bool {
	words := map[string]bool{}
	s, e := at.Span[0]-at.Sentence[0], at.Span[1]-at.Sentence[0]
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			t := w.String()
			if !English.Stop[t] && (len(t) > 2 || isNumber(t)) {
				words[t] = true
			}
			w.Reset()
		}
	}
	// A run-on "sentence" (a text without full stops) is compared on the
	// words around the credit only, so that Diff stays linear.
	lo, hi := s-window, e+window
	k := 0
	for _, r := range at.SentenceText {
		inCredit := k >= s && k < e
		k++
		if k <= lo {
			continue
		}
		if k > hi {
			break
		}
		if inCredit || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			flush()
			continue
		}
		w.WriteRune(unicode.ToLower(r))
	}
	flush()
	return words
}

// place is where the credit starts in its sentence, from 0 to 1, to tell
// apart two credits of one sentence.
func place(at *Attribution) float64 {
	n := at.Sentence[1] - at.Sentence[0]
	if n <= 0 {
		return 0
	}
	return float64(at.Span[0]-at.Sentence[0]) / float64(n)
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// NormalizeName folds a source or relay for comparison: lower case, one
// apostrophe, single spaces, no leading "the".
func NormalizeName(s string) string {
	s = strings.Join(strings.Fields(lower(s)), " ")
	return strings.TrimPrefix(s, "the ")
}

func sameName(a, b string) bool { return NormalizeName(a) == NormalizeName(b) }

// verbChanged: the verb went from neutral to loaded or back, or between two
// loaded ones ("said" → "claimed", "alleged" → "admitted").
func verbChanged(a, b string) bool {
	la, lb := verbLemma(a), verbLemma(b)
	if la == lb {
		return false
	}
	return !neutral(la) || !neutral(lb)
}

func verbLemma(v string) string {
	if l := English.SpeechVerbs[v]; l != "" {
		return l
	}
	return v
}

func neutral(lemma string) bool {
	return English.Neutral[lemma] || strings.Contains(lemma, " ") || lemma == "source" || lemma == "disclose" || lemma == "reveal"
}
