// Package tokenize turns article text into the tokens and sentences the
// reuse engine compares. Every token keeps its [start, end) span in Unicode
// code points of the original text, so that whatever is found on normalized
// tokens maps back to what the reader sees. Normalization is NFKC, case
// folding, one form for quote and dash variants, and digit groups joined
// ("1,200" and "1200" are the same number). It never changes the text it is
// given, and it never drops a word: even scripts written without spaces
// (Chinese, Japanese, Thai) yield tokens, one per character.
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Token is one word or number of a text.
type Token struct {
	// Start and End are the token's span in code points of the original text.
	Start, End int
	// Norm is the normalized form: NFKC, case-folded, apostrophes unified.
	Norm string
	// Number is set for tokens made of digits (with inner . or , allowed).
	Number bool
}

// Text is a tokenized text.
type Text struct {
	Source string
	Tokens []Token
	// runeStarts maps a code point index to its byte offset, built lazily
	// for Slice; nil for pure-ASCII texts, where both are the same.
	runeStarts []int
	ascii      bool
}

// Tokens tokenizes s.
func Tokens(s string) *Text {
	t := &Text{Source: s, ascii: isASCII(s)}
	t.Tokens = make([]Token, 0, len(s)/6+1)
	var lower strings.Builder
	runeIdx := 0
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += size
			runeIdx++
			continue
		}
		if isUnspacedScript(r) {
			tok := s[i : i+size]
			t.Tokens = append(t.Tokens, Token{Start: runeIdx, End: runeIdx + 1, Norm: normalizeWord(tok, &lower)})
			i += size
			runeIdx++
			continue
		}
		// A word runs over letters, marks and digits, and over an apostrophe,
		// period or comma that joins two of them ("minister's", "3.75",
		// "1,200"): those belong inside the token, not between tokens.
		startByte, startRune := i, runeIdx
		allDigits := true
		for i < len(s) {
			r, size = rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if isWordRune(r) && !isUnspacedScript(r) {
				if !unicode.IsDigit(r) {
					allDigits = false
				}
				i += size
				runeIdx++
				continue
			}
			if isJoiner(r) && i+size < len(s) {
				next, _ := utf8.DecodeRuneInString(s[i+size:])
				prev, _ := utf8.DecodeLastRuneInString(s[startByte:i])
				joinsDigits := (r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next)
				joinsLetters := isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next)
				if joinsDigits || joinsLetters {
					i += size
					runeIdx++
					continue
				}
			}
			break
		}
		word := s[startByte:i]
		tok := Token{Start: startRune, End: runeIdx}
		if allDigits || isNumeric(word) {
			tok.Number = true
			tok.Norm = normalizeNumber(word)
		} else {
			tok.Norm = normalizeWord(word, &lower)
		}
		t.Tokens = append(t.Tokens, tok)
	}
	return t
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

// isUnspacedScript: scripts written without spaces between words. Without a
// dictionary, each character is a token; n-grams of characters then play
// the part of word n-grams.
func isUnspacedScript(r rune) bool {
	if r < 0x0E00 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao,
		unicode.Khmer, unicode.Myanmar, unicode.Tibetan)
}

func isJoiner(r rune) bool { return r == '.' || r == ',' || isApostrophe(r) }

func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u02BC' || r == '\u2018' || r == '`' || r == '\u00B4'
}

func isNumeric(w string) bool {
	digits := 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits++
		case r == '.' || r == ',':
		default:
			return false
		}
	}
	return digits > 0
}

// normalizeNumber drops digit-group commas and folds digits of any script
// to ASCII through NFKC, so "1,200", "1200" and "１２００" are one number.
// A comma followed by exactly three digits groups thousands; any other comma
// is a decimal mark and becomes ".".
func normalizeNumber(w string) string {
	w = norm.NFKC.String(w)
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == ',' {
			j := i + 1
			for j < len(w) && w[j] >= '0' && w[j] <= '9' {
				j++
			}
			if j-(i+1) == 3 {
				continue
			}
			c = '.'
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(w[i:])
			if d := digitValue(r); d >= 0 {
				b.WriteByte(byte('0' + d))
			}
			i += size - 1
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func digitValue(r rune) int {
	if !unicode.IsDigit(r) {
		return -1
	}
	// Every Unicode decimal digit block is ten consecutive code points
	// starting at its zero.
	for z := r; z >= r-9; z-- {
		if !unicode.IsDigit(z) {
			return int(r - z - 1)
		}
	}
	return int(r-'0') % 10
}

// normalizeWord folds case, applies NFKC and unifies apostrophes.
func normalizeWord(w string, b *strings.Builder) string {
	ascii := isASCII(w)
	if ascii {
		hasUpper := false
		for i := 0; i < len(w); i++ {
			if 'A' <= w[i] && w[i] <= 'Z' || w[i] == '`' {
				hasUpper = true
				break
			}
		}
		if !hasUpper {
			return w
		}
	} else {
		w = norm.NFKC.String(w)
	}
	b.Reset()
	b.Grow(len(w))
	for _, r := range w {
		if isApostrophe(r) {
			b.WriteByte('\'')
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Slice returns the original text of the code-point span [start, end).
func (t *Text) Slice(start, end int) string {
	if t.ascii {
		return t.Source[start:end]
	}
	if t.runeStarts == nil {
		t.runeStarts = make([]int, 0, len(t.Source)+1)
		for i := range t.Source {
			t.runeStarts = append(t.runeStarts, i)
		}
		t.runeStarts = append(t.runeStarts, len(t.Source))
	}
	return t.Source[t.runeStarts[start]:t.runeStarts[end]]
}

// RuneLen is the text's length in code points.
func (t *Text) RuneLen() int {
	if t.ascii {
		return len(t.Source)
	}
	return utf8.RuneCountInString(t.Source)
}
