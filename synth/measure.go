package synth

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Measurements are made on normalized words: the text split on white
// space, punctuation trimmed from both ends of each word, lower-cased, and
// every alias spelling folded to its group's first spelling (so "Kiev" and
// "Kyiv" are one word, as a reuse engine with an alias table sees them).
// Shingles are runs of ShingleWords such words.

// ShingleWords is the length of the word runs that shared fractions count.
const ShingleWords = 5

// Words returns the normalized words of text.
func Words(text string) []string {
	lib := loadLibrary()
	var out []string
	forWords(text, func(w string) {
		if f, ok := lib.v.fold[w]; ok {
			w = f
		}
		out = append(out, strings.Clone(w)) // w may be a scratch buffer
	})
	return out
}

// forWords calls fn with each normalized (trimmed, lower-cased) word. The
// word passed may point into a scratch buffer: fn must not keep it.
func forWords(text string, fn func(string)) {
	var low []byte
	for len(text) > 0 {
		i := strings.IndexAny(text, " \n\t")
		var w string
		if i < 0 {
			w, text = text, ""
		} else {
			w, text = text[:i], text[i+1:]
		}
		// Trim ASCII punctuation fast; fall back to Unicode rules only
		// when a word starts or ends with a non-ASCII character.
		for len(w) > 0 && w[0] < utf8.RuneSelf && !isAlnum(w[0]) {
			w = w[1:]
		}
		for len(w) > 0 && w[len(w)-1] < utf8.RuneSelf && !isAlnum(w[len(w)-1]) {
			w = w[:len(w)-1]
		}
		if len(w) > 0 && (w[0] >= utf8.RuneSelf || w[len(w)-1] >= utf8.RuneSelf) {
			w = strings.TrimFunc(w, isTrim)
		}
		if w == "" {
			continue
		}
		ascii := true
		lower := true
		for j := 0; j < len(w); j++ {
			c := w[j]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if c >= 'A' && c <= 'Z' {
				lower = false
			}
		}
		switch {
		case ascii && lower:
			fn(w)
		case ascii:
			low = append(low[:0], w...)
			for j, c := range low {
				if c >= 'A' && c <= 'Z' {
					low[j] = c + 32
				}
			}
			fn(unsafeString(low))
		default:
			fn(strings.ReplaceAll(strings.ToLower(w), "’", "'"))
		}
	}
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// unsafeString views b as a string without copying; forWords's callers
// only hash or compare it before b changes.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

func isTrim(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// WordCount is the number of normalized words of text.
func WordCount(text string) int {
	n := 0
	forWords(text, func(string) { n++ })
	return n
}

func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h
}

// tokens appends the hashes of the normalized words of text to dst, alias
// spellings folded (by hash: a map of integers is cheaper than of strings).
func tokens(lib *library, text string, dst []uint64) []uint64 {
	fold := lib.v.foldHash
	forWords(text, func(w string) {
		h := wordHash(w)
		if f, ok := fold[h]; ok {
			h = f
		}
		dst = append(dst, h)
	})
	return dst
}

// shingleAt hashes the n words starting at i.
func shingleAt(t []uint64, i, n int) uint64 {
	h := uint64(0x9E3779B97F4A7C15)
	for k := 0; k < n; k++ {
		h = (h ^ t[i+k]) * 0xBF58476D1CE4E5B9
		h ^= h >> 31
	}
	return h
}

// shingles returns the sorted distinct n-word shingles of t.
func shingles(t []uint64, n int, dst []uint64) []uint64 {
	dst = dst[:0]
	for i := 0; i+n <= len(t); i++ {
		dst = append(dst, shingleAt(t, i, n))
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// containment returns the share of a's shingles found in b and of b's in a.
func containment(a, b []uint64) (aInB, bInA float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	i, j, n := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / float64(len(a)), float64(n) / float64(len(b))
}

// runIndex is an article's word 5-grams with their positions, sorted by
// hash, so that two articles' shared runs are found by one merge.
type runIndex []pos

type pos struct {
	h uint64
	i int32
}

func buildRunIndex(t []uint64, dst runIndex) runIndex {
	const k = ShingleWords
	dst = dst[:0]
	for j := 0; j+k <= len(t); j++ {
		dst = append(dst, pos{shingleAt(t, j, k), int32(j)})
	}
	slices.SortFunc(dst, func(x, y pos) int {
		if x.h != y.h {
			if x.h < y.h {
				return -1
			}
			return 1
		}
		return int(x.i - y.i)
	})
	return dst
}

// longestRun returns the length in words of the longest run of words that
// a and b share, and where it starts in a; runs under ShingleWords words
// count as none.
func longestRun(a, b []uint64) (n, at int) {
	return longestRunIdx(a, b, buildRunIndex(a, nil), buildRunIndex(b, nil))
}

func longestRunIdx(a, b []uint64, ia, ib runIndex) (n, at int) {
	for x, y := 0, 0; x < len(ia) && y < len(ib); {
		switch {
		case ia[x].h < ib[y].h:
			x++
		case ia[x].h > ib[y].h:
			y++
		default:
			h := ia[x].h
			y0 := y
			for ; x < len(ia) && ia[x].h == h; x++ {
				i := int(ia[x].i)
				for y = y0; y < len(ib) && ib[y].h == h; y++ {
					j := int(ib[y].i)
					if i > 0 && j > 0 && a[i-1] == b[j-1] {
						continue // inside a run found from its start
					}
					m := 0
					for i+m < len(a) && j+m < len(b) && a[i+m] == b[j+m] {
						m++
					}
					if m > n {
						n, at = m, i
					}
				}
			}
		}
	}
	return n, at
}

// Containment returns the share of a's word 5-grams that occur in b, and of
// b's that occur in a, on normalized words.
func Containment(a, b string) (aInB, bInA float64) {
	lib := loadLibrary()
	sa := shingles(tokens(lib, a, nil), ShingleWords, nil)
	sb := shingles(tokens(lib, b, nil), ShingleWords, nil)
	return containment(sa, sb)
}

// LongestCommonRun returns the length in normalized words of the longest
// run of words that a and b share (0 when it is under 5 words).
func LongestCommonRun(a, b string) int {
	lib := loadLibrary()
	n, _ := longestRun(tokens(lib, a, nil), tokens(lib, b, nil))
	return n
}

// Aliases returns the groups of spellings the generator swaps, the first of
// each being the one it treats as canonical. A reuse engine's alias table
// should fold them.
func Aliases() [][]string {
	lib := loadLibrary()
	out := make([][]string, len(lib.v.aliases))
	for i, g := range lib.v.aliases {
		out[i] = slices.Clone(g)
	}
	return out
}
