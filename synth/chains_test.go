package synth

import (
	"testing"
	"time"
)

// TestChains: with Config.Chains, families propagate over several levels,
// every member's true time is in the truth and comes after its parent's,
// and dated articles carry that time.
func TestChains(t *testing.T) {
	c := generate(t, Config{Seed: 5, Articles: 1500, Chains: true})
	depth := map[int]int{}
	var lags []time.Duration
	for _, f := range c.truth.Families {
		byURL := map[string]Member{}
		for _, m := range f.Members {
			byURL[m.URL] = m
		}
		for _, m := range f.Members {
			at, err := time.Parse(time.RFC3339, m.Published)
			if err != nil {
				t.Fatalf("%s: published %q: %v", m.URL, m.Published, err)
			}
			if a := c.arts[c.byURL[m.URL]]; (a.Published == "") != m.Undated || (a.Published != "" && a.Published != m.Published) {
				t.Errorf("%s: article published %q, truth %q undated %v", m.URL, a.Published, m.Published, m.Undated)
			}
			d := 0
			for p := m; p.Parent != ""; d++ {
				p = byURL[p.Parent]
			}
			depth[min(d, 3)]++
			if m.Parent == "" {
				continue
			}
			pt, _ := time.Parse(time.RFC3339, byURL[m.Parent].Published)
			if !at.After(pt) {
				t.Errorf("%s published %s, not after its parent (%s)", m.URL, at, pt)
			}
			lags = append(lags, at.Sub(pt))
		}
	}
	if depth[2]+depth[3] < depth[1]/5 {
		t.Errorf("chains too shallow: members by depth %v", depth)
	}
	var day int
	for _, l := range lags {
		if l > 24*time.Hour {
			day++
		}
	}
	if share := float64(day) / float64(len(lags)); share < 0.05 || share > 0.4 {
		t.Errorf("%.2f of lags over a day", share)
	}
	t.Logf("members by depth %v; %d of %d lags over a day", depth, day, len(lags))
}
