package bench

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/synth"
)

// ChainsConfig says what corpus the provenance benchmark generates and how
// it spoils its dates.
type ChainsConfig struct {
	Articles int
	Seed     int64
	// Dir keeps the generated corpus; empty means a temporary folder. A
	// folder must hold a corpus generated with synth.Config.Chains (its
	// truth carries every article's true time).
	Dir string
	// Missing is the share of articles whose date is removed in the
	// second condition (default 0.3); Wrong the share whose date is
	// shifted by 1 to 72 hours either way in the third (default 0.1).
	Missing, Wrong float64
}

// ChainsScore is what the provenance benchmark measured.
type ChainsScore struct {
	Articles int
	// ReusePairs are the duplicate, copy, excerpt and rewrite relations
	// the engine found; RelatedPairs the related ones.
	ReusePairs, RelatedPairs int
	Conditions               []ChainsCondition
	RelateTime               time.Duration
}

// Tally counts scored articles and the correct ones.
type Tally struct{ N, Correct int }

// Rate is Correct over N, or 0 for none.
func (t Tally) Rate() float64 {
	if t.N == 0 {
		return 0
	}
	return float64(t.Correct) / float64(t.N)
}

// ChainsCondition is the score under one way of presenting the dates.
type ChainsCondition struct {
	Name string
	// Source: immediate-source accuracy over every article derived by
	// reuse (duplicate, copy, excerpt, rewrite): correct when the chosen
	// parent is the article it was made from.
	Source Tally
	// Found: the same over the articles whose true parent the engine
	// related to them as reuse (provenance's own accuracy).
	Found Tally
	// EngineMiss counts articles whose true parent the engine did not
	// relate to them as reuse: provenance cannot choose it.
	EngineMiss int
	ByKind     map[string]*Tally
	ByDepth    map[int]*Tally
	// Direction: of the true ancestor pairs found as reuse, those whose
	// edge points from the ancestor.
	Direction Tally
	// Originals: family originals left without a reuse parent; Related:
	// independent coverage left without one.
	Originals, Related Tally
	// Errors counts wrong parents by what was chosen instead (see
	// errorClass), and Swaps by the relation found with the true parent →
	// the relation of the chosen edge.
	Errors, Swaps map[string]int
	// Gaps counts wrong parents by how the true parent's score (its
	// closeness to the article) compares with the chosen one's.
	Gaps map[string]int
	// CoverGaps compares the share of the article's own text found in
	// the true parent with the share found in the chosen source.
	CoverGaps map[string]int
}

// childCoverage is the share of child's text inside the other article of
// relation r.
func childCoverage(child, other int64, r *reuse.Result) float64 {
	if r == nil {
		return 0
	}
	if child < other {
		return r.Coverage.A
	}
	return r.Coverage.B
}

// scoreGap buckets the true parent's score against the chosen source's;
// provenance treats scores within 0.05 as equally close.
func scoreGap(truth, chosen float64) string {
	switch d := truth - chosen; {
	case d > 0.05:
		return "true parent closer by more than 0.05"
	case d > 0:
		return "true parent closer by 0.05 or less"
	case d == 0:
		return "same score"
	case d >= -0.05:
		return "chosen closer by 0.05 or less"
	default:
		return "chosen closer by more than 0.05"
	}
}

