package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark, with its span in code points (for
// the caller) and in bytes (to slice the text without copying).
type token struct {
	text   string // as written
	low    string // lower-case, apostrophes unified to '
	rs, re int    // code points, [rs, re)
	bs, be int    // bytes
	word   bool
	cap    bool // a word starting with an upper-case letter
	nl     bool // a line break comes before it
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// lex splits text into tokens. A word runs over letters, digits and marks,
// and over an apostrophe, hyphen or period between two of them ("group’s",
// "in-law", "pulse24.example"). A possessive apostrophe after a plural
// ("Users’ Group") joins the word when a word follows it.
func lex(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	ri := 0
	nl := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			nl = nl || r == '\n' || r == '\r' || r == '\u2029'
			i += size
			ri++
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{text: text[i : i+size], low: text[i : i+size], rs: ri, re: ri + 1, bs: i, be: i + size, nl: nl})
			nl = false
			i += size
			ri++
			continue
		}
		bs, rs := i, ri
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += size
				ri++
				continue
			}
			if (isApostrophe(r) || r == '-' || r == '.') && i+size < len(text) {
				next, _ := utf8.DecodeRuneInString(text[i+size:])
				if isWordRune(next) {
					i += size
					ri++
					continue
				}
				prev, _ := utf8.DecodeLastRuneInString(text[bs:i])
				if isApostrophe(r) && (prev == 's' || prev == 'S') && next == ' ' {
					after, _ := utf8.DecodeRuneInString(text[i+size+1:])
					if isWordRune(after) {
						i += size
						ri++
					}
				}
			}
			break
		}
		w := text[bs:i]
		first, _ := utf8.DecodeRuneInString(w)
		toks = append(toks, token{text: w, low: lower(w), rs: rs, re: ri, bs: bs, be: i, word: true,
			cap: unicode.IsUpper(first) || unicode.IsTitle(first), nl: nl})
		nl = false
	}
	return toks
}

func lower(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if isApostrophe(r) {
			r = '\''
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// bare strips a possessive: "group's" → "group", "users'" → "users".
func bare(low string) string {
	if strings.HasSuffix(low, "'s") {
		return low[:len(low)-2]
	}
	return strings.TrimSuffix(low, "'")
}

func possessive(low string) bool {
	return strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "s'")
}

func isOpenQuote(s string) bool { return s == "“" || s == "‘" || s == "«" || s == "\"" }
func isCloseQuote(s string) bool {
	return s == "”" || s == "’" || s == "»" || s == "\"" || s == "'"
}

// abbreviations end with a period that does not end a sentence (lower
// case, without the period).
var abbreviations = set("mr mrs ms dr prof st sr jr gen col lt sgt capt cpt maj adm sen rep gov pres rev hon " +
	"mt ft inc ltd co corp plc bros vs etc no nos vol fig approx est dept univ jan feb mar apr jun jul aug sep " +
	"sept oct nov dec e.g i.e a.m p.m u.s u.k u.n e.u d.c cf al ca")

func isEnd(s string) bool {
	return s == "." || s == "!" || s == "?" || s == "…" || s == "。" || s == "！" || s == "？"
}

func isCloser(s string) bool {
	return isCloseQuote(s) || s == ")" || s == "]" || s == "›" || s == "」"
}

// sentences splits tokens into sentences, as [first, limit) token ranges.
// A sentence ends at ., ! or ? (with any closing quotes or brackets after
// it) followed by a space and something that can start a sentence, unless
// the period follows an abbreviation or an initial; a line break always
// ends one. One pass over the tokens.
func sentences(toks []token, yield func(first, limit int)) {
	first := 0
	for k := 0; k < len(toks); k++ {
		if toks[k].nl && k > first {
			yield(first, k)
			first = k
		}
		if !isEnd(toks[k].text) {
			continue
		}
		e := k + 1
		for e < len(toks) && toks[e].rs == toks[e-1].re && !toks[e].nl && (isEnd(toks[e].text) || isCloser(toks[e].text)) {
			e++
		}
		end := true
		if e < len(toks) && !toks[e].nl {
			next := toks[e]
			r, _ := utf8.DecodeRuneInString(next.text)
			switch {
			case next.rs == toks[e-1].re && next.word: // no space: "e.g.x"
				end = false
			case toks[k].text == "." && k > 0 && toks[k-1].word && toks[k-1].re == toks[k].rs &&
				(abbreviations[toks[k-1].low] || isInitial(toks[k-1].text)):
				end = false
			case next.word && !next.cap && !unicode.IsDigit(r):
				end = false
			}
		}
		// The marks just read are not read again: a run of periods is one
		// step, not one per period.
		k = e - 1
		if end {
			yield(first, e)
			first = e
		}
	}
	if first < len(toks) {
		yield(first, len(toks))
	}
}
