package reuse

import (
	"sort"
	"strings"

	"github.com/echotrace/echotrace/alias"
)

// Change kinds (PRODUCT.md). "attribution" is added by the provenance stage.
const (
	ChangeAlias  = "alias"
	ChangeNumber = "number"
	ChangeQuote  = "quote"
	ChangeInsert = "insert"
	ChangeDelete = "delete"
	ChangeEdit   = "edit"
)

// Change is one difference between aligned texts. A and B are spans in
// code points of each text; an empty span marks where an insertion or a
// deletion happened on the side that has nothing.
type Change struct {
	Kind  string `json:"kind"`
	A     [2]int `json:"a"`
	B     [2]int `json:"b"`
	AText string `json:"a_text"`
	BText string `json:"b_text"`
}

// maxRegion: a differing region longer than this, between passages, is
// not one change but separate material; it is reported sentence by sentence.
const maxRegion = 80

// Changes lists what b changed in a's text within and between the verbatim
// passages. whole says the pair is a duplicate or copy, so that sentences
// between passages, and before the first and after the last, count as
// inserted or deleted; for an excerpt only the passages themselves count.
func Changes(a, b *Doc, passages []Passage, whole bool, aliases *alias.Table) []Change {
	var out []Change
	verbatim := make([]Passage, 0, len(passages))
	for _, p := range passages {
		if p.Kind == "verbatim" {
			verbatim = append(verbatim, p)
		}
	}
	sort.Slice(verbatim, func(i, j int) bool { return verbatim[i].B.Start < verbatim[j].B.Start })
	for pi, p := range verbatim {
		for si, s := range p.Segments {
			out = append(out, aliasChanges(a, b, s)...)
			if si > 0 {
				prev := p.Segments[si-1]
				out = append(out, regionChanges(a, b, Span{prev.A.End, s.A.Start}, Span{prev.B.End, s.B.Start})...)
			}
		}
		if whole && pi > 0 {
			prev := verbatim[pi-1]
			if p.A.Start >= prev.A.End {
				out = append(out, regionChanges(a, b, Span{prev.A.End, p.A.Start}, Span{prev.B.End, p.B.Start})...)
			}
		}
	}
	if whole && len(verbatim) > 0 {
		// Before the first and after the last passage (in B's order, when A
		// runs the same way): what one text has at its start or end.
		first, last := verbatim[0], verbatim[len(verbatim)-1]
		if first.A.Start <= minAStart(verbatim) {
			out = append(out, regionChanges(a, b, Span{0, first.A.Start}, Span{0, first.B.Start})...)
		}
		if last.A.End >= maxAEnd(verbatim) {
			out = append(out, regionChanges(a, b, Span{last.A.End, a.Len()}, Span{last.B.End, b.Len()})...)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].B[0] != out[j].B[0] {
			return out[i].B[0] < out[j].B[0]
		}
		return out[i].A[0] < out[j].A[0]
	})
	return out
}

// aliasChanges: inside an exact segment keys are equal, but the words may
// be two spellings of one name.
func aliasChanges(a, b *Doc, s Segment) []Change {
	var out []Change
	for k := 0; k < s.A.Len(); k++ {
		ta, tb := a.Text.Tokens[s.A.Start+k], b.Text.Tokens[s.B.Start+k]
		if ta.Norm != tb.Norm {
			out = append(out, Change{Kind: ChangeAlias, A: [2]int{ta.Start, ta.End}, B: [2]int{tb.Start, tb.End},
				AText: a.Text.Slice(ta.Start, ta.End), BText: b.Text.Slice(tb.Start, tb.End)})
		}
	}
	return out
}

