package store

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/echotrace/echotrace"
)

// SearchQuery is a full-text search over each article's newest version
// (title and text), with filters. Text is the user's query as typed; see
// ParseSearchText for its syntax. Every filter narrows the results; a zero
// value leaves it out.
type SearchQuery struct {
	Text string
	// Outlets keeps articles of these outlet domains only.
	Outlets []string
	// From (inclusive) and To (exclusive) bound the publication date.
	// Articles whose publication date is unknown are left out when either
	// is set: a date filter asks "published when", which they cannot answer.
	From, To time.Time
	// Relation keeps articles that have a stored relation of this kind
	// (duplicate, copy, excerpt, rewrite, related) with another article.
	Relation string
	// Lang keeps articles in this language: "en" matches "en" and "en-GB".
	Lang string
	// Limit is the page size (0: DefaultSearchLimit; at most
	// MaxSearchLimit); Offset skips that many hits, for paging.
	Limit, Offset int
}

// SearchHit is one article found by Search.
type SearchHit struct {
	ArticleID       int64
	URL             string
	Outlet          string
	Title           string
	Published       time.Time // zero when unknown
	PublishedSource string
	Lang            string
	// Snippet is plain text from the newest version's text around the
	// best matches, with "…" where it was cut. It holds no markup: callers
	// escape it for HTML and mark the spans themselves.
	Snippet string
	// Highlights are the matched terms in Snippet as [start, end) spans in
	// code points (characters), like every span echotrace reports.
	Highlights [][2]int
	// Score is the relevance: higher is better. It only orders hits of one
	// query; values of different queries do not compare.
	Score float64
}

// Search limits.
const (
	DefaultSearchLimit = 20
	MaxSearchLimit     = 1000
	// MaxSearchRunes and MaxSearchTerms bound a query: search runs on
	// what anyone can type into a web form, and every term costs a scan of
	// its posting list.
	MaxSearchRunes = 1000
	MaxSearchTerms = 32
)

// SearchKinds are the relation kinds SearchQuery.Relation accepts: the
// kinds the relate stage stores (unrelated pairs are never stored).
var SearchKinds = []string{"duplicate", "copy", "excerpt", "rewrite", "related"}

// SearchText is a parsed query. Each term is a word or a phrase as the
// user wrote it, punctuation included: the store's own tokenizer splits it
// into words, so that "Kyiv's" means the same to the query as to the index.
type SearchText struct {
	// Include: an article must contain every one of these.
	Include []string
	// Exclude: an article must contain none of these.
	Exclude []string
}

// ParseSearchText reads a user's query: plain words must all appear,
// "quoted phrases" must appear as written (an unclosed quote runs to the
// end), and a leading - excludes a word or phrase ("-rumour",
// -"press release"). Nothing else is an operator: AND, OR, NEAR, *, :,
// parentheses are ordinary text. Terms with no letter or digit are
// dropped, since no index can match them. A query with nothing left to
// look for is an ErrInvalid error saying why.
func ParseSearchText(text string) (SearchText, error) {
	var q SearchText
	if n := utf8.RuneCountInString(text); n > MaxSearchRunes {
		return q, echotrace.Invalidf("search query is too long: %d characters, at most %d", n, MaxSearchRunes)
	}
	// Control characters (NUL among them) would reach the store's query
	// language inside a term; they are never part of a word anyway.
	text = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(text, " "))

	rest := text
	for {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			break
		}
		exclude := false
		if rest[0] == '-' {
			exclude = true
			rest = rest[1:]
		}
		var term string
		if rest != "" && rest[0] == '"' {
			end := strings.IndexByte(rest[1:], '"')
			if end < 0 {
				term, rest = rest[1:], ""
			} else {
				term, rest = rest[1:1+end], rest[2+end:]
			}
		} else {
			// A word ends at a space or where a phrase begins.
			end := strings.IndexFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == '"' })
			if end < 0 {
				end = len(rest)
			}
			term, rest = rest[:end], rest[end:]
		}
		term = strings.Join(strings.Fields(term), " ")
		if !hasWordCharacter(term) {
			continue
		}
		if exclude {
			q.Exclude = append(q.Exclude, term)
		} else {
			q.Include = append(q.Include, term)
		}
	}
	switch n := len(q.Include) + len(q.Exclude); {
	case n == 0:
		return q, echotrace.Invalidf("search query %q has no word to look for", strings.TrimSpace(text))
	case len(q.Include) == 0:
		return q, echotrace.Invalidf("search query %q only excludes words: add at least one word to look for (a leading - excludes)", strings.TrimSpace(text))
	case n > MaxSearchTerms:
		return q, echotrace.Invalidf("search query has %d words and phrases, at most %d", n, MaxSearchTerms)
	}
	return q, nil
}

