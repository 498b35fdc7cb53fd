package attribution

import (
	"slices"
	"strings"
)

// sentence finds the credits in tokens [a, b) of one sentence spanning
// code points [rs, re).
func (x *extractor) sentence(a, b, rs, re int) {
	l := x.lang
	x.sentFirst, x.sa, x.sb = a, a, b
	x.sentIndex++
	if a < b && isOpenQuote(x.toks[a].text) {
		x.sentFirst = a + 1
	}
	x.used = slices.Grow(x.used[:0], b-a)[:b-a]
	clear(x.used)
	x.found = x.found[:0]
	x.senSpan = [2]int{rs, re}
	x.senText = x.slice(a, b)

	// A credit line: "Source: Northwire".
	if b-a > 2 && (x.toks[a].low == "source" || x.toks[a].low == "sources") && x.toks[a+1].text == ":" {
		x.creditLine(a+2, a)
	}
	for i := a; i < b; i++ {
		if x.toks[i].low == "according" && i+1 < b && x.toks[i+1].low == "to" && !x.used[i-a] {
			x.according(i)
		}
	}
	for i := a; i < b; i++ {
		if l.SpeechVerbs[x.toks[i].low] != "" && !x.used[i-a] {
			x.verb(i)
		}
	}
	for i := a; i < b; i++ {
		if !x.used[i-a] {
			if k := x.matchPhrase(i, b, l.CreditPhrases); k > i {
				x.credit(i, k)
			}
		}
	}
	// "Speaking to the Capital Courier, Lesia Bondar said…": the relay
	// holds for the statements of the sentence that name none.
	for i := a; i < b && len(x.found) > 0; i++ {
		k := x.matchPhrase(i, b, l.ContextRelays)
		if k == i {
			continue
		}
		if via, ok := x.parseNP(k, b, 1); ok && x.classify(via, true) == Outlet {
			for f := range x.found {
				if x.found[f].Via == "" && x.found[f].Kind != Outlet {
					x.setVia(&x.found[f], via)
				}
			}
		}
		break
	}
	slices.SortStableFunc(x.found, func(p, q Attribution) int { return p.Span[0] - q.Span[0] })
	x.out = append(x.out, x.found...)
	x.trackPerson(b)
}

// trackPerson remembers the person a sentence is about, for "he said" in
// the next two sentences: the person credited in it, or the named person
// it opens with. A sentence about someone else forgets them.
func (x *extractor) trackPerson(b int) {
	if len(x.found) > 0 {
		switch f := x.found[len(x.found)-1]; {
		case f.Resolved:
			x.lastPersonAt = x.sentIndex
		case f.Kind == Person:
			x.lastPerson, x.lastPersonAt = &f, x.sentIndex
		default:
			x.lastPerson = nil
		}
		return
	}
	// The names a sentence opens with: "Colin Reade chairs the group."
	r := x.sentFirst
	for r < b && r-x.sentFirst < maxCore && (x.toks[r].cap || x.toks[r].text == "." && r > x.sentFirst) {
		r++
	}
	if r > x.sentFirst {
		if n, ok := x.parseNP(x.sentFirst, r, 0); ok && x.classify(n, false) == Person && x.toks[n.head].cap {
			p := x.attribution(n, Person, "", n.s, n.srcEnd)
			x.lastPerson, x.lastPersonAt = &p, x.sentIndex
		}
	}
}

func (x *extractor) slice(i, j int) string {
	if j <= i {
		return ""
	}
	return x.text[x.toks[i].bs:x.toks[j-1].be]
}

// attribution builds a credit whose source is n and whose phrase covers
// tokens [from, to) as well as n.
func (x *extractor) attribution(n np, k Kind, verb string, from, to int) Attribution {
	s, e := min(from, n.s), max(to, n.srcEnd)
	at := Attribution{
		Source:       x.slice(n.s, n.srcEnd),
		Kind:         k,
		Verb:         verb,
		SourceSpan:   [2]int{x.toks[n.s].rs, x.toks[n.srcEnd-1].re},
		Sentence:     x.senSpan,
		SentenceText: x.senText,
	}
	if n.via != nil {
		x.setVia(&at, *n.via)
		e = max(e, n.via.srcEnd)
	}
	at.Span = [2]int{x.toks[s].rs, x.toks[e-1].re}
	return at
}

