package app

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/echotrace/echotrace/bench"
	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/source/files"
)

func (a *App) runBench(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(a.Stderr, "usage: echotrace bench extract [--aeb DIR] [--json]\n       echotrace bench warc --out DIR [--pages N] [--seed S] [--stages read,extract,import] [--cpuprofile FILE]\n       echotrace bench reuse [--articles N] [--seed S] [--dir DIR] [--brute-force N]\n       echotrace bench chains [--articles N] [--seed S] [--dir DIR] [--missing 0.3] [--wrong 0.1]\n       echotrace bench heldout\n       echotrace bench serve [--db DSN] [--url URL] [--rate 200] [--duration 30s]")
		if len(args) == 0 {
			return usagef("name a benchmark")
		}
		return errHelp
	}
	switch args[0] {
	case "extract":
		return a.benchExtract(ctx, args[1:])
	case "reuse":
		return a.benchReuse(ctx, args[1:])
	case "chains":
		return a.benchChains(ctx, args[1:])
	case "heldout":
		_, err := bench.RunHeldout(a.Stdout)
		return err
	case "warc":
		return a.benchWARC(ctx, args[1:])
	case "serve":
		return a.benchServe(ctx, args[1:])
	default:
		return usagef("unknown benchmark %q (want extract, reuse, chains, heldout, warc or serve)", args[0])
	}
}

// startCPUProfile profiles the process into path until the returned
// function is called, so that a benchmark's figures come with where its
// time went.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

func (a *App) benchExtract(ctx context.Context, args []string) error {
	fs := newFlags("bench extract", "bench extract [--aeb DIR] [--json]\n\n"+
		"Runs the extractor over the Article Extraction Benchmark (shared/data/aeb) and prints\n"+
		"F1, precision and recall by the benchmark's own metric, and pages per second.\n"+
		"Run with GOMAXPROCS=1 for the one-core figure.", a.Stderr)
	dir := fs.String("aeb", a.Config.AEBDir, "the benchmark's folder (env ECHOTRACE_AEB; default: shared/data/aeb beside the project)")
	asJSON := fs.Bool("json", false, "print the score as JSON")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		*dir = bench.DefaultAEBDir()
	}
	if *dir == "" {
		return fmt.Errorf("the benchmark's pages are not here: pass --aeb DIR (a folder with ground-truth.json and html/)")
	}
	var report io.Writer = a.Stdout
	if *asJSON {
		report = io.Discard
	}
	score, err := bench.RunExtract(ctx, *dir, report)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{
			"f1": score.F1, "precision": score.Precision, "recall": score.Recall,
			"pages_per_second": score.PagesPerSecond, "pages": score.Pages, "errors": score.Errors,
		})
	}
	return nil
}

func (a *App) benchReuse(ctx context.Context, args []string) error {
	fs := newFlags("bench reuse", "bench reuse [--articles N] [--seed S] [--dir DIR] [--brute-force N]\n\n"+
		"Generates a synthetic corpus (fictional articles with known copies, excerpts, rewrites and\n"+
		"independent coverage), relates it article by article as an import does, and prints\n"+
		"throughput, latency, memory, the confusion matrix and candidate recall against brute force.\n"+
		"Run with GOMAXPROCS=1 for the one-core figure.", a.Stderr)
	n := fs.Int("articles", 10000, "articles to generate")
	seed := fs.Int64("seed", 1, "generator seed")
	dir := fs.String("dir", "", "keep the corpus in this folder (reused if it holds one)")
	brute := fs.Int("brute-force", 0, "measure candidate recall on the first N articles against exact all-pairs containment")
	progress := fs.Int("progress", 0, "write a progress line (time, rate, heap) every N articles")
	measures := fs.String("measures", "", "write every compared pair's measures and true relation to this TSV file")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file (read it with go tool pprof)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	cfg := bench.ReuseConfig{Articles: *n, Seed: *seed, Dir: *dir, BruteForce: *brute, ProgressEvery: *progress}
	if *measures != "" {
		f, err := os.Create(*measures)
		if err != nil {
			return err
		}
		defer f.Close()
		w := bufio.NewWriter(f)
		defer w.Flush()
		cfg.Measures = w
	}
	_, err := bench.RunReuse(ctx, cfg, a.Stdout)
	return err
}

func (a *App) benchChains(ctx context.Context, args []string) error {
	fs := newFlags("bench chains", "bench chains [--articles N] [--seed S] [--dir DIR] [--missing 0.3] [--wrong 0.1]\n\n"+
		"Generates a synthetic corpus whose stories propagate over several levels (relays of relays,\n"+
		"lags of minutes to days), relates it article by article, infers provenance with all dates,\n"+
		"with a share of dates missing, with a share wrong, and with the dates as generated, and\n"+
		"prints how often each derived article's immediate source is the one it was made from.", a.Stderr)
	n := fs.Int("articles", 10000, "articles to generate")
	seed := fs.Int64("seed", 1, "generator seed (also seeds which dates go missing or wrong)")
	dir := fs.String("dir", "", "keep the corpus in this folder (reused if it holds one made with chains)")
	missing := fs.Float64("missing", 0.3, "share of dates removed in the missing-dates condition")
	wrong := fs.Float64("wrong", 0.1, "share of dates shifted by 1-72 hours in the wrong-dates condition")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *missing <= 0 || *missing > 1 || *wrong <= 0 || *wrong > 1 {
		return usagef("--missing and --wrong must be in (0, 1]")
	}
	_, err := bench.RunChains(ctx, bench.ChainsConfig{Articles: *n, Seed: *seed, Dir: *dir, Missing: *missing, Wrong: *wrong}, a.Stdout)
	return err
}

