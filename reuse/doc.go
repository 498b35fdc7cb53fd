// Package reuse finds what two articles share and says what it means: it
// aligns verbatim passages (seed and extend over hashed word n-grams),
// matches reworded sentences, classifies the pair as duplicate, copy,
// excerpt, rewrite, related or unrelated, and lists what the later text
// changed. Its index finds, for a new article, the earlier ones worth
// aligning with, without comparing against the whole corpus. It works on
// texts only: it never reads the store, fetches, or decides direction.
package reuse

import (
	"slices"
	"time"
	"unicode"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/attribution"
	"github.com/echotrace/echotrace/tokenize"
)

// Parameters of fingerprinting. K-word shingles; winnowing keeps the
// minimum hash of every window of W shingles, which guarantees that any
// shared run of K+W-1 = 12 words or more yields a shared fingerprint, while
// indexing only about 2/(W+1) of the shingles.
const (
	K = 5
	W = 8
)

// Doc is an article prepared for comparison.
type Doc struct {
	ID        int64
	Outlet    string
	Published time.Time
	Text      *tokenize.Text
	// Keys are the tokens' alias-folded forms, hashed.
	Keys []uint64
	// Shingles[i] hashes Keys[i:i+K].
	Shingles []uint64
	// Fingerprints are the winnowed shingles, with their token positions.
	Fingerprints []Fingerprint
	Sentences    []tokenize.Sentence
	// Folded are the alias-folded normalized tokens (Norm through the table).
	Folded []string

	// Computed on first use by a comparer, then kept: the weight of each
	// token, whether it is a name, and the document's term set. The
	// weights are kept while the corpus stays as it was (wtsGen).
	wts      []float64
	wtsGen   int
	vocab    *vocabulary
	vocabWts []float64
	names    []bool
	terms    *termTable
	bagSet   []sentenceBag
	// shinglePos maps each shingle to its first position, next chains the
	// repeats, repeats counts them: built once, used for every alignment in
	// which this document is A.
	// attrs are the text's credits (attribution.Extract), once extracted.
	attrs      []attribution.Attribution
	attrsDone  bool
	shinglePos map[uint64]int32
	next       []int32
	repeats    map[uint64]int32
}

// shingleIndex returns the document's shingle positions, building them once.
func (d *Doc) shingleIndex() (map[uint64]int32, []int32, map[uint64]int32) {
	if d.shinglePos != nil {
		return d.shinglePos, d.next, d.repeats
	}
	first := make(map[uint64]int32, len(d.Shingles))
	next := make([]int32, len(d.Shingles))
	repeats := make(map[uint64]int32)
	for i := len(d.Shingles) - 1; i >= 0; i-- {
		h := d.Shingles[i]
		if p, ok := first[h]; ok {
			next[i] = p
			repeats[h]++
		} else {
			next[i] = -1
		}
		first[h] = int32(i)
	}
	d.shinglePos, d.next, d.repeats = first, next, repeats
	return first, next, repeats
}

// tokenWeights returns each token's weight, computing them once per
// weight generation: one look-up per distinct word.
func (d *Doc) tokenWeights(w Weights) []float64 {
	gen := w.Generation()
	// Weights are exactly those of the corpus as it is now: reusing ones
	// computed for a smaller corpus would make a comparison depend on when
	// a text was last prepared (a process that restarted, a cache that
	// evicted it), and relations must depend only on the articles and
	// their order. Within one article's relating the corpus does not
	// change, so each candidate's weights are computed once per article.
	if d.wts != nil && gen == d.wtsGen {
		return d.wts
	}
	v := d.vocabulary()
	d.wtsGen, d.terms, d.bagSet = gen, nil, nil
	d.vocabWts = make([]float64, len(v.keys))
	if cw, ok := w.(CorpusWeights); ok && cw.DFs != nil {
		dfs := make([]int32, len(v.keys))
		cw.DFs(v.keys, dfs)
		for t := range v.keys {
			d.vocabWts[t] = cw.weightWithDF(d.Folded[v.first[t]], int(dfs[t]))
		}
	} else {
		for t, k := range v.keys {
			d.vocabWts[t] = w.Weight(k, d.Folded[v.first[t]])
		}
	}
	d.wts = make([]float64, len(d.Folded))
	for i, t := range v.ofToken {
		d.wts[i] = d.vocabWts[t]
	}
	return d.wts
}

// vocabulary is a document's distinct words sorted by key, built once:
// weights and term sets are then computed per distinct word, and two
// documents' words meet in a merge.
type vocabulary struct {
	keys []uint64
	// first is a token where the word occurs, for its folded form.
	first []int32
	// ofToken maps each token to its word.
	ofToken []int32
}

