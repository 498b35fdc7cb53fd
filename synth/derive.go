package synth

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Derivations. Each makes a new article from an existing member of the
// family (its source) the way republishers do, and records the intended
// changes. None of them writes into its source.

func cloneParas(ps []para, dropBoiler bool) []para {
	out := make([]para, 0, len(ps)+2)
	for _, p := range ps {
		if dropBoiler && p.kind == pBoiler {
			continue
		}
		out = append(out, para{kind: p.kind, sents: slices.Clone(p.sents)})
	}
	return out
}

// spell renders canonical text in an article's spellings, for change
// records.
func (g *generator) spell(a *article, text string) string {
	for gi, grp := range a.ev.aliasGroups {
		if v := a.alias[gi]; v != 0 {
			text = replaceWord(text, g.lib.v.aliases[grp][0], g.lib.v.aliases[grp][v])
		}
	}
	return text
}

func (g *generator) delay(r *rng) time.Duration {
	if g.cfg.Chains {
		// Log-normal: median 3 hours, about a tenth over a day, a few over
		// a week; at least 2 minutes, at most 14 days.
		d := time.Duration(float64(3*time.Hour) * math.Exp(1.6*r.normal()))
		return min(max(d, 2*time.Minute), 14*24*time.Hour).Truncate(time.Second)
	}
	switch x := r.float(); {
	case x < 0.5:
		return time.Duration(r.between(5, 180)) * time.Minute
	case x < 0.8:
		return time.Duration(r.between(180, 1440)) * time.Minute
	default:
		return time.Duration(r.between(24*60, 7*24*60)) * time.Minute
	}
}

func (g *generator) derivedArticle(ev *event, src *article, o *outlet) *article {
	r := &g.w.r
	a := g.newArticle(ev, o, src.t.Add(g.delay(r)))
	a.dated = !r.chance(g.cfg.FamilyMix.Undated)
	return a
}

// duplicate: the source near-identical: a new headline, a few words, the
// outlet's dateline and quotation marks. edits is how many words to change.
func (g *generator) duplicate(src *article, o *outlet, edits int) *article {
	w := g.w
	d := g.derivedArticle(src.ev, src, o)
	d.alias = slices.Clone(src.alias)
	d.paras = cloneParas(src.paras, false)
	d.stock = slices.Clone(src.stock)
	d.title = g.tweakTitle(src.title)
	for e := 0; e < edits; e++ {
		for try := 0; try < 6; try++ {
			p := &d.paras[w.r.intn(len(d.paras))]
			// A paragraph can be left without sentences (rare: one in
			// about a million articles); it has nothing to edit.
			if (p.kind != pBody && p.kind != pLead) || len(p.sents) == 0 {
				continue
			}
			s := &p.sents[w.r.intn(len(p.sents))]
			nt, from, to, ok := w.lib.syn.substituteOne(&w.r, s.text)
			if !ok {
				continue
			}
			s.text = nt
			s.q0, s.q1 = -1, -1
			d.changes = append(d.changes, Change{Kind: "edit", AText: from, BText: to})
			break
		}
	}
	return d
}

func (g *generator) tweakTitle(t string) string {
	r := &g.w.r
	switch r.intn(5) {
	case 0:
		return t
	case 1:
		return pick(r, []string{"BREAKING: ", "Update: ", "WATCH: ", "Report: "}) + t
	case 2:
		return t + pick(r, []string{" | News", " - Latest", " (update)", " – report"})
	case 3:
		return strings.ToUpper(t[:1]) + strings.ToLower(t[1:])
	default:
		if nt, _, _, ok := g.lib.syn.substituteOne(r, t); ok {
			return nt
		}
		return t + " – report"
	}
}

