package reuse

import (
	"math"
	"sort"

	"github.com/echotrace/echotrace/alias"
)

// Relation kinds (PRODUCT.md).
const (
	Duplicate = "duplicate"
	Copy      = "copy"
	Excerpt   = "excerpt"
	Rewrite   = "rewrite"
	Related   = "related"
	Unrelated = "unrelated"
)

// Thresholds of classification. Each is a measured choice; BENCHMARKS.md
// records the measurements behind it.
type Thresholds struct {
	// Duplicate: both sides at least this much covered by verbatim passages.
	Duplicate float64
	// Copy: the smaller side at least this much covered.
	Copy float64
	// ExcerptTokens: verbatim passages totalling at least this many tokens
	// (in passages of at least ExcerptMinPassage tokens each) make an excerpt.
	ExcerptTokens     int
	ExcerptMinPassage int
	// Rewrite: the smaller side's content weight at least this much covered
	// by verbatim and paraphrase passages together, with paraphrase adding
	// at least RewriteParaphrase of it.
	Rewrite           float64
	RewriteParaphrase float64
	// RewriteTerms: and the two texts' term similarity at least this.
	RewriteTerms float64
	// Related: name overlap, term similarity and shared names (or
	// numbers) at least these.
	RelatedNameOverlap float64
	Related            float64
	RelatedNames       int
	// RelatedDays: independent coverage of one event appears within this
	// many days of it, when both dates are known.
	RelatedDays float64
	// BoilerplateDF: a passage whose fingerprints are, at the median, in
	// this many indexed documents or more, and that is a minor part of
	// both texts, is stock text (a newsroom blurb, a background paragraph,
	// a widely quoted statement), not reuse.
	BoilerplateDF int
}

// DefaultThresholds are the measured defaults.
var DefaultThresholds = Thresholds{
	Duplicate:          0.96,
	Copy:               0.5,
	ExcerptTokens:      100,
	ExcerptMinPassage:  40,
	Rewrite:            0.45,
	RewriteParaphrase:  0.05,
	RewriteTerms:       0.3,
	RelatedNameOverlap: 0.2,
	Related:            0.15,
	RelatedNames:       8,
	RelatedDays:        14,
	BoilerplateDF:      8,
}

// Result is the comparison of two texts, shaped as the `compare` contract.
type Result struct {
	Relation string   `json:"relation"`
	Score    float64  `json:"score"`
	Coverage Coverage `json:"coverage"`
	// Passages in code points of each text.
	Passages []PassageSpan `json:"passages"`
	Changes  []Change      `json:"changes"`
	// Measures behind the relation, for people and for tuning.
	Evidence Measures `json:"measures"`
}

// Coverage is the share of each text inside aligned passages.
type Coverage struct {
	A float64 `json:"a"`
	B float64 `json:"b"`
}

// PassageSpan is a passage as the contract prints it.
type PassageSpan struct {
	A          [2]int  `json:"a"`
	B          [2]int  `json:"b"`
	Kind       string  `json:"kind"`
	Similarity float64 `json:"similarity"`
}

// Measures are the quantities the classification rules read.
type Measures struct {
	TokensA, TokensB         int
	VerbatimA, VerbatimB     float64 // token coverage by verbatim passages
	ExcerptTokens            int     // tokens of B in verbatim passages long enough to count
	LongestPassage           int
	ContentA, ContentB       float64 // content-weight coverage, verbatim + paraphrase
	ParaphraseA, ParaphraseB float64 // content-weight coverage by paraphrase alone
	TermSimilarity           float64
	SharedNames              int
	// NameOverlap is the weight of shared names and numbers over the
	// smaller text's total: how much of one story's cast the other has.
	NameOverlap float64
	// LongCoverage: tokens in passages of ExcerptMinPassage or more, over
	// the smaller text's length. Copies share long runs; rewrites keep
	// only fragments (names, short quotes) verbatim.
	LongCoverage float64
	// BoilerplateTokens were in verbatim passages set aside as stock text.
	BoilerplateTokens int
	// DaysApart between the two publication dates; -1 when one is unknown.
	DaysApart float64
}

