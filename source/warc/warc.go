// Package warc reads web archives (.warc, and .warc.gz as Common Crawl's
// CC-NEWS ships them: one gzip member per record) and yields the HTML pages
// they hold, one record at a time and in constant memory: response records
// only, HTTP responses with an HTML content type only, bodies decoded and
// capped. Everything else is skipped and counted, with the reason.
//
// Parsing the WARC format is github.com/nlnwa/gowarc's job; this package
// only chooses which records are pages and makes their HTTP bodies readable.
// It never extracts, stores or fetches anything.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	"github.com/nlnwa/gowarc"
)

// Page is one HTML page an archive holds: an HTTP response record.
type Page struct {
	// Offset is the record's byte offset in the file as stored (compressed,
	// for a .warc.gz), where a WARC index would point.
	Offset int64
	// RecordID is WARC-Record-ID without its angle brackets
	// ("urn:uuid:...").
	RecordID string
	URI      string    // WARC-Target-URI
	Date     time.Time // WARC-Date: when the page was captured, UTC
	Status   int       // HTTP status code
	// Header is the HTTP response header as the server sent it, except that
	// the body is stored decoded: see Body.
	Header http.Header
	// ContentType is the HTTP Content-Type, charset included, which
	// extraction needs to decode the page.
	ContentType string
	// Body is the HTTP body with any chunked transfer coding and gzip or
	// deflate content coding removed.
	Body []byte
}

// Options bound what one record may cost.
type Options struct {
	// MaxBodyBytes caps one page's body, after decoding; a larger page is
	// skipped with ErrTooLarge. 0 means 16 MB.
	MaxBodyBytes int64
}

// Errors that a RecordError wraps, so that callers can tell why a record
// was not a page.
var (
	// ErrNotPage: the record is a response, but not an HTML page that can
	// be read (not HTTP, an error or redirect status, another content type,
	// an unsupported content coding).
	ErrNotPage = errors.New("not an HTML page")
	// ErrTooLarge: the page's body is over Options.MaxBodyBytes.
	ErrTooLarge = errors.New("over the size limit")
	// ErrCorrupt: the archive cannot be read past this point (truncated,
	// corrupt compression, not WARC at all).
	ErrCorrupt = errors.New("corrupt archive")
	// ErrNotResponse: a request, metadata, warcinfo, revisit ... record,
	// which crawls store beside the pages.
	ErrNotResponse = errors.New("not a response record")
)

// RecordError says why the record at Offset did not yield a page. After one
// that wraps ErrCorrupt, Next returns io.EOF; after any other, reading goes
// on with the next record.
type RecordError struct {
	Offset   int64
	RecordID string // empty when the record's header could not be read
	// Reason is a short account of why, for counting: "not a response",
	// "not HTML", "HTTP status", "too large", "bad WARC-Date", "corrupt".
	Reason string
	Err    error
}

func (e *RecordError) Error() string { return e.Err.Error() }
func (e *RecordError) Unwrap() error { return e.Err }

// Stats count the records read, by what became of them.
type Stats struct {
	Records int // every record, pages and skips
	Pages   int
	// Ignored counts records that are not responses, by WARC-Type
	// (warcinfo, request, metadata, revisit ...): archives hold them
	// beside the pages.
	Ignored map[string]int
	// Skipped counts responses that were not pages, and bad records, by a
	// short reason ("status 404", "content type application/pdf", "too
	// large", "corrupt").
	Skipped map[string]int
}

// Reader yields the pages of one archive.
type Reader struct {
	in    *stream
	wr    *gowarc.WarcFileReader
	opts  Options
	stats Stats
	done  bool
	buf   bytes.Buffer
}

// NewReader reads an archive from r, compressed or not (gowarc tells them
// apart record by record). The caller closes r.
func NewReader(r io.Reader, opts Options) (*Reader, error) {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = 16 << 20
	}
	// No digest or length validation: it would buffer every record whole
	// (on disk past 1 MB) before the page could be read, and a page with a
	// stale digest is still the page. A short record is found anyway (see
	// readBody).
	//
	// Syntax errors fail, though: gowarc's lenient header parser loops
	// forever when its input ends with an error other than io.EOF, which
	// a gzip member it decompresses itself gives when cut short (a file
	// with junk before its first member, found by FuzzReader). Strictness
	// costs little: crawlers write well-formed headers, and a record with
	// malformed ones ends the archive at its offset, reported, with the
	// records before it kept.
	in := newStream(r)
	wr, err := gowarc.NewWarcFileReaderFromStream(io.NopCloser(in), 0,
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrFail),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		return nil, err
	}
	return &Reader{in: in, wr: wr, opts: opts, stats: Stats{Ignored: map[string]int{}, Skipped: map[string]int{}}}, nil
}

// Stats returns the counts so far.
func (r *Reader) Stats() Stats { return r.stats }

// Close releases the reader's buffers; it does not close the underlying
// reader.
func (r *Reader) Close() error {
	if r.wr == nil {
		return nil
	}
	err := r.wr.Close()
	r.wr = nil
	return err
}

