package relate

import (
	"context"
	"sort"

	"github.com/echotrace/echotrace/reuse"
)

// Match is a stored article that carries (part of) a passage.
type Match struct {
	ArticleID int64
	// Coverage is the share of the passage found verbatim in the article.
	Coverage float64
	Relation string
	// Passages are the aligned spans: A in the article, B in the passage.
	Passages []reuse.PassageSpan
}

// minPassageCoverage: an article carries a passage when at least this
// share of it is found verbatim (a quote may be trimmed at either end).
const minPassageCoverage = 0.5

// FindText lists the indexed articles that carry the passage, most of it
// verbatim, in ID order. Stock text is not set aside here: whoever asks
// about a paragraph wants every outlet that ran it. A paragraph run by
// more outlets than the index keeps per fingerprint (Index.Cap) is found
// in the earliest of them.
func (r *Relater) FindText(ctx context.Context, text string) ([]Match, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	d := reuse.Prepare(-1, text, r.aliases)
	if d.Len() == 0 {
		return nil, nil
	}
	corpus, err := r.engine.Index.Corpus(ctx, d)
	if err != nil {
		return nil, err
	}
	cands, err := r.engine.Index.Candidates(ctx, reuse.EntryFor(d, corpus.Weights))
	if err != nil {
		return nil, err
	}
	docs := []*reuse.Doc{d}
	for _, c := range cands {
		other, err := r.load(ctx, c.ID)
		if err != nil {
			return nil, err
		}
		docs = append(docs, other)
	}
	if corpus, err = r.engine.Index.Corpus(ctx, docs...); err != nil {
		return nil, err
	}
	cmp := &reuse.Comparer{Aliases: r.aliases, Weights: corpus.Weights, Thresholds: reuse.DefaultThresholds}
	var out []Match
	for _, other := range docs[1:] {
		res := cmp.Compare(other, d)
		if res.Evidence.VerbatimB < minPassageCoverage {
			continue
		}
		out = append(out, Match{ArticleID: other.ID, Coverage: res.Coverage.B, Relation: res.Relation, Passages: res.Passages})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ArticleID < out[j].ArticleID })
	return out, nil
}