// Comparer compares prepared documents.
type Comparer struct {
	Aliases    *alias.Table
	Weights    Weights
	Thresholds Thresholds
	// DocFreq, when set, gives the number of indexed documents holding a
	// fingerprint, to recognise stock passages.
	DocFreq func(fingerprint uint64) int
	// MeasureAll computes every measure for every pair, for tuning.
	MeasureAll bool
}

// NewComparer is a comparer with the default thresholds and weights.
func NewComparer(aliases *alias.Table) *Comparer {
	return &Comparer{Aliases: aliases, Weights: DefaultWeights{}, Thresholds: DefaultThresholds}
}

// Compare aligns and classifies a pair: a is the earlier (or source) text
// where a direction is known; the result does not depend on it otherwise.
func (c *Comparer) Compare(a, b *Doc) *Result {
	th := c.Thresholds
	verbatim := AlignVerbatim(a, b)
	m := Measures{TokensA: a.Len(), TokensB: b.Len(), DaysApart: -1}
	if !a.Published.IsZero() && !b.Published.IsZero() {
		m.DaysApart = math.Abs(b.Published.Sub(a.Published).Hours()) / 24
	}
	if c.DocFreq != nil {
		verbatim, m.BoilerplateTokens = dropBoilerplate(a, b, verbatim, c.DocFreq, th.BoilerplateDF)
	}
	if a.Len() > 0 {
		m.VerbatimA = float64(covered(verbatim, func(p Passage) Span { return p.A })) / float64(a.Len())
	}
	if b.Len() > 0 {
		m.VerbatimB = float64(covered(verbatim, func(p Passage) Span { return p.B })) / float64(b.Len())
	}
	for _, p := range verbatim {
		m.LongestPassage = max(m.LongestPassage, p.A.Len())
		if p.A.Len() >= th.ExcerptMinPassage {
			m.ExcerptTokens += p.A.Len()
		}
	}
	if small := min(a.Len(), b.Len()); small > 0 {
		m.LongCoverage = float64(m.ExcerptTokens) / float64(small)
	}
	// Sentence matching and term similarity cost the most; they are needed
	// only when the verbatim measures alone do not settle the pair.
	var para []Passage
	settled := a.Len() == 0 || b.Len() == 0 || min(m.VerbatimA, m.VerbatimB) >= th.Duplicate || m.LongCoverage >= th.Copy
	if c.MeasureAll || (!settled && (len(verbatim) > 0 || mayShareStory(a, b, c.Weights, th))) {
		// Independent reports are judged on their own words: text they share
		// verbatim (a boilerplate paragraph, a quoted statement) is left out.
		m.TermSimilarity, m.SharedNames, m.NameOverlap = termSimilarity(a, b, c.Weights, coveredSet(verbatim, a.Len(), true), coveredSet(verbatim, b.Len(), false))
		// Sentence matching only feeds the rewrite rule, which also wants
		// this much term similarity: below it, the costliest step is
		// skipped. (Outcomes stay the same but for the moment at which a
		// document's cached weights are refreshed: on 2,000 synthetic
		// articles one pair of about 2,000 changed.)
		if c.MeasureAll || m.TermSimilarity >= th.RewriteTerms {
			para = AlignParaphrase(a, b, verbatim, c.Weights)
			var spansA, spansB, paraA, paraB []Span
			for _, p := range verbatim {
				spansA, spansB = append(spansA, p.A), append(spansB, p.B)
			}
			for _, p := range para {
				spansA, spansB = append(spansA, p.A), append(spansB, p.B)
				paraA, paraB = append(paraA, p.A), append(paraB, p.B)
			}
			m.ContentA, m.ContentB = weightedCoverage(a, spansA, c.Weights), weightedCoverage(b, spansB, c.Weights)
			m.ParaphraseA, m.ParaphraseB = weightedCoverage(a, paraA, c.Weights), weightedCoverage(b, paraB, c.Weights)
		}
	}
	res := &Result{Passages: []PassageSpan{}, Changes: []Change{}, Evidence: m}
	res.Relation, res.Score = th.Classify(m)
	passages := verbatim
	switch res.Relation {
	case Unrelated:
		passages = nil
	case Rewrite:
		passages = append(append([]Passage{}, verbatim...), para...)
	}
	res.Coverage = Coverage{A: round3(m.VerbatimA), B: round3(m.VerbatimB)}
	if res.Relation == Rewrite {
		res.Coverage = Coverage{A: round3(m.ContentA), B: round3(m.ContentB)}
	}
	res.Score = round3(res.Score)
	for _, p := range passages {
		res.Passages = append(res.Passages, PassageSpan{A: charSpan(a, p.A), B: charSpan(b, p.B), Kind: p.Kind, Similarity: round3(p.Similarity)})
	}
	if res.Relation != Unrelated && res.Relation != Related {
		whole := res.Relation == Duplicate || res.Relation == Copy
		res.Changes = markAttributions(a, b, passages, whole, Changes(a, b, passages, whole, c.Aliases))
		if res.Changes == nil {
			res.Changes = []Change{}
		}
	}
	return res
}

