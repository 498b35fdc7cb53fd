package tokenize

import (
	"strings"
	"testing"
)

// A long run of full stops between letters once took quadratic time (each
// stop rescanned the rest of the run); a million of them must be quick.
func TestLongRunOfStops(t *testing.T) {
	text := "é" + strings.Repeat(".", 1_000_000) + "é"
	ss := Tokens(text).Sentences()
	if len(ss) == 0 || ss[0].Start != 0 {
		t.Errorf("sentences = %+v", ss)
	}
}