// Next returns the next page, a *RecordError for a record that is not one
// (call Next again to go on), or io.EOF at the end of the archive. Records
// that are not responses come as errors too (ErrNotResponse), so that a
// caller counts every record it read. The page's Body is valid until the
// next call.
func (r *Reader) Next() (*Page, error) {
	if r.done || r.wr == nil {
		return nil, io.EOF
	}
	page, err := r.next()
	var re *RecordError
	switch {
	case errors.As(err, &re):
		r.stats.Records++
		if errors.Is(err, ErrCorrupt) {
			r.done = true
			r.stats.Skipped["corrupt"]++
			re.Reason = "corrupt"
		}
		return nil, err
	case err != nil:
		return nil, err
	}
	r.stats.Records++
	r.stats.Pages++
	return page, nil
}

func (r *Reader) next() (page *Page, err error) {
	var offset int64
	defer func() {
		// gowarc indexes slices on malformed input; a bad archive must not
		// take the process down.
		if p := recover(); p != nil {
			page, err = nil, &RecordError{Offset: offset, Err: fmt.Errorf("%w: unreadable record (%v)", ErrCorrupt, p)}
		}
	}()
	rec, off, _, err := r.wr.Next()
	offset = r.in.fileOffset(off)
	if r.in.err != nil && (err != nil || rec == nil) {
		// The file failed under gowarc (a cut or corrupt gzip member, a
		// read error), which it saw as the end of the stream.
		re := &RecordError{Offset: r.in.errAt, Err: fmt.Errorf("%w: %s", ErrCorrupt, describe(r.in.err))}
		if rec != nil && r.in.errAt == offset {
			re.RecordID = rec.RecordId()
		}
		return nil, re
	}
	if err == io.EOF && rec == nil {
		r.done = true
		if r.stats.Records == 0 && r.in.out > 0 {
			return nil, &RecordError{Err: fmt.Errorf("%w: not a WARC archive (no record found)", ErrCorrupt)}
		}
		return nil, io.EOF
	}
	if err != nil {
		why := describe(err)
		if r.in.ended {
			// A header cut short reads as malformed; read-ahead means the
			// end may be near rather than here, so both are said.
			why = "malformed, or truncated at the end of the archive: " + why
		}
		re := &RecordError{Offset: offset, Err: fmt.Errorf("%w: %s", ErrCorrupt, why)}
		if rec != nil {
			re.RecordID = rec.RecordId()
		}
		return nil, re
	}
	id := rec.RecordId()
	if rec.Type() != gowarc.Response {
		typ := rec.WarcHeader().Get(gowarc.WarcType)
		r.stats.Ignored[typ]++
		return nil, &RecordError{Offset: offset, RecordID: id, Reason: "not a response", Err: fmt.Errorf("%w: %s", ErrNotResponse, typ)}
	}
	skip := func(detail string, err error) error {
		r.stats.Skipped[detail]++
		reason := "not HTML"
		switch {
		case strings.HasPrefix(detail, "status "):
			reason = "HTTP status"
		case detail == "bad WARC-Date":
			reason = detail
		}
		return &RecordError{Offset: offset, RecordID: id, Reason: reason, Err: err}
	}
	hb, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, skip("not HTTP", fmt.Errorf("%w: response record does not hold an HTTP response (Content-Type %q)", ErrNotPage, rec.WarcHeader().Get(gowarc.ContentType)))
	}
	status, header, err := parseHTTPHeader(hb.ProtocolHeaderBytes())
	if err != nil {
		return nil, skip("bad HTTP header", fmt.Errorf("%w: malformed HTTP header: %v", ErrNotPage, err))
	}
	if status < 200 || status > 299 {
		return nil, skip(fmt.Sprintf("status %d", status), fmt.Errorf("%w: HTTP status %d", ErrNotPage, status))
	}
	contentType := header.Get("Content-Type")
	if !isHTML(contentType) {
		// Common Crawl records what it detected when the server said
		// nothing useful.
		detected := rec.WarcHeader().Get(gowarc.WarcIdentifiedPayloadType)
		if (contentType == "" || mediaType(contentType) == "application/octet-stream") && isHTML(detected) {
			contentType = detected
		} else {
			shown := mediaType(contentType)
			if shown == "" {
				shown = "none"
			}
			return nil, skip("content type "+shown, fmt.Errorf("%w: content type %s", ErrNotPage, shown))
		}
	}
	date, err := rec.Date()
	if err != nil {
		return nil, skip("bad WARC-Date", fmt.Errorf("%w: WARC-Date %q: %v", ErrNotPage, rec.WarcHeader().Get(gowarc.WarcDate), err))
	}
	payload, err := hb.PayloadBytes()
	if err != nil {
		return nil, &RecordError{Offset: offset, RecordID: id, Err: fmt.Errorf("%w: %s", ErrCorrupt, describe(r.cause(err)))}
	}
	blockLen, _ := rec.ContentLength()
	want := blockLen - int64(len(hb.ProtocolHeaderBytes()))
	body, err := r.readBody(payload, header, want)
	if err != nil {
		var re *RecordError
		if errors.As(err, &re) {
			re.Offset, re.RecordID = offset, id
			if errors.Is(err, ErrTooLarge) {
				r.stats.Skipped["too large"]++
				re.Reason = "too large"
			} else if errors.Is(err, ErrNotPage) {
				r.stats.Skipped["content coding"]++
				re.Reason = "not HTML"
			}
			return nil, re
		}
		return nil, err
	}
	header.Del("Transfer-Encoding")
	header.Del("Content-Encoding")
	header.Del("Content-Length")
	return &Page{
		Offset: offset, RecordID: id, URI: strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>"),
		Date: date.UTC(), Status: status, Header: header, ContentType: contentType, Body: body,
	}, nil
}

