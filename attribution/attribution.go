// Package attribution finds, in an article's plain text, every statement of
// where a claim comes from ("on whose word does it rest"): "according to
// tender documents", "a military analyst told Bild", "insiders cited by
// Bild", "Source: Northwire". Each credit gets its source as written, the
// kind of source, the verb and the relay it came through, with code-point
// spans into the text. Diff compares the credits of an earlier and a later
// text so that a copy that changes or drops a credit can be reported as a
// change of kind "attribution".
//
// It reads text only: it never fetches, never guesses a source that the
// text does not name, and never panics on any input. Pronouns ("she said")
// are credited only when they can be tied to a person named as the subject
// of one of the two sentences before; otherwise they are skipped.
//
// The word lists live in a Language value (English is the default); the
// patterns follow English word order. Matching is a bounded scan of tokens
// (no regular expressions), linear in the length of the text; sentences are
// split by a one-pass splitter here rather than by package tokenize, whose
// splitter is quadratic on long runs of periods in non-ASCII text.
package attribution

import "strings"

// Kind is what sort of source a credit names.
type Kind string

// The kinds of source.
const (
	Person      Kind = "person"      // a named person, or a role holder ("the interior minister")
	Outlet      Kind = "outlet"      // a news outlet, named ("Bild") or not ("local media")
	Institution Kind = "institution" // a ministry, police, a company, "a ministry spokesman"
	Anonymous   Kind = "anonymous"   // "sources", "insiders", "a senior official"
	Document    Kind = "document"    // "tender documents", "the inspection report"
)

// Attribution is one credit in a text. Spans are [start, end) in code points
// of the text.
type Attribution struct {
	// Source is who or what the claim rests on, as written.
	Source string `json:"source"`
	Kind   Kind   `json:"kind"`
	// Verb is the crediting word or phrase, lower-case: "said", "told",
	// "according to", "cited by", "source".
	Verb string `json:"verb"`
	// Via is the relay the source's word came through, as written: "Bild"
	// in "insiders cited by Bild" and in "a military analyst told Bild".
	Via string `json:"via,omitempty"`
	// Span covers the whole credit phrase in its sentence.
	Span [2]int `json:"span"`
	// SourceSpan is where Source is written. For a resolved pronoun it is
	// the earlier mention of the person, outside Span.
	SourceSpan [2]int `json:"source_span"`
	ViaSpan    [2]int `json:"via_span,omitzero"`
	// Sentence is the sentence carrying the credit, SentenceText its text.
	Sentence     [2]int `json:"sentence"`
	SentenceText string `json:"sentence_text"`
	// Resolved is set when the text says "he" or "she" and Source is the
	// person named before.
	Resolved bool `json:"resolved,omitempty"`
}

// Extract returns the credits of an English text, in text order.
func Extract(text string) []Attribution { return English.Extract(text) }

// Extract returns the credits of a text, in text order.
func (l *Language) Extract(text string) []Attribution {
	toks := lex(text)
	if len(toks) == 0 {
		return nil
	}
	x := &extractor{lang: l, text: text, toks: toks, surnames: map[string]bool{}, outlets: map[string]bool{}}
	x.collectNames()
	sentences(toks, func(first, limit int) {
		x.sentence(first, limit, toks[first].rs, toks[limit-1].re)
	})
	// What the whole text says about a name holds before it says it: a
	// "Northwire" credited as an institution early is an outlet if the text
	// later cites it as a relay, a bare "Reade" a person if named in full.
	for i := range x.out {
		at := &x.out[i]
		if at.Kind != Institution || at.Resolved {
			continue
		}
		name := NormalizeName(at.Source)
		switch {
		case x.outlets[name]:
			at.Kind = Outlet
		case !strings.Contains(name, " ") && x.surnames[name]:
			at.Kind = Person
		}
	}
	return x.out
}

type extractor struct {
	lang     *Language
	text     string
	toks     []token
	out      []Attribution
	surnames map[string]bool // last words of people named in the text
	outlets  map[string]bool // lower-case names seen in an outlet position
	// lastPerson is the person the recent sentences are about, for "he
	// said" and "she said"; lastPersonAt the sentence that named them.
	lastPerson   *Attribution
	lastPersonAt int

	// The sentence being read: tokens [sa, sb), its first word (after an
	// opening quote), its index, span and text, which of its tokens a credit
	// already covers, and the credits found in it.
	sa, sb, sentFirst int
	sentIndex         int
	senSpan           [2]int
	senText           string
	used              []bool
	found             []Attribution
}

// collectNames records surnames after a title ("Mr Halchuk") so that a bare
// "Halchuk said" later is known to be a person.
func (x *extractor) collectNames() {
	for i := 0; i+1 < len(x.toks); i++ {
		t := x.toks[i]
		if !t.word || !t.cap || !x.lang.Titles[t.low] {
			continue
		}
		j := i + 1
		if x.toks[j].text == "." && j+1 < len(x.toks) {
			j++
		}
		if n := x.toks[j]; n.word && n.cap && !x.lang.Titles[n.low] {
			x.surnames[bare(n.low)] = true
		}
	}
}
