package reuse

import (
	"sort"
)

// Span is a half-open range [Start, End) of token indexes.
type Span struct{ Start, End int }

// Len is the span's length in tokens.
func (s Span) Len() int { return s.End - s.Start }

// Segment is an exact match: A's tokens a.Start+i and B's b.Start+i have
// the same key for every i.
type Segment struct{ A, B Span }

// Passage is a stretch of A aligned with a stretch of B: one or more exact
// segments in the same order on both sides, with small gaps between them
// (edits) allowed.
type Passage struct {
	A, B     Span
	Segments []Segment
	// Kind is "verbatim" or "paraphrase".
	Kind string
	// Similarity of a paraphrase passage's sentences; 1 for verbatim ones.
	Similarity float64
}

// Alignment parameters, in tokens.
const (
	// maxGap is the largest edit (on either side) a passage bridges; a
	// longer insertion splits it in two.
	maxGap = 12
	// minPassage drops shorter passages: stock phrases ("the ministry said
	// in a statement on") recur in unrelated texts.
	minPassage = 10
	// maxRepeats: a shingle occurring this often in one text is not a seed.
	maxRepeats = 32
)

// AlignVerbatim finds the verbatim passages shared by a and b.
func AlignVerbatim(a, b *Doc) []Passage {
	if len(a.Shingles) == 0 || len(b.Shingles) == 0 {
		return nil
	}
	segs := exactSegments(a, b)
	return chainSegments(segs, a.Len(), b.Len())
}

// exactSegments finds maximal runs of matching shingles on each diagonal.
func exactSegments(a, b *Doc) []Segment {
	// Positions of each shingle of a, chained for repeats.
	first, next, repeats := a.shingleIndex()
	short := len(a.Keys) < K || len(b.Keys) < K
	// open maps a diagonal (i-j) to the run reaching the previous j.
	type run struct{ i0, j0, i1, j1 int }
	open := map[int]*run{}
	var runs []*run
	for j, h := range b.Shingles {
		p, ok := first[h]
		// A shingle repeated many times in a (a refrain, a table, a
		// spammed phrase) would make seeding quadratic; it seeds nothing.
		if !ok || repeats[h] >= maxRepeats {
			continue
		}
		for ; p >= 0; p = next[p] {
			i := int(p)
			d := i - j
			if r, ok := open[d]; ok && r.j1 == j-1 {
				r.i1, r.j1 = i, j
				continue
			}
			r := &run{i, j, i, j}
			open[d] = r
			runs = append(runs, r)
		}
	}
	segs := make([]Segment, 0, len(runs))
	for _, r := range runs {
		aEnd, bEnd := r.i1+K, r.j1+K
		if short {
			aEnd, bEnd = len(a.Keys), len(b.Keys)
		}
		segs = append(segs, Segment{A: Span{r.i0, min(aEnd, len(a.Keys))}, B: Span{r.j0, min(bEnd, len(b.Keys))}})
	}
	return segs
}

// chainLookback bounds how many earlier segments (in B's order) are
// considered as a segment's predecessor in a chain.
const chainLookback = 64

