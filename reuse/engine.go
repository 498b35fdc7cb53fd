package reuse

import (
	"context"
	"fmt"
	"slices"

	"github.com/echotrace/echotrace/alias"
)

// Engine relates new documents to the indexed ones. It compares a new
// document with its candidates and reports the relations; adding it to the
// index is a separate step, so that a caller can persist first.
type Engine struct {
	// Index finds candidates and holds the corpus statistics; NewEngine
	// starts an empty in-memory one.
	Index      CandidateIndex
	Aliases    *alias.Table
	Thresholds Thresholds
	// Load returns an indexed document, prepared, by ID (the engine keeps no
	// texts; callers cache).
	Load func(ctx context.Context, id int64) (*Doc, error)
	// LoadMany, when set, is Load of a new document's every candidate at
	// once, in ids' order: a caller that reads texts from a database reads
	// the ones it has not cached in one statement.
	LoadMany func(ctx context.Context, ids []int64) ([]*Doc, error)
	// MeasureAll computes every measure of every pair (slower; for tuning).
	MeasureAll bool
	// Observe, when set, sees every comparison made, unrelated ones too
	// (for measuring the classification rules).
	Observe func(a, b *Doc, r *Result)
}

// NewEngine returns an engine with an empty in-memory index.
func NewEngine(aliases *alias.Table, load func(context.Context, int64) (*Doc, error)) *Engine {
	return &Engine{Index: NewIndex(), Aliases: aliases, Thresholds: DefaultThresholds, Load: load}
}

// Found is a relation between two documents; A has the lower ID.
type Found struct {
	A, B   int64
	Result *Result
}

// Relate finds d's relations among the indexed documents, and returns them
// with d's index entry (to be added with Index.Add once stored).
func (e *Engine) Relate(ctx context.Context, d *Doc) ([]Found, Entry, error) {
	corpus, err := e.Index.Corpus(ctx, d)
	if err != nil {
		return nil, Entry{}, fmt.Errorf("relate %d: %w", d.ID, err)
	}
	entry := EntryFor(d, corpus.Weights)
	cands, err := e.Index.Candidates(ctx, entry)
	if err != nil {
		return nil, entry, fmt.Errorf("relate %d: %w", d.ID, err)
	}
	if len(cands) == 0 {
		return nil, entry, nil
	}
	// Every candidate first, so that an index kept elsewhere fetches the
	// statistics of all the comparisons at once.
	docs := make([]*Doc, 0, len(cands)+1)
	docs = append(docs, d)
	if e.LoadMany != nil {
		ids := make([]int64, len(cands))
		for i, c := range cands {
			ids[i] = c.ID
		}
		others, err := e.LoadMany(ctx, ids)
		if err != nil {
			return nil, entry, fmt.Errorf("relate %d: %w", d.ID, err)
		}
		if len(others) != len(ids) {
			return nil, entry, fmt.Errorf("relate %d: %d candidates loaded of %d", d.ID, len(others), len(ids))
		}
		docs = append(docs, others...)
	} else {
		for _, c := range cands {
			other, err := e.Load(ctx, c.ID)
			if err != nil {
				return nil, entry, fmt.Errorf("relate %d with %d: %w", d.ID, c.ID, err)
			}
			docs = append(docs, other)
		}
	}
	if corpus, err = e.Index.Corpus(ctx, docs...); err != nil {
		return nil, entry, fmt.Errorf("relate %d: %w", d.ID, err)
	}
	cmp := e.comparer(corpus)
	var found []Found
	for _, other := range docs[1:] {
		a, b := other, d
		if d.ID < other.ID {
			a, b = d, other
		}
		res := cmp.Compare(a, b)
		if e.Observe != nil {
			e.Observe(a, b, res)
		}
		if res.Relation != Unrelated {
			found = append(found, Found{A: a.ID, B: b.ID, Result: res})
		}
		// The earliest indexed text this one reproduces makes it one of
		// that story's family.
		if other.ID < d.ID && (entry.Family == 0 || other.ID < entry.Family) {
			switch res.Relation {
			case Duplicate, Copy, Rewrite:
				entry.Family = other.ID
			}
		}
	}
	return found, entry, nil
}

// Recompare compares two indexed documents again with the index as it is
// now (after a passage they share became stock text, say). The result may
// be Unrelated: the caller then drops the relation.
func (e *Engine) Recompare(ctx context.Context, a, b int64) (Found, error) {
	if a > b {
		a, b = b, a
	}
	da, err := e.Load(ctx, a)
	if err != nil {
		return Found{}, fmt.Errorf("recompare %d with %d: %w", a, b, err)
	}
	db, err := e.Load(ctx, b)
	if err != nil {
		return Found{}, fmt.Errorf("recompare %d with %d: %w", a, b, err)
	}
	corpus, err := e.Index.Corpus(ctx, da, db)
	if err != nil {
		return Found{}, fmt.Errorf("recompare %d with %d: %w", a, b, err)
	}
	return Found{A: a, B: b, Result: e.comparer(corpus).Compare(da, db)}, nil
}

// comparer compares with the index's corpus weights and stock counts.
func (e *Engine) comparer(c Corpus) *Comparer {
	return &Comparer{Aliases: e.Aliases, Weights: c.Weights, Thresholds: e.Thresholds, DocFreq: c.Families, MeasureAll: e.MeasureAll}
}

// StockPairs lists, for the documents holding passages that became stock
// since the last call, the pairs among them for which has reports a
// relation that such a passage may explain (the caller knows the
// relations; see Index.TakeStocked). When before is not nil it is given
// every such document once, before the first call of has, so that a
// caller that reads relations from a database can read them all at once.
func (e *Engine) StockPairs(ctx context.Context, before func(ids []int64) error, has func(a, b int64) bool) ([][2]int64, error) {
	stocked, err := e.Index.TakeStocked(ctx)
	if err != nil {
		return nil, fmt.Errorf("passages become stock text: %w", err)
	}
	if before != nil && len(stocked) > 0 {
		var all []int64
		for _, ids := range stocked {
			all = append(all, ids...)
		}
		slices.Sort(all)
		if err := before(slices.Compact(all)); err != nil {
			return nil, err
		}
	}
	seen := map[[2]int64]bool{}
	var out [][2]int64
	for _, ids := range stocked {
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				p := [2]int64{a, b}
				if !seen[p] && has(a, b) {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	return out, nil
}
