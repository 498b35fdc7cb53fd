package synth

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

type record struct {
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
}

type corpus struct {
	raw      []byte
	rawTruth []byte
	arts     []record
	byURL    map[string]int
	truth    *Truth
	family   map[string]int // url → family id; singletons absent
	stats    Stats
}

var (
	sharedOnce   sync.Once
	sharedCorpus *corpus
)

// testCorpus is generated once and shared by the tests that only read it.
func testCorpus(t testing.TB) *corpus {
	sharedOnce.Do(func() {
		n := 4000
		if raceOn {
			n = 1200
		}
		sharedCorpus = generate(t, Config{Seed: 7, Articles: n})
	})
	return sharedCorpus
}

func generate(t testing.TB, cfg Config) *corpus {
	t.Helper()
	var a, tr bytes.Buffer
	st, err := Generate(context.Background(), cfg, &a, &tr)
	if err != nil {
		t.Fatal(err)
	}
	c := &corpus{raw: a.Bytes(), rawTruth: tr.Bytes(), byURL: map[string]int{}, family: map[string]int{}, stats: st}
	sc := bufio.NewScanner(bytes.NewReader(c.raw))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r record
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("article line %d: %v", len(c.arts)+1, err)
		}
		c.byURL[r.URL] = len(c.arts)
		c.arts = append(c.arts, r)
	}
	c.truth, err = ReadTruth(bytes.NewReader(c.rawTruth))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range c.truth.Families {
		for _, m := range f.Members {
			c.family[m.URL] = f.ID
		}
	}
	return c
}

func TestDeterministic(t *testing.T) {
	n := 600
	a := generate(t, Config{Seed: 42, Articles: n})
	b := generate(t, Config{Seed: 42, Articles: n})
	if !bytes.Equal(a.raw, b.raw) || !bytes.Equal(a.rawTruth, b.rawTruth) {
		t.Fatal("same seed, different output")
	}
	c := generate(t, Config{Seed: 43, Articles: n})
	if bytes.Equal(a.raw, c.raw) {
		t.Fatal("different seeds, same output")
	}
}

func TestArticlesAreValidImportRecords(t *testing.T) {
	c := testCorpus(t)
	if len(c.arts) != c.stats.Articles || len(c.byURL) != len(c.arts) {
		t.Fatalf("%d lines, %d distinct URLs, stats say %d", len(c.arts), len(c.byURL), c.stats.Articles)
	}
	undated := 0
	for _, r := range c.arts {
		if !strings.HasPrefix(r.URL, "https://") || !strings.HasSuffix(r.Outlet, ".example") || !strings.Contains(r.URL, r.Outlet) {
			t.Fatalf("bad url or outlet: %q %q", r.URL, r.Outlet)
		}
		if r.Title == "" || WordCount(r.Text) < 100 || r.Lang != "en" {
			t.Fatalf("bad record %s: title %q, %d words", r.URL, r.Title, WordCount(r.Text))
		}
		if r.Published == "" {
			undated++
		} else if _, err := time.Parse(time.RFC3339, r.Published); err != nil {
			t.Fatalf("%s: %v", r.URL, err)
		}
	}
	if share := float64(undated) / float64(len(c.arts)); share < 0.03 || share > 0.25 {
		t.Errorf("undated share %.2f", share)
	}
	// Derived articles must not always follow their sources.
	before := 0
	for _, f := range c.truth.Families {
		for _, m := range f.Members {
			if m.Parent != "" && c.byURL[m.URL] < c.byURL[m.Parent] {
				before++
			}
		}
	}
	if before == 0 {
		t.Error("no derived article comes before its source in the output")
	}
}

func TestDatesFollowDerivation(t *testing.T) {
	c := testCorpus(t)
	for _, f := range c.truth.Families {
		for _, m := range f.Members {
			if m.Parent == "" {
				continue
			}
			a, b := c.arts[c.byURL[m.Parent]], c.arts[c.byURL[m.URL]]
			if a.Published == "" || b.Published == "" {
				continue
			}
			ta, _ := time.Parse(time.RFC3339, a.Published)
			tb, _ := time.Parse(time.RFC3339, b.Published)
			if d := tb.Sub(ta); d < 4*time.Minute || d > 30*24*time.Hour {
				t.Errorf("%s published %v after its source", m.URL, d)
			}
		}
	}
}

