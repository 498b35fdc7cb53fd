package attribution

import "strings"

// np is a noun phrase over tokens: [s, srcEnd) is the source as written
// (determiner, words, attached phrases), [srcEnd, e) an optional relay
// ("cited by Bild") whose phrase is via.
type np struct {
	s, e      int
	srcEnd    int
	det       string
	coreStart int // first token after the determiner
	head      int // last word of the core
	attached  bool
	via       *np
}

const (
	maxCore  = 10 // words in one phrase's core
	maxBack  = 14 // tokens searched back from a verb for its subject
	maxDepth = 2  // nested attached phrases
)

// parseNP reads a noun phrase starting at token i, not past lim.
func (x *extractor) parseNP(i, lim, depth int) (np, bool) {
	l := x.lang
	toks := x.toks
	n := np{s: i}
	j := i
	if j < lim && toks[j].word && (l.Determiners[toks[j].low] || isNumber(toks[j].low)) {
		n.det = toks[j].low
		j++
	}
	n.coreStart = j
	for j < lim && j-n.coreStart < maxCore {
		t := toks[j]
		if j > n.coreStart && x.matchPhrase(j, lim, l.PostModifiers) > j {
			break
		}
		if !t.word {
			if t.text == "." && j > n.coreStart && (l.Titles[toks[j-1].low] || isInitial(toks[j-1].text)) {
				j++
				continue
			}
			if t.text == "&" && j > n.coreStart && toks[j-1].cap && j+1 < lim && toks[j+1].cap {
				j++
				continue
			}
			break
		}
		if l.Connectors[t.low] && !t.cap && j > n.coreStart && toks[j-1].cap && j+1 < lim && toks[j+1].word && toks[j+1].cap {
			j++
			continue
		}
		if t.cap {
			if l.Stop[t.low] || l.Determiners[t.low] || l.SpeechVerbs[t.low] != "" {
				break
			}
			j++
			continue
		}
		if l.Stop[t.low] || l.SpeechVerbs[t.low] != "" || l.RelayParticiples[t.low] || l.Passive[t.low] ||
			l.Negation[t.low] || l.Determiners[t.low] || l.AttachPrepositions[t.low] {
			break
		}
		if strings.HasSuffix(t.low, "ly") && !x.isNoun(t.low) && t.low != "family" {
			break
		}
		// A participle after a noun starts a modifier: "papers filed on…".
		if strings.HasSuffix(t.low, "ed") && j > n.coreStart && x.isNoun(bare(toks[j-1].low)) {
			break
		}
		j++
	}
	// A time at the end is not part of the source: "officials Monday".
	for j-1 > n.coreStart && l.TimeWords[toks[j-1].low] {
		j--
	}
	if j == n.coreStart || l.TimeWords[toks[n.coreStart].low] {
		return n, false
	}
	n.head = j - 1
	if possessive(toks[n.head].low) {
		return n, false
	}
	// Phrases that identify the source: "people familiar with the matter",
	// "officials at the port authority".
	for range 2 {
		if depth >= maxDepth || j >= lim {
			break
		}
		if k := x.matchPhrase(j, lim, l.PostModifiers); k > j {
			if sub, ok := x.parseNP(k, lim, depth+1); ok {
				j = sub.srcEnd
				n.attached = true
				continue
			}
		}
		h := bare(toks[n.head].low)
		role := l.RoleNouns[h] || l.RoleNouns[singular(h)] || l.Spokes[h]
		prep := toks[j].low
		if (l.AttachPrepositions[prep] || prep == "to" && role) && !toks[j].cap {
			sub, ok := x.parseNP(j+1, lim, depth+1)
			loose := (role && (prep == "of" || prep == "to")) || (l.DocumentNouns[h] && prep == "of")
			if ok && (x.identifies(sub) || loose && !l.TimeWords[bare(toks[sub.head].low)]) {
				j = sub.srcEnd
				n.attached = true
				continue
			}
		}
		break
	}
	n.srcEnd = j
	// The relay: "cited by Bild", "first obtained by Kestrel Weekly".
	k := j
	if k < lim && (toks[k].low == "first" || toks[k].low == "originally" || toks[k].low == "previously") {
		k++
	}
	if k+1 < lim && l.RelayParticiples[toks[k].low] && toks[k+1].low == "by" && depth < maxDepth {
		if via, ok := x.parseNP(k+2, lim, depth+1); ok && x.classify(via, true) != "" {
			n.via = &via
			j = via.srcEnd
		}
	}
	n.e = j
	return n, true
}

