package app

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/export"
	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/store"
)

const exportUsage = `export [--db DSN] --format jsonl|csv|gexf|graphml [--table articles|relations|edges]
       [--graph outlets|articles] [--story ID] [--out FILE]

Export the corpus, or one story (--story, an ID from echotrace stories):
  tables (jsonl, one JSON object a line; csv, with a header row):
    articles   id, url, outlet, title, byline, published, published_source,
               lang, first_seen, versions, story, words (the default)
    relations  a, b, a_url, b_url, relation, score, coverage_a, coverage_b,
               found_at; jsonl adds passages and changes
    edges      each article's immediate source: from, to, from_url, to_url,
               from_outlet, to_outlet, external, relation, confidence,
               conflict, lag_hours; jsonl adds evidence
  graphs for Gephi (gexf 1.3, graphml):
    outlets    outlets and the outlets they credit; an edge runs from the
               source's outlet to the taker's, weighted by articles taken
               (the default)
    articles   articles, with their immediate sources as directed edges and
               independent coverage as undirected edges of kind related;
               gexf gives publication dates for Gephi's timeline
Output goes to standard output, or to --out FILE, which is replaced only
once the export is complete.`

func (a *App) runExport(ctx context.Context, args []string) error {
	fs := newFlags("export", exportUsage, a.Stderr)
	dbFlag(fs, &a.Config)
	format := fs.String("format", "", "jsonl, csv, gexf or graphml")
	table := fs.String("table", "", "for jsonl and csv: articles, relations or edges (default articles)")
	graph := fs.String("graph", "", "for gexf and graphml: outlets or articles (default outlets)")
	story := fs.String("story", "", "export only this story's articles and the edges among them")
	out := fs.String("out", "", "write to `FILE` instead of standard output")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	storyID, err := export.ParseStory(*story)
	if err != nil {
		return usagef("%v", err)
	}
	req, err := export.Request{Format: *format, Table: *table, Graph: *graph, Story: storyID}.Normalize()
	if err != nil {
		return usagef("%v", err)
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	write := func(w io.Writer) error { return export.Write(ctx, s, w, req) }
	if *out == "" || *out == "-" {
		return write(a.Stdout)
	}
	n, err := writeFileAtomic(*out, write)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.Stderr, "wrote %s (%s)\n", *out, byteSize(n))
	return nil
}

// writeEvidence writes the evidence report of a trace to path.
func (a *App) writeEvidence(ctx context.Context, s store.Store, tr *report.Trace, path string) error {
	data, err := export.GatherEvidence(ctx, s, tr, time.Now())
	if err != nil {
		return err
	}
	n, err := writeFileAtomic(path, func(w io.Writer) error { return export.EvidenceReport(w, *data) })
	if err != nil {
		return err
	}
	fmt.Fprintf(a.Stderr, "wrote the evidence report to %s (%s)\n", path, byteSize(n))
	return nil
}

// writeFileAtomic writes a file through a temporary file beside it,
// renamed into place only when write and the flush to disk succeeded: an
// interrupted or failed export never leaves half a file under the name the
// user gave, nor replaces a good one. It returns the bytes written.
func writeFileAtomic(path string, write func(io.Writer) error) (n int64, err error) {
	if fi, statErr := os.Stat(path); statErr == nil && fi.IsDir() {
		return 0, echotrace.Invalidf("%s is a folder: name a file to write", path)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	cw := &countingWriter{w: f}
	bw := bufio.NewWriterSize(cw, 64<<10)
	if err := write(bw); err != nil {
		return 0, err
	}
	if err := errors.Join(bw.Flush(), f.Sync()); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	// CreateTemp makes the file private; an export is an ordinary file.
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	return cw.n, nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}
