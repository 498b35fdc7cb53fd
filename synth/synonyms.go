package synth

import (
	"strings"
)

// The synonym table of rewrites. Each line is a group of words or phrases
// that can replace each other in the sentences the templates produce (it is
// written for them: "found" is absent because "found guilty" cannot become
// "discovered guilty"). A line starting with "#num " only applies before a
// number ("about 40", never "asked about").
const synonymTable = `
said|stated
announced|declared
arrested|detained
seized|confiscated
approved|endorsed
criticised|condemned
rose|climbed|increased
fell|dropped|declined
began|started
expected|anticipated
warned|cautioned
urged|called on
injured|wounded|hurt
showed|revealed
found that|concluded that|discovered that
said that|stated that
collected|gathered
published|released
officials|authorities
residents|locals|inhabitants
people|individuals
protesters|demonstrators
workers|employees
staff|personnel
company|firm
plan|proposal|scheme
meeting|gathering
talks|negotiations
inquiry|investigation|probe
dispute|row
decision|move
figures|data|statistics
percent|per cent
damage|destruction
pupils|students|schoolchildren
homes|houses|dwellings
roads|routes
previous|prior
nearly|almost
because of|due to
despite|in spite of
could|might
needed|required
needs|requires
help|assist
helped|assisted
shows|indicates
suggests|indicates
big|large
biggest|largest
main|principal
speak|talk
speaking|talking
several|a number of
closed|shut
hit|struck
government|administration
ministry|department
lawmakers|legislators
victory|win
match|game
matches|games
results|findings
samples|specimens
detectives|investigators
troops|forces
attack|assault
attacks|assaults
overnight|during the night
declined to comment|refused to comment
did not respond|did not reply
visitors|guests
quickly|rapidly
serious|grave
criticism|censure
major|significant
told reporters|told journalists|said to reporters
on Monday|Monday
on Tuesday|Tuesday
on Wednesday|Wednesday
on Thursday|Thursday
on Friday|Friday
on Saturday|Saturday
on Sunday|Sunday
#num about|around|roughly|approximately|some
#num more than|over|upwards of
#num fewer than|less than
#num up to|as many as
`

type synEntry struct {
	words   []string // the phrase, lower case
	group   int
	numOnly bool
}

type synonyms struct {
	groups [][]string
	byHead map[string][]synEntry
}

func buildSynonyms() synonyms {
	sy := synonyms{byHead: map[string][]synEntry{}}
	for _, line := range strings.Split(synonymTable, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		num := false
		if rest, ok := strings.CutPrefix(line, "#num "); ok {
			num, line = true, rest
		}
		members := strings.Split(line, "|")
		gi := len(sy.groups)
		sy.groups = append(sy.groups, members)
		for _, m := range members {
			ws := strings.Fields(m)
			sy.byHead[ws[0]] = append(sy.byHead[ws[0]], synEntry{words: ws, group: gi, numOnly: num})
		}
	}
	return sy
}

// splitCore separates trailing punctuation from a word.
func splitCore(w string) (core, tail string) {
	i := len(w)
	for i > 0 && strings.IndexByte(`.,;:!?"`, w[i-1]) >= 0 {
		i--
	}
	return w[:i], w[i:]
}

// match reports the entry matching words at i, or false.
func (sy *synonyms) match(words []string, i int) (synEntry, bool) {
	core, _ := splitCore(words[i])
	if core == "" || strings.HasPrefix(core, `"`) {
		return synEntry{}, false
	}
	key := core
	if i == 0 && core[0] >= 'A' && core[0] <= 'Z' {
		key = string(core[0]+32) + core[1:]
	}
	best := synEntry{}
	found := false
	for _, e := range sy.byHead[key] {
		if i+len(e.words) > len(words) {
			continue
		}
		ok := true
		for k := 1; k < len(e.words); k++ {
			c, t := splitCore(words[i+k])
			if c != e.words[k] || (t != "" && k < len(e.words)-1) {
				ok = false
				break
			}
		}
		if len(e.words) > 1 {
			if _, t := splitCore(words[i]); t != "" {
				ok = false
			}
		}
		if ok && e.numOnly {
			n := i + len(e.words)
			ok = n < len(words) && words[n] != "" && words[n][0] >= '0' && words[n][0] <= '9'
		}
		if ok && (!found || len(e.words) > len(best.words)) {
			best, found = e, true
		}
	}
	return best, found
}

// rewrite substitutes synonyms outside quotation marks, each match with
// probability p. It returns the new text and how many were substituted.
func (sy *synonyms) rewrite(r *rng, text string, p float64) (string, int) {
	words := strings.Split(text, " ")
	out := make([]string, 0, len(words)+4)
	inQuote := false
	n := 0
	for i := 0; i < len(words); {
		w := words[i]
		if !inQuote {
			if e, ok := sy.match(words, i); ok && r.chance(p) {
				alts := sy.groups[e.group]
				var repl string
				for {
					repl = alts[r.intn(len(alts))]
					if repl != strings.Join(e.words, " ") || len(alts) == 1 {
						break
					}
				}
				_, tail := splitCore(words[i+len(e.words)-1])
				if i == 0 {
					repl = capitalize(repl)
				}
				fixArticle(out, repl)
				out = append(out, strings.Fields(repl)...)
				out[len(out)-1] += tail
				i += len(e.words)
				n++
				continue
			}
		}
		if q := strings.Count(w, `"`); q%2 == 1 {
			inQuote = !inQuote
		}
		out = append(out, w)
		i++
	}
	return strings.Join(out, " "), n
}

// substituteOne replaces one synonym-able word or phrase outside quotes,
// chosen at random; ok is false when the sentence has none.
func (sy *synonyms) substituteOne(r *rng, text string) (newText, from, to string, ok bool) {
	words := strings.Split(text, " ")
	var at []int
	inQuote := false
	for i, w := range words {
		if !inQuote {
			if _, m := sy.match(words, i); m {
				at = append(at, i)
			}
		}
		if strings.Count(w, `"`)%2 == 1 {
			inQuote = !inQuote
		}
	}
	if len(at) == 0 {
		return text, "", "", false
	}
	i := at[r.intn(len(at))]
	e, _ := sy.match(words, i)
	alts := sy.groups[e.group]
	from = strings.Join(e.words, " ")
	to = from
	for to == from {
		to = alts[r.intn(len(alts))]
	}
	_, tail := splitCore(words[i+len(e.words)-1])
	repl := to
	if i == 0 {
		repl = capitalize(repl)
		from = capitalize(from)
	}
	nw := append([]string{}, words[:i]...)
	fixArticle(nw, repl)
	nw = append(nw, strings.Fields(repl)...)
	nw[len(nw)-1] += tail
	nw = append(nw, words[i+len(e.words):]...)
	return strings.Join(nw, " "), from, repl, true
}

// fixArticle makes a preceding "a" or "an" agree with the word after it.
func fixArticle(out []string, next string) {
	if len(out) == 0 || next == "" {
		return
	}
	last := out[len(out)-1]
	vowel := strings.IndexByte("aeiouAEIOU", next[0]) >= 0
	switch last {
	case "a", "an":
		out[len(out)-1] = map[bool]string{true: "an", false: "a"}[vowel]
	case "A", "An":
		out[len(out)-1] = map[bool]string{true: "An", false: "A"}[vowel]
	}
}