// Classify applies the rules to a pair's measures: the first that holds
// names the relation. Each rule reads the measures of one kind of reuse,
// from the most verbatim to the least.
func (th Thresholds) Classify(m Measures) (string, float64) {
	small, smallContent, smallPara := m.TokensA, m.ContentA, m.ParaphraseA
	if m.TokensB < m.TokensA {
		small, smallContent, smallPara = m.TokensB, m.ContentB, m.ParaphraseB
	}
	switch {
	case small == 0:
		return Unrelated, 0
	case min(m.VerbatimA, m.VerbatimB) >= th.Duplicate:
		return Duplicate, min(m.VerbatimA, m.VerbatimB)
	case m.LongCoverage >= th.Copy:
		return Copy, m.LongCoverage
	case smallContent >= th.Rewrite && smallPara >= th.RewriteParaphrase && m.TermSimilarity >= th.RewriteTerms:
		return Rewrite, smallContent
	case m.ExcerptTokens >= th.ExcerptTokens:
		return Excerpt, m.LongCoverage
	case m.NameOverlap >= th.RelatedNameOverlap && m.TermSimilarity >= th.Related && m.SharedNames >= th.RelatedNames &&
		(m.DaysApart < 0 || m.DaysApart <= th.RelatedDays):
		return Related, m.TermSimilarity
	}
	return Unrelated, 0
}

// mayShareStory is a cheap first look at two texts with nothing verbatim in
// common: their whole term sets must be similar enough that a rewrite or
// independent coverage is possible.
func mayShareStory(a, b *Doc, w Weights, th Thresholds) bool {
	sim, names, _ := termSimilarity(a, b, w, nil, nil)
	return sim >= th.Related*0.75 && names >= th.RelatedNames-1
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// dropBoilerplate sets aside passages that are stock text: their
// fingerprints (on a's side) are, at the median, in at least minDF indexed
// documents, and the passage is less than half of both texts. A viral copy
// has common fingerprints too, but it is most of its text.
func dropBoilerplate(a, b *Doc, ps []Passage, df func(uint64) int, minDF int) ([]Passage, int) {
	kept := ps[:0]
	dropped := 0
	for _, p := range ps {
		var dfs []int
		for _, f := range a.Fingerprints {
			if int(f.Pos) >= p.A.Start && int(f.Pos)+K <= p.A.End {
				dfs = append(dfs, df(f.Hash))
			}
		}
		minor := p.A.Len()*2 < a.Len() && p.B.Len()*2 < b.Len()
		if len(dfs) > 0 && minor {
			sort.Ints(dfs)
			if dfs[len(dfs)/2] >= minDF {
				dropped += p.A.Len()
				continue
			}
		}
		kept = append(kept, p)
	}
	return kept, dropped
}