// regionChanges classifies what stands between two aligned stretches.
func regionChanges(a, b *Doc, ra, rb Span) []Change {
	if ra.Len() <= 0 && rb.Len() <= 0 {
		return nil
	}
	if ra.Len() < 0 || rb.Len() < 0 {
		return nil
	}
	// Words both sides share at the region's edges are not part of the
	// change: "A €412" → "A €421" is a number changed, not an edit.
	for ra.Len() > 0 && rb.Len() > 0 && a.Keys[ra.Start] == b.Keys[rb.Start] {
		ra.Start++
		rb.Start++
	}
	for ra.Len() > 0 && rb.Len() > 0 && a.Keys[ra.End-1] == b.Keys[rb.End-1] {
		ra.End--
		rb.End--
	}
	if ra.Len() <= 0 && rb.Len() <= 0 {
		return nil
	}
	if ra.Len() > maxRegion || rb.Len() > maxRegion || (ra.Len() == 0) != (rb.Len() == 0) {
		// Material on one side only (or too much to be one edit): report
		// whole sentences as inserted or deleted, the rest as edits.
		var out []Change
		out = append(out, sentenceChanges(b, rb, a, ra.Start, ChangeInsert, false)...)
		out = append(out, sentenceChanges(a, ra, b, rb.Start, ChangeDelete, true)...)
		return out
	}
	ca, cb := charSpan(a, ra), charSpan(b, rb)
	c := Change{Kind: ChangeEdit, A: ca, B: cb, AText: a.Text.Slice(ca[0], ca[1]), BText: b.Text.Slice(cb[0], cb[1])}
	switch {
	case allNumbers(a, ra) && allNumbers(b, rb):
		c.Kind = ChangeNumber
	case insideQuote(a, ra) || insideQuote(b, rb):
		c.Kind = ChangeQuote
	}
	return []Change{c}
}

// sentenceChanges reports the sentences of doc inside r as inserted (or
// deleted), and what remains of r outside whole sentences as edits. at is
// the token position on the other side where they would stand.
func sentenceChanges(doc *Doc, r Span, other *Doc, at int, kind string, docIsA bool) []Change {
	if r.Len() <= 0 {
		return nil
	}
	var out []Change
	pos := emptyAt(other, at)
	emit := func(kind string, sp Span) {
		cs := charSpan(doc, sp)
		c := Change{Kind: kind}
		if docIsA {
			c.A, c.AText, c.B = cs, doc.Text.Slice(cs[0], cs[1]), [2]int{pos, pos}
		} else {
			c.B, c.BText, c.A = cs, doc.Text.Slice(cs[0], cs[1]), [2]int{pos, pos}
		}
		out = append(out, c)
	}
	cur := r.Start
	for _, s := range doc.Sentences {
		if s.First < r.Start || s.Limit > r.End || s.Limit <= s.First {
			continue
		}
		if s.First > cur {
			emit(ChangeEdit, Span{cur, s.First})
		}
		emit(kind, Span{s.First, s.Limit})
		cur = s.Limit
	}
	if cur < r.End {
		emit(ChangeEdit, Span{cur, r.End})
	}
	return out
}

func charSpan(d *Doc, r Span) [2]int {
	if r.Len() <= 0 {
		p := emptyAt(d, r.Start)
		return [2]int{p, p}
	}
	return [2]int{d.Text.Tokens[r.Start].Start, d.Text.Tokens[r.End-1].End}
}

// emptyAt is the code point where a token position falls: after the
// previous token, so that an insertion point sits right after the text it
// follows.
func emptyAt(d *Doc, tok int) int {
	switch {
	case tok <= 0:
		return 0
	case tok > len(d.Text.Tokens):
		return d.Text.RuneLen()
	default:
		return d.Text.Tokens[tok-1].End
	}
}

func allNumbers(d *Doc, r Span) bool {
	if r.Len() <= 0 {
		return false
	}
	for i := r.Start; i < r.End; i++ {
		if !d.Text.Tokens[i].Number {
			return false
		}
	}
	return true
}

// insideQuote: the region sits between quotation marks within its sentence.
func insideQuote(d *Doc, r Span) bool {
	if r.Len() <= 0 {
		return false
	}
	start := d.Text.Tokens[r.Start].Start
	sentStart := 0
	for _, s := range d.Sentences {
		if s.First <= r.Start && r.Start < s.Limit {
			sentStart = s.Start
			break
		}
	}
	before := d.Text.Slice(sentStart, start)
	open := strings.Count(before, "“") - strings.Count(before, "”") + strings.Count(before, "«") - strings.Count(before, "»")
	if open > 0 {
		return true
	}
	straight := 0
	for _, r := range before {
		if r == '"' {
			straight++
		}
	}
	return straight%2 == 1
}

func minAStart(ps []Passage) int {
	m := ps[0].A.Start
	for _, p := range ps {
		m = min(m, p.A.Start)
	}
	return m
}

func maxAEnd(ps []Passage) int {
	m := ps[0].A.End
	for _, p := range ps {
		m = max(m, p.A.End)
	}
	return m
}
