package synth

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// paragraph kinds
const (
	pBody    uint8 = iota
	pLead          // first paragraph
	pStock         // a stock background paragraph: verbatim, never respelled
	pBoiler        // the outlet's own boilerplate: derivations drop it
	pFamous        // a widely quoted statement
	pPassage       // a passage taken verbatim from another article
	pIntro         // a sentence introducing a passage or an embedded article
	pHost          // text of another story around an excerpt or embedding
)

type para struct {
	kind  uint8
	sents []sentence
}

// article is one generated article, kept only while its family is built.
type article struct {
	serial   int
	url      string
	title    string
	byline   string
	o        *outlet
	t        time.Time
	dated    bool
	ev       *event
	paras    []para
	alias    []uint8 // spelling per ev.aliasGroups
	curly    bool
	dateline int

	text       string
	aliasCount []int // occurrences per ev.aliasGroups in the rendered text

	// family bookkeeping
	idx       int // position in the family
	parent    int // -1 for the root and for related coverage
	deriv     string
	statement bool // quotes the event's official statement
	changes   []Change
	excerpt   int // words of the passage, for excerpts
	toks      []uint64
	sh        []uint64
	ri        runIndex
	stock     []int // stock passage ids used
}

// composeOpts say what an article written from an event may contain.
type composeOpts struct {
	statement float64 // chance of quoting the official statement
	credit    float64 // chance of a credit to another outlet
	stock     bool    // outlet background paragraph and famous quotes
}

// compose writes a new article body of about target words from ev.
func (w *writer) compose(ev *event, o *outlet, target int, st *stockSet, opt composeOpts) ([]para, bool, []int) {
	clear(w.art)
	r := &w.r
	var paras []para
	lead := para{kind: pLead}
	lead.sents = append(lead.sents, w.say(ev, roleLead))
	if r.chance(0.5) {
		lead.sents = append(lead.sents, w.say(ev, roleBody))
	}
	paras = append(paras, lead)
	words := sentWords(lead.sents)
	stmt := r.chance(opt.statement)
	stmtDone := false
	for words < target {
		p := para{kind: pBody}
		n := r.between(1, 4)
		for i := 0; i < n; i++ {
			var s sentence
			switch x := r.float(); {
			case x < 0.5:
				s = w.say(ev, roleBody)
			case x < 0.8:
				s = w.say(ev, roleSay)
			default:
				s = w.say(ev, roleContext)
			}
			p.sents = append(p.sents, s)
			words += int(s.words)
		}
		paras = append(paras, p)
		if stmt && !stmtDone && (r.chance(0.3) || words > target/2) {
			s := w.say(ev, roleStateSay)
			paras = append(paras, para{kind: pBody, sents: []sentence{s}})
			words += int(s.words)
			stmtDone = true
		}
	}
	if stmt && !stmtDone {
		paras = append(paras, para{kind: pBody, sents: []sentence{w.say(ev, roleStateSay)}})
	}
	if r.chance(opt.credit) {
		w.addCredit(ev, paras)
	}
	if r.chance(0.6) {
		last := &paras[len(paras)-1]
		last.sents = append(last.sents, w.say(ev, roleClose))
	}
	var used []int
	if opt.stock && st != nil {
		if b := o.backs[ev.topic]; b >= 0 && r.chance(o.backRate) {
			at := len(paras)
			if at > 2 && r.chance(0.5) {
				at--
			}
			paras = insertPara(paras, at, para{kind: pStock, sents: []sentence{literal(st.passages[b].Text)}})
			used = append(used, b)
		}
		if r.chance(0.03) {
			f := st.famous[r.pickCum(st.famCum)]
			paras = insertPara(paras, 1+r.intn(len(paras)), para{kind: pFamous, sents: []sentence{w.famousSentence(ev, &st.passages[f])}})
			used = append(used, f)
		}
	}
	return paras, stmt, used
}

func (w *writer) famousSentence(ev *event, p *stockPassage) sentence {
	id := w.pickFrame(w.lib.g.generic[roleFamousSay])
	f := &w.lib.g.frames[id]
	s := sentence{vals: make([]string, len(f.refs))}
	for i, n := range f.names {
		switch n {
		case "Q":
			s.vals[i] = p.Text
		case "FIG":
			s.vals[i] = p.Figure
		}
	}
	w.renderFrame(ev, id, w.r.intn(len(f.vars)), &s)
	s.kind = sQuote
	return s
}