func (d *Doc) vocabulary() *vocabulary {
	if d.vocab != nil {
		return d.vocab
	}
	// Sorting plain keys and searching them is several times faster than
	// sorting token indexes with a comparator.
	keys := slices.Clone(d.Keys)
	slices.Sort(keys)
	keys = slices.Compact(keys)
	v := &vocabulary{keys: keys, first: make([]int32, len(keys)), ofToken: make([]int32, len(d.Keys))}
	for t := range v.first {
		v.first[t] = -1
	}
	for i, k := range d.Keys {
		t, _ := slices.BinarySearch(keys, k)
		v.ofToken[i] = int32(t)
		if v.first[t] < 0 {
			v.first[t] = int32(i)
		}
	}
	d.vocab = v
	return v
}

// nameFlags marks tokens that are names or numbers: capitalized words not
// at a sentence start, and numbers of two characters or more.
func (d *Doc) nameFlags() []bool {
	if d.names != nil {
		return d.names
	}
	d.names = make([]bool, len(d.Folded))
	starts := make(map[int]bool, len(d.Sentences))
	for _, s := range d.Sentences {
		starts[s.First] = true
	}
	for i, tok := range d.Text.Tokens {
		if tok.Number {
			d.names[i] = len(d.Folded[i]) >= 2
			continue
		}
		if starts[i] {
			continue
		}
		r := d.Text.Slice(tok.Start, tok.Start+1)
		d.names[i] = r != "" && isUpperRune(r)
	}
	return d.names
}

// Fingerprint is a selected shingle hash and the token where it starts.
type Fingerprint struct {
	Hash uint64
	Pos  int32
}

// hashSeed is fixed so that fingerprints are stable across processes: they
// are stored, and compared between machines.
const hashSeed = 0x9E3779B97F4A7C15

// Prepare tokenizes and fingerprints a text.
func Prepare(id int64, text string, aliases *alias.Table) *Doc {
	t := tokenize.Tokens(text)
	d := &Doc{ID: id, Text: t}
	d.Keys = make([]uint64, len(t.Tokens))
	d.Folded = make([]string, len(t.Tokens))
	for i, tok := range t.Tokens {
		f := aliases.Fold(stripPossessive(tok.Norm))
		d.Folded[i] = f
		d.Keys[i] = hashString(f)
	}
	d.Shingles = shingles(d.Keys)
	d.Fingerprints = winnow(d.Shingles)
	d.Sentences = t.Sentences()
	return d
}

// HashWord is the hash the reuse index keys words by; other stages that
// compare wordings (provenance) use it rather than a hash of their own.
func HashWord(s string) uint64 { return hashString(s) }

// hashString is FNV-1a with a final mix: stable, fast, and well spread.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h ^ hashSeed)
}

// mix is the finalizer of splitmix64.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func shingles(keys []uint64) []uint64 {
	if len(keys) < K {
		if len(keys) == 0 {
			return nil
		}
		// A text shorter than one shingle still gets one, so that a very
		// short text can match its exact copy.
		var h uint64
		for _, k := range keys {
			h = mix(h*31 + k)
		}
		return []uint64{h}
	}
	out := make([]uint64, len(keys)-K+1)
	for i := range out {
		var h uint64
		for _, k := range keys[i : i+K] {
			h = mix(h*31 + k)
		}
		out[i] = h
	}
	return out
}

// winnow keeps, for each window of W consecutive shingles, the rightmost
// minimal hash (robust winnowing), recording each selection once.
func winnow(sh []uint64) []Fingerprint {
	if len(sh) == 0 {
		return nil
	}
	if len(sh) <= W {
		m := 0
		for i := range sh {
			if sh[i] <= sh[m] {
				m = i
			}
		}
		return []Fingerprint{{sh[m], int32(m)}}
	}
	out := make([]Fingerprint, 0, 2*len(sh)/(W+1)+1)
	last := -1
	// A monotonic deque of candidate minima gives O(n) winnowing.
	deque := make([]int, 0, W)
	for i := range sh {
		for len(deque) > 0 && sh[deque[len(deque)-1]] >= sh[i] {
			deque = deque[:len(deque)-1]
		}
		deque = append(deque, i)
		if deque[0] <= i-W {
			deque = deque[1:]
		}
		if i >= W-1 && deque[0] != last {
			last = deque[0]
			out = append(out, Fingerprint{sh[last], int32(last)})
		}
	}
	return out
}

// Len is the text's length in tokens.
func (d *Doc) Len() int { return len(d.Keys) }

// stripPossessive folds "holvanka's" into "holvanka": the possessive is
// grammar, not a different word, and copies add and drop it freely.
func stripPossessive(w string) string {
	if len(w) > 3 && w[len(w)-2] == '\'' && w[len(w)-1] == 's' {
		return w[:len(w)-2]
	}
	return w
}

func isUpperRune(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
