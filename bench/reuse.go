package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/synth"
)

// ReuseConfig says what corpus the reuse benchmark generates and measures.
type ReuseConfig struct {
	Articles int
	Seed     int64
	// Dir keeps the generated corpus; empty means a temporary folder.
	Dir string
	// BruteForce is the size of the subset on which candidate recall is
	// measured against exact all-pairs containment; 0 skips it.
	BruteForce int
	// Thresholds override the engine's defaults when set.
	Thresholds *reuse.Thresholds
	// Measures, when set, receives one TSV line per compared pair: the true
	// relation, the one found, and the measures the rules read.
	Measures io.Writer
	// ProgressEvery, when positive, writes a line every that many articles:
	// the relating time so far, the rate over the last stretch and the
	// heap, so that a long run (a million articles) shows its curve as it
	// goes and leaves figures even if it is stopped.
	ProgressEvery int
}

// ReuseScore is what the reuse benchmark measured.
type ReuseScore struct {
	Articles int
	// ArticlesPerSecond: relating (candidates, alignment, classification)
	// and indexing, tokenization included; generation and parsing excluded.
	ArticlesPerSecond float64
	// CPUArticlesPerSecond is the same rate over the CPU time the process
	// spent relating (collection included), which other work on the
	// machine does not inflate; 0 where it cannot be read.
	CPUArticlesPerSecond float64
	P50, P99             time.Duration
	// IndexBytesPerArticle is the live heap after the run, over articles:
	// the index (texts stay on disk; the cache of prepared texts is
	// dropped before measuring and reported as CacheBytes).
	IndexBytesPerArticle float64
	HeapBytes            uint64
	CacheBytes           uint64
	Confusion            map[string]map[string]int // true → found → pairs
	Precision, Recall    map[string]float64
	// CandidateRecall is the share of brute-force reuse pairs the index
	// proposed as candidates, on the subset.
	CandidateRecall  float64
	BruteForcePairs  int
	BruteForceMissed []string
}

var relationOrder = []string{reuse.Duplicate, reuse.Copy, reuse.Excerpt, reuse.Rewrite, reuse.Related, reuse.Unrelated}

// corpusArticle is one line of the generated articles.
type corpusArticle struct {
	URL       string    `json:"url"`
	Outlet    string    `json:"outlet"`
	Text      string    `json:"text"`
	Published time.Time `json:"published"`
}

