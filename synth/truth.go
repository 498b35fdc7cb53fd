package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// Relations, as PRODUCT.md names them.
const (
	Duplicate = "duplicate"
	Copy      = "copy"
	Excerpt   = "excerpt"
	Rewrite   = "rewrite"
	Related   = "related"
	Unrelated = "unrelated"
)

// Change is one intended change a derived article made to its source, with
// the text on each side (in the source's and the derived article's own
// spellings). Kinds are PRODUCT.md's: alias, number, quote, insert,
// delete, attribution, edit.
type Change struct {
	Kind  string `json:"kind"`
	AText string `json:"a_text,omitempty"`
	BText string `json:"b_text,omitempty"`
	Count int    `json:"count,omitempty"` // occurrences, for alias swaps
}

// Pair is the true relation of two articles of one family. A is the one
// generated first; when A is an ancestor of B (B was derived from A,
// directly or through a chain) Ancestor is set, and Direct when A is B's
// source itself. Every pair of articles not listed is unrelated.
type Pair struct {
	A        string  `json:"a"`
	B        string  `json:"b"`
	Relation string  `json:"relation"`
	AShared  float64 `json:"a_shared"` // share of A's word 5-grams found in B
	BShared  float64 `json:"b_shared"` // share of B's word 5-grams found in A
	// LongestRun is the longest run of normalized words the two share,
	// measured; set for every pair linked only by derivations (not for
	// pairs through independently written coverage).
	LongestRun int `json:"longest_run,omitempty"`
	// ExcerptWords is, for excerpts, the length in words of the shared
	// passage: as built for a direct excerpt, as measured for others.
	ExcerptWords int `json:"excerpt_words,omitempty"`
	// AliasSwaps counts the name occurrences spelled differently in A and B.
	AliasSwaps int    `json:"alias_swaps,omitempty"`
	Direct     bool   `json:"direct,omitempty"`
	Ancestor   bool   `json:"ancestor,omitempty"`
	Path       string `json:"path"` // derivations from A up and down to B, e.g. "copy>rewrite" or "duplicate<>excerpt"
	// Statement is the official statement both quote verbatim, for
	// related coverage: the one long run of words they may share.
	Statement string   `json:"statement,omitempty"`
	Changes   []Change `json:"changes,omitempty"` // for direct derivations
	Family    int      `json:"family"`
	Note      string   `json:"note,omitempty"`
}

// Member is one article of a family and how it was made.
type Member struct {
	URL        string `json:"url"`
	Parent     string `json:"parent,omitempty"`     // the article it was derived from
	Derivation string `json:"derivation,omitempty"` // original, duplicate, copy, excerpt, rewrite, related
	Outlet     string `json:"outlet"`
	// Published is the true publication time (RFC 3339), and Undated says
	// the article was written without it; both only with Config.Chains.
	Published string `json:"published,omitempty"`
	Undated   bool   `json:"undated,omitempty"`
}

// Family is a story family: an original and the articles derived from it.
type Family struct {
	ID      int      `json:"id"`
	Topic   string   `json:"topic"`
	Members []Member `json:"members"`
	// People are the story's named people as "Name, role": independent
	// coverage names them the same way, so related articles may share
	// these phrases (and the statement) and nothing else of length.
	People    []string `json:"people"`
	Statement string   `json:"statement"` // the official statement of the story
}

// Stock is a passage that unrelated articles share by design.
type Stock = stockPassage

// OutletInfo describes one generated outlet's habits.
type OutletInfo struct {
	Domain string `json:"domain"`
	Name   string `json:"name"`
	Relay  bool   `json:"relay,omitempty"`
}

// Meta is the first line of a truth file.
type Meta struct {
	Seed         int64  `json:"seed"`
	Articles     int    `json:"articles"`
	ShingleWords int    `json:"shingle_words"`
	Normalized   string `json:"normalized"`
	Version      int    `json:"version"`
}

// Truth is a whole truth file.
type Truth struct {
	Meta     Meta
	Pairs    []Pair
	Families []Family
	Stock    []Stock
	Outlets  []OutletInfo
	index    map[[2]string]int
}

// truthLine is the union of the line shapes of a truth file: a pair has
// "a", the others one key naming what they hold.
type truthLine struct {
	Pair
	Meta   *Meta       `json:"meta,omitempty"`
	Fam    *Family     `json:"tree,omitempty"`
	Stock  *Stock      `json:"stock,omitempty"`
	Outlet *OutletInfo `json:"outlet,omitempty"`
}

// ReadTruth loads a truth file written by Generate.
func ReadTruth(r io.Reader) (*Truth, error) {
	t := &Truth{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		var l truthLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("truth line %d: %w", line, err)
		}
		switch {
		case l.Meta != nil:
			t.Meta = *l.Meta
		case l.Fam != nil:
			t.Families = append(t.Families, *l.Fam)
		case l.Stock != nil:
			t.Stock = append(t.Stock, *l.Stock)
		case l.Outlet != nil:
			t.Outlets = append(t.Outlets, *l.Outlet)
		case l.A != "":
			t.Pairs = append(t.Pairs, l.Pair)
		default:
			return nil, fmt.Errorf("truth line %d: unknown shape", line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read truth: %w", err)
	}
	return t, nil
}

// Relation returns the true relation of two articles, in either order:
// unrelated for any pair the truth does not list.
func (t *Truth) Relation(a, b string) string {
	if p, ok := t.Lookup(a, b); ok {
		return p.Relation
	}
	return Unrelated
}

// Lookup returns the pair of a and b, in either order.
func (t *Truth) Lookup(a, b string) (Pair, bool) {
	if t.index == nil {
		t.index = make(map[[2]string]int, len(t.Pairs))
		for i, p := range t.Pairs {
			t.index[[2]string{p.A, p.B}] = i
		}
	}
	if i, ok := t.index[[2]string{a, b}]; ok {
		return t.Pairs[i], true
	}
	if i, ok := t.index[[2]string{b, a}]; ok {
		return t.Pairs[i], true
	}
	return Pair{}, false
}