// readBody decodes an HTTP body into r.buf, at most MaxBodyBytes of it, and
// checks that the record held as many bytes as its Content-Length says
// (gowarc stops quietly at the end of a truncated plain .warc).
func (r *Reader) readBody(payload io.Reader, header http.Header, want int64) ([]byte, error) {
	raw := &countReader{r: payload}
	// corrupt tells a broken archive (a cut or corrupt gzip member, a record
	// shorter than it says) from a body that merely fails to decode.
	corrupt := func() error {
		if raw.err == nil {
			_, _ = io.Copy(io.Discard, raw)
		}
		if raw.err != nil && raw.err != io.EOF {
			return &RecordError{Err: fmt.Errorf("%w: %s", ErrCorrupt, describe(r.cause(raw.err)))}
		}
		if want > 0 && raw.n < want {
			if r.in.err != nil {
				return &RecordError{Err: fmt.Errorf("%w: %s", ErrCorrupt, describe(r.in.err))}
			}
			return &RecordError{Err: fmt.Errorf("%w: truncated: the record holds %d of its %d bytes", ErrCorrupt, raw.n, want)}
		}
		return nil
	}
	var body io.Reader = raw
	if te := strings.ToLower(header.Get("Transfer-Encoding")); strings.Contains(te, "chunked") {
		body = httputil.NewChunkedReader(bufio.NewReader(body))
	}
	switch ce := strings.ToLower(strings.TrimSpace(header.Get("Content-Encoding"))); ce {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			if c := corrupt(); c != nil {
				return nil, c
			}
			return nil, &RecordError{Err: fmt.Errorf("%w: gzip content coding: %v", ErrNotPage, err)}
		}
		body = zr
	case "deflate":
		body = flate.NewReader(body)
	default:
		return nil, &RecordError{Err: fmt.Errorf("%w: unsupported content coding %q", ErrNotPage, ce)}
	}
	r.buf.Reset()
	n, err := r.buf.ReadFrom(io.LimitReader(body, r.opts.MaxBodyBytes+1))
	if n > r.opts.MaxBodyBytes {
		return nil, &RecordError{Err: fmt.Errorf("page is larger than the %s limit: %w", byteSize(r.opts.MaxBodyBytes), ErrTooLarge)}
	}
	// Read the rest of the block (a chunked trailer, bytes after the end of
	// a gzip stream) to know whether the record was whole.
	if c := corrupt(); c != nil {
		return nil, c
	}
	if err != nil {
		return nil, &RecordError{Err: fmt.Errorf("%w: body does not decode: %v", ErrNotPage, err)}
	}
	return r.buf.Bytes(), nil
}

type countReader struct {
	r   io.Reader
	n   int64
	err error
}

func (c *countReader) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

// cause is the stream's own error when the file failed under gowarc, which
// gowarc saw only as an early end.
func (r *Reader) cause(err error) error {
	if r.in.err != nil {
		return r.in.err
	}
	return err
}

func describe(err error) string {
	var ce flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return "truncated: the archive ends inside this record"
	case errors.As(err, &ce), errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader):
		return "gzip member is corrupt: " + err.Error()
	}
	return err.Error()
}

// parseHTTPHeader reads the status line and header fields. net/http's
// parser is not used: it drops Transfer-Encoding, which decoding needs.
func parseHTTPHeader(b []byte) (int, http.Header, error) {
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(b)))
	line, err := tp.ReadLine()
	if err != nil {
		return 0, nil, err
	}
	proto, rest, _ := strings.Cut(line, " ")
	if !strings.HasPrefix(proto, "HTTP/") {
		return 0, nil, fmt.Errorf("status line %q", line)
	}
	code, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	status, err := strconv.Atoi(code)
	if err != nil || len(code) != 3 {
		return 0, nil, fmt.Errorf("status line %q", line)
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil && !errors.Is(err, io.EOF) {
		return 0, nil, err
	}
	return status, http.Header(h), nil
}

func mediaType(contentType string) string {
	if contentType == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

func isHTML(contentType string) bool {
	switch mediaType(contentType) {
	case "text/html", "application/xhtml+xml":
		return true
	}
	return false
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
