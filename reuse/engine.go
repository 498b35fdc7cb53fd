package reuse

import (
	"context"
	"fmt"

	"github.com/echotrace/echotrace/alias"
)

// Engine relates new documents to the indexed ones. It compares a new
// document with its candidates and reports the relations; adding it to the
// index is a separate step, so that a caller can persist first.
type Engine struct {
	Index      *Index
	Aliases    *alias.Table
	Thresholds Thresholds
	// Load returns an indexed document, prepared, by ID (the engine keeps no
	// texts; callers cache).
	Load func(ctx context.Context, id int64) (*Doc, error)
	// MeasureAll computes every measure of every pair (slower; for tuning).
	MeasureAll bool
	// Observe, when set, sees every comparison made, unrelated ones too
	// (for measuring the classification rules).
	Observe func(a, b *Doc, r *Result)
}

// NewEngine returns an engine with an empty index.
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
	weights := e.Index.Weights()
	entry := EntryFor(d, weights)
	cmp := &Comparer{Aliases: e.Aliases, Weights: weights, Thresholds: e.Thresholds, DocFreq: e.Index.Count, MeasureAll: e.MeasureAll}
	var found []Found
	for _, c := range e.Index.Candidates(entry) {
		other, err := e.Load(ctx, c.ID)
		if err != nil {
			return nil, entry, fmt.Errorf("relate %d with %d: %w", d.ID, c.ID, err)
		}
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
	}
	return found, entry, nil
}
