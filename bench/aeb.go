// Package bench holds echotrace's own benchmarks, run by `echotrace bench`
// and by `go test -bench`: today the Article Extraction Benchmark (AEB),
// which scores extraction against human-written article bodies with the
// benchmark's published metric, so that our figures compare with the
// published ones.
//
// The benchmark data are third-party pages: bench reads them from the
// shared data folder at run time and must never copy or embed them into the
// project. It must never fetch anything from the network.
package bench

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/echotrace/echotrace/extract"
)

// ExtractScore is the outcome of one AEB run.
type ExtractScore struct {
	F1, Precision, Recall float64
	// PagesPerSecond counts extraction only: reading and decompressing the
	// pages happens before the clock starts.
	PagesPerSecond float64
	Pages, Errors  int
}

// aebPage is one benchmark page, decompressed.
type aebPage struct {
	ID       string
	HTML     []byte
	Expected string
}

// DefaultAEBDir returns the AEB folder of the shared data, looked for as
// shared/data/aeb beside the working directory or any of its parents (the
// repository sits beside `shared`), or "" if there is none.
func DefaultAEBDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		for _, cand := range []string{
			filepath.Join(dir, "shared", "data", "aeb"),
			filepath.Join(dir, "..", "shared", "data", "aeb"),
		} {
			if fi, err := os.Stat(filepath.Join(cand, "ground-truth.json")); err == nil && !fi.IsDir() {
				return filepath.Clean(cand)
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// loadAEB reads the ground truth and every page, in a stable order.
func loadAEB(dir string) ([]aebPage, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("load AEB: %w", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("load AEB ground truth: %w", err)
	}
	if len(truth) == 0 {
		return nil, errors.New("load AEB: ground truth is empty")
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	pages := make([]aebPage, 0, len(ids))
	for _, id := range ids {
		body, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, fmt.Errorf("load AEB page %s: %w", id, err)
		}
		pages = append(pages, aebPage{ID: id, HTML: body, Expected: truth[id].ArticleBody})
	}
	return pages, nil
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// extractAll runs the extractor on every page and returns the texts in page
// order, the number of pages that failed and the time spent.
func extractAll(ctx context.Context, pages []aebPage) (texts []string, errs int, elapsed time.Duration, err error) {
	texts = make([]string, len(pages))
	// One page before the clock starts, so that the figure is the steady
	// rate and not the libraries' one-time set-up (compiling their regular
	// expressions and language tables: some 15 ms).
	if len(pages) > 0 {
		_, _ = extract.Extract(pages[0].HTML, extract.Options{})
	}
	start := time.Now()
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return nil, 0, 0, err
		}
		// No URL, as `echotrace extract FILE` has none: the figures must
		// match the benchmark script that drives the CLI.
		res, err := extract.Extract(p.HTML, extract.Options{})
		if err != nil {
			errs++
		}
		if res != nil {
			texts[i] = res.Text
		}
	}
	return texts, errs, time.Since(start), nil
}

func score(pages []aebPage, texts []string) (f1, p, r float64) {
	scores := make([]PageScore, len(pages))
	for i, pg := range pages {
		scores[i] = ScorePage(pg.Expected, texts[i])
	}
	return Aggregate(scores)
}

// RunExtract scores the extractor on the AEB in aebDir and writes a short
// report to w.
func RunExtract(ctx context.Context, aebDir string, w io.Writer) (ExtractScore, error) {
	pages, err := loadAEB(aebDir)
	if err != nil {
		return ExtractScore{}, err
	}
	texts, errs, elapsed, err := extractAll(ctx, pages)
	if err != nil {
		return ExtractScore{}, err
	}
	s := ExtractScore{Pages: len(pages), Errors: errs}
	s.F1, s.Precision, s.Recall = score(pages, texts)
	if sec := elapsed.Seconds(); sec > 0 {
		s.PagesPerSecond = float64(len(pages)) / sec
	}
	_, err = fmt.Fprintf(w, "AEB extraction: F1 %.4f  precision %.4f  recall %.4f\n"+
		"%d pages in %.2fs (%.1f pages/s), %d errors\n",
		s.F1, s.Precision, s.Recall, s.Pages, elapsed.Seconds(), s.PagesPerSecond, s.Errors)
	return s, err
}
