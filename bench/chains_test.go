package bench

import (
	"context"
	"strings"
	"testing"
)

// chainsFloor sits below the immediate-source accuracy measured with all
// dates on 1,500 articles of seed 1 (0.923 at the time of writing; the
// goal is 0.95, see BENCHMARKS.md for why it is not met yet), so that a
// change that costs provenance quality fails here.
const chainsFloor = 0.89

func TestChains(t *testing.T) {
	if testing.Short() {
		t.Skip("provenance benchmark skipped in -short mode")
	}
	var report strings.Builder
	s, err := RunChains(context.Background(), ChainsConfig{Articles: 1500, Seed: 1}, &report)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + report.String())
	if len(s.Conditions) != 4 {
		t.Fatalf("%d conditions, want 4", len(s.Conditions))
	}
	all := s.Conditions[0]
	if all.Source.N < 300 {
		t.Errorf("only %d derived articles scored", all.Source.N)
	}
	if r := all.Source.Rate(); r < chainsFloor {
		t.Errorf("immediate-source accuracy with all dates %.4f, want >= %.2f", r, chainsFloor)
	}
	if r := all.Direction.Rate(); r < 0.98 {
		t.Errorf("direction right on %.4f of true ancestor pairs with all dates, want >= 0.98", r)
	}
	if all.ByDepth[2] == nil || all.ByDepth[2].N == 0 {
		t.Error("no article two levels deep: the corpus has no chains")
	}
	for _, c := range s.Conditions[1:] {
		if c.Source.N != all.Source.N {
			t.Errorf("%s scored %d articles, all dates %d", c.Name, c.Source.N, all.Source.N)
		}
		// Spoiled dates cost accuracy but must not wreck it.
		if r := c.Source.Rate(); r < 0.7 || r > all.Source.Rate()+0.01 {
			t.Errorf("%s: accuracy %.4f", c.Name, r)
		}
	}
}
