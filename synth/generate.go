package synth

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"
)

// Stats describes a generated corpus.
type Stats struct {
	Articles     int
	Families     int            // families of two or more articles
	Singletons   int            // articles alone in their family
	Derived      map[string]int // derived articles by derivation
	Pairs        map[string]int // truth pairs by relation
	Undated      int
	Words        int64
	ArticleBytes int64
	TruthBytes   int64
	StockUses    int // stock passages placed in articles
	MaxStockUses int // placements of the most used stock passage
	Elapsed      time.Duration
}

// ArticlesPerSecond is the generation rate.
func (s Stats) ArticlesPerSecond() float64 {
	return float64(s.Articles) / s.Elapsed.Seconds()
}

// MBPerSecond is the rate of article JSONL written, in MB (10^6 bytes).
func (s Stats) MBPerSecond() float64 {
	return float64(s.ArticleBytes) / 1e6 / s.Elapsed.Seconds()
}

type generator struct {
	cfg       Config
	lib       *library
	w         *writer
	outlets   []outlet
	outCum    []float64
	stock     *stockSet
	serial    int
	sizes     []int
	sizeCum   []float64
	pFamily   float64
	deriveCum []float64
	stockUses []int
	stats     Stats
	text      []byte
	line      []byte
}

var derivations = []string{Duplicate, Copy, Excerpt, Rewrite, Related}

func newGenerator(cfg Config) *generator {
	lib := loadLibrary()
	g := &generator{cfg: cfg, lib: lib}
	r := newRNG(cfg.Seed, 0)
	g.w = newWriter(lib, r)
	g.outlets = buildOutlets(cfg.Outlets, &g.w.r, lib)
	g.outCum = zipfCum(len(g.outlets), 0.8)
	g.stock = buildStock(g.w, g.outlets, cfg.Seed)
	g.stockUses = make([]int, len(g.stock.passages))
	m := cfg.FamilyMix
	mean, tot := 0.0, 0.0
	for s := m.MinSize; s <= m.MaxSize; s++ {
		wt := math.Pow(float64(s-1), -1.1)
		tot += wt
		mean += wt * float64(s)
		g.sizes = append(g.sizes, s)
		g.sizeCum = append(g.sizeCum, tot)
	}
	mean /= tot
	// Per draw, a family adds mean articles and a singleton one: choose the
	// chance of a family so that InFamilies of articles are in families.
	f := m.InFamilies
	g.pFamily = f / (mean*(1-f) + f)
	t := 0.0
	for _, wt := range []float64{m.Duplicate, m.Copy, m.Excerpt, m.Rewrite, m.Related} {
		t += wt
		g.deriveCum = append(g.deriveCum, t)
	}
	g.stats.Derived = map[string]int{}
	g.stats.Pairs = map[string]int{}
	return g
}

// Generate writes a synthetic corpus: articles as JSONL in echotrace's
// import format, and the truth about them as JSONL (see Pair, Family,
// Stock). It works family by family and holds only one family and the
// shuffle window in memory, so any number of articles can be generated.
// The output depends only on cfg.
func Generate(ctx context.Context, cfg Config, articles io.Writer, truth io.Writer) (Stats, error) {
	start := time.Now()
	cfg, err := cfg.withDefaults()
	if err != nil {
		return Stats{}, err
	}
	g := newGenerator(cfg)
	aw := &countWriter{w: articles}
	tw := &countWriter{w: truth}
	ab := bufio.NewWriterSize(aw, 1<<16)
	tb := bufio.NewWriterSize(tw, 1<<16)
	if err := g.writeHeader(tb); err != nil {
		return Stats{}, err
	}
	sh := newShuffler(ab, cfg.ShuffleWindow, newRNG(cfg.Seed, math.MaxUint64))
	for fi := 0; g.stats.Articles < cfg.Articles; fi++ {
		if fi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return g.stats, err
			}
		}
		fam := g.family(fi, cfg.Articles-g.stats.Articles)
		for _, a := range fam {
			g.line = a.appendJSON(g.line[:0])
			if err := sh.push(g.line); err != nil {
				return g.stats, fmt.Errorf("synth: write articles: %w", err)
			}
		}
		if len(fam) > 1 {
			if err := g.writeTruth(tb, fi, fam); err != nil {
				return g.stats, fmt.Errorf("synth: write truth: %w", err)
			}
		}
	}
	if err := sh.flush(); err != nil {
		return g.stats, fmt.Errorf("synth: write articles: %w", err)
	}
	if err := ab.Flush(); err != nil {
		return g.stats, fmt.Errorf("synth: write articles: %w", err)
	}
	if err := tb.Flush(); err != nil {
		return g.stats, fmt.Errorf("synth: write truth: %w", err)
	}
	for _, n := range g.stockUses {
		g.stats.StockUses += n
		g.stats.MaxStockUses = max(g.stats.MaxStockUses, n)
	}
	g.stats.ArticleBytes = aw.n
	g.stats.TruthBytes = tw.n
	g.stats.Elapsed = time.Since(start)
	return g.stats, nil
}