// RunReuse generates a synthetic corpus, relates its articles one by one in
// file order as an import does, and scores the relations against the
// generator's truth.
func RunReuse(ctx context.Context, cfg ReuseConfig, w io.Writer) (*ReuseScore, error) {
	dir := cfg.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "echotrace-reuse-")
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
		fmt.Fprintf(w, "generating %d articles (seed %d) in %s\n", cfg.Articles, cfg.Seed, dir)
		if err := generate(ctx, articlesPath, truthPath, synth.Config{Seed: cfg.Seed, Articles: cfg.Articles}); err != nil {
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
	var groups [][]string
	groups = append(groups, synth.Aliases()...)
	aliases, err := alias.Default().WithGroups(groups)
	if err != nil {
		return nil, err
	}

	// Texts stay on disk, read back by offset: the heap then holds the
	// index and a bounded cache, which is what memory per article means.
	texts, err := openTexts(articlesPath)
	if err != nil {
		return nil, err
	}
	defer texts.Close()
	// A bounded cache of prepared texts, as the relate stage keeps: the
	// figures for memory must not include every text ever prepared.
	cache := map[int64]*reuse.Doc{}
	var cacheOrder []int64
	const cacheMax = 4096
	remember := func(id int64, d *reuse.Doc) {
		cache[id] = d
		cacheOrder = append(cacheOrder, id)
		for len(cacheOrder) > cacheMax {
			delete(cache, cacheOrder[0])
			cacheOrder = cacheOrder[1:]
		}
	}
	load := func(_ context.Context, id int64) (*reuse.Doc, error) {
		if d, ok := cache[id]; ok {
			return d, nil
		}
		a, err := texts.article(int(id))
		if err != nil {
			return nil, err
		}
		d := reuse.Prepare(id, a.Text, aliases)
		d.Outlet, d.Published = a.Outlet, a.Published
		remember(id, d)
		return d, nil
	}
	ix := reuse.NewIndex()
	ix.TrackStock = true
	eng := reuse.NewEngine(aliases, load)
	eng.Index = ix
	if cfg.Thresholds != nil {
		eng.Thresholds = *cfg.Thresholds
	}
	if cfg.Measures != nil {
		fmt.Fprintln(cfg.Measures, "true\tfound\ttokens_a\ttokens_b\tverbatim_a\tverbatim_b\texcerpt_tokens\tlongest\tcontent_a\tcontent_b\tpara_a\tpara_b\tterm_sim\tnames\tname_overlap\tlong_cov\tboilerplate\tdays\tsame_outlet")
		eng.MeasureAll = true
		eng.Observe = func(a, b *reuse.Doc, r *reuse.Result) {
			t := truth.Relation(texts.urls[a.ID], texts.urls[b.ID])
			if t == "" {
				t = reuse.Unrelated
			}
			m := r.Evidence
			fmt.Fprintf(cfg.Measures, "%s\t%s\t%d\t%d\t%.3f\t%.3f\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%.3f\t%.3f\t%d\t%.2f\t%v\n",
				t, r.Relation, m.TokensA, m.TokensB, m.VerbatimA, m.VerbatimB, m.ExcerptTokens, m.LongestPassage,
				m.ContentA, m.ContentB, m.ParaphraseA, m.ParaphraseB, m.TermSimilarity, m.SharedNames, m.NameOverlap, m.LongCoverage, m.BoilerplateTokens, m.DaysApart, a.Outlet == b.Outlet)
		}
	}
	found := map[[2]string]string{}
	latencies := make([]time.Duration, 0, texts.len())
	var total, lastTotal, cpuTotal, lastCPU time.Duration
	wallStart := time.Now()
	candidates := map[[2]int]bool{} // on the brute-force subset
	for id := 0; id < texts.len(); id++ {
		if id%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		a, err := texts.article(id)
		if err != nil {
			return nil, err
		}
		start, cpuStart := time.Now(), CPUTime()
		d := reuse.Prepare(int64(id), a.Text, aliases)
		d.Outlet, d.Published = a.Outlet, a.Published
		rels, entry, err := eng.Relate(ctx, d)
		if err != nil {
			return nil, err
		}
		if err := ix.Add(ctx, entry); err != nil {
			return nil, err
		}
		// Excerpts found while their passage was rare are judged again
		// once it has become stock text, as the relate stage does.
		pairKey := func(a, b int64) [2]string { return [2]string{texts.urls[a], texts.urls[b]} }
		pairs, err := eng.StockPairs(ctx, nil, func(a, b int64) bool { return found[pairKey(a, b)] == reuse.Excerpt })
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			f, err := eng.Recompare(ctx, p[0], p[1])
			if err != nil {
				return nil, err
			}
			if f.Result.Relation == reuse.Unrelated {
				delete(found, pairKey(p[0], p[1]))
			} else {
				found[pairKey(p[0], p[1])] = f.Result.Relation
			}
		}
		el := time.Since(start)
		total += el
		cpuTotal += CPUTime() - cpuStart
		latencies = append(latencies, el)
		remember(int64(id), d)
		for _, r := range rels {
			found[[2]string{texts.urls[r.A], texts.urls[r.B]}] = r.Result.Relation
		}
		if cfg.ProgressEvery > 0 && (id+1)%cfg.ProgressEvery == 0 {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Fprintf(w, "progress: %d articles, relating %s (%.0f/s over the last %d; %.0f/s of CPU time), wall %s, heap %.0f MB, from the OS %.0f MB\n",
				id+1, total.Round(time.Second), float64(cfg.ProgressEvery)/(total-lastTotal).Seconds(), cfg.ProgressEvery,
				float64(cfg.ProgressEvery)/max(time.Millisecond, cpuTotal-lastCPU).Seconds(),
				time.Since(wallStart).Round(time.Second), float64(ms.HeapAlloc)/(1<<20), float64(ms.Sys)/(1<<20))
			lastTotal, lastCPU = total, cpuTotal
		}
		if id < cfg.BruteForce {
			cands, err := ix.Candidates(ctx, entry)
			if err != nil {
				return nil, err
			}
			for _, c := range cands {
				if int(c.ID) < cfg.BruteForce {
					candidates[[2]int{min(id, int(c.ID)), max(id, int(c.ID))}] = true
				}
			}
		}
	}
	// Memory per article is the index's: the cache of prepared texts (a
	// fixed 4,096 of them) is dropped first and reported apart.
	var withCache runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&withCache)
	clear(cache)
	cacheOrder = nil
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	// The index must still be reachable when the heap is read, or the
	// collection above frees it and the figure measures nothing.
	runtime.KeepAlive(eng)
	score := &ReuseScore{Articles: texts.len(), HeapBytes: ms.HeapAlloc, CacheBytes: withCache.HeapAlloc - min(withCache.HeapAlloc, ms.HeapAlloc),
		IndexBytesPerArticle: float64(ms.HeapAlloc) / float64(max(1, texts.len()))}
	score.ArticlesPerSecond = float64(texts.len()) / total.Seconds()
	if cpuTotal > 0 {
		score.CPUArticlesPerSecond = float64(texts.len()) / cpuTotal.Seconds()
	}
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	if n := len(latencies); n > 0 {
		score.P50, score.P99 = latencies[n/2], latencies[n*99/100]
	}
	score.Confusion = confusion(truth, found)
	score.Precision, score.Recall = precisionRecall(score.Confusion)
	if cfg.BruteForce > 0 {
		if err := bruteForce(texts, truth, aliases, cfg.BruteForce, candidates, score); err != nil {
			return nil, err
		}
	}
	score.report(w)
	return score, nil
}