// copyOf: most of the source verbatim, with the changes a republisher
// makes. strict disables deletions, for a retry that must keep enough of
// the source.
func (g *generator) copyOf(src *article, o *outlet, strict bool) *article {
	w := g.w
	r := &w.r
	ev := src.ev
	c := g.derivedArticle(ev, src, o)
	same := slices.Equal(c.alias, src.alias)
	if same && len(ev.aliasGroups) > 0 && r.chance(0.6) {
		gi := r.intn(len(ev.aliasGroups))
		nv := len(g.lib.v.aliases[ev.aliasGroups[gi]])
		c.alias[gi] = uint8((int(c.alias[gi]) + 1 + r.intn(nv-1)) % nv)
	}
	paras := cloneParas(src.paras, true)
	for _, id := range src.stock {
		if g.stock.passages[id].Kind == "background" || g.stock.passages[id].Kind == "famous" {
			c.stock = append(c.stock, id)
		}
	}
	embed := r.chance(0.12)
	// Deletions come first, so that every later change is on text the copy
	// keeps and every deleted sentence is the source's own.
	if !embed && !strict && r.chance(0.4) {
		for n := r.between(1, 3); n > 0; n-- {
			at := r.intn(len(paras))
			p := &paras[at]
			if p.kind != pBody || len(p.sents) < 2 {
				continue
			}
			i := r.intn(len(p.sents))
			if p.sents[i].kind == sCredit {
				continue // a dropped credit is recorded as attribution
			}
			c.changes = append(c.changes, Change{Kind: "delete", AText: g.spell(src, p.sents[i].text)})
			p.sents = slices.Delete(p.sents, i, i+1)
		}
	}
	if r.chance(0.7) {
		paras = g.dropCredit(src, c, paras)
	}
	if r.chance(0.4) {
		g.changeNumber(src, c, paras)
	}
	if r.chance(0.35) {
		g.alterQuote(src, c, paras)
	}
	if r.chance(0.35) {
		s := w.say(ev, roleFraming)
		at := r.intn(len(paras))
		p := &paras[at]
		if p.kind == pBody || p.kind == pLead {
			p.sents = append(p.sents, s)
		} else {
			paras = insertPara(paras, at, para{kind: pBody, sents: []sentence{s}})
		}
		c.changes = append(c.changes, Change{Kind: "insert", BText: g.spell(c, s.text)})
	}
	if !embed && r.chance(0.5) {
		for n := r.between(1, 2); n > 0; n-- {
			paras = g.addParagraph(c, paras)
		}
	}
	if r.chance(0.3) {
		ev.fields[fSrc] = src.o.name
		s := w.say(ev, roleSrcCredit)
		paras = append(paras, para{kind: pBody, sents: []sentence{s}})
		c.changes = append(c.changes, Change{Kind: "attribution", BText: s.text})
	}
	c.title = src.title
	if r.chance(0.5) {
		c.title = w.title(ev)
	}
	if embed {
		paras, c.title = g.embed(c, src, paras)
	}
	c.paras = paras
	w.addBoilerplate(c, g.stock)
	return c
}

// embed puts the whole of paras inside a longer article about another
// story, behind a sentence that introduces it.
func (g *generator) embed(c, src *article, paras []para) ([]para, string) {
	w := g.w
	r := &w.r
	hostEv, host := g.hostText(r.between(150, 500))
	src.ev.fields[fSrc] = src.o.name
	hostEv.fields[fSrc] = src.o.name
	intro := w.say(hostEv, roleIntro)
	k := 1 + r.intn(len(host))
	out := append([]para(nil), host[:k]...)
	out = append(out, para{kind: pIntro, sents: []sentence{intro}})
	out = append(out, paras...)
	out = append(out, host[k:]...)
	c.changes = append(c.changes, Change{Kind: "insert", BText: intro.text})
	return out, w.title(hostEv)
}

// hostText writes text about a new, unrelated story, for an excerpt or an
// embedding to sit in. It does not count against the family's frames.
func (g *generator) hostText(words int) (*event, []para) {
	w := g.w
	saved := slices.Clone(w.used)
	ev := w.newEvent(w.r.intn(len(g.lib.g.topics)))
	paras, _, _ := w.compose(ev, nil, words, nil, composeOpts{credit: 0.2})
	for i := range paras {
		paras[i].kind = pHost
	}
	copy(w.used, saved)
	return ev, paras
}

func (g *generator) addParagraph(c *article, paras []para) []para {
	w := g.w
	p := para{kind: pBody}
	for n := w.r.between(2, 3); n > 0; n-- {
		if w.r.chance(0.6) {
			p.sents = append(p.sents, w.say(c.ev, roleBody))
		} else {
			p.sents = append(p.sents, w.say(c.ev, roleSay))
		}
	}
	var texts []string
	for _, s := range p.sents {
		texts = append(texts, s.text)
	}
	c.changes = append(c.changes, Change{Kind: "insert", BText: g.spell(c, joinSentences(texts))})
	return insertPara(paras, 1+w.r.intn(len(paras)), p)
}

