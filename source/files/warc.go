package files

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/source/warc"
)

// keptHeaders are the HTTP response headers of an archived page worth
// storing with its capture: what re-extraction or provenance may want
// later (a language, a server date), not the whole crawl's noise.
var keptHeaders = []string{"Content-Type", "Content-Language", "Date", "Last-Modified", "ETag"}

// HeaderWARCRecordID names a WARC page's record in its capture's headers,
// so that the record can be found in the archive again.
const HeaderWARCRecordID = "WARC-Record-ID"

// readWARC emits every record of a web archive: its HTML pages as KindPage
// records, every other record as a Skip with its reason, and a cut or
// corrupt archive as one error at the offset where reading stopped. It reads
// the file as it is on disk (gzip members are the archive's business), so
// that offsets are those a WARC index points to.
func readWARC(ctx context.Context, r io.Reader, display string, opts Options, emit func(Record) error) error {
	cr := &countingReader{r: r}
	wr, err := warc.NewReader(cr, warc.Options{MaxBodyBytes: opts.MaxPageBytes})
	if err != nil {
		return emit(Record{Ref: display, Kind: KindPage, Page: &PageCapture{Origin: echotrace.OriginWARC}, Err: err})
	}
	defer wr.Close()
	var counted int64
	// consumed is how much of the file was read since the last record, for
	// MB/s; read-ahead makes it lumpy, the total is exact.
	consumed := func() int64 {
		n := cr.n - counted
		counted = cr.n
		return n
	}
	for n := 0; ; n++ {
		if n%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		page, err := wr.Next()
		if err == io.EOF {
			return nil
		}
		var re *warc.RecordError
		switch {
		case errors.As(err, &re):
			ref := fmt.Sprintf("%s@%d", display, re.Offset)
			rec := Record{Ref: ref, Kind: KindPage, Page: &PageCapture{Origin: echotrace.OriginWARC}, Bytes: consumed()}
			switch {
			case errors.Is(err, warc.ErrCorrupt):
				id := ""
				if re.RecordID != "" {
					id = " (record " + re.RecordID + ")"
				}
				rec.Err = fmt.Errorf("reading stopped at offset %d%s, the records before it are kept: %w", re.Offset, id, err)
			case errors.Is(err, warc.ErrTooLarge):
				rec.Err = fmt.Errorf("record %s: %w", re.RecordID, err)
			default:
				rec.Skip = re.Reason
			}
			if e := emit(rec); e != nil {
				return e
			}
			continue
		case err != nil:
			return emit(Record{Ref: display, Kind: KindPage, Page: &PageCapture{Origin: echotrace.OriginWARC}, Err: err})
		}
		headers := map[string]string{HeaderWARCRecordID: page.RecordID}
		for _, k := range keptHeaders {
			if v := page.Header.Get(k); v != "" {
				headers[k] = v
			}
		}
		// Body is reused by the reader: the record must own its bytes.
		body := append([]byte(nil), page.Body...)
		if e := emit(Record{
			Ref: fmt.Sprintf("%s@%d", display, page.Offset), Kind: KindPage, Body: body, Bytes: consumed(),
			Page: &PageCapture{URL: page.URI, Origin: echotrace.OriginWARC, CapturedAt: page.Date, ContentType: page.ContentType, Headers: headers},
		}); e != nil {
			return e
		}
	}
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
