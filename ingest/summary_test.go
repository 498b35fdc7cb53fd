package ingest

import (
	"testing"
	"time"
)

func TestSummaryLine(t *testing.T) {
	for _, tc := range []struct {
		name string
		sum  Summary
		want string
	}{
		{"files", Summary{Read: 10, NewArticles: 8, NotExtracted: 1, Unreadable: 1},
			"import: 10 records in 2s (5/s): 8 new articles, 0 new versions, 0 unchanged, 0 already stored, 2 skipped"},
		{"archive", Summary{Read: 3000, NewArticles: 950, NotExtracted: 2, Unreadable: 1, NotPages: 2047, BytesRead: 20e6,
			SkippedBy: map[string]int{"not a response": 2000, "not HTML": 40, "HTTP status": 7}},
			"import: 3000 records in 2s (1500/s, 10.0 MB/s, 475 articles/s): 950 new articles, 0 new versions, 0 unchanged, 0 already stored, 2050 skipped " +
				"(not a response 2000, not HTML 40, HTTP status 7, no article text 2, unreadable 1)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.sum.Line(2 * time.Second); got != tc.want {
				t.Errorf("Line =\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