func TestTruthClaimsHold(t *testing.T) {
	c := testCorpus(t)
	stock := stockGrams(c.truth.Stock, 12)
	people := map[int][]string{}
	for _, f := range c.truth.Families {
		people[f.ID] = f.People
	}
	counts := map[string]int{}
	var rewrites []float64
	for _, p := range c.truth.Pairs {
		counts[p.Relation]++
		a, b := c.arts[c.byURL[p.A]].Text, c.arts[c.byURL[p.B]].Text
		x, y := Containment(a, b)
		if abs(x-p.AShared) > 0.001 || abs(y-p.BShared) > 0.001 {
			t.Errorf("%s %s: recorded shares %.3f %.3f, measured %.3f %.3f", p.A, p.B, p.AShared, p.BShared, x, y)
		}
		switch p.Relation {
		case Duplicate:
			if x < 0.9 || y < 0.9 {
				t.Errorf("duplicates %s %s share %.2f %.2f", p.A, p.B, x, y)
			}
		case Copy:
			if max(x, y) < copyMinShare {
				t.Errorf("copy %s %s shares %.2f %.2f", p.A, p.B, x, y)
			}
			if p.Direct && x < 0.7 {
				t.Errorf("copy %s keeps %.2f of its source", p.B, x)
			}
			if min(x, y) >= 0.9 && p.Direct {
				t.Errorf("copy %s of %s is near-identical (%.2f %.2f)", p.B, p.A, x, y)
			}
		case Excerpt:
			run := LongestCommonRun(a, b)
			min := excerptMinRun
			if p.Direct {
				min = 100
			}
			if p.ExcerptWords < min || run < p.ExcerptWords-3 {
				t.Errorf("excerpt %s %s: recorded %d words, longest shared run %d", p.A, p.B, p.ExcerptWords, run)
			}
			if p.Direct && (x > 0.55 || y > 0.55) {
				t.Errorf("excerpt %s %s shares too much: %.2f %.2f", p.A, p.B, x, y)
			}
		case Rewrite:
			if p.Ancestor {
				rewrites = append(rewrites, x)
			}
		case Related:
			// Related coverage shares no run of 12 words but the official
			// statement and stock passages; related pairs through verbatim
			// derivations (two excerpts of different passages) may share
			// up to the recorded longest run, under 50 words.
			n := runOutside(a, b, people[p.Family], stock, statementGrams(p.Statement, 12))
			if n >= 12 && (p.LongestRun == 0 || n > p.LongestRun) || p.LongestRun >= excerptMinRun {
				t.Errorf("related %s %s share a run of %d words (recorded %d)", p.A, p.B, n, p.LongestRun)
			}
		}
	}
	for _, k := range []string{Duplicate, Copy, Excerpt, Rewrite, Related} {
		if counts[k] == 0 {
			t.Errorf("no %s pairs", k)
		}
	}
	sort.Float64s(rewrites)
	under := 0
	for _, r := range rewrites {
		if r < 0.5 {
			under++
		}
	}
	t.Logf("pairs %v; rewrite containment of source: p10 %.2f median %.2f p90 %.2f max %.2f, %.0f%% under 0.5",
		counts, q(rewrites, 0.1), q(rewrites, 0.5), q(rewrites, 0.9), q(rewrites, 1), 100*float64(under)/float64(len(rewrites)))
	if float64(under) < 0.8*float64(len(rewrites)) {
		t.Errorf("only %d of %d rewrites under 0.5 containment", under, len(rewrites))
	}
}

func TestChangesAreApplied(t *testing.T) {
	c := testCorpus(t)
	kinds := map[string]int{}
	for _, p := range c.truth.Pairs {
		if !p.Direct {
			continue
		}
		a, b := c.arts[c.byURL[p.A]].Text, c.arts[c.byURL[p.B]].Text
		for _, ch := range p.Changes {
			kinds[ch.Kind]++
			switch ch.Kind {
			case "alias":
				if countWord(b, ch.BText) < ch.Count || countWord(a, ch.AText) == 0 {
					t.Errorf("%s: alias %s→%s ×%d not applied (%d in source, %d in copy)", p.B, ch.AText, ch.BText, ch.Count, countWord(a, ch.AText), countWord(b, ch.BText))
				}
				if p.AliasSwaps == 0 {
					t.Errorf("%s: alias change but no alias swaps counted", p.B)
				}
			case "number", "quote":
				if !strings.Contains(a, ch.AText) || !strings.Contains(b, ch.BText) || ch.AText == ch.BText {
					t.Errorf("%s: %s change %q → %q not applied", p.B, ch.Kind, ch.AText, ch.BText)
				}
			case "insert":
				if !strings.Contains(b, ch.BText) && !strings.Contains(b, curl(ch.BText)) {
					t.Errorf("%s: inserted %q missing", p.B, ch.BText)
				}
			case "delete":
				if !strings.Contains(a, ch.AText) && !strings.Contains(a, curl(ch.AText)) {
					t.Errorf("%s: deleted %q was not in the source", p.B, ch.AText)
				}
			case "attribution":
				if ch.AText != "" && (!strings.Contains(a, ch.AText) || strings.Contains(b, ch.AText)) {
					t.Errorf("%s: dropped credit %q", p.B, ch.AText)
				}
			}
		}
	}
	for _, k := range []string{"alias", "number", "quote", "insert", "delete", "attribution", "edit"} {
		if kinds[k] == 0 {
			t.Errorf("no %s changes", k)
		}
	}
	t.Logf("changes %v", kinds)
}