func hasWordCharacter(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

// CheckSearchFilters reports the first filter of q a store cannot apply
// as given, as an ErrInvalid error naming it. Stores call it so that every
// implementation refuses the same input with the same words.
func CheckSearchFilters(q SearchQuery) error {
	switch {
	case q.Limit < 0 || q.Limit > MaxSearchLimit:
		return echotrace.Invalidf("search limit %d is out of range: 1 to %d (0 for the default, %d)", q.Limit, MaxSearchLimit, DefaultSearchLimit)
	case q.Offset < 0:
		return echotrace.Invalidf("search offset %d is negative", q.Offset)
	case !q.From.IsZero() && !q.To.IsZero() && !q.From.Before(q.To):
		return echotrace.Invalidf("search dates: from %s is not before to %s", q.From.UTC().Format(time.RFC3339), q.To.UTC().Format(time.RFC3339))
	}
	if q.Relation != "" && !slices.Contains(SearchKinds, q.Relation) {
		return echotrace.Invalidf("search relation %q is not one of %s", q.Relation, strings.Join(SearchKinds, ", "))
	}
	if q.Lang != "" && !isLanguageTag(q.Lang) {
		return echotrace.Invalidf("search language %q is not a language tag such as en or pt-BR", q.Lang)
	}
	for _, o := range q.Outlets {
		if strings.TrimSpace(o) == "" {
			return echotrace.Invalidf("search outlet is empty")
		}
	}
	return nil
}

// isLanguageTag accepts the shape of a BCP 47 tag (letters, digits,
// hyphens), which is all a language filter needs to be safe and sensible.
func isLanguageTag(s string) bool {
	if len(s) > 35 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// Snippet markers: control characters that extraction never leaves in a
// text. Stores ask their full-text engine to mark matches with them and
// split its output with SplitMarked.
const (
	SnippetStart = '\x02'
	SnippetEnd   = '\x03'
)

// SplitMarked turns a full-text engine's marked snippet into plain text on
// one line and the spans the markers enclosed, in code points of that
// text. Spans marked one after the other with only a space between (a
// phrase whose words the engine marked one by one) become one span, as a
// reader sees them. Markers that do not pair up (a text carrying the
// control characters itself) open or close nothing.
func SplitMarked(marked string) (string, [][2]int) {
	var b strings.Builder
	spans := [][2]int{}
	n := 0           // code points written
	start := -1      // where the open span starts, once its first character is written
	opening := false // a start marker was seen; the span starts at the next character
	space := false   // whitespace seen since the last character written
	joined := -1     // a span that just closed, at n: the next one may continue it
	for _, r := range marked {
		switch {
		case r == SnippetStart:
			if start < 0 {
				opening = true
			}
			continue
		case r == SnippetEnd:
			if start >= 0 {
				spans = append(spans, [2]int{start, n})
				joined = len(spans) - 1
			}
			start, opening = -1, false
			continue
		case unicode.IsSpace(r) || unicode.IsControl(r):
			// Paragraph breaks and runs of spaces become one space: a
			// snippet is read as one line.
			space = true
			continue
		}
		if space && n > 0 {
			b.WriteByte(' ')
			n++
		}
		space = false
		if opening {
			start, opening = n, false
			if joined >= 0 && spans[joined][1] >= n-1 {
				// Only a space since the last span: continue it.
				start = spans[joined][0]
				spans = spans[:joined]
			}
		}
		joined = -1
		b.WriteRune(r)
		n++
	}
	return b.String(), spans
}
