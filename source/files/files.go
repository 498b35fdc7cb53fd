// Package files reads local documents for import: HTML pages (.html, .htm,
// optionally gzip-compressed), JSONL records (.jsonl, .ndjson, optionally
// gzip-compressed) and the pages of web archives (.warc, .warc.gz, read by
// package warc), singly or by walking folders. It turns every unreadable
// input into a Record carrying an error that names the file and line, and
// goes on with the rest; it never extracts, stores or fetches anything.
package files

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"time"
)

// Kind says what a record's Body holds.
type Kind int

const (
	// KindHTML: Body is one HTML page.
	KindHTML Kind = iota + 1
	// KindJSONL: Body is one JSONL line, parsed into Record.JSONL.
	KindJSONL
	// KindPage: Body is one HTML page that came with where and when it was
	// captured (a fetched page, a WARC record): see Record.Page.
	KindPage
)

// Record is one document read from disk, or the reason one could not be read.
type Record struct {
	// Ref names the record for people: "pages/a.html", "feed.jsonl:12".
	Ref string
	// FileURL identifies a page imported without a URL of its own.
	FileURL string
	Kind    Kind
	Body    []byte
	JSONL   *JSONLRecord
	// Page says where and when a KindPage record was captured.
	Page *PageCapture
	// Err is set when the record could not be read; the other fields may be empty.
	Err error
	// Skip, when set, says why a record was passed over by design (a WARC
	// request record, a PDF, a 404): counted by reason, not an error.
	Skip string
	// Bytes is how much of the input file this record took, when the source
	// knows (WARC archives), for throughput figures.
	Bytes int64
}

// PageCapture is what a source other than a file on disk knows about a
// page: the fetcher and the WARC reader fill it in.
type PageCapture struct {
	URL         string // the URL the page was fetched from
	Origin      string // echotrace.OriginFetch, OriginWARC, OriginFeed ...
	CapturedAt  time.Time
	ContentType string            // the HTTP Content-Type, charset included
	Headers     map[string]string // HTTP response headers worth keeping, and date hints (see ingest)
}

// Input is one path to read, in a file system. Display is how messages name
// it (the path as the user typed it).
type Input struct {
	FS      fs.FS
	Path    string
	Display string
	// FileURL returns the file: URL of a path inside FS; nil for inputs that
	// have no place on disk (the embedded demo corpus).
	FileURL func(p string) string
}

// Options bound what one record may cost.
type Options struct {
	// MaxPageBytes caps one HTML page (after decompression).
	MaxPageBytes int64
	// MaxLineBytes caps one JSONL line.
	MaxLineBytes int
}

// DefaultOptions are generous for news pages and refuse pathological inputs
// before they cost seconds of parsing.
var DefaultOptions = Options{MaxPageBytes: 16 << 20, MaxLineBytes: 32 << 20}

// ErrTooLarge marks a record over the size limits.
var ErrTooLarge = errors.New("over the size limit")

// Read emits every record under the inputs, in lexical order within folders.
// It stops early only when emit returns an error or ctx is done.
func Read(ctx context.Context, inputs []Input, opts Options, emit func(Record) error) error {
	for _, in := range inputs {
		if err := readInput(ctx, in, opts, emit); err != nil {
			return err
		}
	}
	return nil
}

func readInput(ctx context.Context, in Input, opts Options, emit func(Record) error) error {
	st, err := fs.Stat(in.FS, in.Path)
	if err != nil {
		return emit(Record{Ref: in.Display, Err: unwrapPathError(err)})
	}
	if !st.IsDir() {
		if kindOf(in.Path) == 0 {
			return emit(Record{Ref: in.Display, Err: fmt.Errorf("unsupported file type (want .html, .htm, .jsonl, .ndjson, .warc, optionally .gz)")})
		}
		return readFile(ctx, in, in.Path, in.Display, opts, emit)
	}
	return fs.WalkDir(in.FS, in.Path, func(p string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		display := joinDisplay(in.Display, in.Path, p)
		if err != nil {
			return emit(Record{Ref: display, Err: unwrapPathError(err)})
		}
		if p != in.Path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || kindOf(p) == 0 {
			return nil
		}
		return readFile(ctx, in, p, display, opts, emit)
	})
}

