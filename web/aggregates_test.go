package web

import (
	"context"
	"sync"
	"testing"
	"time"
)

// TestCachedAggregate: a summary is computed once while fresh; once stale,
// the old value is served at once and a single background refresh
// replaces it.
func TestCachedAggregate(t *testing.T) {
	var mu sync.Mutex
	now := time.Date(2026, 3, 14, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	s, err := New(Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	refreshed := make(chan struct{}, 10)
	compute := func(context.Context) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		calls++
		refreshed <- struct{}{}
		return calls * 10, nil
	}
	ctx := context.Background()
	get := func() int {
		v, err := cachedAggregate(s, ctx, "k", compute)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if v := get(); v != 10 {
		t.Fatalf("first read = %d, want 10", v)
	}
	<-refreshed
	if v := get(); v != 10 || calls != 1 {
		t.Fatalf("fresh read = %d after %d computations, want 10 after 1", v, calls)
	}
	mu.Lock()
	now = now.Add(aggregateFresh + time.Second)
	mu.Unlock()
	if v := get(); v != 10 {
		t.Fatalf("stale read = %d, want the old 10 while refreshing", v)
	}
	select {
	case <-refreshed:
	case <-time.After(5 * time.Second):
		t.Fatal("no background refresh")
	}
	// The refresh stores its value under the lock after computing.
	deadline := time.Now().Add(5 * time.Second)
	for get() != 20 {
		if time.Now().After(deadline) {
			t.Fatal("the refreshed value never replaced the stale one")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if calls != 2 {
		t.Errorf("%d computations, want 2", calls)
	}
}
