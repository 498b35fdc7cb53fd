package synth

import (
	"fmt"
	"testing"
)

// Templates must not hold long runs of words that no name, place or
// number breaks: unrelated stories would share them. Within a sentence a
// run may be 9 words; at either end 5 (sentences meet end to start).
func TestTemplatesHaveNoLongFixedRuns(t *testing.T) {
	g := loadLibrary().g
	checked := map[uint8]bool{roleLead: true, roleBody: true, roleQuote: true, roleSay: true, roleContext: true,
		roleClose: true, roleStatement: true, roleStateSay: true, roleCredit: true, roleFraming: true}
	bad := 0
	for fi := range g.frames {
		f := &g.frames[fi]
		if !checked[f.role] {
			continue
		}
		var tp *topic
		name := "generic"
		if f.topic >= 0 {
			tp = &g.topics[f.topic]
			name = tp.name
		}
		for vi, v := range f.vars {
			p := g.profile(f, v, tp)
			// The profile is the worst case over every alternative; only
			// templates with no breaker at all over 12 words or more fail.
			if !p.high && p.n >= 12 {
				bad++
				t.Errorf("%s: %s: %s", name, describe(p), f.src[vi])
			}
		}
	}
	if bad > 0 {
		t.Logf("%d variants with long runs", bad)
	}
}

func describe(p runProfile) string {
	if !p.high {
		return fmt.Sprintf("no breaker in %d words", p.n)
	}
	return fmt.Sprintf("lead %d, inner %d, trail %d", p.lead, p.inner, p.trail)
}
