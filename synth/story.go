package synth

import (
	"strconv"
	"strings"
)

// person is one named actor of a story.
type person struct{ first, last, full, role string }

// event is the facts of one story: who, where, numbers, the official
// statement. Every article of a family is written from the same event, which
// is how related coverage and rewrites keep the same names and numbers.
type event struct {
	topic  int
	people [3]person
	fields [numFields]string
	kits   []string
	// alias groups whose spellings occur in the event's names
	aliasGroups []int
}

func (e *event) kit(lib *library, ref slotRef) string {
	if ref.arg&0x80 != 0 {
		return e.kits[lib.g.topics[e.topic].kitIdx[commonKitNames[ref.arg&0x7f]]]
	}
	return e.kits[ref.arg]
}

// writer renders sentences for one family. It carries the family's random
// stream and the set of frames already used in the family: new text in a
// family never reuses a frame, so that independently written members share
// facts but no long runs of words.
type writer struct {
	lib  *library
	r    rng
	used []uint64 // frame ids used in the family
	art  []uint64 // frame ids used in the current article
	buf  []byte
}

func newWriter(lib *library, r rng) *writer {
	n := (len(lib.g.frames) + 63) / 64
	return &writer{lib: lib, r: r, used: make([]uint64, n), art: make([]uint64, n), buf: make([]byte, 0, 512)}
}

func (w *writer) resetFamily() {
	clear(w.used)
	clear(w.art)
}

func (w *writer) mark(id int) {
	w.used[id/64] |= 1 << (id % 64)
	w.art[id/64] |= 1 << (id % 64)
}

func (w *writer) isUsed(id int) bool { return w.used[id/64]&(1<<(id%64)) != 0 }
func (w *writer) inArt(id int) bool  { return w.art[id/64]&(1<<(id%64)) != 0 }

// pickFrame picks a frame of the list that the family has not used, or
// failing that one the article has not used, or failing that any.
func (w *writer) pickFrame(ids []int) int {
	for try := 0; try < 6; try++ {
		id := ids[w.r.intn(len(ids))]
		if !w.isUsed(id) {
			w.mark(id)
			return id
		}
	}
	start := w.r.intn(len(ids))
	for i := range ids {
		id := ids[(start+i)%len(ids)]
		if !w.isUsed(id) {
			w.mark(id)
			return id
		}
	}
	for i := range ids {
		id := ids[(start+i)%len(ids)]
		if !w.inArt(id) {
			w.mark(id)
			return id
		}
	}
	id := ids[start]
	w.mark(id)
	return id
}

// exhausted reports whether the family has used every frame of the role.
func (w *writer) exhausted(ev *event, role uint8) bool {
	for _, id := range w.frames(ev, role) {
		if !w.isUsed(id) {
			return false
		}
	}
	return true
}

func (w *writer) frames(ev *event, role uint8) []int {
	if ev != nil && ev.topic >= 0 {
		if ids := w.lib.g.topics[ev.topic].byRole[role]; len(ids) > 0 {
			return ids
		}
	}
	return w.lib.g.generic[role]
}

func (w *writer) fresh(kind int) string {
	r := &w.r
	v := w.lib.v
	switch kind {
	case xPerson:
		return pick(r, firstNames) + " " + pick(r, v.surnames)
	case xLast:
		return pick(r, v.surnames)
	case xFirst:
		return pick(r, firstNames)
	case xTown:
		return pick(r, v.towns)
	case xNum:
		if r.chance(0.7) {
			return strconv.Itoa(r.between(2, 60))
		}
		return strconv.Itoa(r.between(61, 999))
	case xBig:
		return commaInt(r.between(1000, 99999))
	case xYear:
		return strconv.Itoa(r.between(1948, 2024))
	case xOrg:
		return "the " + pick(r, v.towns) + " " + pick(r, orgKinds)
	case xCompany:
		if r.chance(0.5) {
			return pick(r, v.surnames) + " " + pick(r, companySuffix)
		}
		return pick(r, v.towns) + " " + pick(r, companySuffix)
	case xOutlet:
		t := pick(r, v.towns)
		switch r.intn(4) {
		case 0:
			return "Radio " + t
		case 1:
			return t + " " + pick(r, []string{"Today", "TV", "News", "Online"})
		default:
			return "the " + t + " " + pick(r, outletPapers)
		}
	case xDay:
		return pick(r, weekdays)
	case xMonth:
		return pick(r, months)
	case xPct:
		return strconv.Itoa(r.between(3, 78))
	case xDom:
		return strconv.Itoa(r.between(1, 28))
	}
	return ""
}