func joinDisplay(display, root, p string) string {
	rel := strings.TrimPrefix(strings.TrimPrefix(p, root), "/")
	if rel == "" {
		return display
	}
	return path.Join(display, rel)
}

// kindOf tells a supported file by its name; 0 for anything else.
func kindOf(name string) Kind {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch path.Ext(n) {
	case ".html", ".htm", ".xhtml":
		return KindHTML
	case ".jsonl", ".ndjson":
		return KindJSONL
	case ".warc":
		return KindPage
	}
	return 0
}

func unwrapPathError(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New("no such file or folder")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(ctx context.Context, in Input, p, display string, opts Options, emit func(Record) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	// Every record of this file, unreadable ones too, says what kind of
	// file it came from.
	kind := kindOf(p)
	emitKind := emit
	emit = func(r Record) error {
		if r.Kind == 0 {
			r.Kind = kind
		}
		return emitKind(r)
	}
	f, err := in.FS.Open(p)
	if err != nil {
		return emit(Record{Ref: display, Err: unwrapPathError(err)})
	}
	defer f.Close()
	if kind == KindPage {
		return readWARC(ctx, f, display, opts, emit)
	}
	var r io.Reader = bufio.NewReaderSize(f, 64<<10)
	if strings.HasSuffix(strings.ToLower(p), ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return emit(Record{Ref: display, Err: fmt.Errorf("not readable as gzip: %w", err)})
		}
		defer zr.Close()
		r = zr
	}
	fileURL := ""
	if in.FileURL != nil {
		fileURL = in.FileURL(p)
	}
	if kind == KindJSONL {
		return readJSONL(ctx, r, display, opts, emit)
	}
	body, err := io.ReadAll(io.LimitReader(r, opts.MaxPageBytes+1))
	switch {
	case err != nil:
		return emit(Record{Ref: display, Err: describeReadError(err)})
	case int64(len(body)) > opts.MaxPageBytes:
		return emit(Record{Ref: display, Err: fmt.Errorf("page is larger than the %s limit: %w", byteSize(opts.MaxPageBytes), ErrTooLarge)})
	case len(bytes.TrimSpace(body)) == 0:
		return emit(Record{Ref: display, Err: errors.New("empty file")})
	}
	return emit(Record{Ref: display, FileURL: fileURL, Kind: KindHTML, Body: body})
}

func describeReadError(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("truncated: %w", err)
	}
	return err
}

func readJSONL(ctx context.Context, r io.Reader, display string, opts Options, emit func(Record) error) error {
	br := bufio.NewReaderSize(r, 256<<10)
	var line []byte
	for n := 1; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		var tooLong bool
		line = line[:0]
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !tooLong {
				if len(line)+len(chunk) > opts.MaxLineBytes {
					tooLong, line = true, line[:0]
				} else {
					line = append(line, chunk...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		ref := fmt.Sprintf("%s:%d", display, n)
		if err != nil && err != io.EOF {
			// A truncated .gz: the lines before the cut were emitted; the
			// partial line and everything after it are lost, and said so.
			return emit(Record{Ref: ref, Err: fmt.Errorf("reading stopped here: %w", describeReadError(err))})
		}
		if tooLong {
			if e := emit(Record{Ref: ref, Err: fmt.Errorf("line is longer than the %s limit: %w", byteSize(int64(opts.MaxLineBytes)), ErrTooLarge)}); e != nil {
				return e
			}
		} else if e := emitLine(line, ref, n, emit); e != nil {
			return e
		}
		if err == io.EOF {
			return nil
		}
	}
}

func emitLine(line []byte, ref string, n int, emit func(Record) error) error {
	if n == 1 {
		line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
	}
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return nil
	}
	body := bytes.Clone(line)
	rec, err := ParseJSONL(body)
	if err != nil {
		return emit(Record{Ref: ref, Err: err})
	}
	return emit(Record{Ref: ref, Kind: KindJSONL, Body: body, JSONL: rec})
}

// ErrTooLarge's text is kept out of messages; the limit says it.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
