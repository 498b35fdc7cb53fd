package bench

import (
	"context"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestRunLoadOpenLoop sends at a fixed rate to a loopback server and checks
// the counts: every due request is sent, failures are told apart, and the
// latency of a slow endpoint is measured from when each request was due.
func TestRunLoadOpenLoop(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch {
		case strings.HasPrefix(r.URL.Path, "/slow"):
			time.Sleep(20 * time.Millisecond)
		case strings.HasPrefix(r.URL.Path, "/missing"):
			http.NotFound(w, r)
			return
		}
		w.Write([]byte("ok"))
	}))
	defer srv.Close()
	ctx := context.Background()
	opts := LoadOptions{BaseURL: srv.URL, Rate: 100, Duration: 500 * time.Millisecond}

	ok, err := RunLoad(ctx, opts, LoadTarget{Name: "fast", Path: func(*rand.Rand) string { return "/fast" }})
	if err != nil {
		t.Fatal(err)
	}
	if ok.Sent != 50 || ok.OK != 50 || ok.Errors != 0 || ok.Dropped != 0 {
		t.Errorf("fast endpoint at 100/s for 0.5 s: %+v, want 50 sent and answered", ok)
	}
	slow, err := RunLoad(ctx, opts, LoadTarget{Name: "slow", Path: func(*rand.Rand) string { return "/slow" }})
	if err != nil {
		t.Fatal(err)
	}
	if slow.P50 < 20*time.Millisecond || slow.OK != 50 {
		t.Errorf("slow endpoint: p50 %s over %d answered, want ≥ 20 ms over 50", slow.P50, slow.OK)
	}
	bad, err := RunLoad(ctx, opts, LoadTarget{Name: "missing", Path: func(*rand.Rand) string { return "/missing" }})
	if err != nil {
		t.Fatal(err)
	}
	if bad.Errors != 50 || bad.OK != 0 || !strings.Contains(bad.FirstError, "404") {
		t.Errorf("missing endpoint: %+v, want 50 errors naming the 404", bad)
	}
	if got := hits.Load(); got != 150 {
		t.Errorf("server saw %d requests, want 150", got)
	}
}

// TestRunLoadClosedLoop finds a peak: clients send back to back.
func TestRunLoadClosedLoop(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))
	defer srv.Close()
	res, err := RunLoad(context.Background(), LoadOptions{BaseURL: srv.URL, Concurrency: 4, Duration: 300 * time.Millisecond},
		LoadTarget{Name: "peak", Path: func(r *rand.Rand) string { return "/" }})
	if err != nil {
		t.Fatal(err)
	}
	if res.OK == 0 || res.OK != res.Sent || res.Throughput <= 0 || res.Rate != 0 {
		t.Errorf("closed loop: %+v", res)
	}
}

func TestQuantile(t *testing.T) {
	var s []time.Duration
	for i := 1; i <= 100; i++ {
		s = append(s, time.Duration(i))
	}
	for _, c := range []struct {
		q    float64
		want time.Duration
	}{{0.5, 50}, {0.99, 99}, {1, 100}, {0, 1}} {
		if got := quantile(s, c.q); got != c.want {
			t.Errorf("quantile(%v) = %d, want %d", c.q, got, c.want)
		}
	}
	if quantile(nil, 0.5) != 0 {
		t.Error("quantile of nothing")
	}
}
