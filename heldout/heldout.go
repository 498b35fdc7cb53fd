// Package heldout is echotrace's hand-written, held-out evaluation set for
// the reuse engine: pairs of fictional news articles, each labelled with the
// relation a careful reader would give it (duplicate, copy, excerpt, rewrite,
// related, unrelated) and, for duplicates and copies, the deliberate changes
// made between them.
//
// The set is for scoring only. It must never be used to choose thresholds,
// weights or features of the engine: once it has been looked at for tuning,
// it no longer measures anything. See README.md for how it was written.
package heldout

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"time"
)

//go:embed pairs.jsonl
var pairsJSONL []byte

// Aliases are the spellings of the set's invented names, in the alias
// file format, for the engine to fold when scoring.
//
//go:embed aliases.txt
var Aliases string

// Relations lists the relation labels, from the closest to the farthest.
var Relations = []string{"duplicate", "copy", "excerpt", "rewrite", "related", "unrelated"}

// Doc is one article of a pair. A base article that appears in several pairs
// has the same URL and the same text in each.
type Doc struct {
	URL       string     `json:"url"`
	Outlet    string     `json:"outlet"`
	Title     string     `json:"title"`
	Published *time.Time `json:"published"` // nil when the page gives no date
	Text      string     `json:"text"`      // paragraphs separated by "\n\n"
}

// Change is one deliberate edit from A to B: Kind is one of alias, number,
// quote, insert, delete, attribution, edit. AText is empty for an insertion,
// BText for a deletion; otherwise AText occurs in A and BText in B.
type Change struct {
	Kind  string `json:"kind"`
	AText string `json:"a_text,omitempty"`
	BText string `json:"b_text,omitempty"`
}

// Pair is one labelled pair. When the relation has a direction (duplicate,
// copy, excerpt, rewrite), A is the earlier, source article.
type Pair struct {
	ID       string `json:"id"`
	Relation string `json:"relation"`
	// Hard marks the cases built to be difficult: boilerplate shared by
	// unrelated articles, a copy that is mostly new material, an excerpt at
	// the minimum length, a rewrite with almost no verbatim overlap.
	Hard bool   `json:"hard"`
	Note string `json:"note"`
	// Accept, when set, lists every relation a scorer should accept for the
	// pair, Relation first: the few pairs whose measured overlap sits in
	// the band between two labels (a copy with only small edits also
	// accepts duplicate). Strict scoring uses Relation alone.
	Accept []string `json:"accept,omitempty"`
	A      Doc      `json:"a"`
	B      Doc      `json:"b"`
	// SharedText is a passage that both articles carry verbatim without
	// being reuse of one another (an outlet's boilerplate, an official
	// statement both quote); empty when there is none.
	SharedText      string   `json:"shared_text,omitempty"`
	ExpectedChanges []Change `json:"expected_changes,omitempty"`
}

// Accepts reports whether the relation r is an acceptable answer for p.
func (p Pair) Accepts(r string) bool {
	if r == p.Relation {
		return true
	}
	for _, x := range p.Accept {
		if x == r {
			return true
		}
	}
	return false
}

// Load parses the embedded set, in id order.
func Load() ([]Pair, error) {
	var pairs []Pair
	sc := bufio.NewScanner(bytes.NewReader(pairsJSONL))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var p Pair
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&p); err != nil {
			return nil, fmt.Errorf("heldout: pairs.jsonl line %d: %w", line, err)
		}
		if !validRelation(p.Relation) {
			return nil, fmt.Errorf("heldout: pairs.jsonl line %d (%s): unknown relation %q", line, p.ID, p.Relation)
		}
		for _, r := range p.Accept {
			if !validRelation(r) {
				return nil, fmt.Errorf("heldout: pairs.jsonl line %d (%s): unknown accepted relation %q", line, p.ID, r)
			}
		}
		if len(p.Accept) > 0 && p.Accept[0] != p.Relation {
			return nil, fmt.Errorf("heldout: pairs.jsonl line %d (%s): accept must start with the relation", line, p.ID)
		}
		pairs = append(pairs, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("heldout: %w", err)
	}
	return pairs, nil
}

func validRelation(r string) bool {
	for _, x := range Relations {
		if x == r {
			return true
		}
	}
	return false
}
