package reuse

import (
	"sort"

	"github.com/echotrace/echotrace/attribution"
)

// ChangeAttribution: a credit added, changed or dropped (PRODUCT.md).
const ChangeAttribution = "attribution"

// attributions returns the document's credits, extracted once.
func (d *Doc) attributions() []attribution.Attribution {
	if !d.attrsDone {
		d.attrs = attribution.Extract(d.Text.Source)
		d.attrsDone = true
	}
	return d.attrs
}

// markAttributions makes every change that alters a credit a change of
// kind attribution, and adds one for each credit dropped, added or
// recast that no other change covers (a paraphrase that swaps "told the
// Gazette" for "said" is not a token diff). Only credits inside the
// aligned text count unless the pair is a whole copy: an excerpt is not
// answerable for the credits of the paragraphs it did not take.
func markAttributions(a, b *Doc, passages []Passage, whole bool, changes []Change) []Change {
	paraphrase := false
	for _, p := range passages {
		paraphrase = paraphrase || p.Kind == "paraphrase"
	}
	if !paraphrase {
		// Verbatim reuse changes a credit only through a token change:
		// look at the sentences of those changes, not the whole texts.
		return markCreditEdits(a, b, changes)
	}
	aa, ab := a.attributions(), b.attributions()
	if len(aa)+len(ab) == 0 {
		return changes
	}
	var spansA, spansB [][2]int
	for _, p := range passages {
		spansA, spansB = append(spansA, charSpan(a, p.A)), append(spansB, charSpan(b, p.B))
	}
	inside := func(sp [2]int, spans [][2]int) bool {
		if whole {
			return true
		}
		for _, s := range spans {
			if overlaps(sp, s) {
				return true
			}
		}
		return false
	}
	for _, d := range attribution.Diff(aa, ab) {
		if d.Op == "kept" {
			continue
		}
		if !((d.A != nil && inside(d.A.Span, spansA)) || (d.B != nil && inside(d.B.Span, spansB))) {
			continue
		}
		// Only an edit becomes an attribution change. A credit inside a
		// sentence deleted or inserted whole went with its claim; a name
		// respelled (alias) or a number changed inside a credit are those
		// changes, not a change of who is credited.
		marked := false
		for i := range changes {
			c := &changes[i]
			if (d.A != nil && overlaps(c.A, d.A.Span)) || (d.B != nil && overlaps(c.B, d.B.Span)) {
				switch {
				case c.Kind == ChangeEdit:
					c.Kind = ChangeAttribution
				case c.Kind == ChangeInsert && d.B != nil && creditLine(c.B, d.B.Span):
					c.Kind = ChangeAttribution // "This article was first published by Northwire."
				case c.Kind == ChangeDelete && d.A != nil && creditLine(c.A, d.A.Span):
					c.Kind = ChangeAttribution
				}
				marked = true
			}
		}
		if marked {
			continue
		}
		c := Change{Kind: ChangeAttribution}
		if d.A != nil {
			c.A, c.AText = d.A.Span, a.Text.Slice(d.A.Span[0], d.A.Span[1])
		}
		if d.B != nil {
			c.B, c.BText = d.B.Span, b.Text.Slice(d.B.Span[0], d.B.Span[1])
		}
		// The side without the credit gets an empty span where the other
		// side's sentence sits in its text, as near as the passages say.
		if d.A == nil {
			c.A = emptyOpposite(d.B.Sentence, spansB, spansA)
		}
		if d.B == nil {
			c.B = emptyOpposite(d.A.Sentence, spansA, spansB)
		}
		changes = append(changes, c)
	}
	sort.SliceStable(changes, func(i, j int) bool { return changes[i].B[0] < changes[j].B[0] })
	return changes
}

// markCreditEdits relabels the edits, insertions and deletions of
// verbatim reuse that change a credit, comparing the credits of the
// sentences they touch on each side.
func markCreditEdits(a, b *Doc, changes []Change) []Change {
	for i := range changes {
		c := &changes[i]
		if c.Kind != ChangeEdit && c.Kind != ChangeInsert && c.Kind != ChangeDelete {
			continue
		}
		ca, cb := sentenceCredits(a, c.A), sentenceCredits(b, c.B)
		if len(ca)+len(cb) == 0 {
			continue
		}
		for _, d := range attribution.Diff(ca, cb) {
			if d.Op == "kept" {
				continue
			}
			hitA := d.A != nil && overlaps(c.A, d.A.Span)
			hitB := d.B != nil && overlaps(c.B, d.B.Span)
			switch {
			case c.Kind == ChangeEdit && (hitA || hitB):
				c.Kind = ChangeAttribution
			case c.Kind == ChangeInsert && hitB && creditLine(c.B, d.B.Span):
				c.Kind = ChangeAttribution
			case c.Kind == ChangeDelete && hitA && creditLine(c.A, d.A.Span):
				c.Kind = ChangeAttribution
			}
		}
	}
	return changes
}

// sentenceCredits extracts the credits of the sentences a code-point span
// touches (an empty span: the sentence it falls in), with spans in the
// whole text's code points.
func sentenceCredits(d *Doc, sp [2]int) []attribution.Attribution {
	var out []attribution.Attribution
	for _, s := range d.Sentences {
		if s.End < sp[0] || s.Start > sp[1] || (sp[0] == sp[1] && (sp[0] < s.Start || sp[0] > s.End)) {
			continue
		}
		for _, at := range attribution.Extract(d.Text.Slice(s.Start, s.End)) {
			shift := func(x [2]int) [2]int { return [2]int{x[0] + s.Start, x[1] + s.Start} }
			at.Span, at.SourceSpan, at.Sentence = shift(at.Span), shift(at.SourceSpan), shift(at.Sentence)
			if at.ViaSpan != ([2]int{}) {
				at.ViaSpan = shift(at.ViaSpan)
			}
			out = append(out, at)
		}
	}
	return out
}

// creditLine: a sentence that is mostly its credit ("Source: Northwire")
// carries no claim of its own; adding or removing it changes the credit.
func creditLine(sentence, credit [2]int) bool {
	n := sentence[1] - sentence[0]
	in := min(sentence[1], credit[1]) - max(sentence[0], credit[0])
	return n > 0 && 2*in >= n
}

// overlaps reports whether two code-point spans share a character; an
// empty span counts when it falls strictly inside the other.
func overlaps(x, y [2]int) bool {
	if x[0] == x[1] {
		return y[0] < x[0] && x[0] < y[1]
	}
	if y[0] == y[1] {
		return x[0] < y[0] && y[0] < x[1]
	}
	return x[0] < y[1] && y[0] < x[1]
}

// emptyOpposite places an empty span on the other side: at the start of
// the passage aligned with the one holding sp, or at 0.
func emptyOpposite(sp [2]int, from, to [][2]int) [2]int {
	for i, s := range from {
		if overlaps(sp, s) && i < len(to) {
			return [2]int{to[i][0], to[i][0]}
		}
	}
	return [2]int{0, 0}
}
