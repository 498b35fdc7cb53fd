package bench

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"sort"
	"sync"
	"time"
)

// LoadTarget is one kind of request a load run sends: Path draws the next
// request's path and query (for example a random article's trace).
type LoadTarget struct {
	Name string
	Path func(r *rand.Rand) string
}

// LoadOptions configures a load run against a running server.
type LoadOptions struct {
	// BaseURL is the server's root, such as http://127.0.0.1:8080.
	BaseURL string
	// Rate is the requests per second sent, spread evenly in time, whether
	// or not earlier requests have been answered (an open loop, as wrk2
	// does). Zero means a closed loop: Concurrency clients, each sending
	// its next request when the last was answered, to find the peak.
	Rate        float64
	Concurrency int
	Duration    time.Duration
	Seed        uint64
	// MaxInFlight bounds outstanding requests of an open loop; a request
	// due while the bound is reached is counted as dropped, not delayed,
	// so that an overloaded server shows as drops rather than as a
	// quietly lower rate.
	MaxInFlight int
	Client      *http.Client
}

// LoadResult is what one run measured.
type LoadResult struct {
	Target  string        `json:"target"`
	Rate    float64       `json:"rate"` // asked for; 0 for a closed loop
	Sent    int           `json:"sent"`
	OK      int           `json:"ok"`
	Errors  int           `json:"errors"` // transport errors and status ≥ 400
	Dropped int           `json:"dropped"`
	Elapsed time.Duration `json:"elapsed"`
	// Throughput is answered requests per second of wall time.
	Throughput float64       `json:"throughput"`
	P50        time.Duration `json:"p50"`
	P90        time.Duration `json:"p90"`
	P99        time.Duration `json:"p99"`
	Max        time.Duration `json:"max"`
	// FirstError says what went wrong first, to tell a broken endpoint
	// from a slow one.
	FirstError string `json:"first_error,omitempty"`
}

func (r LoadResult) String() string {
	mode := fmt.Sprintf("at %.0f/s", r.Rate)
	if r.Rate == 0 {
		mode = "closed loop"
	}
	s := fmt.Sprintf("%-8s %s: %d sent, %d ok, %d errors, %d dropped, %.0f answered/s; p50 %s, p90 %s, p99 %s, max %s",
		r.Target, mode, r.Sent, r.OK, r.Errors, r.Dropped, r.Throughput, ms(r.P50), ms(r.P90), ms(r.P99), ms(r.Max))
	if r.FirstError != "" {
		s += "\n         first error: " + r.FirstError
	}
	return s
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }

// RunLoad sends target's requests for the run's duration and measures each
// request's latency. In an open loop latency counts from when the request
// was due, not from when it was sent, so that a server that stalls is
// charged for the requests that queued behind the stall (the coordinated
// omission that closed-loop tools hide).
func RunLoad(ctx context.Context, o LoadOptions, target LoadTarget) (LoadResult, error) {
	if o.Client == nil {
		o.Client = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 1024}}
	}
	if o.Duration <= 0 {
		return LoadResult{}, fmt.Errorf("load: duration must be positive")
	}
	if o.Rate <= 0 && o.Concurrency <= 0 {
		return LoadResult{}, fmt.Errorf("load: give a rate or a concurrency")
	}
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = 2000
	}
	res := LoadResult{Target: target.Name, Rate: o.Rate}
	var mu sync.Mutex
	var lat []time.Duration
	record := func(d time.Duration, err error) {
		mu.Lock()
		defer mu.Unlock()
		lat = append(lat, d)
		if err != nil {
			res.Errors++
			if res.FirstError == "" {
				res.FirstError = err.Error()
			}
		} else {
			res.OK++
		}
	}
	send := func(path string) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, o.BaseURL+path, nil)
		if err != nil {
			return err
		}
		resp, err := o.Client.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			return fmt.Errorf("GET %s: reading the body: %w", path, err)
		}
		if resp.StatusCode >= 400 {
			return fmt.Errorf("GET %s: %s", path, resp.Status)
		}
		return nil
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x10ad))
	start := time.Now()
	deadline := start.Add(o.Duration)
	var wg sync.WaitGroup
	if o.Rate > 0 {
		interval := time.Duration(float64(time.Second) / o.Rate)
		inFlight := make(chan struct{}, o.MaxInFlight)
		for i := 0; ; i++ {
			due := start.Add(time.Duration(i) * interval)
			if !due.Before(deadline) || ctx.Err() != nil {
				break
			}
			if d := time.Until(due); d > 0 {
				time.Sleep(d)
			}
			path := target.Path(rng)
			res.Sent++
			select {
			case inFlight <- struct{}{}:
			default:
				res.Dropped++
				continue
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				err := send(path)
				record(time.Since(due), err)
				<-inFlight
			}()
		}
	} else {
		paths := make(chan string)
		for range o.Concurrency {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for p := range paths {
					t0 := time.Now()
					err := send(p)
					record(time.Since(t0), err)
				}
			}()
		}
		for time.Now().Before(deadline) && ctx.Err() == nil {
			paths <- target.Path(rng)
			res.Sent++
		}
		close(paths)
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	if err := ctx.Err(); err != nil {
		return res, err
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	res.P50, res.P90, res.P99, res.Max = quantile(lat, 0.50), quantile(lat, 0.90), quantile(lat, 0.99), quantile(lat, 1)
	res.Throughput = float64(res.OK) / res.Elapsed.Seconds()
	return res, nil
}

// quantile reads a sorted sample (nearest rank).
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.5) - 1
	i = max(0, min(i, len(sorted)-1))
	return sorted[i]
}
