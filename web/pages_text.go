package web

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Marked-up text (reused passages on an article page, aligned passages and
// changes on a comparison, matches in a search snippet) is built as a
// sequence of typed pieces that the templates wrap in elements, never by
// splicing markup into the text: the text stays text, escaped by
// html/template like everything else.

// textPiece is a run of text and the spans, by index, that cover all of it.
type textPiece struct {
	Text   string
	Covers []int
}

// splitBySpans cuts text at the edges of spans ([start, end) in code
// points, as every span echotrace reports) into pieces, each covered by the
// same set of spans throughout. Spans out of range are clipped; empty ones
// cover nothing.
func splitBySpans(text string, spans [][2]int) []textPiece {
	n := utf8.RuneCountInString(text)
	cuts := []int{0, n}
	startsAt := map[int][]int{}
	endsAt := map[int][]int{}
	for i, s := range spans {
		start, end := max(0, min(s[0], n)), max(0, min(s[1], n))
		if start >= end {
			continue
		}
		cuts = append(cuts, start, end)
		startsAt[start] = append(startsAt[start], i)
		endsAt[end] = append(endsAt[end], i)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)

	// Byte offset of every cut, in one pass over the text.
	offsets := make([]int, len(cuts))
	next, runeIndex := 0, 0
	for byteIndex := range text {
		for next < len(cuts) && cuts[next] == runeIndex {
			offsets[next] = byteIndex
			next++
		}
		runeIndex++
	}
	for ; next < len(cuts); next++ {
		offsets[next] = len(text)
	}

	var pieces []textPiece
	var active []int
	for i := 0; i+1 < len(cuts); i++ {
		for _, s := range endsAt[cuts[i]] {
			active = slices.DeleteFunc(active, func(x int) bool { return x == s })
		}
		for _, s := range startsAt[cuts[i]] {
			j, _ := slices.BinarySearch(active, s)
			active = slices.Insert(active, j, s)
		}
		piece := textPiece{Text: text[offsets[i]:offsets[i+1]]}
		if len(active) > 0 {
			piece.Covers = slices.Clone(active)
		}
		pieces = append(pieces, piece)
	}
	return pieces
}

// paragraphs regroups runs of text into paragraphs at its line breaks, so
// that a template gives each its own <p>: a run that spans a break is cut
// in two, both halves keeping its marks. Blank lines make no paragraph.
func paragraphs[R any](runs []R, text func(R) string, withText func(R, string) R) [][]R {
	var out [][]R
	var cur []R
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	for _, r := range runs {
		lines := strings.Split(text(r), "\n")
		for i, line := range lines {
			if i > 0 {
				flush()
			}
			if line != "" {
				cur = append(cur, withText(r, line))
			}
		}
	}
	flush()
	return out
}
