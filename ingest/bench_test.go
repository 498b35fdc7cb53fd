package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/echotrace/echotrace/demo"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/source/files"
	"github.com/echotrace/echotrace/store/sqlite"
)

// BenchmarkImportJSONL measures the store side of an import: text-only
// JSONL records need no HTML extraction, so this is reading, hashing,
// compressing and writing to SQLite.
func BenchmarkImportJSONL(b *testing.B) {
	dir := b.TempDir()
	var lines strings.Builder
	const n = 5000
	for i := range n {
		fmt.Fprintf(&lines, `{"url":"https://wire.example/%d","text":"Dispatch %d: the night ferry left the eastern quay at %d minutes past the hour with %d passengers aboard, the harbour master said."}`+"\n", i, i, i%60, i%300)
	}
	write(b, dir, "in.jsonl", lines.String())
	in, _ := files.OSInput(filepath.Join(dir, "in.jsonl"))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		im := &Importer{Store: db, Extractor: &Extractor{Outlets: outlet.NewResolver(nil)}}
		if _, err := im.Import(context.Background(), []files.Input{in}); err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkImportDemoHTML imports the demo corpus's HTML pages: extraction
// included, end to end.
func BenchmarkImportDemoHTML(b *testing.B) {
	corpus, err := fs.Sub(demo.Corpus, "corpus")
	if err != nil {
		b.Fatal(err)
	}
	pages, _ := fs.Glob(corpus, "*.html")
	for i := 0; b.Loop(); i++ {
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		im := &Importer{Store: db, Extractor: &Extractor{Outlets: outlet.NewResolver(nil)}}
		if _, err := im.Import(context.Background(), []files.Input{{FS: corpus, Path: ".", Display: "demo"}}); err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
}
