package reuse

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"
	"time"
)

// Index finds, for a new document, the indexed documents worth aligning
// with. It holds two inverted indexes: winnowed fingerprints (for verbatim
// reuse: duplicates, copies, excerpts) and each document's most distinctive
// words (for rewrites and independent coverage, which share few verbatim
// runs). It holds no texts.
//
// Memory is what limits a laptop, so fingerprint postings live in one
// sorted pair of arrays (12 bytes a posting) with a small map for recent
// additions, merged in when it grows.
type Index struct {
	mu sync.RWMutex
	// Cap bounds a fingerprint's posting list: a passage found in more
	// documents than this is boilerplate or a stock phrase. The first Cap
	// documents are kept, so a viral copy still finds its earliest sources.
	Cap int
	// TermCap bounds a term's posting list likewise.
	TermCap int
	// StockDF: a fingerprint in this many documents or more is stock text
	// (Thresholds.BoilerplateDF). A candidate that shares only such
	// fingerprints, and few of them, is not worth aligning for them.
	StockDF int
	// TrackStock makes Add remember the fingerprints that become stock, for
	// TakeStocked: a passage judged reuse while it was rare must be judged
	// again once it is common.
	TrackStock bool
	stocked    []uint64
	// stock holds the fingerprints already held by StockDF story families
	// or more. Families only grow, so a fingerprint once stock stays stock;
	// remembering it spares recounting its families at every Add and
	// every candidate search (a tenth of the engine's time).
	stock map[uint64]struct{}

	docs []docInfo // by slot

	// Merged postings, sorted by hash then slot.
	hashes []uint64
	slots  []uint32
	// Postings added since the last merge.
	delta      map[uint64][]uint32
	deltaCount int
	// over counts documents beyond Cap for capped hashes.
	over map[uint64]int

	// Keyed by the word's hash, as Doc.Keys holds it.
	terms  map[uint64][]uint32
	termDF map[uint64]int32
	byID   map[int64]uint32

	scratchPool sync.Pool
}

// candScratch holds Candidates' per-document counters, reused between
// calls (zero between them).
type candScratch struct {
	shared, rare []int32
	touched      []uint32
}

// scratch returns zeroed counters covering every slot; the caller holds
// the read lock and puts it back.
func (ix *Index) scratch() *candScratch {
	sc, _ := ix.scratchPool.Get().(*candScratch)
	if sc == nil {
		sc = &candScratch{}
	}
	if n := len(ix.docs); len(sc.shared) < n {
		grow := max(n, 2*len(sc.shared))
		sc.shared = append(sc.shared, make([]int32, grow-len(sc.shared))...)
		sc.rare = append(sc.rare, make([]int32, grow-len(sc.rare))...)
	}
	sc.touched = sc.touched[:0]
	return sc
}

type docInfo struct {
	id        int64
	published int64 // unix seconds, 0 when unknown
	nfp       int32
	alive     bool
	// family is the slot of the first document of its story's family.
	family uint32
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{Cap: 64, TermCap: 1000, StockDF: DefaultThresholds.BoilerplateDF, delta: map[uint64][]uint32{}, over: map[uint64]int{}, stock: map[uint64]struct{}{},
		terms: map[uint64][]uint32{}, termDF: map[uint64]int32{}, byID: map[int64]uint32{}}
}

// Entry is what the index keeps of a document; it is also what the store
// persists, so that a restart rebuilds the index without re-tokenizing.
type Entry struct {
	ID        int64
	Published time.Time
	// Hashes are the distinct fingerprint hashes.
	Hashes []uint64
	// Words are the distinct content words (for document frequencies).
	Words []string
	// Top are the document's names and numbers, rarest first: the cast of
	// its story, by which independent coverage of the same event meets.
	Top []string
	// Family is an earlier document this one duplicates, copies or
	// rewrites (0 for none): the texts of one story's family count once
	// when the index decides whether a passage is stock text.
	Family int64
}

// topTerms bounds how many names of each document are indexed.
const topTerms = 64

// EntryFor computes a document's index entry. The weights rank its words;
// with a corpus index that means rarity in the corpus.
func EntryFor(d *Doc, w Weights) Entry {
	e := Entry{ID: d.ID, Published: d.Published}
	seen := make(map[uint64]bool, len(d.Fingerprints))
	for _, f := range d.Fingerprints {
		if !seen[f.Hash] {
			seen[f.Hash] = true
			e.Hashes = append(e.Hashes, f.Hash)
		}
	}
	type scored struct {
		w string
		s float64
	}
	var cands []scored
	t := d.termTable(w)
	for i, tok := range t.first {
		word := d.Folded[tok]
		e.Words = append(e.Words, word)
		if t.names[i] {
			cands = append(cands, scored{word, t.wts[i]})
		}
	}
	sort.Strings(e.Words)
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].s != cands[j].s {
			return cands[i].s > cands[j].s
		}
		return cands[i].w < cands[j].w
	})
	for i := 0; i < len(cands) && i < topTerms; i++ {
		e.Top = append(e.Top, cands[i].w)
	}
	return e
}