func (g *generator) writeHeader(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(map[string]any{"meta": Meta{Seed: g.cfg.Seed, Articles: g.cfg.Articles, ShingleWords: ShingleWords,
		Normalized: "words split on white space, punctuation trimmed, lower-cased, alias spellings folded", Version: 1}}); err != nil {
		return err
	}
	for _, o := range g.outlets {
		if err := enc.Encode(map[string]any{"outlet": OutletInfo{Domain: o.domain, Name: o.name, Relay: o.relay}}); err != nil {
			return err
		}
	}
	for _, p := range g.stock.passages {
		if err := enc.Encode(map[string]any{"stock": p}); err != nil {
			return err
		}
	}
	return nil
}

func (g *generator) words() int {
	c := g.cfg
	const s = 0.5
	mu := math.Log(float64(c.MeanWords)) - s*s/2
	n := int(math.Exp(mu + s*g.w.r.normal()))
	return min(max(n, c.MinWords), c.MaxWords)
}

func (g *generator) pickOutlet(wantRelay float64, not *outlet) *outlet {
	r := &g.w.r
	var o *outlet
	for try := 0; try < 8; try++ {
		o = &g.outlets[r.pickCum(g.outCum)]
		if o == not {
			continue
		}
		if o.relay == r.chance(wantRelay) {
			break
		}
	}
	for o == not {
		o = &g.outlets[r.intn(len(g.outlets))]
	}
	return o
}

func (g *generator) spellings(ev *event, o *outlet) []uint8 {
	s := make([]uint8, len(ev.aliasGroups))
	for i, grp := range ev.aliasGroups {
		s[i] = o.spelling(grp, len(g.lib.v.aliases[grp]), g.cfg.Seed)
	}
	return s
}

func (g *generator) newArticle(ev *event, o *outlet, t time.Time) *article {
	g.serial++
	a := &article{serial: g.serial, o: o, t: t.UTC().Truncate(time.Second), dated: true, ev: ev,
		curly: o.curly, dateline: o.dateline, parent: -1}
	if ev != nil {
		a.alias = g.spellings(ev, o)
	}
	switch o.byline {
	case 1:
		a.byline = "By " + g.w.fresh(xPerson)
	case 2:
		a.byline = o.name + " staff"
	}
	return a
}

func (g *generator) original(ev *event, o *outlet, t time.Time) *article {
	w := g.w
	a := g.newArticle(ev, o, t)
	a.dated = !w.r.chance(o.undated)
	a.paras, a.statement, a.stock = w.compose(ev, o, g.words(), g.stock, composeOpts{statement: 0.6, credit: 0.3, stock: true})
	w.addBoilerplate(a, g.stock)
	a.title = w.title(ev)
	a.deriv = "original"
	return a
}

// finish renders the article's text and URL.
func (g *generator) finish(a *article) {
	g.text = a.render(g.lib, g.text)
	a.text = string(g.text)
	a.makeURL()
	a.sh = nil
}

func (g *generator) measure(a *article) {
	if a.sh == nil {
		if a.toks == nil {
			a.toks = make([]uint64, 0, len(a.text)/5)
		}
		a.toks = tokens(g.lib, a.text, a.toks[:0])
		// One sort serves both: the run index is sorted by hash, and
		// the distinct hashes in it are the shingle set.
		a.ri = buildRunIndex(a.toks, a.ri)
		a.sh = make([]uint64, 0, len(a.ri))
		for i, p := range a.ri {
			if i == 0 || p.h != a.ri[i-1].h {
				a.sh = append(a.sh, p.h)
			}
		}
	}
}