func curl(s string) string { return string(curlQuotes([]byte(s))) }

// TestUnrelatedShareNoLongRuns checks that articles of different families
// share no run of 12 words outside the declared stock passages, and
// reports how often they share 8-word runs.
func TestUnrelatedShareNoLongRuns(t *testing.T) {
	c := testCorpus(t)
	lib := loadLibrary()
	stock12 := stockGrams(c.truth.Stock, 12)
	stock8 := stockGrams(c.truth.Stock, 8)
	famOf := func(i int) int {
		if f, ok := c.family[c.arts[i].URL]; ok {
			return f
		}
		return -1 - i
	}
	for _, k := range []int{20, 12, 8} {
		// Words covered by a stock passage are masked for every k (with
		// 8-grams for k = 8, to also catch shorter shared stock runs).
		stockK := stock12
		if k == 8 {
			stockK = stock8
		}
		seen := map[uint64]int{}
		pairs := map[[2]int]bool{}
		for i, r := range c.arts {
			toks := tokens(lib, r.Text, nil)
			mask := stockMask(toks, stockK, min(k, 12))
			fi := famOf(i)
			for j := 0; j+k <= len(toks); j++ {
				if masked(mask, j, k) {
					continue
				}
				h := shingleAt(toks, j, k)
				if o, ok := seen[h]; ok && famOf(o) != fi {
					pairs[[2]int{min(o, i), max(o, i)}] = true
					if k == 20 && len(pairs) <= 4 {
						t.Logf("e.g. unrelated %s and %s share %q", c.arts[o].URL, r.URL, strings.Join(Words(r.Text)[j:j+k], " "))
					}
				} else if !ok {
					seen[h] = i
				}
			}
		}
		n := len(c.arts)
		rate := float64(len(pairs)) / float64(n*(n-1)/2)
		t.Logf("%d-word runs outside stock passages: shared by %d of %d article pairs (%.2g)", k, len(pairs), n*(n-1)/2, rate)
		// Templates make a few unrelated pairs share a 12-word phrase
		// (a quotation or a stock turn of phrase with the same choices);
		// keep it rare, and never a passage: the longest is checked below.
		if k == 12 && rate > 1e-3 {
			t.Errorf("%.2g of unrelated pairs share a 12-word run", rate)
		}
		if k == 20 && rate > 1e-6 {
			t.Errorf("%d unrelated pairs share a 20-word run: a passage", len(pairs))
		}
	}
}

func TestStockPassagesAreFrequent(t *testing.T) {
	c := testCorpus(t)
	uses := map[string]int{}
	kinds := map[string]int{}
	for _, s := range c.truth.Stock {
		kinds[s.Kind]++
		for _, r := range c.arts {
			if strings.Contains(r.Text, s.Text) || strings.Contains(r.Text, curl(s.Text)) {
				uses[s.Kind]++
			}
		}
		if s.Kind == "background" && (WordCount(s.Text) < 60 || WordCount(s.Text) > 180) {
			t.Errorf("background %s has %d words", s.ID, WordCount(s.Text))
		}
	}
	t.Logf("stock passages %v, placements by kind %v", kinds, uses)
	for _, k := range []string{"about", "background", "famous"} {
		if uses[k] < len(c.arts)/100 {
			t.Errorf("%s passages appear only %d times in %d articles", k, uses[k], len(c.arts))
		}
	}
}