// RunChains generates a corpus whose stories propagate over several levels
// (synth.Config.Chains), relates it article by article as an import does,
// infers provenance from the relations under several conditions of the
// dates, and scores each article's chosen immediate source against the
// article it was made from.
func RunChains(ctx context.Context, cfg ChainsConfig, w io.Writer) (*ChainsScore, error) {
	if cfg.Missing == 0 {
		cfg.Missing = 0.3
	}
	if cfg.Wrong == 0 {
		cfg.Wrong = 0.1
	}
	dir := cfg.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "echotrace-chains-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	articlesPath, truthPath := filepath.Join(dir, "articles.jsonl"), filepath.Join(dir, "truth.jsonl")
	if _, err := os.Stat(truthPath); err != nil {
		fmt.Fprintf(w, "generating %d articles with chains (seed %d) in %s\n", cfg.Articles, cfg.Seed, dir)
		if err := generate(ctx, articlesPath, truthPath, synth.Config{Seed: cfg.Seed, Articles: cfg.Articles, Chains: true}); err != nil {
			return nil, err
		}
	}
	tf, err := os.Open(truthPath)
	if err != nil {
		return nil, err
	}
	truth, err := synth.ReadTruth(bufio.NewReader(tf))
	tf.Close()
	if err != nil {
		return nil, err
	}
	texts, err := openTexts(articlesPath)
	if err != nil {
		return nil, err
	}
	defer texts.Close()

	start := time.Now()
	found, err := relateAll(ctx, texts)
	if err != nil {
		return nil, err
	}
	score := &ChainsScore{Articles: texts.len(), RelateTime: time.Since(start)}
	var pairs []provenance.Pair
	for k, r := range found {
		pairs = append(pairs, provenance.Pair{A: k[0], B: k[1], Relation: r.Relation, Score: r.Score, CoverageA: r.Coverage.A, CoverageB: r.Coverage.B, Changes: len(r.Changes)})
		if isReuse(r.Relation) {
			score.ReusePairs++
		} else {
			score.RelatedPairs++
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].A != pairs[j].A {
			return pairs[i].A < pairs[j].A
		}
		return pairs[i].B < pairs[j].B
	})

	c, err := newChainsCorpus(texts, truth, cfg.Seed)
	if err != nil {
		return nil, err
	}
	conds := []struct {
		name  string
		dates func(id int64) (time.Time, string)
	}{
		{"all dates", c.allDates()},
		{fmt.Sprintf("%.0f%% missing", 100*cfg.Missing), c.missingDates(cfg.Missing)},
		{fmt.Sprintf("%.0f%% wrong", 100*cfg.Wrong), c.wrongDates(cfg.Wrong)},
		{"as generated", c.corpusDates()},
	}
	for _, cd := range conds {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		g := provenance.Build(c.articles(pairs, cd.dates), pairs)
		score.Conditions = append(score.Conditions, c.score(cd.name, g, found))
	}
	score.report(w)
	return score, nil
}

func isReuse(rel string) bool {
	switch rel {
	case reuse.Duplicate, reuse.Copy, reuse.Excerpt, reuse.Rewrite:
		return true
	}
	return false
}

// relateAll relates every article of the file, in file order, with the
// in-memory engine as RunReuse does, and returns the relations that are
// not unrelated, keyed by (lower ID, higher ID).
func relateAll(ctx context.Context, texts *textFile) (map[[2]int64]*reuse.Result, error) {
	aliases, err := alias.Default().WithGroups(synth.Aliases())
	if err != nil {
		return nil, err
	}
	cache := map[int64]*reuse.Doc{}
	var cacheOrder []int64
	remember := func(id int64, d *reuse.Doc) {
		cache[id] = d
		cacheOrder = append(cacheOrder, id)
		for len(cacheOrder) > 4096 {
			delete(cache, cacheOrder[0])
			cacheOrder = cacheOrder[1:]
		}
	}
	prepare := func(id int64) (*reuse.Doc, error) {
		a, err := texts.article(int(id))
		if err != nil {
			return nil, err
		}
		d := reuse.Prepare(id, a.Text, aliases)
		d.Outlet, d.Published = a.Outlet, a.Published
		return d, nil
	}
	load := func(_ context.Context, id int64) (*reuse.Doc, error) {
		if d, ok := cache[id]; ok {
			return d, nil
		}
		d, err := prepare(id)
		if err == nil {
			remember(id, d)
		}
		return d, err
	}
	ix := reuse.NewIndex()
	ix.TrackStock = true
	eng := reuse.NewEngine(aliases, load)
	eng.Index = ix
	found := map[[2]int64]*reuse.Result{}
	for id := int64(0); id < int64(texts.len()); id++ {
		if id%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		d, err := prepare(id)
		if err != nil {
			return nil, err
		}
		rels, entry, err := eng.Relate(ctx, d)
		if err != nil {
			return nil, err
		}
		if err := ix.Add(ctx, entry); err != nil {
			return nil, err
		}
		pairs, err := eng.StockPairs(ctx, nil, func(a, b int64) bool {
			r := found[[2]int64{a, b}]
			return r != nil && r.Relation == reuse.Excerpt
		})
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			f, err := eng.Recompare(ctx, p[0], p[1])
			if err != nil {
				return nil, err
			}
			if f.Result.Relation == reuse.Unrelated {
				delete(found, [2]int64{f.A, f.B})
			} else {
				found[[2]int64{f.A, f.B}] = f.Result
			}
		}
		remember(id, d)
		for _, r := range rels {
			found[[2]int64{r.A, r.B}] = r.Result
		}
	}
	return found, nil
}