// family generates one story family (or a singleton) with its own random
// stream, so that it does not depend on the families before it.
func (g *generator) family(fi int, room int) []*article {
	w := g.w
	w.r = newRNG(g.cfg.Seed, uint64(fi)+1)
	w.resetFamily()
	r := &w.r
	size := 1
	if r.chance(g.pFamily) {
		size = g.sizes[r.pickCum(g.sizeCum)]
	}
	size = min(size, room)
	ev := w.newEvent(r.intn(len(g.lib.g.topics)))
	t := g.cfg.Start.Add(time.Duration(r.float() * float64(g.cfg.Span)))
	root := g.original(ev, g.pickOutlet(0.1, nil), t)
	g.finish(root)
	fam := []*article{root}
	// dupClass[i] is the root of i's component along duplicate edges:
	// all members of one must stay near-identical to each other.
	dupClass := []int{0}
	for len(fam) < size {
		kind := derivations[r.pickCum(g.deriveCum)]
		src := root
		if g.cfg.Chains {
			src = g.relaySource(fam)
		} else if r.chance(g.cfg.FamilyMix.Chain) {
			src = fam[r.intn(len(fam))]
		}
		if src.deriv == Excerpt || (kind == Excerpt && src.deriv == Rewrite) {
			src = root // an excerpt's host is another story; no excerpts of rewrites
		}
		var a *article
		switch kind {
		case Duplicate:
			o := g.pickOutlet(0.6, src.o)
			serial := g.serial
			for edits := r.intn(1 + min(3, WordCount(src.text)/150)); edits >= -1; edits-- {
				g.serial = serial
				a = g.duplicate(src, o, max(edits, 0))
				if edits < 0 {
					a.dateline, a.curly = src.dateline, src.curly
				}
				g.finish(a)
				if g.nearIdentical(a, fam, dupClass, dupClass[src.idx]) {
					break
				}
			}
		case Copy:
			o := g.pickOutlet(0.6, src.o)
			serial := g.serial
			for try := 0; ; try++ {
				g.serial = serial
				a = g.copyOf(src, o, try > 0)
				g.finish(a)
				g.measure(a)
				g.measure(src)
				sIn, cIn := containment(src.sh, a.sh)
				if sIn >= 0.72 && min(sIn, cIn) < 0.9 || try == 3 {
					break
				}
				if sIn >= 0.72 {
					// Near-identical: make it a copy by adding to it.
					for k := 0; k < 6 && min(sIn, cIn) >= 0.9; k++ {
						a.paras = g.addParagraph(a, a.paras)
						g.finish(a)
						g.measure(a)
						sIn, cIn = containment(src.sh, a.sh)
					}
					break
				}
			}
		case Excerpt:
			a = g.excerptOf(src, g.pickOutlet(0.3, src.o))
			if a == nil {
				kind = Copy
				a = g.copyOf(src, g.pickOutlet(0.6, src.o), true)
			}
			g.finish(a)
		case Rewrite:
			a = g.rewriteOf(src, g.pickOutlet(0.4, src.o))
			g.finish(a)
		case Related:
			a = g.related(root, g.pickOutlet(0.1, root.o))
			g.finish(a)
		}
		a.deriv = kind
		a.idx = len(fam)
		a.parent = src.idx
		if kind == Related {
			a.parent = root.idx
		}
		if kind == Duplicate {
			dupClass = append(dupClass, dupClass[src.idx])
		} else {
			dupClass = append(dupClass, a.idx)
		}
		fam = append(fam, a)
	}
	for _, a := range fam {
		g.stats.Articles++
		if !a.dated {
			g.stats.Undated++
		}
		g.stats.Words += int64(WordCountFast(a.text))
		if a.deriv != "original" {
			g.stats.Derived[a.deriv]++
		}
		for _, id := range a.stock {
			g.stockUses[id]++
		}
	}
	if len(fam) > 1 {
		g.stats.Families++
	} else {
		g.stats.Singletons++
	}
	return fam
}

// relaySource picks a derived article's source when families propagate
// in chains: a fifth of the time the original, otherwise a member taken
// going back from the newest (each older one half as likely), so that
// relays of relays make chains several levels deep.
func (g *generator) relaySource(fam []*article) *article {
	r := &g.w.r
	if len(fam) == 1 || r.chance(0.2) {
		return fam[0]
	}
	i := len(fam) - 1
	for i > 0 && r.chance(0.5) {
		i--
	}
	return fam[i]
}

