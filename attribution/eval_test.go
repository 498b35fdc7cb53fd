package attribution

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

type evalCase struct {
	Text string `json:"text"`
	Want []struct {
		Source string `json:"source"`
		Kind   Kind   `json:"kind"`
		Verb   string `json:"verb"`
		Via    string `json:"via"`
	} `json:"want"`
}

// Thresholds set from what the extractor reaches on testdata/eval.jsonl,
// a little below, so that a regression fails and noise does not.
const (
	minPrecision    = 0.95
	minRecall       = 0.95
	minViaPrecision = 0.95
	minViaRecall    = 0.95
	minHeldOut      = 0.85
)

type tally struct{ tp, got, want int }

func (t tally) p() float64 { return ratio(t.tp, t.got) }
func (t tally) r() float64 { return ratio(t.tp, t.want) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// match counts the keys of got also in want, as multisets.
func match(got, want []string) int {
	left := map[string]int{}
	for _, w := range want {
		left[w]++
	}
	n := 0
	for _, g := range got {
		if left[g] > 0 {
			left[g]--
			n++
		}
	}
	return n
}

// TestEval measures precision and recall of (source, kind) and of the
// relay on the hand-labelled sentences of testdata/eval.jsonl, which the
// word lists were tuned on.
func TestEval(t *testing.T) {
	src, via := evalFile(t, "testdata/eval.jsonl")
	if src.p() < minPrecision || src.r() < minRecall || via.p() < minViaPrecision || via.r() < minViaRecall {
		t.Errorf("below the thresholds (precision %.2f, recall %.2f; via %.2f, %.2f)", minPrecision, minRecall, minViaPrecision, minViaRecall)
	}
}

// TestEvalHeldOut measures the same on sentences written after the first
// tuning. heldout.jsonl was measured once untouched (precision 0.96,
// recall 0.77) and then tuned on; heldout2.jsonl was written after that
// and measured precision 0.92, recall 0.88 (relay 1.00, 1.00) before two
// bug fixes (plural lookups preferring the wrong list, names before "of"):
// those are the honest figures. heldout3.jsonl (12 sentences) was written
// after all tuning and never tuned on (see testdata/README.md).
func TestEvalHeldOut(t *testing.T) {
	for _, path := range []string{"testdata/heldout.jsonl", "testdata/heldout2.jsonl", "testdata/heldout3.jsonl"} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, via := evalFile(t, path)
			if src.p() < minHeldOut || src.r() < minHeldOut || via.p() < minHeldOut || via.r() < minHeldOut {
				t.Errorf("below the held-out threshold %.2f", minHeldOut)
			}
		})
	}
}

func evalFile(t *testing.T, path string) (src, via tally) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	verbOK, verbN, lines := 0, 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c evalCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("line %d: %v", lines+1, err)
		}
		lines++
		var gotSrc, wantSrc, gotVia, wantVia []string
		wantVerb := map[string]string{}
		for _, w := range c.Want {
			k := NormalizeName(w.Source) + "|" + string(w.Kind)
			wantSrc = append(wantSrc, k)
			wantVerb[k] = w.Verb
			if w.Via != "" {
				wantVia = append(wantVia, NormalizeName(w.Source)+"|"+NormalizeName(w.Via))
			}
		}
		got := Extract(c.Text)
		for _, g := range got {
			k := NormalizeName(g.Source) + "|" + string(g.Kind)
			gotSrc = append(gotSrc, k)
			if v, ok := wantVerb[k]; ok {
				verbN++
				if v == g.Verb {
					verbOK++
				}
			}
			if g.Via != "" {
				gotVia = append(gotVia, NormalizeName(g.Source)+"|"+NormalizeName(g.Via))
			}
		}
		m, mv := match(gotSrc, wantSrc), match(gotVia, wantVia)
		src.tp, src.got, src.want = src.tp+m, src.got+len(gotSrc), src.want+len(wantSrc)
		via.tp, via.got, via.want = via.tp+mv, via.got+len(gotVia), via.want+len(wantVia)
		if m != len(gotSrc) || m != len(wantSrc) || mv != len(gotVia) || mv != len(wantVia) {
			t.Logf("line %d: %s\n\tgot  %q %q\n\twant %q %q", lines, c.Text, gotSrc, gotVia, wantSrc, wantVia)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d sentences, %d credits expected, %d with a relay", lines, src.want, via.want)
	t.Logf("source+kind: precision %.3f (%d/%d) recall %.3f (%d/%d)", src.p(), src.tp, src.got, src.r(), src.tp, src.want)
	t.Logf("via:         precision %.3f (%d/%d) recall %.3f (%d/%d)", via.p(), via.tp, via.got, via.r(), via.tp, via.want)
	t.Logf("verb agrees on %d of %d matched credits", verbOK, verbN)
	return src, via
}