func (g *generator) dropCredit(src, c *article, paras []para) []para {
	for pi := range paras {
		p := &paras[pi]
		for si := range p.sents {
			s := &p.sents[si]
			if s.kind != sCredit {
				continue
			}
			if s.credit >= 0 {
				old := s.text
				s.text = s.text[:s.credit] + "."
				s.credit = -1
				s.words = int16(countWords(s.text))
				s.kind = sPlain
				s.frame = -1 // the clause is not part of the frame: keep the text
				c.changes = append(c.changes, Change{Kind: "attribution", AText: g.spell(src, old[len(s.text)+1:len(old)-1])})
				return paras
			}
			c.changes = append(c.changes, Change{Kind: "attribution", AText: g.spell(src, s.text)})
			p.sents = slices.Delete(p.sents, si, si+1)
			if len(p.sents) == 0 {
				paras = slices.Delete(paras, pi, pi+1)
			}
			return paras
		}
	}
	return paras
}

func (g *generator) changeNumber(src, c *article, paras []para) {
	r := &g.w.r
	ev := c.ev
	nums := []string{ev.fields[fN1], ev.fields[fN2], ev.fields[fN3], ev.fields[fP]}
	type at struct{ p, s, n int }
	var cands []at
	for pi, p := range paras {
		if p.kind != pBody && p.kind != pLead {
			continue
		}
		for si, s := range p.sents {
			if s.kind == sLiteral || s.touched {
				continue
			}
			for ni, n := range nums {
				if countWord(s.text, n) > 0 {
					cands = append(cands, at{pi, si, ni})
				}
			}
		}
	}
	if len(cands) == 0 {
		return
	}
	x := cands[r.intn(len(cands))]
	old := nums[x.n]
	nw := otherNumber(r, old)
	s := &paras[x.p].sents[x.s]
	i := strings.Index(s.text, old)
	for i >= 0 && !(isBoundary(s.text, i-1) && isBoundary(s.text, i+len(old))) {
		j := strings.Index(s.text[i+1:], old)
		if j < 0 {
			i = -1
			break
		}
		i += 1 + j
	}
	if i < 0 {
		return
	}
	s.text = s.text[:i] + nw + s.text[i+len(old):]
	s.touched = true
	s.vals = slices.Clone(s.vals)
	for k, v := range s.vals {
		if v == old {
			s.vals[k] = nw
		}
	}
	if s.q0 >= 0 && int32(i) < s.q1 {
		s.q1 += int32(len(nw) - len(old))
		if int32(i) < s.q0 {
			s.q0 += int32(len(nw) - len(old))
		}
	}
	c.changes = append(c.changes, Change{Kind: "number", AText: old, BText: nw})
}

// otherNumber returns a plausible wrong or corrected version of n.
func otherNumber(r *rng, n string) string {
	if i := strings.IndexByte(n, '.'); i >= 0 {
		whole, _ := strconv.Atoi(n[:i])
		return strconv.Itoa(whole+r.between(1, 5)) + n[i:]
	}
	v, err := strconv.Atoi(strings.ReplaceAll(n, ",", ""))
	if err != nil {
		return n + "0"
	}
	d := v / 5
	if d < 1 {
		d = 1
	}
	nv := v + r.between(1, d)
	if r.chance(0.5) && v-d > 1 {
		nv = v - r.between(1, d)
	}
	if strings.Contains(n, ",") || nv >= 1000 {
		return commaInt(nv)
	}
	return strconv.Itoa(nv)
}

func (g *generator) alterQuote(src, c *article, paras []para) {
	r := &g.w.r
	type at struct{ p, s int }
	var cands []at
	for pi, p := range paras {
		for si, s := range p.sents {
			if s.kind == sQuote && s.q0 >= 0 && !s.touched && (p.kind == pBody || p.kind == pLead) {
				cands = append(cands, at{pi, si})
			}
		}
	}
	if len(cands) == 0 {
		return
	}
	x := cands[r.intn(len(cands))]
	s := &paras[x.p].sents[x.s]
	q := s.text[s.q0:s.q1]
	var nq string
	if i := strings.Index(q, ", "); i > 12 && r.chance(0.5) {
		nq = q[:i] // the quote cut short
	} else if t, _, _, ok := g.lib.syn.substituteOne(r, q); ok {
		nq = t
	} else {
		words := strings.Fields(q)
		k := 1 + r.intn(len(words)-1)
		nq = strings.Join(words[:k], " ") + " " + pick(r, []string{"really", "simply", "clearly", "absolutely"}) + " " + strings.Join(words[k:], " ")
	}
	s.text = s.text[:s.q0] + nq + s.text[s.q1:]
	s.q1 = s.q0 + int32(len(nq))
	s.touched = true
	s.vals = slices.Clone(s.vals)
	for k, v := range s.vals {
		if v == q {
			s.vals[k] = nq
		}
	}
	c.changes = append(c.changes, Change{Kind: "quote", AText: g.spell(src, q), BText: g.spell(c, nq)})
}