// identifies: an attached phrase names an organisation or a place, not a
// time or a manner ("in a statement", "on Monday").
func (x *extractor) identifies(sub np) bool {
	l := x.lang
	h := bare(x.toks[sub.head].low)
	if l.TimeWords[h] || l.DocumentNouns[h] {
		return false
	}
	for k := sub.coreStart; k <= sub.head; k++ {
		if x.toks[k].cap {
			return true
		}
	}
	return l.InstitutionNouns[h] || l.OutletNouns[h] || l.CompanySuffixes[h] || places[h] || l.AnonymousNouns[h]
}

var places = set("village town city region area country district island port valley county province state " +
	"capital border front matter talks negotiations case investigation plans deal discussions")

// matchPhrase returns the token after a phrase of the list that starts at
// i, or i when none does.
func (x *extractor) matchPhrase(i, lim int, list [][]string) int {
next:
	for _, p := range list {
		if i+len(p) > lim {
			continue
		}
		for k, w := range p {
			if x.toks[i+k].low != w {
				continue next
			}
		}
		return i + len(p)
	}
	return i
}

func (x *extractor) isNoun(w string) bool {
	l := x.lang
	if l.AnonymousNouns[w] || l.RoleNouns[w] || l.Spokes[w] || l.InstitutionNouns[w] || l.CompanySuffixes[w] ||
		l.OutletNouns[w] || l.DocumentNouns[w] {
		return true
	}
	w = singular(w)
	return l.RoleNouns[w] || l.InstitutionNouns[w] || l.OutletNouns[w] || l.DocumentNouns[w]
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func isInitial(w string) bool {
	return len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z'
}

// isDomain: "pulse24.example", "bild.de".
func isDomain(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || len(w)-dot-1 < 2 {
		return false
	}
	for _, r := range w[dot+1:] {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

// classify says what kind of source a phrase names, or "" when it names no
// source ("according to plan", "the ship said"). relay is set when the
// phrase stands where an outlet stands: the object of "told" or "cited
// by", the subject of "reported", a credit line.
func (x *extractor) classify(n np, relay bool) Kind {
	l := x.lang
	toks := x.toks
	head := toks[n.head]
	h := bare(head.low)
	if n.det == "" && n.head == n.coreStart && l.Pronouns[head.low] {
		return ""
	}
	for k := n.coreStart; k <= n.head; k++ {
		if isDomain(toks[k].text) {
			return Outlet
		}
	}
	headCap := head.cap
	// A capital at the start of a sentence or quote is not a name:
	// "Officials said", "Police said".
	if headCap && x.isNoun(h) && (n.head == x.sentFirst || n.head > 0 && isOpenQuote(toks[n.head-1].text)) {
		headCap = false
	}
	if headCap {
		return x.classifyName(n, relay)
	}
	if l.NegativeHeads[h] || l.Pronouns[h] {
		return ""
	}
	cap, inst, poss := false, false, false
	for k := n.coreStart; k < n.head; k++ {
		t := toks[k]
		if t.cap && !(k == x.sentFirst && x.isNoun(bare(t.low))) {
			cap = true
		}
		if l.InstitutionNouns[bare(t.low)] {
			inst = true
		}
		if possessive(t.low) {
			poss = true
		}
	}
	switch {
	case l.Spokes[h] || l.Spokes[singular(h)]:
		if cap || inst || n.attached {
			return Institution
		}
		return Anonymous
	case l.AnonymousNouns[h] || h == "official":
		return Anonymous
	case l.InstitutionNouns[h] || l.CompanySuffixes[h]:
		return Institution
	case l.OutletNouns[h]:
		return Outlet
	case l.DocumentNouns[h]:
		return Document
	case l.InstitutionNouns[singular(h)]:
		return Institution
	case l.OutletNouns[singular(h)]:
		return Outlet
	case l.DocumentNouns[singular(h)]:
		return Document
	case l.RoleNouns[h]:
		if poss || n.det == "the" || n.det == "its" || n.det == "their" || n.det == "his" || n.det == "her" || n.det == "our" || n.det == "this" || n.det == "that" {
			return Person
		}
		return Anonymous
	case l.RoleNouns[singular(h)]:
		return Anonymous
	}
	return ""
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// classifyName classifies a phrase that ends in a capitalised word.
func (x *extractor) classifyName(n np, relay bool) Kind {
	l := x.lang
	toks := x.toks
	// The run of capitalised words (and connectors) that ends the core.
	r := n.head
	for r > n.coreStart {
		p := toks[r-1]
		if p.cap || p.text == "." || p.text == "&" || (l.Connectors[p.low] && r-2 >= n.coreStart && toks[r-2].cap) {
			r--
			continue
		}
		break
	}
	var words []string
	names, titles := 0, 0
	amp := false
	inst, outlet := false, false
	for k := r; k <= n.head; k++ {
		t := toks[k]
		if !t.word {
			amp = amp || t.text == "&"
			continue
		}
		b := bare(t.low)
		words = append(words, b)
		switch {
		case l.Connectors[t.low]:
		case l.Titles[b]:
			titles++
		default:
			names++
		}
		if l.InstitutionNouns[b] || l.CompanySuffixes[b] {
			inst = true
		}
	}
	run := strings.Join(words, " ")
	if x.personBeforeOf(words) {
		return Person
	}
	h := words[len(words)-1]
	if l.KnownOutlets[run] || x.outlets[run] {
		return Outlet
	}
	if l.OutletSuffixes[h] || strings.HasSuffix(h, "24") {
		outlet = true
	}
	if h == "agency" {
		outlet = strings.Contains(run, "news") || strings.Contains(run, "press")
		inst = !outlet
	}
	if outlet {
		return Outlet
	}
	if inst || amp {
		return Institution
	}
	// A role word before the name: "councillor Priya Nandakumar".
	for k := n.coreStart; k < r; k++ {
		if l.RoleNouns[bare(toks[k].low)] || l.Titles[bare(toks[k].low)] {
			titles++
		}
	}
	switch {
	case names >= 1 && titles > 0 && n.det == "":
		return Person
	case names >= 2 && names <= 4 && n.det == "":
		return Person
	case names == 1 && x.surnames[h]:
		return Person
	case relay:
		return Outlet
	case names >= 1:
		return Institution
	}
	return ""
}

// personBeforeOf: a titled name and its organisation, "Professor Lena
// Marsh of Ashcombe University", is the person. Without a title the words
// before "of" may as well be an organisation ("Holvanka Chamber of
// Commerce").
func (x *extractor) personBeforeOf(words []string) bool {
	l := x.lang
	names, titles := 0, 0
	for i, w := range words {
		if w == "of" || w == "at" {
			return i > 0 && names >= 1 && titles > 0
		}
		switch {
		case l.InstitutionNouns[w] || l.CompanySuffixes[w] || l.OutletSuffixes[w] || l.KnownOutlets[w]:
			return false
		case l.Titles[w]:
			titles++
		case l.Connectors[w]:
			return false
		default:
			names++
		}
	}
	return false
}
