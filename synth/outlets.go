package synth

import (
	"strings"
)

// outlet is one invented publisher under the reserved .example top-level
// domain, with the habits that make its articles recognisable: how it
// builds URLs, whether it prints a dateline, which spellings it prefers,
// which boilerplate it appends.
type outlet struct {
	name, domain, host string
	urlStyle           int
	curly              bool    // typographic quotation marks
	dateline           int     // 0 none, 1 "CITY —", 2 "CITY, March 3 (Name) —"
	oldSpelling        float64 // chance per alias group of preferring a variant spelling
	relay              bool    // republishes others' stories more than it writes
	undated            float64 // share of its articles without a date
	byline             int     // 0 none, 1 named reporter, 2 "Staff"
	about, disclaim    int     // stock passage ids, or -1
	aboutRate          float64
	backs              []int // per topic: a background stock passage id, or -1
	backRate           float64
	sections           []string
}

var sectionNames = []string{"news", "world", "politics", "business", "sport", "culture", "local", "society", "economy", "region"}

func buildOutlets(n int, r *rng, lib *library) []outlet {
	seen := map[string]bool{}
	out := make([]outlet, 0, n)
	for len(out) < n {
		var name, slug string
		switch r.intn(3) {
		case 0:
			t := pick(r, lib.v.towns)
			p := pick(r, outletPapers)
			name = "The " + t + " " + p
			slug = strings.ToLower(t) + strings.ToLower(p)
		case 1:
			a, b := pick(r, outletWords), pick(r, outletTails)
			name = a + b
			if b == "24" {
				name = a + "24"
			}
			slug = strings.ToLower(a + b)
		default:
			a, b := pick(r, outletWords), pick(r, outletWords)
			if a == b {
				continue
			}
			name = a + " " + b + " " + pick(r, outletTails)
			slug = strings.ToLower(a) + "-" + strings.ToLower(b)
		}
		domain := slug + ".example"
		if seen[domain] || seen[name] {
			continue
		}
		seen[domain], seen[name] = true, true
		o := outlet{name: name, domain: domain, host: domain, about: -1, disclaim: -1}
		switch r.intn(4) {
		case 0:
			o.host = "www." + domain
		case 1:
			o.host = pick(r, []string{"news.", "en.", "m."}) + domain
		}
		o.urlStyle = r.intn(5)
		o.curly = r.chance(0.4)
		o.dateline = []int{0, 0, 0, 1, 2}[r.intn(5)]
		o.relay = r.chance(0.25)
		switch {
		case o.relay && r.chance(0.6):
			o.oldSpelling = 0.8
		case r.chance(0.2):
			o.oldSpelling = 0.5
		}
		o.undated = []float64{0.01, 0.03, 0.05, 0.1, 0.3}[r.intn(5)]
		o.byline = r.intn(3)
		o.sections = []string{pick(r, sectionNames), pick(r, sectionNames)}
		out = append(out, o)
	}
	return out
}

// spelling returns the variant of alias group g that the outlet uses.
// It is fixed per (outlet, group), so an outlet is consistent, and two
// outlets differ on a group in a predictable share of cases.
func (o *outlet) spelling(g int, nvar int, seed int64) uint8 {
	h := uint64(seed) ^ uint64(g)*0x9E3779B97F4A7C15
	for i := 0; i < len(o.domain); i++ {
		h = (h ^ uint64(o.domain[i])) * 0x100000001B3
	}
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 32
	if float64(h%1000)/1000 >= o.oldSpelling {
		return 0
	}
	return uint8(1 + (h>>20)%uint64(nvar-1))
}