// addCredit credits another outlet, either in a sentence of its own or in
// a clause appended to a sentence ("..., according to the Tribune.").
func (w *writer) addCredit(ev *event, paras []para) {
	r := &w.r
	body := 0
	for _, p := range paras {
		if p.kind == pBody || p.kind == pLead {
			body++
		}
	}
	if r.chance(0.5) {
		for try := 0; try < 8; try++ {
			p := &paras[r.intn(len(paras))]
			if p.kind != pBody && p.kind != pLead {
				continue
			}
			i := r.intn(len(p.sents))
			s := &p.sents[i]
			if s.kind != sPlain || !strings.HasSuffix(s.text, ".") || strings.HasSuffix(s.text, `."`) {
				continue
			}
			id := w.pickFrame(w.lib.g.generic[roleClause])
			var cs sentence
			clause := w.renderFrame(ev, id, 0, &cs)
			s.credit = int32(len(s.text) - 1)
			s.text = s.text[:len(s.text)-1] + ", " + clause + "."
			s.words = int16(countWords(s.text))
			s.kind = sCredit
			return
		}
	}
	p := &paras[1+r.intn(len(paras)-1)]
	if len(paras) == 1 {
		p = &paras[0]
	}
	p.sents = append(p.sents, w.say(ev, roleCredit))
}

func insertPara(ps []para, at int, p para) []para {
	if at >= len(ps) {
		return append(ps, p)
	}
	ps = append(ps, para{})
	copy(ps[at+1:], ps[at:])
	ps[at] = p
	return ps
}

func sentWords(ss []sentence) int {
	n := 0
	for i := range ss {
		n += int(ss[i].words)
	}
	return n
}

// addBoilerplate appends the outlet's own boilerplate, per its habits.
func (w *writer) addBoilerplate(a *article, st *stockSet) {
	o := a.o
	if o.about >= 0 && w.r.chance(o.aboutRate) {
		a.paras = append(a.paras, para{kind: pBoiler, sents: []sentence{literal(st.passages[o.about].Text)}})
		a.stock = append(a.stock, o.about)
	}
	if o.disclaim >= 0 {
		a.paras = append(a.paras, para{kind: pBoiler, sents: []sentence{literal(st.passages[o.disclaim].Text)}})
		a.stock = append(a.stock, o.disclaim)
	}
}

// render builds the article's text: paragraphs, the outlet's dateline,
// its spellings of alias groups and its quotation marks.
func (a *article) render(lib *library, buf []byte) []byte {
	buf = buf[:0]
	ev := a.ev
	var from, to []string
	a.aliasCount = a.aliasCount[:0]
	for gi, g := range ev.aliasGroups {
		a.aliasCount = append(a.aliasCount, 0)
		if a.alias[gi] != 0 {
			from = append(from, lib.v.aliases[g][0])
			to = append(to, lib.v.aliases[g][a.alias[gi]])
		}
	}
	for pi := range a.paras {
		p := &a.paras[pi]
		if pi > 0 {
			buf = append(buf, '\n', '\n')
		}
		if pi == 0 && a.dateline > 0 {
			buf = a.appendDateline(lib, buf)
		}
		for si := range p.sents {
			s := &p.sents[si]
			if si > 0 {
				buf = append(buf, ' ')
			}
			t := s.text
			if respellable(p.kind, s.kind) {
				for gi, g := range ev.aliasGroups {
					a.aliasCount[gi] += countWord(t, lib.v.aliases[g][0])
				}
				for k := range from {
					t = replaceWord(t, from[k], to[k])
				}
			}
			buf = append(buf, t...)
		}
	}
	if a.curly {
		buf = curlQuotes(buf)
	}
	return buf
}

// respellable says whether a sentence is written in the article's own
// spellings: its own story's sentences are; stock text and passages taken
// from another article keep theirs.
func respellable(pkind, skind uint8) bool {
	return (pkind == pBody || pkind == pLead) && skind != sLiteral
}

