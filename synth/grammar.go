package synth

import (
	"fmt"
	"strconv"
	"strings"
)

// The template language. A template is English text with
//
//	{name}      a slot: a fact of the story (A, A.last, T, N1, a kit name...)
//	            or, written {x:kind}, a fresh value drawn for this sentence
//	[a|b|c]     alternatives, one picked at random (they nest)
//	« »         quotation marks, rendered in the article's quote style
//
// Templates are grouped into frames: one line is a frame, and lines that
// follow it starting with "| " are other variants of the same frame, which
// say the same thing with the same slots in another structure (active and
// passive, attribution first or last). Rewrites re-render a sentence with
// another variant of its frame; that is what makes them paraphrases of the
// same facts rather than new text.

type nodeKind uint8

const (
	nLit nodeKind = iota
	nSlot
	nAlt
	nQOpen
	nQClose
)

type node struct {
	kind nodeKind
	lit  string
	slot int      // index into frame.refs
	alts [][]node // for nAlt
}

// slot kinds
const (
	skFull  uint8 = iota // person full name; arg = person (3 = speaker)
	skLast               // person surname
	skRole               // person role
	skField              // event field; arg = field
	skKit                // topic kit value; arg = kit index
	skQuote              // quote content drawn for the sentence
	skFresh              // fresh value; arg = fresh kind
)

// event fields
const (
	fT = iota
	fT2
	fR
	fN1
	fN2
	fN3
	fM
	fP
	fDay
	fDate
	fS
	fLeader
	fOut // the outlet itself, in its boilerplate
	fFig // the speaker of a famous quote
	fSrc // the outlet an excerpt or copy credits
	numFields
)

var fieldNames = map[string]int{"T": fT, "T2": fT2, "R": fR, "N1": fN1, "N2": fN2, "N3": fN3,
	"M": fM, "P": fP, "DAY": fDay, "DATE": fDate, "S": fS, "LEADER": fLeader,
	"OUT": fOut, "FIG": fFig, "SRC": fSrc}

// fresh kinds
const (
	xPerson = iota
	xLast
	xTown
	xNum
	xBig
	xYear
	xOrg
	xCompany
	xOutlet
	xDay
	xMonth
	xPct
	xFirst
	xDom
)

var freshNames = map[string]int{"person": xPerson, "last": xLast, "town": xTown, "num": xNum,
	"big": xBig, "year": xYear, "org": xOrg, "company": xCompany, "outlet": xOutlet,
	"day": xDay, "month": xMonth, "pct": xPct, "first": xFirst, "dom": xDom}

type slotRef struct {
	kind uint8
	arg  uint8
}

// frame roles
const (
	roleLead uint8 = iota
	roleBody
	roleQuote     // a topic quote's content (the words inside « »)
	roleSay       // a sentence wrapping {Q}: who said it and how
	roleContext   // generic context with fresh values: safe to reuse
	roleClose     // closing sentence
	roleTitle     // headline
	roleBack      // sentence of a stock background paragraph
	roleStatement // an official statement's content
	roleStateSay  // a sentence wrapping {S}
	roleCredit    // a sentence crediting another outlet
	roleClause    // a credit clause appended to a sentence
	roleFraming   // an inserted framing sentence
	roleAbout     // sentence of an outlet's "about us" blurb
	roleDisclaim  // sentence of an outlet's disclaimer
	roleFamous    // a widely quoted statement (stock)
	roleFamousSay // a sentence wrapping a famous quote
	roleIntro     // a sentence introducing an excerpt or an embedded article
	roleSrcCredit // a credit to the outlet a copy or rewrite was taken from
	numRoles
)

var roleNames = map[string]uint8{"lead": roleLead, "body": roleBody, "quote": roleQuote,
	"say": roleSay, "context": roleContext, "close": roleClose, "title": roleTitle,
	"back": roleBack, "statement": roleStatement, "statesay": roleStateSay,
	"credit": roleCredit, "clause": roleClause, "framing": roleFraming, "about": roleAbout,
	"disclaim": roleDisclaim, "famous": roleFamous, "famoussay": roleFamousSay, "intro": roleIntro, "srccredit": roleSrcCredit}

type frame struct {
	id    int
	topic int // -1 for generic frames
	role  uint8
	refs  []slotRef
	names []string
	vars  [][]node
	src   []string // the template text of each variant, for messages
}

