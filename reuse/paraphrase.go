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
	span   Span
	words  map[string]float64 // content word → weight
	weight float64
}

func bags(d *Doc, w Weights) []sentenceBag {
	wts := d.tokenWeights(w)
	if d.bagSet != nil {
		return d.bagSet
	}
	out := make([]sentenceBag, 0, len(d.Sentences))
	for _, s := range d.Sentences {
		b := sentenceBag{span: Span{s.First, s.Limit}, words: map[string]float64{}}
		for i := s.First; i < s.Limit; i++ {
			f := d.Folded[i]
			if _, ok := b.words[f]; ok {
				continue
			}
			wt := wts[i]
			if wt <= 0 {
				continue
			}
			b.words[f] = wt
			b.weight += wt
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
	inA, inB := coveredSet(verbatim, a.Len(), true), coveredSet(verbatim, b.Len(), false)
	// Index b's sentences by word, to compare only sentences that share one.
	byWord := map[string][]int{}
	for j, s := range bb {
		if mostlyCovered(s.span, inB) {
			continue
		}
		for word := range s.words {
			byWord[word] = append(byWord[word], j)
		}
	}
	type pair struct {
		i, j int
		sim  float64
	}
	var pairs []pair
	for i, sa := range ba {
		if sa.weight == 0 || mostlyCovered(sa.span, inA) {
			continue
		}
		shared := map[int]float64{}
		count := map[int]int{}
		for word, wt := range sa.words {
			for _, j := range byWord[word] {
				shared[j] += wt
				count[j]++
			}
		}
		for j, sw := range shared {
			if count[j] < minSharedContent {
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
