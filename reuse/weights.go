package reuse

import (
	"math"
	"unicode/utf8"
)

// Weights says how much a shared word tells: a rare name says a lot, "the"
// nothing. The engine backs it with document frequencies from its corpus;
// without a corpus, DefaultWeights uses a stopword list.
type Weights interface {
	// Weight of a word given in its folded form and as its key (the hash
	// of the folded form, as Doc.Keys holds it).
	Weight(key uint64, folded string) float64
	// Generation changes whenever the corpus the weights come from does; a
	// document caches its token weights for one generation.
	Generation() int
}

// DefaultWeights weighs every word 1, stopwords 0, and numbers and long
// words a little more, because they are rarer.
type DefaultWeights struct{}

// Generation implements Weights: the defaults never change.
func (DefaultWeights) Generation() int { return 0 }

// Weight implements Weights.
func (DefaultWeights) Weight(_ uint64, w string) float64 {
	if stopwords[w] {
		return 0
	}
	if n := utf8.RuneCountInString(w); n <= 2 {
		return 0.3
	} else if n >= 8 {
		return 1.3
	}
	return 1
}

// CorpusWeights is inverse document frequency over a corpus, with
// stopwords at zero.
type CorpusWeights struct {
	Docs int
	// Gen counts the documents ever added, replaced ones too (a new
	// version replaces a document: Docs stays, the frequencies change);
	// 0 means Docs.
	Gen int
	// DF is the number of documents holding the word with this key.
	DF func(key uint64) int
	// DFs, when set, looks up many keys at once (one lock instead of one
	// per word): out[i] is the frequency of keys[i].
	DFs func(keys []uint64, out []int32)
}

// Generation implements Weights.
func (c CorpusWeights) Generation() int {
	if c.Gen != 0 {
		return c.Gen
	}
	return c.Docs
}

// Weight implements Weights.
func (c CorpusWeights) Weight(key uint64, w string) float64 {
	if stopwords[w] {
		return 0
	}
	return c.weightWithDF(w, c.DF(key))
}

// weightWithDF is Weight with the document frequency already looked up.
func (c CorpusWeights) weightWithDF(w string, df int) float64 {
	if stopwords[w] {
		return 0
	}
	// Until the corpus is large, IDF says little; blend towards the default.
	idf := math.Log(float64(c.Docs+1) / float64(df+1))
	prior := DefaultWeights{}.Weight(0, w) * math.Log(1000)
	if c.Docs < 1000 {
		f := float64(c.Docs) / 1000
		return (f*idf + (1-f)*prior) / math.Log(1000)
	}
	return idf / math.Log(1000)
}

// stopwords: English function words and newsroom verbs so frequent that
// sharing them says nothing about two texts.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
		"be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
		"does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
		"her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
		"itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
		"only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
		"such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
		"those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
		"which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said",
		"says", "say", "told", "according", "would", "one", "two", "new", "year", "years", "last", "first", "since",
		"may", "might", "must", "shall", "us", "mr", "mrs", "ms", "per", "cent", "percent", "s", "t", "it's", "he's",
		"she's", "there's", "that's", "don't", "didn't", "won't", "can't", "isn't", "wasn't", "weren't", "hasn't",
		"haven't", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "day", "time",
	} {
		m[w] = true
	}
	return m
}()
