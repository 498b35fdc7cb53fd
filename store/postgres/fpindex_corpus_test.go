package postgres

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/echotrace/echotrace/reuse"
)

// BenchmarkReuseIndexCandidatesOnCorpus times candidate retrieval on a
// corpus already imported into PostgreSQL with the index kept there (the
// database named by ECHOTRACE_BENCH_CORPUS, e.g. after a 100,000-article
// queued import with `worker --index postgres`), querying with the stored
// entries of articles spread over the corpus. It only reads.
func BenchmarkReuseIndexCandidatesOnCorpus(b *testing.B) {
	dsn := os.Getenv("ECHOTRACE_BENCH_CORPUS")
	if dsn == "" {
		b.Skip("ECHOTRACE_BENCH_CORPUS names no imported corpus")
	}
	ctx := context.Background()
	db, err := Open(ctx, dsn, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var aliases string
	var total int
	if err := db.pool.QueryRow(ctx, `SELECT aliases, (SELECT count(*) FROM reuse_index) FROM fp_meta`).Scan(&aliases, &total); err != nil {
		b.Fatal(err)
	}
	// Up to 2,000 entries taken at even steps through the article IDs.
	step := max(1, total/2000)
	var es []reuse.Entry
	for after := int64(0); len(es) < 2000; after += int64(step) {
		page, err := db.IndexEntries(ctx, after, 1)
		if err != nil {
			b.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		var e reuse.Entry
		if err := e.UnmarshalBinary(page[0].Data); err != nil {
			b.Fatal(err)
		}
		e.ID = page[0].ArticleID
		es = append(es, e)
		after = page[0].ArticleID
	}
	ix, err := db.ReuseIndex(ctx, ReuseIndexConfig{Aliases: aliases})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d articles indexed; querying with %d of their entries", total, len(es))
	took := make([]time.Duration, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := ix.Candidates(ctx, es[i%len(es)]); err != nil {
			b.Fatal(err)
		}
		took[i] = time.Since(start)
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[b.N/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[b.N*99/100].Microseconds())/1000, "p99-ms")
}
