package synth

import "strings"

// runProfile describes a template by the runs of words in it that no
// high-entropy slot (a name, a place, a number, a quote) breaks: two
// unrelated stories can only share such a run, so keeping runs short keeps
// them apart. lead and trail are the runs at either end, inner the longest
// one inside, n the length when the template has no breaker at all.
type runProfile struct {
	high               bool
	lead, trail, inner int
	n                  int
}

func lowRun(n int) runProfile { return runProfile{lead: n, trail: n, n: n} }

func (x runProfile) then(y runProfile) runProfile {
	switch {
	case !x.high && !y.high:
		return lowRun(x.n + y.n)
	case x.high && y.high:
		return runProfile{high: true, lead: x.lead, trail: y.trail, inner: max(x.inner, y.inner, x.trail+y.lead)}
	case x.high:
		return runProfile{high: true, lead: x.lead, trail: x.trail + y.n, inner: x.inner}
	default:
		return runProfile{high: true, lead: x.n + y.lead, trail: y.trail, inner: y.inner}
	}
}

// alt combines alternatives conservatively: the worst of each.
func alt(ps []runProfile) runProfile {
	out := runProfile{high: true}
	for _, p := range ps {
		out.high = out.high && p.high
		out.lead = max(out.lead, p.lead)
		out.trail = max(out.trail, p.trail)
		out.inner = max(out.inner, p.inner)
		out.n = max(out.n, p.n)
	}
	if !out.high {
		return lowRun(max(out.n, out.lead, out.trail))
	}
	return out
}

// highSlot says whether a slot's values are many enough to break a run.
func highSlot(r slotRef) bool {
	switch r.kind {
	case skFull, skLast, skQuote:
		return true
	case skField:
		switch r.arg {
		case fDay, fLeader, fOut, fFig, fSrc:
			return false
		}
		return true
	case skFresh:
		switch r.arg {
		case xDay, xMonth, xDom, xFirst:
			return false
		}
		return true
	}
	return false
}

func (g *grammar) profile(f *frame, seq []node, t *topic) runProfile {
	p := lowRun(0)
	for _, n := range seq {
		var q runProfile
		switch n.kind {
		case nLit:
			words := strings.Fields(n.lit)
			q = lowRun(len(words))
			if strings.HasPrefix(n.lit, " ") == false && len(words) > 0 && p.n+p.trail > 0 {
				q = lowRun(len(words) - 1) // glued to what precedes: "{N1}0"
			}
		case nAlt:
			var ps []runProfile
			for _, a := range n.alts {
				ps = append(ps, g.profile(f, a, t))
			}
			q = alt(ps)
		case nSlot:
			ref := f.refs[n.slot]
			switch {
			case highSlot(ref):
				q = runProfile{high: true}
			case ref.kind == skKit || ref.kind == skRole:
				q = g.kitProfile(ref, t)
			default:
				q = lowRun(1)
			}
		}
		p = p.then(q)
	}
	return p
}

func (g *grammar) kitProfile(ref slotRef, t *topic) runProfile {
	var topics []*topic
	if t != nil {
		topics = []*topic{t}
	} else {
		for i := range g.topics {
			topics = append(topics, &g.topics[i])
		}
	}
	var ps []runProfile
	for _, tp := range topics {
		var k *kit
		switch {
		case ref.kind == skRole:
			name := "role" + string("ABCA"[ref.arg])
			if ref.arg == 3 {
				for _, n := range []string{"roleA", "roleB", "roleC"} {
					kk := &tp.kits[tp.kitIdx[n]]
					for _, v := range kk.vals {
						ps = append(ps, g.profile(&frame{refs: kk.refs}, v, tp))
					}
				}
				continue
			}
			k = &tp.kits[tp.kitIdx[name]]
		case ref.arg&0x80 != 0:
			k = &tp.kits[tp.kitIdx[commonKitNames[ref.arg&0x7f]]]
		default:
			k = &tp.kits[ref.arg]
		}
		for _, v := range k.vals {
			ps = append(ps, g.profile(&frame{refs: k.refs}, v, tp))
		}
	}
	return alt(ps)
}