func (w *writer) money() string {
	r := &w.r
	cur := pick(r, []string{"euros", "dollars", "crowns", "pounds"})
	switch r.intn(3) {
	case 0:
		return strconv.Itoa(r.between(2, 900)) + "," + strconv.Itoa(r.between(100, 999)) + " " + cur
	case 1:
		return strconv.Itoa(r.between(1, 99)) + "." + strconv.Itoa(r.between(1, 9)) + " million " + cur
	default:
		return strconv.Itoa(r.between(1, 9)) + "." + strconv.Itoa(r.between(1, 9)) + " billion " + cur
	}
}

// newEvent draws the facts of a story of the given topic.
func (w *writer) newEvent(topic int) *event {
	lib, r := w.lib, &w.r
	v := lib.v
	ev := &event{topic: topic}
	t := &lib.g.topics[topic]
	switch {
	// Real places are few: used often, they would let unrelated conflict
	// stories share long runs; invented towns with two spellings carry
	// most alias swaps.
	case topic == lib.conflic && r.chance(0.3):
		ev.fields[fT] = pick(r, conflictPlaces)
	case r.chance(0.35):
		ev.fields[fT] = v.aliases[pick(r, v.invAlias)][0]
	default:
		ev.fields[fT] = pick(r, v.towns)
	}
	for {
		ev.fields[fT2] = pick(r, v.towns)
		if topic == lib.conflic && r.chance(0.1) {
			ev.fields[fT2] = pick(r, conflictPlaces)
		} else if r.chance(0.04) {
			ev.fields[fT2] = pick(r, worldPlaces)
		}
		if ev.fields[fT2] != ev.fields[fT] {
			break
		}
	}
	if r.chance(0.02) {
		ev.fields[fR] = "Myanmar"
	} else {
		ev.fields[fR] = "the " + pick(r, v.towns) + " region"
	}
	ev.fields[fN1] = strconv.Itoa(r.between(2, 90))
	ev.fields[fN2] = commaInt(r.between(100, 9999))
	ev.fields[fN3] = commaInt(r.between(10000, 900000))
	ev.fields[fM] = w.money()
	if r.chance(0.3) {
		ev.fields[fP] = strconv.Itoa(r.between(2, 60)) + "." + strconv.Itoa(r.between(1, 9))
	} else {
		ev.fields[fP] = strconv.Itoa(r.between(2, 75))
	}
	ev.fields[fDay] = pick(r, weekdays)
	ev.fields[fDate] = pick(r, months) + " " + strconv.Itoa(r.between(1, 28))
	if topic == lib.conflic {
		ev.fields[fLeader] = "Volodymyr Zelenskyy"
	} else {
		ev.fields[fLeader] = pick(r, firstNames) + " " + pick(r, v.surnames)
	}
	// Names first: kits may mention the people ("the appeal by {B.last}");
	// roles come from kits.
	for p := 0; p < 3; p++ {
		first := pick(r, firstNames)
		last := pick(r, v.surnames)
		ev.people[p] = person{first: first, last: last, full: first + " " + last}
	}
	ev.kits = make([]string, len(t.kits))
	for i := range t.kits {
		k := &t.kits[i]
		seq := k.vals[r.intn(len(k.vals))]
		f := frame{refs: k.refs}
		s := sentence{vals: make([]string, len(k.refs))}
		w.buf = w.renderSeq(w.buf[:0], ev, &f, seq, &s)
		ev.kits[i] = string(w.buf)
	}
	for p, k := range []string{"roleA", "roleB", "roleC"} {
		ev.people[p].role = ev.kits[t.kitIdx[k]]
	}
	sf := w.pickFrame(w.frames(ev, roleStatement))
	var s sentence
	ev.fields[fS] = capitalize(w.renderFrame(ev, sf, 0, &s))
	ev.aliasGroups = findAliasGroups(lib.v, ev.fields[fT], ev.fields[fT2], ev.fields[fR], ev.fields[fLeader])
	return ev
}

func findAliasGroups(v *vocab, names ...string) []int {
	var gs []int
	for _, n := range names {
		for _, word := range strings.Fields(n) {
			if g, ok := v.aliasOf[word]; ok {
				dup := false
				for _, x := range gs {
					dup = dup || x == g
				}
				if !dup {
					gs = append(gs, g)
				}
			}
		}
	}
	return gs
}

// sentence kinds
const (
	sPlain uint8 = iota
	sQuote
	sStatement
	sCredit
	sFraming
	sLiteral // stock text or a passage: never re-rendered, never respelled
)