// Len is the number of live documents.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.byID)
}

// DF is the document frequency of the word with this key (its hash, as
// Doc.Keys holds it).
func (ix *Index) DF(key uint64) int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return int(ix.termDF[key])
}

// dfs looks up many document frequencies under one lock.
func (ix *Index) dfs(keys []uint64, out []int32) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for i, k := range keys {
		out[i] = ix.termDF[k]
	}
}

// WordDF is a word's document frequency; word is in folded form.
func (ix *Index) WordDF(word string) int { return ix.DF(hashString(word)) }

// Weights are corpus weights backed by this index.
func (ix *Index) Weights() Weights {
	ix.mu.RLock()
	gen := len(ix.docs)
	ix.mu.RUnlock()
	return CorpusWeights{Docs: ix.Len(), Gen: gen, DF: ix.DF, DFs: ix.dfs}
}

// Add indexes a document; adding an ID again replaces its earlier entry.
// It never fails.
func (ix *Index) Add(_ context.Context, e Entry) error {
	ix.add(e)
	return nil
}

func (ix *Index) add(e Entry) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if old, ok := ix.byID[e.ID]; ok {
		ix.docs[old].alive = false
	}
	slot := uint32(len(ix.docs))
	var pub int64
	if !e.Published.IsZero() {
		pub = e.Published.Unix()
	}
	family := slot
	if f, ok := ix.byID[e.Family]; ok && e.Family != 0 {
		family = ix.docs[f].family
	}
	ix.docs = append(ix.docs, docInfo{id: e.ID, published: pub, nfp: int32(len(e.Hashes)), alive: true, family: family})
	ix.byID[e.ID] = slot
	for _, h := range e.Hashes {
		n := ix.countLocked(h)
		if n >= ix.Cap {
			ix.over[h]++
			continue
		}
		// Families never outnumber documents: only a fingerprint about to
		// reach StockDF documents can become stock with this one.
		_, isStock := ix.stock[h]
		watch := ix.StockDF > 0 && n+1 >= ix.StockDF && !isStock
		var before int
		var known bool
		if watch {
			before, known = ix.familiesWithLocked(h, family)
		}
		ix.delta[h] = append(ix.delta[h], slot)
		ix.deltaCount++
		if watch && !known && before+1 >= ix.StockDF {
			ix.stock[h] = struct{}{}
			if ix.TrackStock {
				ix.stocked = append(ix.stocked, h)
			}
		}
	}
	for _, w := range e.Words {
		ix.termDF[hashString(w)]++
	}
	for _, t := range e.Top {
		k := hashString(t)
		if len(ix.terms[k]) < ix.TermCap {
			ix.terms[k] = append(ix.terms[k], slot)
		}
	}
	// Merge when the delta is a sizeable share of the whole, so that the
	// amortized cost per posting stays constant.
	if ix.deltaCount > 1<<16 && ix.deltaCount*4 > len(ix.hashes) {
		ix.mergeLocked()
	}
}

func (ix *Index) mergeLocked() {
	type posting struct {
		h uint64
		s uint32
	}
	add := make([]posting, 0, ix.deltaCount)
	for h, ss := range ix.delta {
		for _, s := range ss {
			add = append(add, posting{h, s})
		}
	}
	slices.SortFunc(add, func(a, b posting) int {
		if a.h != b.h {
			if a.h < b.h {
				return -1
			}
			return 1
		}
		return int(a.s) - int(b.s)
	})
	hashes := make([]uint64, 0, len(ix.hashes)+len(add))
	slots := make([]uint32, 0, len(ix.hashes)+len(add))
	i, j := 0, 0
	for i < len(ix.hashes) || j < len(add) {
		if j >= len(add) || (i < len(ix.hashes) && (ix.hashes[i] < add[j].h || (ix.hashes[i] == add[j].h && ix.slots[i] <= add[j].s))) {
			hashes, slots = append(hashes, ix.hashes[i]), append(slots, ix.slots[i])
			i++
		} else {
			hashes, slots = append(hashes, add[j].h), append(slots, add[j].s)
			j++
		}
	}
	ix.hashes, ix.slots = hashes, slots
	ix.delta, ix.deltaCount = map[uint64][]uint32{}, 0
}

