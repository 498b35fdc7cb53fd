package synth

import "fmt"

// Stock passages are text that unrelated articles share on purpose: an
// outlet's "about us" blurb and disclaimer, a standard background paragraph
// on a topic that an outlet appends to its stories, and widely quoted
// statements. They are in the corpus to prove that a reuse engine does not
// link articles because of them. Every one is listed in the truth file.
type stockPassage struct {
	ID     string `json:"id"`
	Kind   string `json:"kind"` // about, disclaimer, background, famous
	Outlet string `json:"outlet,omitempty"`
	Topic  string `json:"topic,omitempty"`
	Figure string `json:"figure,omitempty"` // who a famous quote is attributed to
	Text   string `json:"text"`
	sents  []string
}

const backgroundsPerTopic = 6

// stockSet is built once per corpus, from the corpus seed.
type stockSet struct {
	passages []stockPassage
	backs    [][]int // per topic: passage ids
	backCum  []float64
	famous   []int
	famCum   []float64
}

func buildStock(w *writer, outlets []outlet, seed int64) *stockSet {
	lib := w.lib
	st := &stockSet{}
	add := func(p stockPassage) int {
		p.Text = joinSentences(p.sents)
		st.passages = append(st.passages, p)
		return len(st.passages) - 1
	}
	render := func(ev *event, role uint8) string {
		s := w.say(ev, role)
		return s.text
	}
	// Backgrounds: a topic's few standard paragraphs, 60-150 words each.
	st.backs = make([][]int, len(lib.g.topics))
	for ti, t := range lib.g.topics {
		for b := 0; b < backgroundsPerTopic; b++ {
			w.resetFamily()
			ev := w.newEvent(ti)
			target := w.r.between(60, 150)
			var p stockPassage
			p.Kind, p.Topic = "background", t.name
			p.ID = fmt.Sprintf("background/%s/%d", t.name, b+1)
			words := 0
			backs := append([]int(nil), t.byRole[roleBack]...)
			shuffle(&w.r, backs)
			for _, id := range backs {
				if words >= target {
					break
				}
				s := sentence{}
				w.renderFrame(ev, id, 0, &s)
				p.sents = append(p.sents, s.text)
				words += int(s.words)
			}
			for words < target {
				s := render(ev, roleContext)
				p.sents = append(p.sents, s)
				words += countWords(s)
			}
			st.backs[ti] = append(st.backs[ti], add(p))
		}
	}
	// Widely quoted statements, each with the figure it is credited to.
	w.resetFamily()
	ev := w.newEvent(0)
	for _, id := range lib.g.generic[roleFamous] {
		s := sentence{}
		q := capitalize(w.renderFrame(ev, id, 0, &s))
		fig := pick(&w.r, []string{"the late ", "the poet ", "the philosopher ", "former president ", "the novelist "}) +
			pick(&w.r, firstNames) + " " + pick(&w.r, lib.v.surnames)
		st.famous = append(st.famous, add(stockPassage{Kind: "famous", Figure: fig,
			ID: fmt.Sprintf("famous/%d", len(st.famous)+1), sents: []string{q}}))
	}
	st.famCum = zipfCum(len(st.famous), 1.0)
	st.backCum = zipfCum(backgroundsPerTopic, 1.0)
	// Per-outlet boilerplate.
	for i := range outlets {
		o := &outlets[i]
		o.backs = make([]int, len(lib.g.topics))
		for ti := range o.backs {
			o.backs[ti] = -1
			if w.r.chance(0.35) {
				o.backs[ti] = st.backs[ti][w.r.pickCum(st.backCum)]
			}
		}
		o.backRate = 0.3 + 0.5*w.r.float()
		w.resetFamily()
		ev := w.newEvent(0)
		ev.fields[fOut] = o.name
		if w.r.chance(0.4) {
			p := stockPassage{Kind: "about", Outlet: o.domain, ID: "about/" + o.domain}
			ids := append([]int(nil), lib.g.generic[roleAbout]...)
			shuffle(&w.r, ids)
			for _, id := range ids[:w.r.between(2, 4)] {
				s := sentence{}
				f := &lib.g.frames[id]
				p.sents = append(p.sents, w.renderFrame(ev, id, w.r.intn(len(f.vars)), &s))
			}
			o.about = add(p)
			o.aboutRate = 0.3 + 0.7*w.r.float()
		}
		if w.r.chance(0.12) {
			p := stockPassage{Kind: "disclaimer", Outlet: o.domain, ID: "disclaimer/" + o.domain}
			ids := append([]int(nil), lib.g.generic[roleDisclaim]...)
			shuffle(&w.r, ids)
			for _, id := range ids[:w.r.between(1, 2)] {
				s := sentence{}
				p.sents = append(p.sents, w.renderFrame(ev, id, 0, &s))
			}
			o.disclaim = add(p)
		}
	}
	w.resetFamily()
	return st
}

func joinSentences(ss []string) string {
	n := 0
	for _, s := range ss {
		n += len(s) + 1
	}
	b := make([]byte, 0, n)
	for i, s := range ss {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, s...)
	}
	return string(b)
}
