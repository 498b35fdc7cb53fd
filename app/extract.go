package app

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/echotrace/echotrace/extract"
)

func (a *App) runExtract(ctx context.Context, args []string) error {
	fs := newFlags("extract", "extract [--url URL] [--format json|text] [--content-type TYPE] [FILE...|-]", a.Stderr)
	pageURL := fs.String("url", "", "the URL the page came from (resolves links, gives a date in the path)")
	format := fs.String("format", "json", "output format: json or text")
	contentType := fs.String("content-type", "", "the HTTP Content-Type header the page came with, for its charset")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *format != "json" && *format != "text" {
		return usagef("--format must be json or text, not %q", *format)
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	opts := extract.Options{URL: *pageURL, ContentType: *contentType}
	out := bufio.NewWriterSize(a.Stdout, 256<<10)
	defer out.Flush()

	if len(files) == 1 {
		res, err := a.extractOne(files[0], opts)
		if err != nil {
			return fmt.Errorf("%s: %w", displayName(files[0]), err)
		}
		if *format == "text" {
			writeText(out, res)
			return nil
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}

	// Many files: one line each, in the order given, extracted in parallel.
	type outcome struct {
		res *extract.Result
		err error
	}
	workers := a.Config.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	results := make([]chan outcome, len(files))
	for i := range results {
		results[i] = make(chan outcome, 1)
	}
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range files {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		go func() {
			for i := range next {
				res, err := a.extractOne(files[i], opts)
				results[i] <- outcome{res, err}
			}
		}()
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	for i, ch := range results {
		var o outcome
		select {
		case o = <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
		name := displayName(files[i])
		if o.err != nil {
			failed++
			fmt.Fprintf(a.Stderr, "skip %s: %v\n", name, firstLineOf(o.err))
			if *format == "json" {
				enc.Encode(struct {
					File  string `json:"file"`
					Error string `json:"error"`
				}{name, firstLineOf(o.err)})
			}
			continue
		}
		o.res.File = name
		if *format == "text" {
			fmt.Fprintf(out, "==> %s <==\n", name)
			writeText(out, o.res)
			fmt.Fprintln(out)
			continue
		}
		if err := enc.Encode(o.res); err != nil {
			return err
		}
	}
	if failed > 0 {
		fmt.Fprintf(a.Stderr, "extract: %d of %d files extracted, %d skipped\n", len(files)-failed, len(files), failed)
		if failed == len(files) {
			return fmt.Errorf("no file could be extracted")
		}
	}
	return nil
}

func (a *App) extractOne(name string, opts extract.Options) (*extract.Result, error) {
	body, err := a.readInput(name)
	if err != nil {
		return nil, err
	}
	return extract.Extract(body, opts)
}

// readInput reads a named file, or standard input for "-", up to one byte
// past the page size limit, so that the limit is enforced by the reader.
func (a *App) readInput(name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(a.Stdin, extract.DefaultMaxBytes+1))
	}
	return readLimited(name, extract.DefaultMaxBytes+1)
}

func readLimited(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

func firstLineOf(err error) string {
	msg, _, _ := strings.Cut(err.Error(), "\n")
	return msg
}

func writeText(w io.Writer, r *extract.Result) {
	if r.Title != "" {
		fmt.Fprintln(w, r.Title)
	}
	var meta []string
	if r.Byline != "" {
		meta = append(meta, r.Byline)
	}
	if !r.Published.IsZero() {
		meta = append(meta, r.Published.Format("2006-01-02 15:04 UTC")+" ("+r.PublishedSource+")")
	}
	if r.URL != "" {
		meta = append(meta, r.URL)
	}
	if len(meta) > 0 {
		fmt.Fprintln(w, strings.Join(meta, " · "))
	}
	if r.Title != "" || len(meta) > 0 {
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, r.Text)
}