// merged returns the merged postings of h.
func (ix *Index) merged(h uint64) []uint32 {
	lo := sort.Search(len(ix.hashes), func(i int) bool { return ix.hashes[i] >= h })
	hi := lo
	for hi < len(ix.hashes) && ix.hashes[hi] == h {
		hi++
	}
	return ix.slots[lo:hi]
}

func (ix *Index) countLocked(h uint64) int {
	return len(ix.merged(h)) + len(ix.delta[h])
}

// familiesLocked counts the distinct story families among h's postings:
// ten copies of one article are one family, and a passage they share is
// that story's text, not stock text.
func (ix *Index) familiesLocked(h uint64) int {
	n, _ := ix.familiesWithLocked(h, ^uint32(0))
	return n
}

// familiesWithLocked is familiesLocked, and whether family is among them.
func (ix *Index) familiesWithLocked(h uint64, family uint32) (int, bool) {
	var buf [64]uint32
	fams := buf[:0]
	for _, ss := range [][]uint32{ix.merged(h), ix.delta[h]} {
		for _, s := range ss {
			f := ix.docs[s].family
			if !slices.Contains(fams, f) {
				fams = append(fams, f)
			}
		}
	}
	return len(fams), slices.Contains(fams, family)
}

// Candidate is an indexed document worth comparing with, and why.
type Candidate struct {
	ID int64
	// Shared is the number of fingerprints in common; SharedTerms the
	// number of distinctive words.
	Shared, SharedTerms int
}

// Candidate selection parameters.
const (
	// minSharedFingerprints: one shared fingerprint is one shared 5-word
	// shingle, often a stock phrase; three make a shared passage likely.
	minSharedFingerprints = 3
	// minSharedTerms names shared suggest the same story; below it, the
	// related rule (which wants as many shared names) could not hold.
	minSharedTerms = 8
	// maxTermCandidates bounds the candidates found by names alone (no
	// shared fingerprint): each costs a sentence-by-sentence comparison.
	maxTermCandidates = 16
	// relatedWindow bounds independent coverage of one event in time, when
	// both dates are known.
	relatedWindow = 14 * 24 * time.Hour
	maxCandidates = 64
)

// Candidates lists the indexed documents that may share text or a story
// with e, most promising first. It does not include e itself. It never
// fails.
func (ix *Index) Candidates(_ context.Context, e Entry) ([]Candidate, error) {
	return ix.candidates(e), nil
}

