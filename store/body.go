package store

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sync"
)

// BodyCompression names how capture bodies are compressed at rest. Every
// implementation stores bodies the same way, so that `echotrace copy` moves
// them between databases without recompressing.
const BodyCompression = "gzip"

// gzipWriters are pooled: a flate writer allocates about 600 KB of state,
// which for small bodies cost more than the compression itself.
var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
	return zw
}}

// CompressBody compresses a capture body for storage. BestSpeed because
// imports are bound by extraction, and news HTML shrinks ~4x even so.
func CompressBody(body []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(body)/3 + 64)
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	zw.Reset(&buf)
	if _, err := zw.Write(body); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// DecompressBody reverses CompressBody.
func DecompressBody(compression string, stored []byte) ([]byte, error) {
	switch compression {
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(stored))
		if err != nil {
			return nil, fmt.Errorf("stored body: %w", err)
		}
		defer zr.Close()
		return io.ReadAll(zr)
	case "", "none":
		return stored, nil
	default:
		return nil, fmt.Errorf("stored body: unknown compression %q", compression)
	}
}