// WordCountFast counts space-separated words, for statistics.
func WordCountFast(s string) int { return countWords(s) }

// nearIdentical reports whether a shares at least 90% of its 5-grams both
// ways with every member of dup class cls.
func (g *generator) nearIdentical(a *article, fam []*article, dupClass []int, cls int) bool {
	g.measure(a)
	for i, m := range fam {
		if dupClass[i] != cls {
			continue
		}
		g.measure(m)
		x, y := containment(a.sh, m.sh)
		if x < 0.9 || y < 0.9 {
			return false
		}
	}
	return true
}

// path returns the derivations from the lowest common ancestor of a and b
// down to each, and that ancestor.
func path(fam []*article, a, b int) (up, down []string, lca int) {
	anc := func(i int) []int {
		var xs []int
		for ; i >= 0; i = fam[i].parent {
			xs = append(xs, i)
		}
		return xs
	}
	aa, bb := anc(a), anc(b)
	for _, x := range aa {
		if slices.Contains(bb, x) {
			lca = x
			break
		}
	}
	for i := a; i != lca; i = fam[i].parent {
		up = append(up, fam[i].deriv)
	}
	for i := b; i != lca; i = fam[i].parent {
		down = append(down, fam[i].deriv)
	}
	slices.Reverse(up)
	slices.Reverse(down)
	return up, down, lca
}

// The rules for the relation of two members of a family, from the
// derivations on the path between them through their lowest common
// ancestor and from what they measurably share:
//
//  1. a related edge on the path (independent writing): related;
//  2. a rewrite and an excerpt on the path (a paraphrase of a passage):
//     related;
//  3. a rewrite and otherwise duplicates and copies: rewrite;
//  4. only duplicate edges: duplicate;
//  5. otherwise (duplicates, copies, excerpts): copy if there is no
//     excerpt edge and one side has at least 70% of its 5-grams in the
//     other; else excerpt if they share a run of at least 50 words; else
//     related (the shared passage was cut on one side).
const (
	copyMinShare   = 0.7
	excerptMinRun  = 50
	siblingRunNote = "shared passage under 50 words"
)

func (g *generator) relation(fam []*article, i, j int) Pair {
	a, b := fam[i], fam[j]
	up, down, lca := path(fam, i, j)
	edges := append(slices.Clone(up), down...)
	has := func(k string) bool { return slices.Contains(edges, k) }
	p := Pair{A: a.url, B: b.url}
	p.AShared, p.BShared = containment(a.sh, b.sh)
	p.AShared = math.Round(p.AShared*1000) / 1000
	p.BShared = math.Round(p.BShared*1000) / 1000
	p.Ancestor = len(up) == 0
	p.Direct = b.parent == i && b.deriv != Related
	if b.deriv == Related && len(up) == 0 && len(down) == 1 {
		p.Ancestor = false
	}
	if len(up) == 0 {
		p.Path = "b:" + strings.Join(down, ">")
	} else {
		p.Path = "a:" + strings.Join(up, ">") + " b:" + strings.Join(down, ">")
	}
	if lca != i && lca != j {
		p.Note = "siblings through " + fam[lca].url
	}
	if !has(Related) {
		// Derived text shares runs with its relatives: record the longest
		// (for a rewrite, usually a quotation it kept verbatim).
		p.LongestRun, _ = longestRunIdx(a.toks, b.toks, a.ri, b.ri)
	}
	switch {
	case has(Related):
		p.Relation = Related
		p.Ancestor, p.Direct = false, false
	case has(Rewrite) && has(Excerpt) && p.LongestRun >= excerptMinRun:
		p.Relation = Excerpt
		p.ExcerptWords = p.LongestRun
		p.Note = strings.TrimSpace(p.Note + "; a paraphrase of a passage that kept a long run verbatim")
	case has(Rewrite) && has(Excerpt):
		p.Relation = Related
		p.Note = strings.TrimSpace(p.Note + "; paraphrase of a passage")
	case has(Rewrite):
		p.Relation = Rewrite
	case !has(Copy) && !has(Excerpt):
		p.Relation = Duplicate
	default:
		switch {
		case !has(Excerpt) && max(p.AShared, p.BShared) >= copyMinShare:
			p.Relation = Copy
		case p.Direct && b.deriv == Excerpt:
			p.Relation = Excerpt
			p.ExcerptWords = b.excerpt
		case p.LongestRun >= excerptMinRun:
			p.Relation = Excerpt
			p.ExcerptWords = p.LongestRun
		default:
			p.Relation = Related
			p.Note = strings.TrimSpace(p.Note + "; " + siblingRunNote)
		}
	}
	if a.statement && b.statement {
		p.Statement = fam[0].ev.fields[fS]
	}
	if a.ev == b.ev {
		for gi := range a.ev.aliasGroups {
			if a.alias[gi] != b.alias[gi] {
				p.AliasSwaps += min(a.aliasCount[gi], b.aliasCount[gi])
			}
		}
	}
	if p.Direct {
		p.Changes = g.changes(a, b)
	}
	return p
}

