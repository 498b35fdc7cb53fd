package reuse

import (
	"math"
)

// termTable is a document's distinct content words, sorted by key, so that
// two documents' vocabularies meet in one merge instead of map look-ups:
// term similarity runs for every candidate pair, most of them unrelated.
type termTable struct {
	keys  []uint64
	wts   []float64 // the word's weight, doubled for a name or number
	names []bool
	// first is a token where the term occurs, for its folded form.
	first []int32
	// ofToken maps each token to its term, -1 for a weightless one.
	ofToken []int32
}

// termTable returns the document's terms under weights w, built once per
// weight generation (tokenWeights resets it).
func (d *Doc) termTable(w Weights) *termTable {
	d.tokenWeights(w)
	names := d.nameFlags()
	if d.terms != nil {
		return d.terms
	}
	v := d.vocab
	isName := make([]bool, len(v.keys))
	for i, n := range names {
		if n {
			isName[v.ofToken[i]] = true
		}
	}
	// Words of weight zero (stopwords) are not terms.
	toTerm := make([]int32, len(v.keys))
	t := &termTable{ofToken: make([]int32, len(d.Keys))}
	for vi, k := range v.keys {
		wt := d.vocabWts[vi]
		if wt <= 0 {
			toTerm[vi] = -1
			continue
		}
		if isName[vi] {
			wt *= 2
		}
		toTerm[vi] = int32(len(t.keys))
		t.keys = append(t.keys, k)
		t.wts = append(t.wts, wt)
		t.names = append(t.names, isName[vi])
		t.first = append(t.first, v.first[vi])
	}
	for i, vi := range v.ofToken {
		t.ofToken[i] = toTerm[vi]
	}
	d.terms = t
	return t
}

// present marks the terms with an occurrence outside skip; nil skip means
// every term, returned as nil.
func (t *termTable) present(skip []bool) []bool {
	if skip == nil {
		return nil
	}
	p := make([]bool, len(t.keys))
	for i, ti := range t.ofToken {
		if ti >= 0 && !skip[i] {
			p[ti] = true
		}
	}
	return p
}

// termSimilarity compares the distinctive words two texts use: a weighted
// cosine over their sets of content words, names and numbers counting
// double, and the number of names and numbers they share. Tokens marked in
// skipA or skipB are left out (a word counts if it occurs outside them).
func termSimilarity(a, b *Doc, w Weights, skipA, skipB []bool) (sim float64, names int, nameOverlap float64) {
	ta, tb := a.termTable(w), b.termTable(w)
	pa, pb := ta.present(skipA), tb.present(skipB)
	var dot, na, nb, namesA, namesB, sharedNames float64
	i, j := 0, 0
	for i < len(ta.keys) || j < len(tb.keys) {
		var ka, kb uint64 = math.MaxUint64, math.MaxUint64
		inA, inB := i < len(ta.keys), j < len(tb.keys)
		if inA {
			ka = ta.keys[i]
		}
		if inB {
			kb = tb.keys[j]
		}
		switch {
		case inA && (!inB || ka < kb):
			if pa == nil || pa[i] {
				na += ta.wts[i] * ta.wts[i]
				if ta.names[i] {
					namesA += ta.wts[i]
				}
			}
			i++
		case inB && (!inA || kb < ka):
			if pb == nil || pb[j] {
				nb += tb.wts[j] * tb.wts[j]
				if tb.names[j] {
					namesB += tb.wts[j]
				}
			}
			j++
		default: // the same word on both sides
			okA, okB := pa == nil || pa[i], pb == nil || pb[j]
			if okA {
				na += ta.wts[i] * ta.wts[i]
				if ta.names[i] {
					namesA += ta.wts[i]
				}
			}
			if okB {
				nb += tb.wts[j] * tb.wts[j]
				if tb.names[j] {
					namesB += tb.wts[j]
				}
			}
			if okA && okB {
				dot += ta.wts[i] * tb.wts[j]
				if ta.names[i] && tb.names[j] {
					names++
					sharedNames += min(ta.wts[i], tb.wts[j])
				}
			}
			i++
			j++
		}
	}
	if na == 0 || nb == 0 {
		return 0, names, 0
	}
	if m := min(namesA, namesB); m > 0 {
		nameOverlap = sharedNames / m
	}
	return dot / math.Sqrt(na*nb), names, nameOverlap
}