func (a *article) appendDateline(lib *library, buf []byte) []byte {
	place := a.ev.fields[fT]
	for gi, g := range a.ev.aliasGroups {
		if lib.v.aliases[g][0] == place && a.alias[gi] != 0 {
			place = lib.v.aliases[g][a.alias[gi]]
		}
	}
	buf = append(buf, strings.ToUpper(place)...)
	if a.dateline == 2 && a.dated {
		buf = append(buf, ", "...)
		buf = append(buf, a.t.Month().String()...)
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, int64(a.t.Day()), 10)
		buf = append(buf, " ("...)
		buf = append(buf, a.o.name...)
		buf = append(buf, ')')
	}
	return append(buf, " — "...)
}

func countWord(s, w string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return n
		}
		j += i
		if isBoundary(s, j-1) && isBoundary(s, j+len(w)) {
			n++
		}
		i = j + len(w)
	}
}

// isBoundary reports whether the byte at i (or the character it is part
// of) is not a letter or digit: outside a word.
func isBoundary(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// replaceWord replaces whole-word occurrences of old by new.
func replaceWord(s, old, new string) string {
	if !strings.Contains(s, old) {
		return s
	}
	var b strings.Builder
	i := 0
	for {
		j := strings.Index(s[i:], old)
		if j < 0 {
			break
		}
		j += i
		if isBoundary(s, j-1) && isBoundary(s, j+len(old)) {
			b.WriteString(s[i:j])
			b.WriteString(new)
		} else {
			b.WriteString(s[i : j+len(old)])
		}
		i = j + len(old)
	}
	b.WriteString(s[i:])
	return b.String()
}

// curlQuotes turns straight double quotes into typographic ones, opening
// and closing in turn within each paragraph.
func curlQuotes(b []byte) []byte {
	n := 0
	for _, c := range b {
		if c == '"' {
			n++
		}
	}
	if n == 0 {
		return b
	}
	out := make([]byte, 0, len(b)+2*n)
	open := true
	for i, c := range b {
		switch {
		case c == '"' && open:
			out = append(out, "“"...)
			open = false
		case c == '"':
			out = append(out, "”"...)
			open = true
		case c == '\n' && i+1 < len(b) && b[i+1] == '\n':
			open = true
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out
}

func slug(title string, serial int) string {
	var b []byte
	words := 0
	dash := false
	for _, r := range strings.ToLower(title) {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			if dash && len(b) > 0 {
				b = append(b, '-')
				words++
				if words >= 8 {
					break
				}
			}
			dash = false
			b = append(b, byte(r))
		} else {
			dash = true
		}
	}
	if len(b) > 0 {
		b = append(b, '-')
	}
	return string(strconv.AppendInt(b, int64(serial), 36))
}

func (a *article) makeURL() {
	o := a.o
	s := slug(a.title, a.serial)
	d := a.t
	switch o.urlStyle {
	case 0:
		a.url = "https://" + o.host + d.Format("/2006/01/02/") + s + "/"
	case 1:
		a.url = "https://" + o.host + "/" + o.sections[a.serial%2] + "/" + s + ".html"
	case 2:
		a.url = "https://" + o.host + "/?p=" + strconv.Itoa(100000+a.serial)
	case 3:
		a.url = "https://" + o.host + "/news/" + strconv.Itoa(a.serial) + "/" + s
	default:
		a.url = "https://" + o.host + "/" + o.sections[a.serial%2] + d.Format("/2006-01-02-") + s
	}
}

// appendJSON writes the article as one line of echotrace's JSONL import
// format.
func (a *article) appendJSON(b []byte) []byte {
	b = append(b, `{"url":`...)
	b = appendJSONString(b, a.url)
	b = append(b, `,"outlet":`...)
	b = appendJSONString(b, a.o.domain)
	b = append(b, `,"title":`...)
	b = appendJSONString(b, a.title)
	if a.byline != "" {
		b = append(b, `,"byline":`...)
		b = appendJSONString(b, a.byline)
	}
	if a.dated {
		b = append(b, `,"published":"`...)
		b = a.t.UTC().AppendFormat(b, time.RFC3339)
		b = append(b, '"')
	}
	b = append(b, `,"lang":"en","text":`...)
	b = appendJSONString(b, a.text)
	return append(b, '}', '\n')
}

const hexDigits = "0123456789abcdef"

func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, '\\', 't')
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
