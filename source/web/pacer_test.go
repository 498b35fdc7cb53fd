package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"
)

// recordingPacer is a Pacer that grants every turn at once and records
// what it was told, or refuses turns while refuse is set.
type recordingPacer struct {
	mu     sync.Mutex
	turns  []string
	holds  []time.Duration
	delays map[string]time.Duration
	refuse error
}

func (p *recordingPacer) Turn(_ context.Context, server string, _ time.Duration) (func(), error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.refuse != nil {
		return nil, p.refuse
	}
	p.turns = append(p.turns, server)
	return func() {}, nil
}

func (p *recordingPacer) Hold(_ context.Context, _ string, d time.Duration) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.holds = append(p.holds, d)
	return nil
}

func (p *recordingPacer) SetDelay(_ context.Context, server string, d time.Duration) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.delays[server] = d
	return nil
}

// TestPacerTakesEveryRequest: with Config.Pacer, every request (robots.txt
// and the retries included) takes a turn from it, the Crawl-delay and the
// backoff before a retry are told to it, and the server's Retry-After of
// the last answer is on the error for a caller that retries later.
func TestPacerTakesEveryRequest(t *testing.T) {
	var calls int
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nCrawl-delay: 3\n")
			return
		}
		calls++
		w.Header().Set("Retry-After", "7")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	p := &recordingPacer{delays: map[string]time.Duration{}}
	clock := newFakeClock()
	cfg := testConfig()
	cfg.Pacer, cfg.Retries, cfg.Now, cfg.Sleep = p, 1, clock.Now, clock.Sleep
	err := mustFail(t, New(cfg), Request{URL: s.URL + "/busy"}, nil)
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 503 || se.RetryAfter != 7*time.Second {
		t.Fatalf("error %q: want a 503 with RetryAfter 7s", err)
	}
	server := ServerOf(s.URL + "/busy")
	if len(p.turns) != 3 || p.turns[0] != server {
		t.Errorf("turns %q, want 3 (robots.txt and two attempts) of %s", p.turns, server)
	}
	if p.delays[server] != 3*time.Second {
		t.Errorf("Crawl-delay told to the pacer: %v", p.delays)
	}
	if len(p.holds) != 1 || p.holds[0] != 7*time.Second {
		t.Errorf("holds %v, want the one Retry-After before the retry", p.holds)
	}
	if len(clock.slept) != 0 {
		t.Errorf("the fetcher waited itself (%v); the pacer does the waiting", clock.slept)
	}
}

// TestPacerRefusalIsNotCached: a pacer that gives no turn fails the fetch
// with ErrPacing, and robots.txt is not taken as unreachable because of it.
func TestPacerRefusalIsNotCached(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) { html(w, "ok") })
	busy := errors.New("busy")
	p := &recordingPacer{delays: map[string]time.Duration{}, refuse: busy}
	cfg := testConfig()
	cfg.Pacer = p
	f := New(cfg)
	err := mustFail(t, f, Request{URL: s.URL + "/a"}, ErrPacing)
	if !errors.Is(err, busy) || errors.Is(err, ErrDisallowed) {
		t.Fatalf("error %q: want ErrPacing wrapping the pacer's error, not a disallow", err)
	}
	p.mu.Lock()
	p.refuse = nil
	p.mu.Unlock()
	if _, err := f.Fetch(context.Background(), Request{URL: s.URL + "/a"}); err != nil {
		t.Fatalf("once the pacer gives turns: %v", err)
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt asked %d times, want 1", n)
	}
}

// TestRobotsUnreachableIsTemporary: a robots.txt answering 5xx disallows
// the page as before, and says it may be asked again.
func TestRobotsUnreachableIsTemporary(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		html(w, "ok")
	})
	cfg := testConfig()
	cfg.Retries = -1
	err := mustFail(t, New(cfg), Request{URL: s.URL + "/a"}, ErrDisallowed)
	if !errors.Is(err, ErrRobotsUnreachable) {
		t.Errorf("error %q: want ErrRobotsUnreachable", err)
	}
	s2 := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /\n")
	})
	if err := mustFail(t, New(cfg), Request{URL: s2.URL + "/a"}, ErrDisallowed); errors.Is(err, ErrRobotsUnreachable) {
		t.Errorf("a disallow by the rules %q is not ErrRobotsUnreachable", err)
	}
}