func (x *extractor) setVia(at *Attribution, via np) {
	at.Via = x.slice(via.s, via.srcEnd)
	at.ViaSpan = [2]int{x.toks[via.s].rs, x.toks[via.srcEnd-1].re}
	x.outlets[NormalizeName(at.Via)] = true
}

// emit records a credit and marks its tokens as used.
func (x *extractor) emit(at Attribution, from, to int) {
	for k := max(from, x.sa); k < min(to, x.sb); k++ {
		x.used[k-x.sa] = true
	}
	if at.Kind == Outlet {
		x.outlets[NormalizeName(at.Source)] = true
	}
	if at.Kind == Person {
		if w := strings.Fields(at.Source); len(w) > 0 {
			x.surnames[bare(lower(w[len(w)-1]))] = true
		}
	}
	x.found = append(x.found, at)
}

// emitNP records a credit to n with the phrase over tokens [from, to).
func (x *extractor) emitNP(n np, k Kind, verb string, from, to int) {
	at := x.attribution(n, k, verb, from, to)
	end := max(to, n.e)
	x.emit(at, min(from, n.s), end)
}

func (x *extractor) creditLine(i, from int) {
	for i < x.sb {
		n, ok := x.parseNP(i, x.sb, 0)
		if !ok {
			return
		}
		k := x.classify(n, true)
		if k == "" {
			return
		}
		x.emitNP(n, k, "source", from, n.e)
		i = n.e
		if i < x.sb && (x.toks[i].text == "," || x.toks[i].text == ";" || x.toks[i].text == "/" || x.toks[i].low == "and") {
			i++
			from = i
			continue
		}
		return
	}
}

// according handles "according to X" at token i.
func (x *extractor) according(i int) {
	b := x.sb
	n, ok := x.parseNP(i+2, b, 0)
	if !ok {
		return
	}
	k := x.classify(n, false)
	if k == "" {
		return
	}
	end := n.e
	// "according to the inspection report, which was first obtained by
	// Kestrel Weekly"
	if n.via == nil && end+1 < b && x.toks[end].text == "," && x.lang.RelativeStarts[x.toks[end+1].low] {
		j := end + 2
		for j < b && (x.lang.Passive[x.toks[j].low] || x.toks[j].low == "had" || x.toks[j].low == "first" || x.toks[j].low == "originally" || x.toks[j].low == "previously") {
			j++
		}
		if j+1 < b && x.lang.RelayParticiples[x.toks[j].low] && x.toks[j+1].low == "by" {
			if via, ok := x.parseNP(j+2, b, 1); ok && x.classify(via, true) != "" {
				n.via = &via
				end = via.e
			}
		}
	}
	x.emitNP(n, k, "according to", i, end)
}

// credit handles a credit phrase over tokens [i, k): "originally published
// by Northwire", "as cited by Bild", "insiders quoted by RT".
func (x *extractor) credit(i, k int) {
	n, ok := x.parseNP(k, x.sb, 1)
	if !ok {
		return
	}
	kind := x.classify(n, true)
	if kind == "" {
		return
	}
	words := strings.Fields(lower(x.slice(i, k)))
	for len(words) > 2 && (words[0] == "as" || words[0] == "first" || words[0] == "originally") {
		words = words[1:]
	}
	if len(words) == 3 && words[0] == "as" {
		words = words[1:]
	}
	verb := strings.Join(words, " ")
	if verb == "cited by" || verb == "quoted by" || verb == "reported by" {
		// A source before the relay: "insiders cited by Bild".
		if x.toks[i].low != "as" && i > x.sa {
			if src, ok := x.backNP(i); ok {
				if sk := x.classify(src, false); sk != "" {
					src.via = &n
					x.emitNP(src, sk, verb, i, n.e)
					return
				}
			}
		}
	}
	x.emitNP(n, kind, verb, i, n.e)
}