func (a *App) benchWARC(ctx context.Context, args []string) error {
	fs := newFlags("bench warc", "bench warc --out DIR [--pages N] [--seed S] [--stages read,extract,import] [--cpuprofile FILE]\n\n"+
		"Writes a .warc.gz of synthetic news pages (the reuse generator's articles, with their copies and\n"+
		"rewrites, rendered by per-outlet HTML templates with boilerplate), unless DIR holds it already,\n"+
		"then times reading it, reading and extracting it, and importing it exactly as `echotrace import`\n"+
		"does (extraction, storing, relating) into a new SQLite database in DIR.\n"+
		"Run with GOMAXPROCS=1 for the one-core figures.", a.Stderr)
	out := fs.String("out", "", "folder for the archive and the database (required)")
	pages := fs.Int("pages", 20000, "pages in the archive")
	seed := fs.Int64("seed", 1, "generator seed")
	stages := fs.String("stages", "read,extract,import", "stages to time, comma-separated")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the import stage to this file")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usagef("--out DIR is required")
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	archive := filepath.Join(*out, fmt.Sprintf("synth-%d-seed%d.warc.gz", *pages, *seed))
	fmt.Fprintf(a.Stdout, "GOMAXPROCS=%d, %s\n", runtime.GOMAXPROCS(0), runtime.Version())
	if _, err := os.Stat(archive); err != nil {
		start := time.Now()
		st, err := bench.WriteWARC(ctx, archive+".part", *pages, *seed)
		if err != nil {
			return fmt.Errorf("write %s: %w", archive, err)
		}
		if err := os.Rename(archive+".part", archive); err != nil {
			return err
		}
		fmt.Fprintf(a.Stdout, "wrote %s in %s: %d pages in %d records, %.1f MB of HTML (%.1f KB a page), %.1f MB on disk; %d pages dated in JSON-LD only, %d undated\n",
			archive, time.Since(start).Round(time.Millisecond), st.Pages, st.Records, float64(st.HTMLBytes)/1e6,
			float64(st.HTMLBytes)/1e3/float64(st.Pages), float64(st.FileBytes)/1e6, st.JSONLD, st.Undated)
	} else {
		fmt.Fprintf(a.Stdout, "using %s\n", archive)
	}
	for _, stage := range strings.Split(*stages, ",") {
		var st bench.WARCStage
		var err error
		cpu := bench.CPUTime()
		switch strings.TrimSpace(stage) {
		case "":
			continue // --stages "" only writes the archive
		case "read":
			st, err = bench.RunWARCRead(ctx, archive)
		case "extract":
			st, err = bench.RunWARCExtract(ctx, archive, &ingest.Extractor{Outlets: outlet.NewResolver(nil)}, runtime.GOMAXPROCS(0))
		case "import":
			st, err = a.benchWARCImport(ctx, archive, filepath.Join(*out, "bench.db"), *cpuProfile)
		default:
			return usagef("unknown stage %q (want read, extract or import)", stage)
		}
		if err != nil {
			return fmt.Errorf("stage %s: %w", stage, err)
		}
		if c := bench.CPUTime(); c > 0 {
			st.CPU = c - cpu
		}
		fmt.Fprintln(a.Stdout, st)
	}
	return nil
}

// benchWARCImport runs the import command's own code on the archive, into
// a new database.
func (a *App) benchWARCImport(ctx context.Context, archive, db, cpuProfile string) (bench.WARCStage, error) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(db + suffix); err != nil && !os.IsNotExist(err) {
			return bench.WARCStage{}, err
		}
	}
	a.Config.DB = db
	s, err := a.openStore(ctx, false)
	if err != nil {
		return bench.WARCStage{}, err
	}
	defer a.Close()
	in, err := files.OSInput(archive)
	if err != nil {
		return bench.WARCStage{}, err
	}
	if cpuProfile != "" {
		stop, err := startCPUProfile(cpuProfile)
		if err != nil {
			return bench.WARCStage{}, err
		}
		defer stop()
	}
	start := time.Now()
	sum, err := a.importInputs(ctx, s, []files.Input{in}, 200)
	return bench.WARCStage{Name: "import", Records: sum.Read, Pages: sum.NewArticles + sum.NewVersions, FileBytes: sum.BytesRead, Elapsed: time.Since(start)}, err
}