// kit is a topic's named pool of phrases, one drawn per story.
type kit struct {
	name string
	vals [][]node // each value is itself a template (no «»)
	refs []slotRef
}

type topic struct {
	name    string
	kits    []kit
	kitIdx  map[string]int
	byRole  [numRoles][]int // frame ids
	aliasTP float64         // chance that the story's main place is a real alias place
}

// grammar holds every compiled frame.
type grammar struct {
	frames  []frame
	topics  []topic
	generic [numRoles][]int
}

// compile parses the template sources. Errors are programming errors in
// the package's own templates, so the caller panics on them.
func compile(sources []string) (*grammar, error) {
	g := &grammar{}
	for _, src := range sources {
		if err := g.add(src); err != nil {
			return nil, err
		}
	}
	for ti := range g.topics {
		for _, need := range []string{"thing", "event", "O", "roleA", "roleB", "roleC", "group"} {
			if _, ok := g.topics[ti].kitIdx[need]; !ok {
				return nil, fmt.Errorf("topic %s lacks kit %s", g.topics[ti].name, need)
			}
		}
	}
	return g, nil
}

func (g *grammar) add(src string) error {
	ti := -1
	role := uint8(255)
	var cur *frame
	for ln, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := func(err error) error { return fmt.Errorf("line %d %q: %w", ln+1, line, err) }
		switch {
		case strings.HasPrefix(line, "== "):
			name := strings.TrimSpace(line[3:])
			cur = nil
			role = 255
			if name == "generic" {
				ti = -1
				continue
			}
			g.topics = append(g.topics, topic{name: name, kitIdx: map[string]int{}})
			ti = len(g.topics) - 1
		case strings.HasPrefix(line, "kit "):
			if ti < 0 {
				return where(fmt.Errorf("kit outside a topic"))
			}
			name, vals, ok := strings.Cut(line[4:], ":")
			if !ok {
				return where(fmt.Errorf("kit needs name: values"))
			}
			t := &g.topics[ti]
			k := kit{name: strings.TrimSpace(name)}
			fr := frame{topic: ti}
			names := map[string]int{}
			for _, v := range strings.Split(vals, ";") {
				seq, err := parseSeq(strings.TrimSpace(v), &fr, names, t, 0)
				if err != nil {
					return where(err)
				}
				k.vals = append(k.vals, seq)
			}
			for _, r := range fr.refs {
				// A kit may use kits defined before it (the company, then
				// the board of that company), never quotes or statements.
				if (r.kind == skKit && (r.arg&0x80 != 0 || int(r.arg) >= len(t.kits))) || r.kind == skQuote || (r.kind == skField && r.arg == fS) {
					return where(fmt.Errorf("kit values may only use kits defined before them, and no quotes or statements"))
				}
			}
			k.refs = fr.refs
			t.kitIdx[k.name] = len(t.kits)
			t.kits = append(t.kits, k)
		case strings.HasPrefix(line, "role "):
			r, ok := roleNames[strings.TrimSpace(line[5:])]
			if !ok {
				return where(fmt.Errorf("unknown role"))
			}
			role = r
			cur = nil
		case strings.HasPrefix(line, "| "):
			if cur == nil {
				return where(fmt.Errorf("variant without a frame"))
			}
			if err := g.addVariant(cur, line[2:], ti); err != nil {
				return where(err)
			}
		default:
			if role == 255 {
				return where(fmt.Errorf("frame before role"))
			}
			g.frames = append(g.frames, frame{id: len(g.frames), topic: ti, role: role})
			cur = &g.frames[len(g.frames)-1]
			if ti >= 0 {
				g.topics[ti].byRole[role] = append(g.topics[ti].byRole[role], cur.id)
			} else {
				g.generic[role] = append(g.generic[role], cur.id)
			}
			if err := g.addVariant(cur, line, ti); err != nil {
				return where(err)
			}
		}
	}
	return nil
}

func (g *grammar) addVariant(f *frame, text string, ti int) error {
	names := map[string]int{}
	for i, n := range f.names {
		names[n] = i
	}
	var t *topic
	if ti >= 0 {
		t = &g.topics[ti]
	}
	seq, err := parseSeq(text, f, names, t, 0)
	if err != nil {
		return err
	}
	f.vars = append(f.vars, seq)
	f.src = append(f.src, text)
	return nil
}

