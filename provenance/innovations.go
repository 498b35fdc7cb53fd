package provenance

import (
	"slices"

	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/tokenize"
)

// Shared innovations decide between two equally close sources.
//
// When a child C reuses both X and Y about equally (a copy of a copy
// contains nearly all of the original too, and similarity saturates near
// 1), the pairwise scores cannot say whether C took from X or from Y. What
// can is the wording in which X and Y differ. Whatever X changed relative
// to Y (the sentence it inserted, the number or name it swapped, its own
// rewording and sentence structure) is X's innovation; the forms X dropped
// or replaced are Y's. A text carries its source's innovations unless it
// changes them again, so:
//
//   - along Y → X → C, C shares X's innovations and lacks the forms X
//     replaced;
//   - along Y → X and Y → C (siblings), C keeps Y's forms where X changed
//     them and shares X's innovations only where it happened to make the
//     same change.
//
// This is the parsimony rule of stemmatics and phylogenetics (a copy's
// source is the witness with which it shares the most innovations): it
// follows from how copying works, not from dates or any outlet's habits.
// It is asked only among candidates the other rules find equally close,
// and decides only when one side's share is clearly the larger.
//
// The unit is the word bigram: a changed word alters the two bigrams it
// is in, an inserted sentence brings its own, and a rewording that keeps a
// sentence's frame (its function words and their order) keeps many
// bigrams that another rewording of the same facts does not.

// innovationMin is how many units a side must have over the other, and
// innovationRatio by what factor, for the shared innovations to decide:
// a unit or two can coincide by chance (two copies inserting the same
// stock phrase, or changing the same word the same way).
const (
	innovationMin   = 2
	innovationRatio = 3.0
)

// wording is an article's words and word bigrams, hashed: sets sorted
// and unique (to look up), and the words sentence by sentence (to read the
// child).
type wording struct {
	words, bigrams []uint64
	sentences      [][]uint64
}

func (w *wording) hasWord(h uint64) bool {
	_, ok := slices.BinarySearch(w.words, h)
	return ok
}

func (w *wording) hasBigram(h uint64) bool {
	_, ok := slices.BinarySearch(w.bigrams, h)
	return ok
}

// bigram combines two word hashes, already well spread, into one: the
// multiplication keeps (a, b) apart from (b, a).
func bigram(a, b uint64) uint64 { return a*0x9E3779B97F4A7C15 ^ b }

// wordingOf computes an article's wording once per graph.
func (g *Graph) wordingOf(id int64) *wording {
	if w, ok := g.wordings[id]; ok {
		return w
	}
	w := &wording{}
	if a := g.Articles[id]; a != nil && a.Text != "" {
		t := tokenize.Tokens(a.Text)
		for _, s := range t.Sentences() {
			if s.Limit-s.First < 2 {
				continue
			}
			ws := make([]uint64, 0, s.Limit-s.First)
			for i := s.First; i < s.Limit; i++ {
				ws = append(ws, reuse.HashWord(t.Tokens[i].Norm))
			}
			w.sentences = append(w.sentences, ws)
			w.words = append(w.words, ws...)
			for i := 1; i < len(ws); i++ {
				w.bigrams = append(w.bigrams, bigram(ws[i-1], ws[i]))
			}
		}
		slices.Sort(w.words)
		w.words = slices.Compact(w.words)
		slices.Sort(w.bigrams)
		w.bigrams = slices.Compact(w.bigrams)
	}
	if g.wordings == nil {
		g.wordings = map[int64]*wording{}
	}
	g.wordings[id] = w
	return w
}

// reusedShare: a sentence of the child counts only when at least this
// share of its bigrams is in x or y, i.e. when it was taken over from the
// story; the child's own sentences (an excerpt's host story, a page's
// boilerplate, added background) share only common word pairs with
// either, and those coincidences are not innovations.
//
// A duplicate, copy or excerpt takes its sentences word for word (that is
// what sets it apart from a rewrite), so for them a sentence counts only
// when it is found nearly whole (verbatimShare): an excerpt's host story
// is long and written about the same kind of events, and at a lower bar
// its sentences matched the candidates' own additions by chance. A
// rewrite rewords every sentence, so it needs the lower bar.
const (
	reusedShare   = 0.4
	verbatimShare = 0.8
)

// innovations counts the innovations of x relative to y that the child's
// reused sentences carry, and the forms of y that x replaced which they
// keep. A bigram in one text and not the other is one unit, except that
// a word the other text never uses (a respelt name, a changed figure, a
// new word) is one unit however many bigrams it is in: a name spelt
// "Kiev" throughout is one choice, made once, and often the outlet's
// house style rather than anything inherited.
func (g *Graph) innovations(child, x, y int64, share float64) (forX, forY int) {
	c, wx, wy := g.wordingOf(child), g.wordingOf(x), g.wordingOf(y)
	unitsX, unitsY := map[uint64]bool{}, map[uint64]bool{}
	// unit is what a bigram found in one text only counts as.
	unit := func(a, b, bg uint64, other *wording) uint64 {
		switch {
		case !other.hasWord(a):
			return a
		case !other.hasWord(b):
			return b
		}
		return bg
	}
	for _, s := range c.sentences {
		either := 0
		var ux, uy []uint64
		for i := 1; i < len(s); i++ {
			bg := bigram(s[i-1], s[i])
			inX, inY := wx.hasBigram(bg), wy.hasBigram(bg)
			switch {
			case inX && !inY:
				ux = append(ux, unit(s[i-1], s[i], bg, wy))
			case inY && !inX:
				uy = append(uy, unit(s[i-1], s[i], bg, wx))
			}
			if inX || inY {
				either++
			}
		}
		if float64(either) >= share*float64(len(s)-1) {
			for _, u := range ux {
				unitsX[u] = true
			}
			for _, u := range uy {
				unitsY[u] = true
			}
		}
	}
	return len(unitsX), len(unitsY)
}

// sharesInnovationsOf reports whether child clearly carries more of x's
// innovations relative to y than of y's forms relative to x.
func (g *Graph) sharesInnovationsOf(child, x, y int64, relation string) bool {
	share := reusedShare
	if relation != "rewrite" {
		share = verbatimShare
	}
	forX, forY := g.innovations(child, x, y, share)
	return forX >= forY+innovationMin && float64(forX) >= innovationRatio*float64(forY)
}