// excerptOf: a passage of the source, 100 to 400 words from its start,
// middle or end, inside an otherwise unrelated longer article. It returns
// nil when the source is too short for a passage of at least 100 words
// that is at most half of it.
func (g *generator) excerptOf(src *article, o *outlet) *article {
	w := g.w
	r := &w.r
	type ref struct {
		p    int
		text string
		n    int
	}
	var sents []ref
	total := 0
	for pi, p := range src.paras {
		if p.kind == pBoiler {
			continue // the source's boilerplate ends it: not part of a story passage
		}
		for _, s := range p.sents {
			t := s.text
			if respellable(p.kind, s.kind) {
				t = g.spell(src, t)
			}
			n := WordCount(t)
			sents = append(sents, ref{pi, t, n})
			total += n
		}
	}
	if total < 200 {
		return nil
	}
	k := 100
	if r.chance(0.75) {
		k = r.between(100, 400)
	}
	if k > total*45/100 {
		k = total * 45 / 100
	}
	if k < 100 {
		k = 100
	}
	exact := k == 100 || r.chance(0.35)
	// Where the passage starts: at the start, in the middle or so that it
	// ends the source's text.
	var start int
	switch r.intn(3) {
	case 0:
		start = 0
	case 1:
		start = r.intn(len(sents))
	default:
		n := 0
		start = len(sents) - 1
		for start > 0 && n+sents[start].n < k {
			n += sents[start].n
			start--
		}
	}
	for {
		n := 0
		for i := start; i < len(sents); i++ {
			n += sents[i].n
		}
		if n >= k || start == 0 {
			break
		}
		start--
	}
	var passage []para
	words := 0
	lastP := -1
	for i := start; i < len(sents) && words < k; i++ {
		s := sents[i]
		t := s.text
		if exact && words+s.n > k {
			t = firstWords(t, k-words) + "…"
		}
		if s.p != lastP {
			passage = append(passage, para{kind: pPassage})
			lastP = s.p
		}
		ls := literal(t)
		passage[len(passage)-1].sents = append(passage[len(passage)-1].sents, ls)
		words += WordCount(t)
	}
	x := g.newArticle(nil, o, src.t.Add(g.delay(r)+time.Duration(r.intn(14*24))*time.Hour))
	x.dated = !r.chance(g.cfg.FamilyMix.Undated)
	hostEv, host := g.hostText(words*r.between(12, 25)/10 + 100)
	x.ev = hostEv
	x.alias = g.spellings(hostEv, o)
	at := 1 + r.intn(len(host))
	out := append([]para(nil), host[:at]...)
	if r.chance(0.5) {
		hostEv.fields[fSrc] = src.o.name
		out = append(out, para{kind: pIntro, sents: []sentence{w.say(hostEv, roleIntro)}})
	}
	out = append(out, passage...)
	out = append(out, host[at:]...)
	x.paras = out
	x.excerpt = words
	x.title = w.title(hostEv)
	w.addBoilerplate(x, g.stock)
	return x
}

func firstWords(t string, n int) string {
	count := 0
	in := false
	for i := 0; i < len(t); i++ {
		sp := t[i] == ' '
		if !sp && !in {
			if count == n {
				return strings.TrimRight(t[:i], " ")
			}
			count++
		}
		in = !sp
	}
	return t
}