func (ix *Index) candidates(e Entry) []Candidate {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	sc := ix.scratch()
	defer ix.scratchPool.Put(sc)
	// shared counts the fingerprints each document shares with e; rare
	// those of them that are not stock text. Dense counters indexed by
	// slot, reset through the touched list: maps cost most of this step.
	count := func(s uint32, stock bool) {
		if sc.shared[s] == 0 {
			sc.touched = append(sc.touched, s)
		}
		sc.shared[s]++
		if !stock {
			sc.rare[s]++
		}
	}
	var common []uint64
	for _, h := range e.Hashes {
		if ix.over[h] > 0 {
			common = append(common, h)
			continue
		}
		merged, delta := ix.merged(h), ix.delta[h]
		_, stock := ix.stock[h]
		for _, s := range merged {
			count(s, stock)
		}
		for _, s := range delta {
			count(s, stock)
		}
	}
	// A text made mostly of capped fingerprints is itself a copy of a
	// widely copied text, not boilerplate around its own words: count the
	// capped postings too, so that it finds the earliest copies.
	if len(common)*2 > len(e.Hashes) {
		for _, h := range common {
			for _, s := range ix.merged(h) {
				count(s, true)
			}
			for _, s := range ix.delta[h] {
				count(s, true)
			}
		}
	}
	var pub int64
	if !e.Published.IsZero() {
		pub = e.Published.Unix()
	}
	byID := map[int64]*Candidate{}
	for _, s := range sc.touched {
		n, nrare := int(sc.shared[s]), int(sc.rare[s])
		sc.shared[s], sc.rare[s] = 0, 0
		d := ix.docs[s]
		if !d.alive || d.id == e.ID || n < minSharedFingerprints {
			continue
		}
		// Shared stock passages alone are set aside by the comparison
		// unless they are most of one text: skip the pair here, before
		// its text is loaded, unless names make it a candidate below.
		if nrare < minSharedFingerprints && 2*n < min(int(d.nfp), len(e.Hashes)) {
			continue
		}
		byID[d.id] = &Candidate{ID: d.id, Shared: n}
	}
	// The same counters (all zero again) now count shared names.
	sc.touched = sc.touched[:0]
	for _, t := range e.Top {
		p := ix.terms[hashString(t)]
		if len(p) >= ix.TermCap {
			continue // too common to point at one story
		}
		for _, s := range p {
			if sc.shared[s] == 0 {
				sc.touched = append(sc.touched, s)
			}
			sc.shared[s]++
		}
	}
	for _, s := range sc.touched {
		n := int(sc.shared[s])
		sc.shared[s] = 0
		d := ix.docs[s]
		if !d.alive || d.id == e.ID || n < minSharedTerms {
			continue
		}
		if pub != 0 && d.published != 0 && abs64(pub-d.published) > int64(relatedWindow/time.Second) {
			if c := byID[d.id]; c == nil {
				continue
			}
		}
		if c := byID[d.id]; c != nil {
			c.SharedTerms = n
		} else {
			byID[d.id] = &Candidate{ID: d.id, SharedTerms: n}
		}
	}
	out := make([]Candidate, 0, len(byID))
	var byNames []Candidate
	for _, c := range byID {
		if c.Shared == 0 {
			byNames = append(byNames, *c)
			continue
		}
		out = append(out, *c)
	}
	// Of the candidates sharing only names, the ones sharing the most.
	sort.Slice(byNames, func(i, j int) bool {
		if byNames[i].SharedTerms != byNames[j].SharedTerms {
			return byNames[i].SharedTerms > byNames[j].SharedTerms
		}
		return byNames[i].ID < byNames[j].ID
	})
	out = append(out, byNames[:min(len(byNames), maxTermCandidates)]...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Shared != out[j].Shared {
			return out[i].Shared > out[j].Shared
		}
		if out[i].SharedTerms != out[j].SharedTerms {
			return out[i].SharedTerms > out[j].SharedTerms
		}
		return out[i].ID < out[j].ID
	})
	if len(out) > maxCandidates {
		out = out[:maxCandidates]
	}
	return out
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// TakeStocked returns the documents holding each passage that became stock
// text since the last call (sets of IDs, each set sorted and listed once),
// and forgets them. Relations between two documents of one set that rest
// on that passage need to be judged again. Only with TrackStock. It never
// fails.
func (ix *Index) TakeStocked(context.Context) ([][]int64, error) {
	return ix.takeStocked(), nil
}

func (ix *Index) takeStocked() [][]int64 {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	out := StockSets(ix.stocked, func(h uint64) []int64 {
		var ids []int64
		for _, ss := range [][]uint32{ix.merged(h), ix.delta[h]} {
			for _, s := range ss {
				if d := ix.docs[s]; d.alive {
					ids = append(ids, d.id)
				}
			}
		}
		return ids
	})
	ix.stocked = ix.stocked[:0]
	return out
}

// StockSets turns the passages that became stock, in the order they did,
// into what TakeStocked returns: for each, the documents holding it
// (holders), sorted, each set listed once and only when it pairs
// documents. Every CandidateIndex answers with it, so that they agree.
func StockSets(stocked []uint64, holders func(h uint64) []int64) [][]int64 {
	seen := map[string]bool{}
	var out [][]int64
	for _, h := range stocked {
		ids := holders(h)
		slices.Sort(ids)
		ids = slices.Compact(ids)
		key := fmt.Sprint(ids)
		if len(ids) < 2 || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, ids)
	}
	return out
}

// Corpus implements CandidateIndex: the index holds every statistic in
// memory, so there is nothing to fetch.
func (ix *Index) Corpus(context.Context, ...*Doc) (Corpus, error) {
	return Corpus{Weights: ix.Weights(), Families: ix.Families}, nil
}

// Indexed implements CandidateIndex.
func (ix *Index) Indexed(_ context.Context, ids []int64) (map[int64]bool, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make(map[int64]bool, len(ids))
	for _, id := range ids {
		if _, ok := ix.byID[id]; ok {
			out[id] = true
		}
	}
	return out, nil
}

// Has reports whether a document is indexed.
func (ix *Index) Has(id int64) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	_, ok := ix.byID[id]
	return ok
}

// Count is the number of indexed documents holding a fingerprint, beyond
// the cap too.
func (ix *Index) Count(h uint64) int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.countLocked(h) + ix.over[h]
}

// Families is the number of story families holding a fingerprint (copies
// of one article count once), beyond the cap too: how widely a passage is
// used by independent stories, which is what makes it stock text.
func (ix *Index) Families(h uint64) int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.familiesLocked(h) + ix.over[h]
}
