package echotrace

import (
	"testing"
	"time"
)

func TestImportRunAsOf(t *testing.T) {
	start := time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		run  ImportRun
		now  time.Time
		want string
	}{
		{"running, progress a minute ago", ImportRun{State: ImportRunning, Started: start, Updated: start.Add(time.Hour)}, start.Add(time.Hour + time.Minute), ImportRunning},
		{"running, silent for an hour", ImportRun{State: ImportRunning, Started: start, Updated: start.Add(time.Hour)}, start.Add(2 * time.Hour), ImportStalled},
		{"running, never updated, just started", ImportRun{State: ImportRunning, Started: start}, start.Add(time.Minute), ImportRunning},
		{"running, never updated, long ago", ImportRun{State: ImportRunning, Started: start}, start.Add(ImportStallAfter + time.Second), ImportStalled},
		{"done long ago stays done", ImportRun{State: ImportDone, Started: start, Updated: start, Finished: start}, start.Add(48 * time.Hour), ImportDone},
	}
	for _, c := range cases {
		if got := c.run.AsOf(c.now).State; got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}
