package synth

import (
	"fmt"
	"strings"
	"sync"
)

// library is everything fixed by the package: vocabularies, compiled
// templates and the synonym table. It is built once and only read after.
type library struct {
	v       *vocab
	g       *grammar
	syn     synonyms
	conflic int // index of the conflict topic
	topicW  []float64
	lower   map[string]bool // words the templates write in lower case
}

var loadLibrary = sync.OnceValue(func() *library {
	g, err := compile([]string{tplGeneric, tplTopics1, tplTopics2})
	if err != nil {
		// The templates are part of the package: a bad one is a bug that
		// every test run reports at once.
		panic(fmt.Sprintf("synth: bad template: %v", err))
	}
	lib := &library{v: buildVocab(), g: g, syn: buildSynonyms(), conflic: -1, lower: lowerWords(g)}
	for i, t := range g.topics {
		if t.name == "conflict" {
			lib.conflic = i
		}
		lib.topicW = append(lib.topicW, float64(i+1)) // running sum: equal weights
	}
	return lib
})

// lowerWords collects the words templates write in lower case: a merged
// sentence may lower-case its first word only if it is one of them (never
// a name).
func lowerWords(g *grammar) map[string]bool {
	m := map[string]bool{}
	var walk func(seq []node)
	walk = func(seq []node) {
		for _, n := range seq {
			switch n.kind {
			case nLit:
				for _, w := range strings.Fields(n.lit) {
					w = strings.Trim(w, ".,;:")
					if w != "" && w[0] >= 'a' && w[0] <= 'z' {
						m[w] = true
					}
				}
			case nAlt:
				for _, a := range n.alts {
					walk(a)
				}
			}
		}
	}
	for _, f := range g.frames {
		for _, v := range f.vars {
			walk(v)
		}
	}
	return m
}