func TestConstantMemory(t *testing.T) {
	n := 50000
	if raceOn || testing.Short() {
		n = 12000
	}
	loadLibrary()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc // other tests' corpora may still be live
	mw := &memWriter{every: 5000}
	st, err := Generate(context.Background(), Config{Seed: 3, Articles: n}, mw, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var live []int64
	for _, x := range mw.live {
		live = append(live, (int64(x)-int64(base))>>20)
	}
	t.Logf("%d articles, %.0f articles/s; live heap above the baseline every 5,000 articles (MB): %v",
		st.Articles, st.ArticlesPerSecond(), live)
	// The shuffle window fills in the first 4,096 articles; after that
	// the live heap must stay flat.
	first, last := live[1], live[len(live)-1]
	if last > 48 || last > first+8 {
		t.Errorf("live heap grows with the corpus: %v MB", live)
	}
}

// memWriter measures the live heap (after a collection) every so many
// articles written.
type memWriter struct {
	lines, every int
	live         []uint64
}

func (m *memWriter) Write(p []byte) (int, error) {
	m.lines += bytes.Count(p, []byte{'\n'})
	if m.lines >= m.every {
		m.lines = 0
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		m.live = append(m.live, ms.HeapAlloc)
	}
	return len(p), nil
}

func TestConfigErrors(t *testing.T) {
	for _, cfg := range []Config{
		{Articles: -1},
		{Articles: 10, MinWords: 10},
		{Articles: 10, MeanWords: 2000},
		{Articles: 10, FamilyMix: FamilyMix{MinSize: 1}},
	} {
		if _, err := Generate(context.Background(), cfg, io.Discard, io.Discard); err == nil {
			t.Errorf("%+v: no error", cfg)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Generate(ctx, Config{Articles: 100}, io.Discard, io.Discard); err == nil {
		t.Error("cancelled context: no error")
	}
	c := generate(t, Config{Seed: 1, Articles: 300, FamilyMix: FamilyMix{InFamilies: -1}})
	if len(c.truth.Pairs) != 0 || c.stats.Singletons != 300 {
		t.Errorf("no families asked, got %d pairs", len(c.truth.Pairs))
	}
}

func BenchmarkGenerate(b *testing.B) {
	loadLibrary()
	b.ReportAllocs()
	var st Stats
	var bytes int64
	n := 0
	for b.Loop() {
		var err error
		st, err = Generate(context.Background(), Config{Seed: int64(n), Articles: 2000}, io.Discard, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		bytes += st.ArticleBytes
		n += st.Articles
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(bytes)/1e6/b.Elapsed().Seconds(), "MB/s")
}

// helpers

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func q(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	return xs[int(p*float64(len(xs)-1))]
}

func stockGrams(ss []Stock, k int) map[uint64]bool {
	lib := loadLibrary()
	m := map[uint64]bool{}
	for _, s := range ss {
		toks := tokens(lib, s.Text, nil)
		for j := 0; j+k <= len(toks); j++ {
			m[shingleAt(toks, j, k)] = true
		}
	}
	return m
}

func statementGrams(s string, k int) map[uint64]bool {
	if s == "" {
		return nil
	}
	return stockGrams([]Stock{{Text: s}}, k)
}

// stockMask marks the words covered by a k-gram of a stock passage.
func stockMask(toks []uint64, grams map[uint64]bool, k int) []bool {
	mask := make([]bool, len(toks))
	for j := 0; j+k <= len(toks); j++ {
		if grams[shingleAt(toks, j, k)] {
			for x := j; x < j+k; x++ {
				mask[x] = true
			}
		}
	}
	return mask
}

func masked(mask []bool, j, k int) bool {
	return slices.Contains(mask[j:j+k], true)
}

// runOutside is the longest run a and b share that does not touch words
// covered by the allowed passages.
func runOutside(a, b string, phrases []string, allowed ...map[uint64]bool) int {
	lib := loadLibrary()
	ta, tb := tokens(lib, a, nil), tokens(lib, b, nil)
	for _, ph := range phrases {
		pt := tokens(lib, ph, nil)
		for k, x := range [][]uint64{ta, tb} {
			for i := 0; i+len(pt) <= len(x); i++ {
				if slices.Equal(x[i:i+len(pt)], pt) {
					for j := i; j < i+len(pt); j++ {
						x[j] = uint64(j)<<8 | uint64(k+4)
					}
				}
			}
		}
	}
	for _, m := range allowed {
		if m == nil {
			continue
		}
		for _, x := range []struct {
			t    []uint64
			salt uint64
		}{{ta, 1}, {tb, 2}} {
			mask := stockMask(x.t, m, 12)
			for i, v := range mask {
				if v {
					x.t[i] = uint64(i)<<8 | x.salt // unique: cannot match
				}
			}
		}
	}
	n, _ := longestRun(ta, tb)
	return n
}
