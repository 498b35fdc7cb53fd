// Command echotrace-synth writes a synthetic corpus for the reuse engine's
// tests and benchmarks: DIR/articles.jsonl (or .jsonl.gz) in echotrace's
// import format and DIR/truth.jsonl, the relations by construction.
// The articles are invented test data; do not import them into a real
// corpus.
package main

import (
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/echotrace/echotrace/synth"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("echotrace-synth", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 10000, "number of articles")
	seed := fs.Int64("seed", 1, "random seed: the same seed gives the same corpus")
	words := fs.Int("words", 600, "mean article length in words")
	families := fs.Float64("families", 0.4, "share of articles in story families of 2 or more")
	out := fs.String("out", "", "output directory (required)")
	gz := fs.Bool("gzip", false, "write articles.jsonl.gz")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: echotrace-synth -n N -seed S -out DIR [-gzip] [-words W] [-families F]")
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	st, err := write(ctx, *out, *gz, synth.Config{Seed: *seed, Articles: *n, MeanWords: *words,
		FamilyMix: synth.FamilyMix{InFamilies: *families}})
	if err != nil {
		fmt.Fprintln(stderr, "echotrace-synth:", err)
		return 1
	}
	fmt.Fprintf(stdout, "articles %d (families %d, singletons %d, undated %d), words %d\n",
		st.Articles, st.Families, st.Singletons, st.Undated, st.Words)
	fmt.Fprintf(stdout, "derived %v\ntruth pairs %v\n", st.Derived, st.Pairs)
	fmt.Fprintf(stdout, "stock placements %d (most used passage: %d)\n", st.StockUses, st.MaxStockUses)
	fmt.Fprintf(stdout, "articles %.1f MB, truth %.1f MB, %.2fs: %.0f articles/s, %.1f MB/s\n",
		float64(st.ArticleBytes)/1e6, float64(st.TruthBytes)/1e6, st.Elapsed.Seconds(), st.ArticlesPerSecond(), st.MBPerSecond())
	return 0
}

func write(ctx context.Context, dir string, gz bool, cfg synth.Config) (synth.Stats, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return synth.Stats{}, err
	}
	name := "articles.jsonl"
	if gz {
		name += ".gz"
	}
	af, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return synth.Stats{}, err
	}
	defer af.Close()
	tf, err := os.Create(filepath.Join(dir, "truth.jsonl"))
	if err != nil {
		return synth.Stats{}, err
	}
	defer tf.Close()
	var aw io.Writer = af
	var zw *gzip.Writer
	if gz {
		zw, _ = gzip.NewWriterLevel(af, gzip.BestSpeed)
		aw = zw
	}
	st, err := synth.Generate(ctx, cfg, aw, tf)
	if err != nil {
		return st, err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return st, err
		}
	}
	if err := af.Close(); err != nil {
		return st, err
	}
	return st, tf.Close()
}
