package synth

import (
	"os"
	"sort"
	"strings"
	"testing"
)

// TestDiagTopGrams lists the 12-word runs most shared across families, for
// whoever edits the templates: SYNTH_DIAG=1 go test -run TestDiagTopGrams -v.
func TestDiagTopGrams(t *testing.T) {
	if os.Getenv("SYNTH_DIAG") == "" {
		t.Skip()
	}
	c := testCorpus(t)
	lib := loadLibrary()
	k := 12
	stockK := stockGrams(c.truth.Stock, k)
	type occ struct {
		fam  map[int]bool
		text string
	}
	seen := map[uint64]*occ{}
	for i, r := range c.arts {
		toks := tokens(lib, r.Text, nil)
		words := Words(r.Text)
		mask := stockMask(toks, stockK, k)
		fi, ok := c.family[r.URL]
		if !ok {
			fi = -1 - i
		}
		for j := 0; j+k <= len(toks); j++ {
			if masked(mask, j, k) {
				continue
			}
			h := shingleAt(toks, j, k)
			o := seen[h]
			if o == nil {
				o = &occ{fam: map[int]bool{}, text: strings.Join(words[j:j+k], " ")}
				seen[h] = o
			}
			o.fam[fi] = true
		}
	}
	var list []*occ
	for _, o := range seen {
		if len(o.fam) > 1 {
			list = append(list, o)
		}
	}
	sort.Slice(list, func(i, j int) bool { return len(list[i].fam) > len(list[j].fam) })
	for i, o := range list {
		if i > 60 {
			break
		}
		t.Logf("%4d %s", len(o.fam), o.text)
	}
}
