package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/nlnwa/gowarc"
)

// Writer writes archives, for tests and benchmarks: one record at a time,
// each in its own gzip member when compressed, as CC-NEWS does.
type Writer struct {
	w        io.Writer
	compress bool
	zw       *gzip.Writer
	m        gowarc.Marshaler
	block    bytes.Buffer
}

// NewWriter writes records to w, each gzip-compressed when compress is set.
func NewWriter(w io.Writer, compress bool) *Writer {
	wr := &Writer{w: w, compress: compress, m: gowarc.NewMarshaler()}
	if compress {
		wr.zw, _ = gzip.NewWriterLevel(w, gzip.BestSpeed)
	}
	return wr
}

// Response is an HTTP response to archive.
type Response struct {
	// RecordID is "urn:uuid:..."; empty for a random one.
	RecordID string
	URI      string
	Date     time.Time
	Status   int // 0 means 200
	Header   http.Header
	Body     []byte
}

// WriteResponse writes a response record holding r, with the HTTP header as
// given (a chunked or gzip-coded body is written as given, too). It
// returns the record's ID.
func (w *Writer) WriteResponse(r Response) (string, error) {
	status := r.Status
	if status == 0 {
		status = http.StatusOK
	}
	w.block.Reset()
	fmt.Fprintf(&w.block, "HTTP/1.1 %d %s\r\n", status, http.StatusText(status))
	if err := r.Header.Write(&w.block); err != nil {
		return "", err
	}
	w.block.WriteString("\r\n")
	w.block.Write(r.Body)
	return w.WriteRecord(gowarc.Response, r.RecordID, r.URI, r.Date, "application/http; msgtype=response", w.block.Bytes())
}

// WriteRecord writes a record of any type with the given block. uri may be
// empty (a warcinfo record has none).
func (w *Writer) WriteRecord(typ gowarc.RecordType, id, uri string, date time.Time, contentType string, block []byte) (string, error) {
	b := gowarc.NewRecordBuilder(typ, gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore))
	if id != "" {
		b.AddWarcHeader(gowarc.WarcRecordID, "<"+id+">")
	}
	if uri != "" {
		b.AddWarcHeader(gowarc.WarcTargetURI, uri)
	}
	b.AddWarcHeaderTime(gowarc.WarcDate, date.UTC())
	b.AddWarcHeader(gowarc.ContentType, contentType)
	if _, err := b.Write(block); err != nil {
		return "", err
	}
	rec, _, err := b.Build()
	if err != nil {
		return "", fmt.Errorf("warc: build record: %w", err)
	}
	defer rec.Close()
	out := w.w
	if w.compress {
		w.zw.Reset(w.w)
		out = w.zw
	}
	if _, _, err := w.m.Marshal(out, rec, 0); err != nil {
		return "", fmt.Errorf("warc: write record: %w", err)
	}
	if w.compress {
		if err := w.zw.Close(); err != nil {
			return "", fmt.Errorf("warc: write record: %w", err)
		}
	}
	return rec.RecordId(), nil
}
