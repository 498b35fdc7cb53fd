package warc

import (
	"bufio"
	"compress/gzip"
	"io"
)

// stream is what gowarc reads: the archive's records as plain WARC, with
// gzip members decompressed here rather than inside gowarc, for two reasons.
//
// First, gowarc's lenient header parser (the one that reads real crawls
// with small syntax faults) loops forever when its input fails with any
// error other than io.EOF, which is what a gzip member cut short or corrupt
// gives. stream therefore never passes an error on: it ends the stream
// with io.EOF and keeps the real error for the Reader to report.
//
// Second, it remembers where each member starts in the file, so that a
// record's offset is the compressed one a WARC index (CDX) points to, even
// though gowarc counts decompressed bytes.
type stream struct {
	in  *countReader // the file as read from disk
	br  *bufio.Reader
	gz  bool
	zr  *gzip.Reader
	mid bool // inside a gzip member

	out    int64    // decompressed bytes handed to gowarc
	starts []member // members that may still hold the record being read

	err   error // why the stream ended early; nil for a clean end
	errAt int64 // file offset of the member (or byte) where it failed
	ended bool  // the file was read to its end
}

type member struct{ out, in int64 }

func newStream(r io.Reader) *stream {
	s := &stream{in: &countReader{r: r}}
	// bufio.Reader is an io.ByteReader, so gzip (flate) reads no byte past
	// the end of a member: the file offset of the next one is exact.
	s.br = bufio.NewReaderSize(s.in, 64<<10)
	magic, _ := s.br.Peek(2)
	s.gz = len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b
	return s
}

// pos is the file offset of the next byte not yet decompressed.
func (s *stream) pos() int64 { return s.in.n - int64(s.br.Buffered()) }

func (s *stream) fail(err error, at int64) (int, error) {
	s.err, s.errAt = err, at
	return 0, io.EOF
}

func (s *stream) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, io.EOF
	}
	if !s.gz {
		at := s.pos()
		n, err := s.br.Read(p)
		s.out += int64(n)
		if err == io.EOF {
			s.ended = true
		} else if err != nil {
			s.err, s.errAt = err, at+int64(n)
			err = io.EOF
		}
		return n, err
	}
	for {
		if !s.mid {
			at := s.pos()
			if _, err := s.br.Peek(1); err == io.EOF {
				s.ended = true
				return 0, io.EOF
			} else if err != nil {
				return s.fail(err, at)
			}
			var err error
			if s.zr == nil {
				s.zr, err = gzip.NewReader(s.br)
			} else {
				err = s.zr.Reset(s.br)
			}
			if err != nil {
				return s.fail(err, at)
			}
			s.zr.Multistream(false)
			s.mid = true
			s.starts = append(s.starts, member{out: s.out, in: at})
		}
		n, err := s.zr.Read(p)
		s.out += int64(n)
		switch {
		case err == io.EOF:
			s.mid = false
			if n > 0 {
				return n, nil
			}
		case err != nil:
			s.err, s.errAt = err, s.starts[len(s.starts)-1].in
			return n, nil // the next Read ends the stream
		default:
			return n, nil
		}
	}
}

// fileOffset turns gowarc's offset of a record (in decompressed bytes)
// into the file offset of the gzip member that holds its start. Records are
// read in order, so members before it are forgotten.
func (s *stream) fileOffset(off int64) int64 {
	if !s.gz {
		return off
	}
	i := 0
	for i+1 < len(s.starts) && s.starts[i+1].out <= off {
		i++
	}
	s.starts = s.starts[i:]
	if len(s.starts) == 0 {
		return s.pos()
	}
	return s.starts[0].in
}
