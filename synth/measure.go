package synth

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
		out = append(out, w)
	})
	return out
}

// forWords calls fn with each normalized (trimmed, lower-cased) word.
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
		w = strings.TrimFunc(w, isTrim)
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
			fn(string(low))
		default:
			fn(strings.ReplaceAll(strings.ToLower(w), "’", "'"))
		}
	}
}

func isTrim(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// WordCount is the number of normalized words of text.
func WordCount(text string) int {
	n := 0
	forWords(text, func(string) { n++ })
	return n
}

// tokens appends the hashes of the normalized words of text to dst.
func tokens(lib *library, text string, dst []uint64) []uint64 {
	forWords(text, func(w string) {
		if f, ok := lib.v.fold[w]; ok {
			w = f
		}
		h := uint64(14695981039346656037)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * 1099511628211
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

// longestRun returns the length in words of the longest run of words that
// a and b share, and where it starts in a. Runs shorter than minRun words
// (at least ShingleWords) are not looked for.
func longestRun(a, b []uint64) (n, at int) {
	const k = ShingleWords
	if len(a) < k || len(b) < k {
		return 0, 0
	}
	type pos struct {
		h uint64
		i int32
	}
	idx := make([]pos, 0, len(b)-k+1)
	for j := 0; j+k <= len(b); j++ {
		idx = append(idx, pos{shingleAt(b, j, k), int32(j)})
	}
	slices.SortFunc(idx, func(x, y pos) int {
		if x.h < y.h {
			return -1
		}
		if x.h > y.h {
			return 1
		}
		return int(x.i - y.i)
	})
	for i := 0; i+k <= len(a); i++ {
		h := shingleAt(a, i, k)
		lo, _ := slices.BinarySearchFunc(idx, h, func(p pos, h uint64) int {
			if p.h < h {
				return -1
			}
			if p.h > h {
				return 1
			}
			return 0
		})
		for ; lo < len(idx) && idx[lo].h == h; lo++ {
			j := int(idx[lo].i)
			if i > 0 && j > 0 && a[i-1] == b[j-1] {
				continue // not the start of a run
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