// chainsCorpus is what the benchmark knows of each article: its true time,
// its date as the corpus gives it, when a crawler first saw it, and the
// truth's family tree.
type chainsCorpus struct {
	seed      int64
	n         int
	urls      []string
	outlet    []string
	text      func(id int64) (string, error)
	truthTime []time.Time // zero for an undated singleton (the truth lists families only)
	published []time.Time // as in articles.jsonl
	firstSeen []time.Time
	names     map[string]string // outlet domain → site name
	truth     *synth.Truth
	id        map[string]int64
	member    map[int64]synth.Member
	depth     map[int64]int
	family    map[int64]int64 // member → its family's original
	reused    map[int64]bool  // articles something was derived from
}

func newChainsCorpus(texts *textFile, truth *synth.Truth, seed int64) (*chainsCorpus, error) {
	n := texts.len()
	c := &chainsCorpus{seed: seed, n: n, urls: texts.urls, outlet: make([]string, n), truthTime: make([]time.Time, n),
		published: make([]time.Time, n), firstSeen: make([]time.Time, n), names: map[string]string{}, truth: truth,
		id: make(map[string]int64, n), member: map[int64]synth.Member{}, depth: map[int64]int{},
		family: map[int64]int64{}, reused: map[int64]bool{}}
	c.text = func(id int64) (string, error) {
		a, err := texts.article(int(id))
		return a.Text, err
	}
	for _, o := range truth.Outlets {
		c.names[o.Domain] = o.Name
	}
	for i, u := range texts.urls {
		c.id[u] = int64(i)
	}
	for i := range n {
		a, err := texts.article(i)
		if err != nil {
			return nil, err
		}
		c.outlet[i], c.published[i], c.truthTime[i] = a.Outlet, a.Published, a.Published
	}
	for _, f := range truth.Families {
		for _, m := range f.Members {
			id, ok := c.id[m.URL]
			if !ok {
				return nil, fmt.Errorf("truth names %s, not in the articles", m.URL)
			}
			if m.Published == "" {
				return nil, fmt.Errorf("the truth has no publication times: generate the corpus with chains (synth.Config.Chains)")
			}
			t, err := time.Parse(time.RFC3339, m.Published)
			if err != nil {
				return nil, fmt.Errorf("truth %s: %w", m.URL, err)
			}
			c.truthTime[id] = t
			c.member[id] = m
			c.family[id] = c.id[f.Members[0].URL]
			if m.Parent != "" {
				c.reused[c.id[m.Parent]] = true
			}
		}
		// Depth: levels of reuse below the text's own author (an original
		// or an independent write-up is 0).
		for _, m := range f.Members {
			id := c.id[m.URL]
			d := 0
			for p := m; p.Parent != ""; d++ {
				p = c.member[c.id[p.Parent]]
			}
			c.depth[id] = d
		}
	}
	// A crawler sees a page after it appears: first seen is the true
	// publication plus 0 to 6 hours. Undated singletons have no known
	// time and no first-seen time.
	r := rand.New(rand.NewPCG(uint64(seed), 1))
	for i := range n {
		d := time.Duration(r.Int64N(int64(6 * time.Hour)))
		if !c.truthTime[i].IsZero() {
			c.firstSeen[i] = c.truthTime[i].Add(d).Truncate(time.Second)
		}
	}
	return c, nil
}

// allDates: every article dated with its true time, from page metadata,
// including those the generator left undated.
func (c *chainsCorpus) allDates() func(int64) (time.Time, string) {
	return func(id int64) (time.Time, string) { return c.truthTime[id], "meta" }
}

// missingDates: the true times, with a share of them (chosen at random,
// seeded) removed.
func (c *chainsCorpus) missingDates(share float64) func(int64) (time.Time, string) {
	r := rand.New(rand.NewPCG(uint64(c.seed), 2))
	drop := make([]bool, c.n)
	for i := range drop {
		drop[i] = r.Float64() < share
	}
	return func(id int64) (time.Time, string) {
		if drop[id] {
			return time.Time{}, ""
		}
		return c.truthTime[id], "meta"
	}
}

// wrongDates: the true times, with a share of them shifted by 1 to 72
// hours either way, still claiming to come from page metadata.
func (c *chainsCorpus) wrongDates(share float64) func(int64) (time.Time, string) {
	r := rand.New(rand.NewPCG(uint64(c.seed), 3))
	shift := make([]time.Duration, c.n)
	for i := range shift {
		if r.Float64() < share {
			d := time.Hour + time.Duration(r.Int64N(int64(71*time.Hour)))
			if r.IntN(2) == 0 {
				d = -d
			}
			shift[i] = d.Truncate(time.Minute)
		}
	}
	return func(id int64) (time.Time, string) {
		if c.truthTime[id].IsZero() {
			return time.Time{}, ""
		}
		return c.truthTime[id].Add(shift[id]), "meta"
	}
}