// changes completes a derived article's change list with its alias swaps.
func (g *generator) changes(src, b *article) []Change {
	var out []Change
	if src.ev == b.ev {
		for gi, grp := range b.ev.aliasGroups {
			// A swap is a name the source had, spelled otherwise here.
			if n := min(src.aliasCount[gi], b.aliasCount[gi]); src.alias[gi] != b.alias[gi] && n > 0 {
				v := g.lib.v.aliases[grp]
				out = append(out, Change{Kind: "alias", AText: v[src.alias[gi]], BText: v[b.alias[gi]], Count: n})
			}
		}
	}
	return append(out, b.changes...)
}

func (g *generator) writeTruth(w io.Writer, fi int, fam []*article) error {
	ev := fam[0].ev
	f := Family{ID: fi, Topic: g.lib.g.topics[ev.topic].name, Statement: ev.fields[fS]}
	for _, p := range ev.people {
		f.People = append(f.People, p.full+", "+p.role)
	}
	for _, a := range fam {
		m := Member{URL: a.url, Derivation: a.deriv, Outlet: a.o.domain}
		if a.deriv != "original" && a.deriv != Related {
			m.Parent = fam[a.parent].url
		}
		if g.cfg.Chains {
			m.Published = a.t.UTC().Format(time.RFC3339)
			m.Undated = !a.dated
		}
		f.Members = append(f.Members, m)
		g.measure(a)
	}
	// Which members quote the official statement (an excerpt's passage
	// may carry it too, a copy may have changed a number in it): the one
	// run related coverage may share.
	st := tokens(g.lib, fam[0].ev.fields[fS], nil)
	ist := buildRunIndex(st, nil)
	for _, a := range fam {
		n, _ := longestRunIdx(st, a.toks, ist, a.ri)
		a.statement = n >= 12 || n == len(st)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(map[string]any{"tree": f}); err != nil {
		return err
	}
	for i := range fam {
		for j := i + 1; j < len(fam); j++ {
			p := g.relation(fam, i, j)
			p.Family = fi
			g.stats.Pairs[p.Relation]++
			if err := enc.Encode(p); err != nil {
				return err
			}
		}
	}
	return nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// shuffler holds back a window of lines and emits a random one each time
// a new one arrives: a bounded, deterministic shuffle.
type shuffler struct {
	w     io.Writer
	slots [][]byte
	n     int
	r     rng
}

func newShuffler(w io.Writer, size int, r rng) *shuffler {
	return &shuffler{w: w, slots: make([][]byte, size), r: r}
}

func (s *shuffler) push(line []byte) error {
	i := s.n
	if s.n < len(s.slots) {
		s.n++
	} else {
		i = s.r.intn(len(s.slots))
		if _, err := s.w.Write(s.slots[i]); err != nil {
			return err
		}
	}
	// Reuse the slot's buffer unless it is much larger than the line: the
	// window's memory then follows the lines it holds, not the longest
	// line each slot ever held.
	if b := s.slots[i]; cap(b) >= len(line) && cap(b) <= 2*len(line)+4096 {
		s.slots[i] = append(b[:0], line...)
	} else {
		s.slots[i] = append(make([]byte, 0, len(line)+len(line)/4), line...)
	}
	return nil
}

func (s *shuffler) flush() error {
	idx := make([]int, s.n)
	for i := range idx {
		idx[i] = i
	}
	shuffle(&s.r, idx)
	for _, i := range idx {
		if _, err := s.w.Write(s.slots[i]); err != nil {
			return err
		}
	}
	s.n = 0
	return nil
}