// verb handles a speech verb at token i.
func (x *extractor) verb(i int) {
	l := x.lang
	a, b := x.sa, x.sb
	v := x.toks[i].low
	lemma := l.SpeechVerbs[v]
	var next string
	if i+1 < b {
		next = x.toks[i+1].low
	}
	if lemma == "cite" || lemma == "quote" {
		if next != "by" {
			x.cite(i)
		}
		return
	}
	if l.NotObject[lemma][next] {
		return
	}
	if lemma == "tell" {
		// "told his troops to hold the line" is an order, not a credit.
		if obj, ok := x.parseNP(i+1, b, 1); ok && obj.e < b && x.toks[obj.e].low == "to" {
			return
		}
	}
	// Between the subject and the verb: "has", "also", "on Monday".
	p := i - 1
	for p >= a && x.toks[p].word && l.SkipBeforeVerb[x.toks[p].low] {
		p--
	}
	if p >= a && (l.Negation[x.toks[p].low] || l.Passive[x.toks[p].low] || x.toks[p].low == "to") {
		return
	}
	if p >= a && (l.TimeWords[x.toks[p].low] || isNumber(x.toks[p].low)) {
		q := p
		for q >= a && (l.TimeWords[x.toks[q].low] || isNumber(x.toks[q].low)) {
			q--
		}
		if q >= a && l.TimePrepositions[x.toks[q].low] {
			p = q - 1
		}
	}
	inverted := p < a || !x.toks[p].word
	if l.NeedComplement[v] && !inverted && i+1 < b {
		t := x.toks[i+1]
		if t.word && t.low != "that" && t.low != "in" && t.low != "on" && !l.TimeWords[t.low] {
			return
		}
	}
	if p >= a && x.toks[p].word && (x.toks[p].low == "he" || x.toks[p].low == "she") {
		if (p == a || !x.toks[p-1].word || l.Stop[x.toks[p-1].low]) && x.lastPerson != nil && x.sentIndex-x.lastPersonAt <= 2 {
			at := *x.lastPerson
			at.Verb, at.Via, at.ViaSpan, at.Resolved = v, "", [2]int{}, true
			at.Span = [2]int{x.toks[p].rs, x.toks[i].re}
			at.Sentence, at.SentenceText = x.senSpan, x.senText
			x.emit(at, p, i+1)
		}
		return
	}
	if src, via, ok := x.subject(p); ok {
		k := x.classify(src, lemma == "report")
		if lemma == "show" && k != Document {
			return
		}
		if k != "" {
			end := i + 1
			if via != nil {
				src.via = via
			}
			if lemma == "tell" && src.via == nil {
				if obj, ok := x.parseNP(i+1, b, 1); ok && x.classify(obj, true) == Outlet {
					src.via = &obj
					end = obj.e
				}
			}
			// "Bild reported, citing insiders": the source is the cited one.
			if end+1 < b && x.toks[end].text == "," && x.toks[end+1].low == "citing" {
				if c, ok := x.parseNP(end+2, b, 1); ok {
					if ck := x.classify(c, false); ck != "" {
						relay := src
						relay.srcEnd = min(relay.srcEnd, relay.e)
						c.via = &relay
						x.emitNP(c, ck, v, src.s, c.e)
						return
					}
				}
			}
			x.emitNP(src, k, v, i, end)
			// "police and organisers said": both.
			if src.s-1 > a && x.toks[src.s-1].low == "and" {
				if other, ok := x.backNP(src.s - 1); ok {
					x.emitNP(other, x.classify(other, lemma == "report"), v, other.e, i+1)
				}
			}
			return
		}
	}
	if lemma == "show" {
		return
	}
	if !inverted && !(p >= a && x.toks[p].text == ",") {
		return
	}
	// "…,” said Roksana Lytvyn, …"
	obj, ok := x.parseNP(i+1, b, 0)
	if !ok {
		return
	}
	k := x.classify(obj, lemma == "report")
	if k == "" {
		return
	}
	if obj.e < b && x.toks[obj.e].word {
		w := x.toks[obj.e].low
		if !(w == "who" || w == "whose" || w == "in" || w == "on" || w == "at" || w == "adding" || w == "and" || l.TimeWords[w]) {
			return
		}
	}
	// "said the group's chairman, Colin Reade"
	if obj.e+1 < b && x.toks[obj.e].text == "," && !(k == Person && x.toks[obj.head].cap) {
		if name, ok := x.parseNP(obj.e+1, b, 1); ok && x.classify(name, false) == Person && x.toks[name.head].cap {
			x.emitNP(name, Person, v, i, name.e)
			return
		}
	}
	x.emitNP(obj, k, v, i, obj.e)
}