// corpusDates: the dates as articles.jsonl gives them (the generator
// leaves a tenth of derived articles undated).
func (c *chainsCorpus) corpusDates() func(int64) (time.Time, string) {
	return func(id int64) (time.Time, string) {
		if c.published[id].IsZero() {
			return time.Time{}, ""
		}
		return c.published[id], "meta"
	}
}

// articles builds the provenance articles the pairs name (provenance only
// reads those; the others would be roots regardless).
func (c *chainsCorpus) articles(pairs []provenance.Pair, dates func(int64) (time.Time, string)) map[int64]*provenance.Article {
	out := map[int64]*provenance.Article{}
	add := func(id int64) {
		if out[id] != nil {
			return
		}
		text, err := c.text(id)
		if err != nil {
			text = ""
		}
		pub, src := dates(id)
		a := &provenance.Article{ID: id, URL: c.urls[id], Outlet: c.outlet[id], Published: pub, PublishedSource: src,
			FirstSeen: c.firstSeen[id], Text: text}
		if name := c.names[c.outlet[id]]; name != "" {
			a.Names = []string{name}
		}
		out[id] = a
	}
	for _, p := range pairs {
		add(p.A)
		add(p.B)
	}
	return out
}

func (c *chainsCorpus) score(name string, g *provenance.Graph, found map[[2]int64]*reuse.Result) ChainsCondition {
	s := ChainsCondition{Name: name, ByKind: map[string]*Tally{}, ByDepth: map[int]*Tally{}, Errors: map[string]int{}, Swaps: map[string]int{}, Gaps: map[string]int{}, CoverGaps: map[string]int{}}
	rel := func(a, b int64) string {
		if r := found[[2]int64{min(a, b), max(a, b)}]; r != nil {
			return r.Relation
		}
		return reuse.Unrelated
	}
	for id, m := range c.member {
		switch m.Derivation {
		case "original":
			if c.reused[id] {
				s.Originals.N++
				if g.Parent[id] == nil {
					s.Originals.Correct++
				}
			}
			continue
		case synth.Related:
			s.Related.N++
			if g.Parent[id] == nil {
				s.Related.Correct++
			}
			continue
		}
		parent := c.id[m.Parent]
		ok := g.Parent[id] != nil && g.Parent[id].From == parent
		inc := func(t *Tally) {
			t.N++
			if ok {
				t.Correct++
			}
		}
		inc(&s.Source)
		if s.ByKind[m.Derivation] == nil {
			s.ByKind[m.Derivation] = &Tally{}
		}
		inc(s.ByKind[m.Derivation])
		d := min(c.depth[id], 4)
		if s.ByDepth[d] == nil {
			s.ByDepth[d] = &Tally{}
		}
		inc(s.ByDepth[d])
		foundParent := isReuse(rel(id, parent))
		if foundParent {
			inc(&s.Found)
		} else {
			s.EngineMiss++
		}
		if !ok {
			s.Errors[c.errorClass(id, parent, g, foundParent)]++
			if e := g.Parent[id]; e != nil && foundParent {
				s.Swaps[rel(id, parent)+" → "+e.Relation]++
				tp := found[[2]int64{min(id, parent), max(id, parent)}]
				s.Gaps[scoreGap(tp.Score, e.Score)]++
				s.CoverGaps[scoreGap(childCoverage(id, parent, tp), childCoverage(id, e.From, found[[2]int64{min(id, e.From), max(id, e.From)}]))]++
			}
		}
	}
	// Direction of every true ancestor pair found as reuse.
	from := make(map[[2]int64]int64, len(g.Edges))
	for _, e := range g.Edges {
		from[[2]int64{min(e.From, e.To), max(e.From, e.To)}] = e.From
	}
	for _, p := range c.truth.Pairs {
		if !p.Ancestor {
			continue
		}
		a, b := c.id[p.A], c.id[p.B]
		f, ok := from[[2]int64{min(a, b), max(a, b)}]
		if !ok {
			continue
		}
		s.Direction.N++
		if f == a {
			s.Direction.Correct++
		}
	}
	return s
}