// rewriteOf: the source paraphrased: each sentence rendered again from its
// facts with another variant of its frame, synonyms substituted, sentences
// merged, split and reordered, framing added, the credit often dropped.
// Quotations stay verbatim, as they do in real rewrites.
func (g *generator) rewriteOf(src *article, o *outlet) *article {
	w := g.w
	r := &w.r
	ev := src.ev
	a := g.derivedArticle(ev, src, o)
	var lead []sentence
	var body []sentence
	for pi, p := range src.paras {
		switch p.kind {
		case pBoiler, pPassage, pIntro, pStock:
			// Stock background is not paraphrased: the rewriter's outlet
			// appends its own, as the original's did.
			continue
		}
		for si, s := range p.sents {
			if s.kind == sCredit && r.chance(0.5) {
				continue
			}
			var ns sentence
			if s.frame >= 0 && (p.kind == pBody || p.kind == pLead) {
				f := &g.lib.g.frames[s.frame]
				v := int(s.variant)
				if len(f.vars) > 1 {
					v = (v + 1 + r.intn(len(f.vars)-1)) % len(f.vars)
				}
				ns = sentence{sp: s.sp, kind: s.kind, vals: slices.Clone(s.vals)}
				if ns.kind == sCredit {
					ns.kind = sPlain
				}
				w.renderFrame(ev, int(s.frame), v, &ns)
			} else {
				ns = s
				if p.kind != pFamous {
					ns.kind = sPlain
				}
			}
			if p.kind != pFamous {
				ns.text, _ = g.lib.syn.rewrite(r, ns.text, 0.85)
			}
			ns.q0, ns.q1, ns.credit = -1, -1, -1
			ns.frame = -1
			ns.words = int16(countWords(ns.text))
			if pi == 0 && si == 0 {
				lead = append(lead, ns)
			} else {
				body = append(body, ns)
			}
		}
	}
	body = g.splitMerge(body)
	// Reorder: move sentences a few places.
	for i := 0; i < len(body)/2; i++ {
		j := r.intn(len(body))
		k := j + r.between(-4, 4)
		if k >= 0 && k < len(body) {
			body[j], body[k] = body[k], body[j]
		}
	}
	if r.chance(0.4) {
		f := w.say(ev, roleFraming)
		body = slices.Insert(body, r.intn(len(body)+1), f)
	}
	var paras []para
	paras = append(paras, para{kind: pLead, sents: lead})
	for i := 0; i < len(body); {
		n := min(r.between(1, 4), len(body)-i)
		paras = append(paras, para{kind: pBody, sents: body[i : i+n]})
		i += n
	}
	if r.chance(0.3) {
		ev.fields[fSrc] = src.o.name
		paras = append(paras, para{kind: pBody, sents: []sentence{w.say(ev, roleSrcCredit)}})
	}
	if b := o.backs[ev.topic]; b >= 0 && r.chance(o.backRate) {
		paras = append(paras, para{kind: pStock, sents: []sentence{literal(g.stock.passages[b].Text)}})
		a.stock = append(a.stock, b)
	}
	a.paras = paras
	a.statement = src.statement
	a.title = w.title(ev)
	w.addBoilerplate(a, g.stock)
	return a
}

// splitMerge splits long sentences at a conjunction and merges short
// neighbours, as rewriters do.
func (g *generator) splitMerge(ss []sentence) []sentence {
	r := &g.w.r
	var out []sentence
	for i := 0; i < len(ss); i++ {
		s := ss[i]
		if s.kind != sQuote && s.kind != sStatement && !strings.Contains(s.text, `"`) {
			if j := strings.Index(s.text, ", "); j > 30 && len(s.text)-j > 30 && r.chance(0.3) {
				rest := s.text[j+2:]
				for _, c := range []string{"and ", "while ", "but ", "which "} {
					rest = strings.TrimPrefix(rest, c)
				}
				if fw, _, _ := strings.Cut(rest, " "); g.lib.lower[strings.ToLower(fw)] || strings.ToLower(fw) == fw {
					a := literal(s.text[:j] + ".")
					b := literal(capitalize(rest))
					a.kind, b.kind = sPlain, sPlain
					out = append(out, a, b)
					continue
				}
			}
			if i+1 < len(ss) && s.words < 22 && ss[i+1].words < 22 && ss[i+1].kind == sPlain && s.kind == sPlain && r.chance(0.35) {
				next := ss[i+1].text
				fw, rest, _ := strings.Cut(next, " ")
				if g.lib.lower[strings.ToLower(fw)] {
					next = strings.ToLower(fw) + " " + rest
				}
				m := literal(strings.TrimSuffix(s.text, ".") + pick(r, []string{", and ", "; ", ", while "}) + next)
				m.kind = sPlain
				out = append(out, m)
				i++
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// related: the same event written up independently: the same names,
// places and numbers, new sentences, maybe the official statement.
func (g *generator) related(root *article, o *outlet) *article {
	w := g.w
	r := &w.r
	a := g.newArticle(root.ev, o, root.t.Add(time.Duration(r.between(-24*60, 48*60))*time.Minute))
	a.dated = !r.chance(g.cfg.FamilyMix.Undated)
	a.paras, a.statement, a.stock = w.compose(root.ev, o, g.words(), g.stock, composeOpts{statement: 0.6, credit: 0.3, stock: true})
	a.title = w.title(root.ev)
	w.addBoilerplate(a, g.stock)
	return a
}

func (w *writer) title(ev *event) string {
	s := w.say(ev, roleTitle)
	return strings.TrimSuffix(s.text, ".")
}
