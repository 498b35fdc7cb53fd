package warc

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// writeArchive writes n pages of about 20 KB each to a .warc.gz on disk,
// so that the archive itself takes no heap while it is read.
func writeArchive(t testing.TB, n int) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), fmt.Sprintf("%d.warc.gz", n))
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	bw := bufio.NewWriter(f)
	w := NewWriter(bw, true)
	para := strings.Repeat("The harbour master said the tide would turn at noon. ", 8)
	for i := range n {
		body := fmt.Sprintf("<html><body><h1>Page %d</h1>%s</body></html>", i, strings.Repeat("<p>"+para+"</p>", 45))
		if _, err := w.WriteResponse(Response{URI: fmt.Sprintf("https://a.example/%d", i), Date: day,
			Header: http.Header{"Content-Type": {"text/html"}}, Body: []byte(body)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return p
}

// heapAfterReading reads every page of the archive at p and returns the
// live heap at the end, with the reader still open.
func heapAfterReading(t testing.TB, p string) (uint64, int) {
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := NewReader(f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for {
		_, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		pages++
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	runtime.KeepAlive(r)
	return ms.HeapAlloc, pages
}

// TestMemoryDoesNotGrowWithTheArchive reads 100 and 400 pages (2 and 8 MB
// of HTML): the heap left at the end must not differ by anything like the
// extra 6 MB the reader went through.
func TestMemoryDoesNotGrowWithTheArchive(t *testing.T) {
	small, large := writeArchive(t, 100), writeArchive(t, 400)
	heapAfterReading(t, small) // warm pools
	h1, n1 := heapAfterReading(t, small)
	h4, n4 := heapAfterReading(t, large)
	if n1 != 100 || n4 != 400 {
		t.Fatalf("read %d and %d pages", n1, n4)
	}
	if h4 > h1+1<<20 {
		t.Errorf("heap after 400 pages %d KB, after 100 pages %d KB: memory grows with the archive", h4>>10, h1>>10)
	}
}

// BenchmarkReader reports the cost of reading one page record (the
// allocations per op should stay flat whatever b.N).
func BenchmarkReader(b *testing.B) {
	p := writeArchive(b, 200)
	st, _ := os.Stat(p)
	b.ReportAllocs()
	b.ResetTimer()
	pages := 0
	for pages < b.N {
		f, _ := os.Open(p)
		r, _ := NewReader(f, Options{})
		for pages < b.N {
			if _, err := r.Next(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
			pages++
		}
		r.Close()
		f.Close()
	}
	b.SetBytes(st.Size() / 200)
}