// errorClass says what was chosen instead of the true parent: nothing, an
// ancestor of it (a level skipped), the article's own descendant (the
// direction reversed), a sibling (another derivation of the same parent),
// another member of the family, or an article of another story; and
// whether it truly came before or after the article.
func (c *chainsCorpus) errorClass(id, parent int64, g *provenance.Graph, foundParent bool) string {
	prefix := "parent related: "
	if !foundParent {
		prefix = "parent not related (engine miss): "
	}
	e := g.Parent[id]
	if e == nil {
		return prefix + "left as a root"
	}
	chosen := e.From
	ancestors := func(x int64) []int64 {
		var out []int64
		for m, ok := c.member[x]; ok && m.Parent != ""; m, ok = c.member[x] {
			x = c.id[m.Parent]
			out = append(out, x)
		}
		return out
	}
	var kind string
	cm, inFamily := c.member[chosen]
	switch {
	case !inFamily || c.family[chosen] != c.family[id]:
		kind = "an article of another story"
	case slices.Contains(ancestors(parent), chosen):
		kind = "an ancestor of the parent"
	case slices.Contains(ancestors(chosen), id):
		kind = "its own descendant"
	case cm.Parent != "" && c.id[cm.Parent] == parent:
		kind = "a sibling"
	case slices.Contains(ancestors(chosen), parent):
		kind = "another descendant of the parent"
	default:
		kind = "another member of the family"
	}
	when := "later"
	if c.truthTime[chosen].Before(c.truthTime[id]) {
		when = "earlier"
	}
	return fmt.Sprintf("%s%s (%s)", prefix, kind, when)
}

func (s *ChainsScore) report(w io.Writer) {
	fmt.Fprintf(w, "articles %d: %d reuse and %d related relations found in %s\n",
		s.Articles, s.ReusePairs, s.RelatedPairs, s.RelateTime.Round(time.Second))
	fmt.Fprintln(w, "\nimmediate source (articles derived by duplicate, copy, excerpt or rewrite):")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "condition\tscored\tcorrect\taccuracy\tengine miss\taccuracy when related\tdirection right\toriginals as roots\trelated as roots\t")
	for _, c := range s.Conditions {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.4f\t%d\t%.4f (%d)\t%.4f (%d)\t%.4f (%d)\t%.4f (%d)\t\n", c.Name, c.Source.N, c.Source.Correct, c.Source.Rate(),
			c.EngineMiss, c.Found.Rate(), c.Found.N, c.Direction.Rate(), c.Direction.N, c.Originals.Rate(), c.Originals.N, c.Related.Rate(), c.Related.N)
	}
	tw.Flush()

	head := "\t"
	for _, c := range s.Conditions {
		head += c.Name + "\t"
	}
	fmt.Fprintln(w, "\naccuracy by derivation:")
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, head)
	for _, k := range []string{synth.Duplicate, synth.Copy, synth.Excerpt, synth.Rewrite} {
		row := k + "\t"
		for _, c := range s.Conditions {
			t := c.ByKind[k]
			if t == nil {
				t = &Tally{}
			}
			row += fmt.Sprintf("%.4f (%d)\t", t.Rate(), t.N)
		}
		fmt.Fprintln(tw, row)
	}
	tw.Flush()

	fmt.Fprintln(w, "\naccuracy by depth (levels of reuse below the author; 4 means 4 or more):")
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, head)
	for d := 1; d <= 4; d++ {
		row := fmt.Sprintf("%d\t", d)
		for _, c := range s.Conditions {
			t := c.ByDepth[d]
			if t == nil {
				t = &Tally{}
			}
			row += fmt.Sprintf("%.4f (%d)\t", t.Rate(), t.N)
		}
		fmt.Fprintln(tw, row)
	}
	tw.Flush()

	for _, c := range s.Conditions {
		fmt.Fprintf(w, "\nwrong parents, %s (%d):\n", c.Name, c.Source.N-c.Source.Correct)
		printCounts(w, c.Errors)
		if len(c.Swaps) > 0 {
			fmt.Fprintln(w, "  relation with the true parent → relation of the chosen edge:")
			printCounts(w, c.Swaps)
			fmt.Fprintln(w, "  score of the true parent against the chosen one's:")
			printCounts(w, c.Gaps)
			fmt.Fprintln(w, "  share of the article's text in the true parent against in the chosen one:")
			printCounts(w, c.CoverGaps)
		}
	}
}

func printCounts(w io.Writer, m map[string]int) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Fprintf(w, "  %6d  %s\n", m[k], strings.TrimSpace(k))
	}
}