// cite handles "Bild cited insiders as saying" and "the newspaper quoted a
// senior official as saying": the object is the source, the subject the
// relay.
func (x *extractor) cite(i int) {
	b := x.sb
	relay, _, ok := x.subject(i - 1)
	if !ok {
		return
	}
	src, ok := x.parseNP(i+1, b, 1)
	if !ok {
		return
	}
	k := x.classify(src, false)
	if k == "" {
		return
	}
	end := src.e
	asSaying := end+1 < b && x.toks[end].low == "as" && x.toks[end+1].low == "saying"
	if !asSaying && x.classify(relay, true) != Outlet {
		return
	}
	if asSaying {
		end += 2
	}
	relay.srcEnd = min(relay.srcEnd, relay.e)
	src.via = &relay
	x.emitNP(src, k, x.toks[i].low, relay.s, end)
}

// subject finds the phrase that ends at token p and is the subject of the
// verb after it. A comma at p may close an appositive ("Lesia Bondar, the
// director, said"), a relative clause ("the Office, which can…, said") or a
// citing clause ("Bild, citing insiders, reported").
func (x *extractor) subject(p int) (np, *np, bool) {
	a := x.sa
	if p < a || p >= x.sb {
		return np{}, nil, false
	}
	if x.toks[p].text != "," {
		if !x.toks[p].word {
			return np{}, nil, false
		}
		n, ok := x.backNP(p + 1)
		if !ok {
			// "Two engineers who worked on the bridge told…"
			for k := p; k > x.sa && k > p-maxBack && x.toks[k].word; k-- {
				if x.toks[k].low == "who" {
					n, ok = x.backNP(k)
					break
				}
			}
		}
		return n, nil, ok
	}
	c1 := -1
	for k := p - 1; k >= a && k > p-30; k-- {
		t := x.toks[k]
		if t.text == "," {
			c1 = k
			break
		}
		if !t.word && t.text != "." && t.text != "&" && t.text != "-" {
			break
		}
	}
	if c1 < 0 || c1+1 >= p {
		return np{}, nil, false
	}
	main, ok := x.backNP(c1)
	if !ok {
		// "The minister of finance, Erik Dahl, said": the name alone.
		if seg, ok := x.parseNP(c1+1, p, 1); ok && seg.e == p && x.classify(seg, false) == Person && x.toks[seg.head].cap {
			return seg, nil, true
		}
		return np{}, nil, false
	}
	first := x.toks[c1+1].low
	switch {
	case first == "citing":
		if c, ok := x.parseNP(c1+2, p, 1); ok && x.classify(c, false) != "" {
			return c, &main, true
		}
		return main, nil, true
	case x.lang.RelayParticiples[first] && c1+2 < p && x.toks[c1+2].low == "by":
		if via, ok := x.parseNP(c1+3, p, 1); ok {
			return main, &via, true
		}
		return main, nil, true
	case x.lang.RelativeStarts[first] || strings.HasSuffix(first, "ing"):
		return main, nil, true
	}
	seg, ok := x.parseNP(c1+1, p, 1)
	if !ok || seg.e != p {
		return main, nil, true
	}
	mk, sk := x.classify(main, false), x.classify(seg, false)
	mainNamed := mk == Person && x.toks[main.head].cap
	if sk == Person && x.toks[seg.head].cap && !mainNamed {
		return seg, nil, true
	}
	if mk != "" {
		return main, nil, true
	}
	return np{}, nil, false
}

// backNP finds the longest source phrase that ends right before token end.
func (x *extractor) backNP(end int) (np, bool) {
	for s := max(x.sa, end-maxBack); s < end; s++ {
		if s > x.sa && x.toks[s-1].word && !x.lang.Stop[x.toks[s-1].low] && x.toks[s-1].cap && x.toks[s].cap {
			continue // do not start inside a name
		}
		n, ok := x.parseNP(s, end, 0)
		if ok && n.e == end && x.classify(n, false) != "" {
			return n, true
		}
	}
	return np{}, false
}