// parseSeq parses text up to its end, or up to a | or ] at depth > 0.
func parseSeq(text string, f *frame, names map[string]int, t *topic, depth int) ([]node, error) {
	seq, rest, err := parseUntil(text, f, names, t, depth)
	if err != nil {
		return nil, err
	}
	if rest != "" {
		return nil, fmt.Errorf("unbalanced ] or | near %q", rest)
	}
	return seq, nil
}

func parseUntil(s string, f *frame, names map[string]int, t *topic, depth int) ([]node, string, error) {
	var seq []node
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			seq = append(seq, node{kind: nLit, lit: lit.String()})
			lit.Reset()
		}
	}
	for len(s) > 0 {
		switch {
		case s[0] == '{':
			end := strings.IndexByte(s, '}')
			if end < 0 {
				return nil, "", fmt.Errorf("unclosed {")
			}
			name := s[1:end]
			s = s[end+1:]
			idx, ok := names[name]
			if !ok {
				ref, err := resolveSlot(name, t)
				if err != nil {
					return nil, "", err
				}
				idx = len(f.refs)
				f.refs = append(f.refs, ref)
				f.names = append(f.names, name)
				names[name] = idx
			}
			flush()
			seq = append(seq, node{kind: nSlot, slot: idx})
		case s[0] == '[':
			flush()
			s = s[1:]
			var alts [][]node
			for {
				alt, rest, err := parseUntil(s, f, names, t, depth+1)
				if err != nil {
					return nil, "", err
				}
				alts = append(alts, alt)
				if rest == "" {
					return nil, "", fmt.Errorf("unclosed [")
				}
				s = rest[1:]
				if rest[0] == ']' {
					break
				}
			}
			seq = append(seq, node{kind: nAlt, alts: alts})
		case (s[0] == '|' || s[0] == ']') && depth > 0:
			flush()
			return seq, s, nil
		case strings.HasPrefix(s, "«"):
			flush()
			seq = append(seq, node{kind: nQOpen})
			s = s[len("«"):]
		case strings.HasPrefix(s, "»"):
			flush()
			seq = append(seq, node{kind: nQClose})
			s = s[len("»"):]
		default:
			lit.WriteByte(s[0])
			s = s[1:]
		}
	}
	flush()
	return seq, "", nil
}

func resolveSlot(name string, t *topic) (slotRef, error) {
	if k, ok := strings.CutPrefix(name, "x:"); ok {
		k = strings.TrimRight(k, "0123456789")
		x, ok := freshNames[k]
		if !ok {
			return slotRef{}, fmt.Errorf("unknown fresh slot %q", name)
		}
		return slotRef{kind: skFresh, arg: uint8(x)}, nil
	}
	if name == "Q" {
		return slotRef{kind: skQuote}, nil
	}
	if f, ok := fieldNames[name]; ok {
		return slotRef{kind: skField, arg: uint8(f)}, nil
	}
	who, part, _ := strings.Cut(name, ".")
	p := -1
	switch who {
	case "A":
		p = 0
	case "B":
		p = 1
	case "C":
		p = 2
	case "SP":
		p = 3
	}
	if p >= 0 {
		switch part {
		case "":
			return slotRef{kind: skFull, arg: uint8(p)}, nil
		case "last":
			return slotRef{kind: skLast, arg: uint8(p)}, nil
		case "role":
			return slotRef{kind: skRole, arg: uint8(p)}, nil
		}
		return slotRef{}, fmt.Errorf("unknown person part %q", name)
	}
	if t == nil {
		// Generic frames may use the kits every topic must define.
		i, ok := commonKits[name]
		if !ok {
			return slotRef{}, fmt.Errorf("unknown slot %q in a generic frame", name)
		}
		return slotRef{kind: skKit, arg: uint8(i) | 0x80}, nil
	}
	i, ok := t.kitIdx[name]
	if !ok {
		return slotRef{}, fmt.Errorf("unknown slot %q in topic %s", name, t.name)
	}
	return slotRef{kind: skKit, arg: uint8(i)}, nil
}

// commonKits are kit names that generic frames may use; the high bit of
// slotRef.arg marks them so that they are looked up by name in the story's
// topic.
var commonKits = map[string]int{"thing": 0, "event": 1, "O": 2, "group": 3}
var commonKitNames = [...]string{"thing", "event", "O", "group"}

// itoa with thousands separators, as news copy writes numbers.
func commaInt(n int) string {
	s := strconv.Itoa(n)
	if n < 1000 {
		return s
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	return string(b)
}
