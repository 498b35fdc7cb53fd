package bench

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/heldout"
	"github.com/echotrace/echotrace/reuse"
)

// HeldoutScore is the reuse engine's accuracy on the hand-written set.
type HeldoutScore struct {
	Pairs   int
	Correct int
	// Lenient counts answers the set also accepts (a copy with swapped
	// spellings called duplicate, say).
	Lenient   int
	Confusion map[string]map[string]int
	Accuracy  map[string]float64
	// ReuseOnUnrelated lists unrelated pairs called duplicate, copy,
	// excerpt or rewrite: the error the target forbids.
	ReuseOnUnrelated []string
	Wrong            []string
}

// RunHeldout compares every pair of the held-out set, with word weights
// from the set's own articles as the engine would have them from a corpus.
// The set is never used to tune anything; this only measures.
func RunHeldout(w io.Writer) (*HeldoutScore, error) {
	pairs, err := heldout.Load()
	if err != nil {
		return nil, err
	}
	extra, err := alias.Parse(strings.NewReader(heldout.Aliases), "heldout/aliases.txt")
	if err != nil {
		return nil, err
	}
	aliases, err := alias.Default().WithGroups(extra.Groups())
	if err != nil {
		return nil, err
	}
	// Every distinct article once, for document frequencies.
	docs := map[string]*reuse.Doc{}
	ix := reuse.NewIndex()
	prep := func(d heldout.Doc) *reuse.Doc {
		if x, ok := docs[d.URL]; ok {
			return x
		}
		x := reuse.Prepare(int64(len(docs)), d.Text, aliases)
		if d.Published != nil {
			x.Published = *d.Published
		}
		x.Outlet = d.Outlet
		docs[d.URL] = x
		ix.Add(context.Background(), reuse.EntryFor(x, reuse.DefaultWeights{})) // in memory: never fails
		return x
	}
	for _, p := range pairs {
		prep(p.A)
		prep(p.B)
	}
	cmp := &reuse.Comparer{Aliases: aliases, Weights: ix.Weights(), Thresholds: reuse.DefaultThresholds}
	s := &HeldoutScore{Pairs: len(pairs), Confusion: map[string]map[string]int{}, Accuracy: map[string]float64{}}
	for _, p := range pairs {
		res := cmp.Compare(docs[p.A.URL], docs[p.B.URL])
		if s.Confusion[p.Relation] == nil {
			s.Confusion[p.Relation] = map[string]int{}
		}
		s.Confusion[p.Relation][res.Relation]++
		if res.Relation == p.Relation {
			s.Correct++
			s.Lenient++
			continue
		}
		if p.Accepts(res.Relation) {
			s.Lenient++
		}
		line := fmt.Sprintf("%s (%s%s): found %s", p.ID, p.Relation, map[bool]string{true: ", hard"}[p.Hard], res.Relation)
		s.Wrong = append(s.Wrong, line)
		if p.Relation == reuse.Unrelated && res.Relation != reuse.Related {
			s.ReuseOnUnrelated = append(s.ReuseOnUnrelated, line)
		}
	}
	for rel, row := range s.Confusion {
		n := 0
		for _, c := range row {
			n += c
		}
		s.Accuracy[rel] = float64(row[rel]) / float64(n)
	}
	s.report(w)
	return s, nil
}

func (s *HeldoutScore) report(w io.Writer) {
	fmt.Fprintf(w, "held-out pairs %d: %d correct (%.3f); %d with accepted alternatives (%.3f)\n", s.Pairs, s.Correct,
		float64(s.Correct)/float64(max(1, s.Pairs)), s.Lenient, float64(s.Lenient)/float64(max(1, s.Pairs)))
	printConfusion(w, s.Confusion, func(t string) string { return fmt.Sprintf("%.3f", s.Accuracy[t]) })
	fmt.Fprintf(w, "unrelated pairs called reuse: %d\n", len(s.ReuseOnUnrelated))
	sort.Strings(s.Wrong)
	for _, l := range s.Wrong {
		fmt.Fprintf(w, "  %s\n", l)
	}
}
