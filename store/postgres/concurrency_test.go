package postgres

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/echotrace/echotrace/store"
)

// Processes importing new versions of one article at once take turns on
// it: every version is stored, numbered 1 to n without a gap or a clash.
func TestConcurrentVersionsOfOneArticle(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	const writers, each = 4, 10
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	runConcurrently(t, writers, func(w int) error {
		for i := range each {
			at := t0.Add(time.Duration(w*each+i) * time.Minute)
			it := captureOf("https://harbourgazette.example/live", "Live", fmt.Sprintf("Update %d from writer %d.", i, w), at)
			if _, err := db.Ingest(ctx, []store.IngestItem{it}); err != nil {
				return err
			}
		}
		return nil
	})
	a, err := db.ArticleByURL(ctx, "https://harbourgazette.example/live")
	if err != nil {
		t.Fatal(err)
	}
	vs, err := db.Versions(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != writers*each {
		t.Fatalf("%d versions, want %d", len(vs), writers*each)
	}
	for i, v := range vs {
		if v.Number != i+1 {
			t.Fatalf("version %d is numbered %d", i+1, v.Number)
		}
	}
	// The newest is the latest captured, whoever stored it last.
	if want := fmt.Sprintf("Update %d from writer %d.", each-1, writers-1); a.Newest.Text != want {
		t.Errorf("newest = %q, want %q", a.Newest.Text, want)
	}
}

// Two imports storing the same new pages in opposite orders would lock
// the same rows in opposite orders and deadlock (PostgreSQL takes a
// second to notice, then aborts one): the store takes the batch's locks in
// one order first, so that one waits for the other, and both succeed.
func TestOppositeOrderBatchesBothSucceed(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	const rounds = 10
	start := time.Now()
	for round := range rounds {
		a := fmt.Sprintf("https://harbourgazette.example/%d/a", round)
		b := fmt.Sprintf("https://northwire.example/%d/b", round)
		runConcurrently(t, 2, func(w int) error {
			first, second := captureOf(a, "A", fmt.Sprintf("A by %d.", w), t0), captureOf(b, "B", fmt.Sprintf("B by %d.", w), t0)
			first.Extraction.Outlet, second.Extraction.Outlet = fmt.Sprintf("a%d.example", round), fmt.Sprintf("b%d.example", round)
			batch := []store.IngestItem{first, second}
			if w == 1 {
				batch = []store.IngestItem{second, first}
			}
			_, err := db.Ingest(ctx, batch)
			return err
		})
	}
	// Each deadlock would cost deadlock_timeout (1 s by default).
	if elapsed := time.Since(start); elapsed > rounds*time.Second/2 {
		t.Errorf("%d rounds took %v: the batches deadlocked", rounds, elapsed)
	}
	c, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 2*rounds || c.Captures != 4*rounds || c.Versions != 4*rounds {
		t.Errorf("counts = %+v, want %d articles with two versions each", c, 2*rounds)
	}
}

// runConcurrently runs fn for n workers at once and fails the test with
// their errors.
func runConcurrently(t *testing.T, n int, fn func(worker int) error) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	start := make(chan struct{})
	for w := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			if err := fn(w); err != nil {
				errs <- fmt.Errorf("worker %d: %w", w, err)
			}
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
