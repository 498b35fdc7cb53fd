package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/echotrace/echotrace/store"
)

// BenchmarkSearch measures Search on a real corpus, which is too large to
// build inside a test: set ECHOTRACE_SEARCH_DB to a database made by
// `echotrace import` (BENCHMARKS.md says how). It reports the p50 and p99
// latency of each kind of query in the mix. With ECHOTRACE_SEARCH_MIX set
// to a file name, it also writes the mix there, one API query string per
// line with its kind, for load tests of the HTTP endpoint.
//
//	ECHOTRACE_SEARCH_DB=/tmp/search100k.db go test ./store/sqlite -run '^$' -bench Search -benchtime 400x
func BenchmarkSearch(b *testing.B) {
	path := os.Getenv("ECHOTRACE_SEARCH_DB")
	if path == "" {
		b.Skip("set ECHOTRACE_SEARCH_DB to a corpus database to benchmark search")
	}
	ctx := context.Background()
	db, err := Open(ctx, path, Options{Migrate: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	mix, err := searchMix(ctx, db, 50)
	if err != nil {
		b.Fatal(err)
	}
	if out := os.Getenv("ECHOTRACE_SEARCH_MIX"); out != "" {
		if err := writeSearchMix(out, mix); err != nil {
			b.Fatal(err)
		}
	}
	kinds := []string{}
	for _, m := range mix {
		if !slices.Contains(kinds, m.Kind) {
			kinds = append(kinds, m.Kind)
		}
	}
	for _, kind := range append(kinds, "all") {
		var queries []store.SearchQuery
		for _, m := range mix {
			if kind == "all" || m.Kind == kind {
				queries = append(queries, m.Query)
			}
		}
		b.Run(kind, func(b *testing.B) {
			latencies := make([]time.Duration, 0, b.N)
			hits := 0
			for i := 0; i < b.N; i++ {
				start := time.Now()
				h, err := db.Search(ctx, queries[i%len(queries)])
				latencies = append(latencies, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				hits += len(h)
			}
			reportLatencies(b, latencies)
			b.ReportMetric(float64(hits)/float64(b.N), "hits/op")
		})
	}
	// Concurrent searches, as a web server runs them: the read pool has
	// several connections, and each query holds one core.
	b.Run("all-parallel", func(b *testing.B) {
		var mu sync.Mutex
		var latencies []time.Duration
		var next int64
		b.RunParallel(func(pb *testing.PB) {
			var mine []time.Duration
			for pb.Next() {
				mu.Lock()
				q := mix[next%int64(len(mix))].Query
				next++
				mu.Unlock()
				start := time.Now()
				if _, err := db.Search(ctx, q); err != nil {
					b.Error(err)
					return
				}
				mine = append(mine, time.Since(start))
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		})
		reportLatencies(b, latencies)
	})
}

func reportLatencies(b *testing.B, latencies []time.Duration) {
	if len(latencies) == 0 {
		return
	}
	slices.Sort(latencies)
	at := func(p float64) float64 {
		i := min(len(latencies)-1, int(p*float64(len(latencies))))
		return float64(latencies[i].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
	b.ReportMetric(float64(latencies[len(latencies)-1].Microseconds())/1000, "max-ms")
}

// mixQuery is one query of the benchmark's mix.
type mixQuery struct {
	Kind  string
	Query store.SearchQuery
}

// searchMix builds perQuery queries of each kind from the corpus itself,
// the way people search a news archive: a name or word from a headline,
// two of them, a phrase quoted from a text, the same narrowed by an
// outlet, a month or a relation, and the corpus's most common words (the
// worst case: they match nearly every article). The seed is fixed, so
// runs on the same database search the same things.
func searchMix(ctx context.Context, db *DB, perQuery int) ([]mixQuery, error) {
	rng := rand.New(rand.NewPCG(1, 6))
	var maxID int64
	if err := db.read.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM articles`).Scan(&maxID); err != nil {
		return nil, err
	}
	if maxID == 0 {
		return nil, fmt.Errorf("the database has no articles")
	}
	type sample struct {
		title, text, outlet string
		published           time.Time
	}
	var samples []sample
	for len(samples) < 3*perQuery {
		a, err := db.Article(ctx, 1+rng.Int64N(maxID))
		if err != nil {
			continue // IDs may have gaps
		}
		if len(words(a.Newest.Title, 4)) < 2 || a.Newest.Published.IsZero() {
			continue
		}
		samples = append(samples, sample{a.Newest.Title, a.Newest.Text, a.Outlet, a.Newest.Published})
	}
	pick := func() sample { return samples[rng.IntN(len(samples))] }
	word := func(s sample) string { w := words(s.title, 4); return w[rng.IntN(len(w))] }

	var mix []mixQuery
	add := func(kind string, q store.SearchQuery) { mix = append(mix, mixQuery{kind, q}) }
	for range perQuery {
		add("word", store.SearchQuery{Text: word(pick())})
	}
	for range perQuery {
		s := pick()
		w := words(s.title, 4)
		i := rng.IntN(len(w) - 1)
		add("two-words", store.SearchQuery{Text: w[i] + " " + w[i+1]})
	}
	for range perQuery {
		w := words(pick().text, 1)
		n := 2 + rng.IntN(2)
		i := rng.IntN(max(1, len(w)-n))
		add("phrase", store.SearchQuery{Text: `"` + strings.Join(w[i:min(len(w), i+n)], " ") + `"`})
	}
	for range perQuery {
		s := pick()
		add("word+outlet", store.SearchQuery{Text: word(s), Outlets: []string{s.outlet}})
	}
	for range perQuery {
		s := pick()
		from := time.Date(s.published.Year(), s.published.Month(), 1, 0, 0, 0, 0, time.UTC)
		add("word+month", store.SearchQuery{Text: word(s), From: from, To: from.AddDate(0, 1, 0)})
	}
	for range perQuery {
		add("word+relation", store.SearchQuery{Text: word(pick()), Relation: store.SearchKinds[rng.IntN(len(store.SearchKinds))]})
	}
	common, err := commonWords(ctx, db, 10)
	if err != nil {
		return nil, err
	}
	for i := range perQuery {
		add("common-word", store.SearchQuery{Text: common[i%len(common)]})
	}
	return mix, nil
}

// words splits text into its words of at least minLen letters.
func words(text string, minLen int) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
		if len([]rune(w)) >= minLen {
			out = append(out, w)
		}
	}
	return out
}

// commonWords lists the n words found in the most articles.
func commonWords(ctx context.Context, db *DB, n int) ([]string, error) {
	if _, err := db.write.ExecContext(ctx, `CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_rows USING fts5vocab('main', 'search_index', 'row')`); err != nil {
		return nil, err
	}
	rows, err := db.write.QueryContext(ctx, `SELECT term FROM temp.search_rows ORDER BY doc DESC LIMIT ?`, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// writeSearchMix writes the mix as API query strings (/api/v1/search?...).
func writeSearchMix(path string, mix []mixQuery) error {
	var b strings.Builder
	for _, m := range mix {
		v := url.Values{"q": {m.Query.Text}}
		for _, o := range m.Query.Outlets {
			v.Add("outlet", o)
		}
		if !m.Query.From.IsZero() {
			v.Set("from", m.Query.From.Format(time.RFC3339))
			v.Set("to", m.Query.To.Format(time.RFC3339))
		}
		if m.Query.Relation != "" {
			v.Set("relation", m.Query.Relation)
		}
		line, err := json.Marshal(struct {
			Kind  string `json:"kind"`
			Query string `json:"query"`
		}{m.Kind, v.Encode()})
		if err != nil {
			return err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
