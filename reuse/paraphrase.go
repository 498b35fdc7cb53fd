package reuse

import (
	"sort"
)

// Paraphrase matching parameters.
const (
	// minSentenceSim is the weighted overlap of content words above which
	// two sentences say the same thing in other words.
	minSentenceSim = 0.5
	// minSharedContent: a sentence pair must share at least this many
	// content words, so that two short sentences don't match on one name.
	minSharedContent = 3
)

type sentenceBag struct {
	span Span
	// terms are the sentence's distinct content words (indexes into the
	// document's term table) and wts their weights.
	terms  []int32
	wts    []float64
	weight float64
}

func bags(d *Doc, w Weights) []sentenceBag {
	wts := d.tokenWeights(w)
	t := d.termTable(w)
	if d.bagSet != nil {
		return d.bagSet
	}
	out := make([]sentenceBag, 0, len(d.Sentences))
	seen := make([]int32, len(t.keys)) // sentence number + 1 that last saw the term
	for si, s := range d.Sentences {
		b := sentenceBag{span: Span{s.First, s.Limit}}
		for i := s.First; i < s.Limit; i++ {
			ti := t.ofToken[i]
			if ti < 0 || seen[ti] == int32(si+1) {
				continue
			}
			seen[ti] = int32(si + 1)
			b.terms = append(b.terms, ti)
			b.wts = append(b.wts, wts[i])
			b.weight += wts[i]
		}
		out = append(out, b)
	}
	d.bagSet = out
	return out
}

// AlignParaphrase matches sentences of a and b that share most of their
// content words, one to one, best pairs first. Sentences already inside
// verbatim passages are left out.
func AlignParaphrase(a, b *Doc, verbatim []Passage, w Weights) []Passage {
	ba, bb := bags(a, w), bags(b, w)
	ta, tb := a.termTable(w), b.termTable(w)
	inA, inB := coveredSet(verbatim, a.Len(), true), coveredSet(verbatim, b.Len(), false)
	// aToB maps a's terms to b's, by one merge of the sorted keys.
	aToB := make([]int32, len(ta.keys))
	for i, j := 0, 0; i < len(ta.keys); i++ {
		for j < len(tb.keys) && tb.keys[j] < ta.keys[i] {
			j++
		}
		aToB[i] = -1
		if j < len(tb.keys) && tb.keys[j] == ta.keys[i] {
			aToB[i] = int32(j)
		}
	}
	// b's sentences by term, to compare only sentences that share one:
	// postings in one array, term ti's at start[ti]:start[ti+1].
	start := make([]int32, len(tb.keys)+1)
	for _, s := range bb {
		if mostlyCovered(s.span, inB) {
			continue
		}
		for _, ti := range s.terms {
			start[ti+1]++
		}
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	postings := make([]int32, start[len(start)-1])
	fill := append([]int32(nil), start[:len(start)-1]...)
	for j, s := range bb {
		if mostlyCovered(s.span, inB) {
			continue
		}
		for _, ti := range s.terms {
			postings[fill[ti]] = int32(j)
			fill[ti]++
		}
	}
	type pair struct {
		i, j int
		sim  float64
	}
	var pairs []pair
	shared := make([]float64, len(bb))
	count := make([]int, len(bb))
	var touched []int
	for i, sa := range ba {
		if sa.weight == 0 || mostlyCovered(sa.span, inA) {
			continue
		}
		touched = touched[:0]
		for k, ti := range sa.terms {
			tj := aToB[ti]
			if tj < 0 {
				continue
			}
			for _, j := range postings[start[tj]:start[tj+1]] {
				if count[j] == 0 {
					touched = append(touched, int(j))
				}
				shared[j] += sa.wts[k]
				count[j]++
			}
		}
		for _, j := range touched {
			sw, n := shared[j], count[j]
			shared[j], count[j] = 0, 0
			if n < minSharedContent {
				continue
			}
			// Overlap relative to the shorter sentence: a sentence split in
			// two still matches each half.
			den := min(sa.weight, bb[j].weight)
			sim := sw / den
			// Penalise very unequal sentences: the shorter may be a quote of
			// a few words inside an otherwise different sentence.
			if r := den / max(sa.weight, bb[j].weight); r < 0.5 {
				sim *= 0.5 + r
			}
			if sim >= minSentenceSim {
				pairs = append(pairs, pair{i, j, sim})
			}
		}
	}
	sort.Slice(pairs, func(x, y int) bool {
		if pairs[x].sim != pairs[y].sim {
			return pairs[x].sim > pairs[y].sim
		}
		if pairs[x].i != pairs[y].i {
			return pairs[x].i < pairs[y].i
		}
		return pairs[x].j < pairs[y].j
	})
	usedA, usedB := map[int]bool{}, map[int]bool{}
	var out []Passage
	for _, p := range pairs {
		if usedA[p.i] || usedB[p.j] {
			continue
		}
		usedA[p.i], usedB[p.j] = true, true
		out = append(out, Passage{A: ba[p.i].span, B: bb[p.j].span, Kind: "paraphrase", Similarity: min(1, p.sim)})
	}
	sort.Slice(out, func(x, y int) bool { return out[x].B.Start < out[y].B.Start })
	return out
}

func coveredSet(ps []Passage, n int, sideA bool) []bool {
	in := make([]bool, n)
	for _, p := range ps {
		sp := p.B
		if sideA {
			sp = p.A
		}
		for i := sp.Start; i < sp.End && i < n; i++ {
			in[i] = true
		}
	}
	return in
}

func mostlyCovered(sp Span, in []bool) bool {
	if sp.Len() == 0 {
		return true
	}
	c := 0
	for i := sp.Start; i < sp.End; i++ {
		if in[i] {
			c++
		}
	}
	return c*2 > sp.Len()
}

// weightedCoverage is the share of a doc's content weight inside spans.
func weightedCoverage(d *Doc, spans []Span, w Weights) float64 {
	in := make([]bool, d.Len())
	for _, s := range spans {
		for i := s.Start; i < s.End && i < len(in); i++ {
			in[i] = true
		}
	}
	var total, cov float64
	wts := d.tokenWeights(w)
	for i := range d.Folded {
		wt := wts[i]
		total += wt
		if in[i] {
			cov += wt
		}
	}
	if total == 0 {
		return 0
	}
	return cov / total
}