// chainSegments builds passages from exact segments: a passage is a chain
// of segments in the same order on both sides with gaps of at most maxGap
// tokens. The best chains (most tokens) are taken first, and a chain may not
// reuse tokens of a chain already taken on either side, so that a phrase
// repeated in one text is counted once. Choosing whole chains rather than
// single segments keeps a true passage, made of several segments split by
// edits, from losing to short chance matches elsewhere in a long text.
func chainSegments(segs []Segment, lenA, lenB int) []Passage {
	if len(segs) == 0 {
		return nil
	}
	sort.Slice(segs, func(x, y int) bool {
		if segs[x].B.Start != segs[y].B.Start {
			return segs[x].B.Start < segs[y].B.Start
		}
		return segs[x].A.Start < segs[y].A.Start
	})
	n := len(segs)
	score := make([]int, n)
	prev := make([]int, n)
	for i := range segs {
		score[i], prev[i] = segs[i].A.Len(), -1
		for j := i - 1; j >= 0 && j >= i-chainLookback; j-- {
			gapA, gapB := segs[i].A.Start-segs[j].A.End, segs[i].B.Start-segs[j].B.End
			if gapA < 0 || gapB < 0 || gapA > maxGap || gapB > maxGap {
				continue
			}
			if s := score[j] + segs[i].A.Len(); s > score[i] {
				score[i], prev[i] = s, j
			}
		}
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(x, y int) bool {
		if score[order[x]] != score[order[y]] {
			return score[order[x]] > score[order[y]]
		}
		return order[x] < order[y]
	})
	var usedA, usedB intervals
	taken := make([]bool, n)
	var out []Passage
	for _, end := range order {
		if taken[end] {
			continue
		}
		// Walk the chain back, stopping at a segment already taken.
		var chain []Segment
		for k := end; k >= 0 && !taken[k]; k = prev[k] {
			taken[k] = true
			chain = append(chain, segs[k])
		}
		// Drop the parts that overlap what earlier chains hold.
		var kept []Segment
		for c := len(chain) - 1; c >= 0; c-- {
			seg, ok := trimToFree(chain[c], &usedA, &usedB)
			if ok && seg.A.Len() >= 1 {
				kept = append(kept, seg)
			}
		}
		if len(kept) == 0 {
			continue
		}
		p := Passage{A: Span{kept[0].A.Start, kept[len(kept)-1].A.End}, B: Span{kept[0].B.Start, kept[len(kept)-1].B.End},
			Segments: kept, Kind: "verbatim", Similarity: 1}
		if p.A.End < p.A.Start || p.B.End < p.B.Start {
			continue
		}
		// Short passages are stock phrases, unless they are the whole of a
		// short text.
		whole := p.A.Len() == lenA || p.B.Len() == lenB
		if p.A.Len() < minPassage && p.B.Len() < minPassage && !whole {
			continue
		}
		for _, seg := range kept {
			usedA.add(seg.A)
			usedB.add(seg.B)
		}
		out = append(out, p)
	}
	sort.Slice(out, func(x, y int) bool { return out[x].B.Start < out[y].B.Start })
	return out
}

func trimToFree(s Segment, usedA, usedB *intervals) (Segment, bool) {
	best, bestLen := Segment{}, 0
	start := -1
	n := s.A.Len()
	for k := 0; k <= n; k++ {
		free := k < n && !usedA.contains(s.A.Start+k) && !usedB.contains(s.B.Start+k)
		if free && start < 0 {
			start = k
		}
		if !free && start >= 0 {
			if k-start > bestLen {
				bestLen = k - start
				best = Segment{A: Span{s.A.Start + start, s.A.Start + k}, B: Span{s.B.Start + start, s.B.Start + k}}
			}
			start = -1
		}
	}
	return best, bestLen > 0
}

// intervals is a small sorted set of disjoint spans.
type intervals []Span

func (iv *intervals) contains(x int) bool {
	s := *iv
	k := sort.Search(len(s), func(i int) bool { return s[i].End > x })
	return k < len(s) && s[k].Start <= x
}

func (iv *intervals) add(sp Span) {
	s := *iv
	k := sort.Search(len(s), func(i int) bool { return s[i].Start >= sp.Start })
	s = append(s, Span{})
	copy(s[k+1:], s[k:])
	s[k] = sp
	*iv = s
}

// covered counts the tokens of one side inside passages.
func covered(ps []Passage, side func(Passage) Span) int {
	var iv []Span
	for _, p := range ps {
		iv = append(iv, side(p))
	}
	sort.Slice(iv, func(i, j int) bool { return iv[i].Start < iv[j].Start })
	n, end := 0, -1
	for _, s := range iv {
		if s.Start > end {
			n += s.Len()
			end = s.End
		} else if s.End > end {
			n += s.End - end
			end = s.End
		}
	}
	return n
}