func generate(ctx context.Context, articlesPath, truthPath string, cfg synth.Config) error {
	af, err := os.Create(articlesPath)
	if err != nil {
		return err
	}
	defer af.Close()
	tf, err := os.Create(truthPath)
	if err != nil {
		return err
	}
	defer tf.Close()
	aw, tw := bufio.NewWriterSize(af, 1<<20), bufio.NewWriterSize(tf, 1<<20)
	if _, err := synth.Generate(ctx, cfg, aw, tw); err != nil {
		return err
	}
	if err := aw.Flush(); err != nil {
		return err
	}
	return tw.Flush()
}

// confusion crosses the true relation of every pair that is either in the
// truth or found, with what was found.
func confusion(truth *synth.Truth, found map[[2]string]string) map[string]map[string]int {
	m := map[string]map[string]int{}
	add := func(t, f string) {
		if m[t] == nil {
			m[t] = map[string]int{}
		}
		m[t][f]++
	}
	seen := map[[2]string]bool{}
	for _, p := range truth.Pairs {
		f := found[[2]string{p.A, p.B}]
		if f == "" {
			f = found[[2]string{p.B, p.A}]
		}
		if f == "" {
			f = reuse.Unrelated
		}
		add(p.Relation, f)
		seen[[2]string{p.A, p.B}], seen[[2]string{p.B, p.A}] = true, true
	}
	for pair, f := range found {
		if !seen[pair] {
			add(reuse.Unrelated, f)
		}
	}
	return m
}

func precisionRecall(m map[string]map[string]int) (p, r map[string]float64) {
	p, r = map[string]float64{}, map[string]float64{}
	for _, c := range relationOrder[:5] {
		var foundC, trueC int
		for t, row := range m {
			foundC += row[c]
			if t == c {
				for _, n := range row {
					trueC += n
				}
			}
		}
		if foundC > 0 {
			p[c] = float64(m[c][c]) / float64(foundC)
		}
		if trueC > 0 {
			r[c] = float64(m[c][c]) / float64(trueC)
		}
	}
	return p, r
}

// bruteForce computes exact shingle containment between every pair of the
// first n articles, through a full (unwinnowed, uncapped) inverted index,
// and checks which reuse pairs the engine's index proposed.
func bruteForce(texts *textFile, truth *synth.Truth, aliases *alias.Table, n int, candidates map[[2]int]bool, score *ReuseScore) error {
	n = min(n, texts.len())
	postings := map[uint64][]int32{}
	sizes := make([]int, n)
	shared := map[[2]int]int{}
	for id := 0; id < n; id++ {
		a, err := texts.article(id)
		if err != nil {
			return err
		}
		d := reuse.Prepare(int64(id), a.Text, aliases)
		distinct := map[uint64]bool{}
		for _, h := range d.Shingles {
			distinct[h] = true
		}
		sizes[id] = len(distinct)
		for h := range distinct {
			for _, other := range postings[h] {
				shared[[2]int{int(other), id}]++
			}
			postings[h] = append(postings[h], int32(id))
		}
	}
	for pair, s := range shared {
		smaller := min(sizes[pair[0]], sizes[pair[1]])
		// Reuse, by exact measure: most of the smaller text shared; or a
		// passage of excerpt size (100 words make 96 shingles) between
		// articles the truth says reuse one another, since unrelated
		// articles share stock passages of that size on purpose.
		contained := smaller > 0 && float64(s)/float64(smaller) >= 0.5
		if !contained {
			rel := truth.Relation(texts.urls[pair[0]], texts.urls[pair[1]])
			if s < 96 || (rel != reuse.Duplicate && rel != reuse.Copy && rel != reuse.Excerpt) {
				continue
			}
		}
		score.BruteForcePairs++
		if !candidates[pair] {
			score.BruteForceMissed = append(score.BruteForceMissed, fmt.Sprintf("%s ~ %s (%d shared shingles)", texts.urls[pair[0]], texts.urls[pair[1]], s))
		}
	}
	if score.BruteForcePairs > 0 {
		score.CandidateRecall = 1 - float64(len(score.BruteForceMissed))/float64(score.BruteForcePairs)
	}
	return nil
}