// sentence is one rendered sentence and what it was made from, so that a
// rewrite can render the same facts with another variant of its frame and a
// copy can change one number or one quote in it.
type sentence struct {
	text    string
	frame   int32 // -1 for literal text
	variant int8
	sp      int8 // which person speaks in a say frame
	kind    uint8
	words   int16
	vals    []string // slot values by frame slot
	q0, q1  int32    // quote content [q0, q1) in text, or -1
	credit  int32    // byte offset of an appended credit clause, or -1
	touched bool     // changed by a copy: no second change on it
}

func capitalize(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-32) + s[1:]
	}
	return s
}

// countWords counts space-separated words: sentences are written with
// single spaces, so counting spaces is enough (and fast).
func countWords(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + strings.Count(s, "\n") + 1
}

// renderFrame renders variant v of frame id, filling s (its vals may already
// hold values to keep) and returning the text.
func (w *writer) renderFrame(ev *event, id, v int, s *sentence) string {
	f := &w.lib.g.frames[id]
	if len(s.vals) < len(f.refs) {
		vals := make([]string, len(f.refs))
		copy(vals, s.vals)
		s.vals = vals
	}
	s.frame = int32(id)
	s.variant = int8(v)
	s.q0, s.q1, s.credit = -1, -1, -1
	w.buf = w.renderSeq(w.buf[:0], ev, f, f.vars[v], s)
	if f.role != roleClause && len(w.buf) > 0 && w.buf[0] >= 'a' && w.buf[0] <= 'z' {
		w.buf[0] -= 32
	}
	s.text = string(w.buf)
	s.words = int16(countWords(s.text))
	return s.text
}

func (w *writer) renderSeq(buf []byte, ev *event, f *frame, seq []node, s *sentence) []byte {
	for i := range seq {
		n := &seq[i]
		switch n.kind {
		case nLit:
			buf = append(buf, n.lit...)
		case nQOpen, nQClose:
			buf = append(buf, '"')
		case nAlt:
			buf = w.renderSeq(buf, ev, f, n.alts[w.r.intn(len(n.alts))], s)
		case nSlot:
			val := s.vals[n.slot]
			ref := f.refs[n.slot]
			if val == "" {
				val = w.resolve(ev, ref, s)
				s.vals[n.slot] = val
			}
			if ref.kind == skQuote {
				s.q0 = int32(len(buf))
				buf = append(buf, val...)
				s.q1 = int32(len(buf))
			} else {
				buf = append(buf, val...)
			}
		}
	}
	return buf
}

func (w *writer) resolve(ev *event, ref slotRef, s *sentence) string {
	switch ref.kind {
	case skFull, skLast, skRole:
		p := int(ref.arg)
		if p == 3 {
			p = int(s.sp)
		}
		switch ref.kind {
		case skFull:
			return ev.people[p].full
		case skLast:
			return ev.people[p].last
		}
		return ev.people[p].role
	case skField:
		return ev.fields[ref.arg]
	case skKit:
		return ev.kit(w.lib, ref)
	case skQuote:
		// The quote's own frame is saved in the buffer's stead: render it
		// into a separate buffer.
		id := w.pickFrame(w.frames(ev, roleQuote))
		var qs sentence
		saved := w.buf
		w.buf = make([]byte, 0, 160)
		q := w.renderFrame(ev, id, 0, &qs)
		w.buf = saved
		return q
	case skFresh:
		return w.fresh(int(ref.arg))
	}
	return ""
}

// say renders a new sentence of the role. When the family has used every
// frame of a role that states the story's facts, it writes a context
// sentence instead: reusing a frame with the same facts would give two
// independently written articles a long run of words in common.
func (w *writer) say(ev *event, role uint8) sentence {
	switch role {
	case roleLead, roleBody, roleClose:
		if w.exhausted(ev, role) {
			role = roleContext
		}
	case roleSay:
		if w.exhausted(ev, roleQuote) || w.exhausted(ev, role) {
			role = roleContext
		}
	case roleStateSay:
		if w.exhausted(ev, role) {
			role = roleContext
		}
	}
	ids := w.frames(ev, role)
	id := w.pickFrame(ids)
	f := &w.lib.g.frames[id]
	s := sentence{sp: int8(w.r.intn(3))}
	w.renderFrame(ev, id, w.r.intn(len(f.vars)), &s)
	switch role {
	case roleSay:
		s.kind = sQuote
	case roleStateSay:
		s.kind = sStatement
	case roleCredit, roleSrcCredit:
		s.kind = sCredit
	case roleFraming:
		s.kind = sFraming
	}
	return s
}

// literal makes a sentence of fixed text (stock text, passages).
func literal(text string) sentence {
	return sentence{text: text, frame: -1, kind: sLiteral, q0: -1, q1: -1, credit: -1, words: int16(countWords(text))}
}
