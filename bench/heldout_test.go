package bench

import (
	"io"
	"testing"
)

// TestHeldoutNoReuseOnUnrelated: on the hand-written set, no unrelated pair
// is called a duplicate, copy, excerpt or rewrite. (Accuracy per relation is
// measured by `echotrace bench heldout` and recorded in BENCHMARKS.md.)
func TestHeldoutNoReuseOnUnrelated(t *testing.T) {
	s, err := RunHeldout(io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range s.ReuseOnUnrelated {
		t.Error(l)
	}
	t.Logf("held-out: %d of %d pairs correct", s.Correct, s.Pairs)
}