func (s *ReuseScore) report(w io.Writer) {
	fmt.Fprintf(w, "articles %d: %.0f articles/s relating (one goroutine), p50 %s, p99 %s per article\n",
		s.Articles, s.ArticlesPerSecond, s.P50.Round(time.Microsecond), s.P99.Round(time.Microsecond))
	if s.CPUArticlesPerSecond > 0 {
		fmt.Fprintf(w, "  %.0f articles/s of the process's CPU time spent relating (wall time also counts other work on the machine)\n", s.CPUArticlesPerSecond)
	}
	fmt.Fprintf(w, "heap after run %.1f MB: %.0f bytes per indexed article (the cache of prepared texts held %.1f MB more)\n",
		float64(s.HeapBytes)/1e6, s.IndexBytesPerArticle, float64(s.CacheBytes)/1e6)
	if s.BruteForcePairs > 0 {
		fmt.Fprintf(w, "candidate recall vs brute force: %.4f (%d reuse pairs, %d missed)\n", s.CandidateRecall, s.BruteForcePairs, len(s.BruteForceMissed))
		for i, m := range s.BruteForceMissed {
			if i == 5 {
				break
			}
			fmt.Fprintf(w, "  missed %s\n", m)
		}
	}
	printConfusion(w, s.Confusion, nil)
	for _, c := range relationOrder[:5] {
		fmt.Fprintf(w, "%-9s precision %.4f recall %.4f\n", c, s.Precision[c], s.Recall[c])
	}
}

// textFile reads articles back from the JSONL file by line offset.
type textFile struct {
	f       *os.File
	offsets []int64
	urls    []string
}

func openTexts(path string) (*textFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	t := &textFile{f: f}
	r := bufio.NewReaderSize(f, 1<<20)
	var off int64
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var a struct {
				URL string `json:"url"`
			}
			if json.Unmarshal(line, &a) == nil && a.URL != "" {
				t.offsets = append(t.offsets, off)
				t.urls = append(t.urls, a.URL)
			}
			off += int64(len(line))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			f.Close()
			return nil, err
		}
	}
	return t, nil
}

func (t *textFile) len() int { return len(t.offsets) }

func (t *textFile) article(i int) (corpusArticle, error) {
	var a corpusArticle
	end := int64(-1)
	if i+1 < len(t.offsets) {
		end = t.offsets[i+1]
	} else if st, err := t.f.Stat(); err == nil {
		end = st.Size()
	}
	buf := make([]byte, end-t.offsets[i])
	if _, err := t.f.ReadAt(buf, t.offsets[i]); err != nil && err != io.EOF {
		return a, err
	}
	return a, json.Unmarshal(buf, &a)
}

func (t *textFile) Close() error { return t.f.Close() }

// printConfusion prints a confusion matrix, true relations down, found
// ones across, with an optional last column per row.
func printConfusion(w io.Writer, conf map[string]map[string]int, last func(row string) string) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	head := "true \\ found\t" + strings.Join(relationOrder, "\t")
	if last != nil {
		head += "\taccuracy"
	}
	fmt.Fprintln(tw, head+"\t")
	for _, t := range relationOrder {
		row := []string{t}
		for _, f := range relationOrder {
			row = append(row, fmt.Sprint(conf[t][f]))
		}
		if last != nil {
			row = append(row, last(t))
		}
		fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
	}
	tw.Flush()
}
