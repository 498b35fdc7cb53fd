package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a span of the text and the tokens inside it.
type Sentence struct {
	// Start and End are code points of the original text, [Start, End).
	Start, End int
	// First and Last+1 bound the sentence's tokens: Tokens[First:Limit].
	First, Limit int
}

// abbreviations end with a period that does not end a sentence. Lower-cased,
// without the final period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "sr": true, "jr": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cpt": true, "maj": true, "adm": true,
	"sen": true, "rep": true, "gov": true, "pres": true, "rev": true, "hon": true, "mt": true, "ft": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "plc": true, "bros": true, "vs": true, "etc": true,
	"no": true, "nos": true, "vol": true, "fig": true, "approx": true, "est": true, "dept": true, "univ": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "d.c": true, "cf": true, "al": true, "ca": true,
}

// Sentences splits the text into sentences. A sentence ends at ., ! or ?
// (and any closing quotes or brackets after it) followed by a space and
// something that can start a sentence, unless the period belongs to an
// abbreviation, an initial or a number; a line break always ends one.
func (t *Text) Sentences() []Sentence {
	var out []Sentence
	s := t.Source
	start := 0 // rune index where the current sentence starts
	runeIdx := 0
	tok := 0
	emit := func(end int) {
		// Trim spaces off both ends so that spans cover text only.
		first := tok
		for first < len(t.Tokens) && t.Tokens[first].Start < start {
			first++
		}
		limit := first
		for limit < len(t.Tokens) && t.Tokens[limit].End <= end {
			limit++
		}
		if limit > first {
			sStart := t.Tokens[first].Start
			out = append(out, Sentence{Start: min(sStart, t.firstNonSpace(start, sStart)), End: t.lastNonSpace(end, t.Tokens[limit-1].End), First: first, Limit: limit})
		}
		tok = limit
		start = end
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			emit(runeIdx)
		case r == '.' || r == '!' || r == '?' || r == '…' || r == '。' || r == '！' || r == '？':
			// Swallow repeated marks and closing quotes/brackets.
			j, jr := i+size, runeIdx+1
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if r2 == '.' || r2 == '!' || r2 == '?' || isCloser(r2) {
					j += sz
					jr++
					continue
				}
				break
			}
			if r == '。' || r == '！' || r == '？' {
				emit(jr)
				i, runeIdx = j, jr
				continue
			}
			end := true
			switch {
			case j < len(s) && !unicode.IsSpace(rune(s[j])) && s[j] < utf8.RuneSelf:
				end = false // "3.75", "e.g.x", "example.org": no space, no end
			case r == '.' && t.periodIsNotAnEnd(s[:i]):
				end = false
			case j < len(s) && !startsSentence(s[j:]):
				end = false
			}
			if end {
				emit(jr)
				i, runeIdx = j, jr
				continue
			}
			if s[i:j] != "." {
				// Not an end: the rest of the run of marks is not one
				// either, and scanning it again from each mark would take
				// quadratic time on a long run.
				i, runeIdx = j, jr
				continue
			}
		}
		i += size
		runeIdx++
	}
	emit(runeIdx)
	return out
}

func isCloser(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»' || r == '›' || r == '」'
}

// startsSentence: after the spaces, the next word begins with a capital, a
// digit or an opening quote or bracket.
func startsSentence(rest string) bool {
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r) ||
		strings.ContainsRune("\"'“‘«‹([—–-•*", r) || (unicode.IsLetter(r) && !unicode.IsLower(r))
}

// periodIsNotAnEnd: the word before the period is an abbreviation or a
// single capital initial ("J. K. Rowling").
func (t *Text) periodIsNotAnEnd(before string) bool {
	end := len(before)
	begin := end
	for begin > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:begin])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		begin -= size
	}
	word := before[begin:end]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(word)]
}

// firstNonSpace and lastNonSpace bound a sentence span by its tokens: the
// span starts at the sentence's first token or an opening quote just before
// it, and ends after its last closing mark.
func (t *Text) firstNonSpace(from, firstTok int) int {
	// Include an opening quote or bracket right before the first token.
	if firstTok > from {
		prev := t.Slice(firstTok-1, firstTok)
		if strings.ContainsAny(prev, "\"'“‘«‹([") {
			return firstTok - 1
		}
	}
	return firstTok
}

func (t *Text) lastNonSpace(end, lastTokEnd int) int {
	for end > lastTokEnd {
		r, _ := utf8.DecodeRuneInString(t.Slice(end-1, end))
		if !unicode.IsSpace(r) {
			break
		}
		end--
	}
	return end
}
