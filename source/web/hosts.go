package web

import (
	"context"
	"net"
	"net/url"
	"strings"
	"sync"
	"time"
)

// hostKey names the server a request goes to for rate limiting: the host
// and port ("example.com:443"), the same scope robots.txt rules have (RFC
// 9309 section 2.3: one robots.txt per scheme, host and port). Two ports
// of one host are two servers here; for news sites that happens only when
// http redirects to https, which is one request on each.
func hostKey(u *url.URL) string {
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	return net.JoinHostPort(host, port)
}

// ServerOf names the server a URL's requests go to, as a Pacer is told
// it: "host:port", the port written out even when it is the default. It
// is "" for a URL that does not parse.
func ServerOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return hostKey(u)
}

// Pacer spaces the requests to each server. Every request the fetcher
// makes (robots.txt, redirects and retries included) takes a turn first.
// The fetcher's own pacer keeps the turns in memory; Config.Pacer
// replaces it.
type Pacer interface {
	// Turn waits for server's turn and returns done, which the caller
	// calls once its one request has ended: the next request to server
	// starts no sooner than interval after that (the server's Crawl-delay
	// when that is longer), and no two requests to it overlap. Waiting
	// ends with the context's error when ctx is done.
	Turn(ctx context.Context, server string, interval time.Duration) (done func(), err error)
	// Hold keeps every request to server waiting for at least d from now:
	// a Retry-After, or the backoff before a retry.
	Hold(ctx context.Context, server string, d time.Duration) error
	// SetDelay records server's robots.txt Crawl-delay.
	SetDelay(ctx context.Context, server string, d time.Duration) error
}

// hosts spaces requests to each server: one request at a time, and the
// next one starts no sooner than the interval after the previous one
// ended. Requests to different servers do not wait for one another. It is
// the fetcher's Pacer unless Config.Pacer replaces it; interval is then
// always its own every (Config.PerHost).
type hosts struct {
	now   func() time.Time
	sleep func(context.Context, time.Duration) error
	every time.Duration // Config.PerHost

	mu sync.Mutex
	m  map[string]*host
}

type host struct {
	turn  chan struct{} // holding its one slot is having the turn
	mu    sync.Mutex
	next  time.Time     // earliest start of the next request
	delay time.Duration // robots.txt Crawl-delay, when longer than every
}

func (h *hosts) get(key string) *host {
	h.mu.Lock()
	defer h.mu.Unlock()
	q := h.m[key]
	if q == nil {
		q = &host{turn: make(chan struct{}, 1)}
		h.m[key] = q
	}
	return q
}

// acquire waits for the server's turn, then for its interval to pass. The
// caller makes one request and then calls release. Waiting ends early, with
// the context's error, when ctx is done.
func (h *hosts) acquire(ctx context.Context, key string) (release func(), err error) {
	q := h.get(key)
	select {
	case q.turn <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	q.mu.Lock()
	wait := q.next.Sub(h.now())
	q.mu.Unlock()
	if wait > 0 {
		if err := h.sleep(ctx, wait); err != nil {
			<-q.turn
			return nil, err
		}
	}
	return func() {
		q.mu.Lock()
		if next := h.now().Add(max(h.every, q.delay)); next.After(q.next) {
			q.next = next
		}
		q.mu.Unlock()
		<-q.turn
	}, nil
}

// Turn is acquire, as a Pacer.
func (h *hosts) Turn(ctx context.Context, server string, _ time.Duration) (func(), error) {
	return h.acquire(ctx, server)
}

// Hold is hold, as a Pacer.
func (h *hosts) Hold(_ context.Context, server string, d time.Duration) error {
	h.hold(server, h.now().Add(d))
	return nil
}

// SetDelay is setDelay, as a Pacer.
func (h *hosts) SetDelay(_ context.Context, server string, d time.Duration) error {
	h.setDelay(server, d)
	return nil
}

// hold keeps every request to the server waiting until t (a Retry-After
// or a backoff), not only the one that was told to wait.
func (h *hosts) hold(key string, t time.Time) {
	q := h.get(key)
	q.mu.Lock()
	if t.After(q.next) {
		q.next = t
	}
	q.mu.Unlock()
}

// setDelay records the server's robots.txt Crawl-delay.
func (h *hosts) setDelay(key string, d time.Duration) {
	q := h.get(key)
	q.mu.Lock()
	q.delay = d
	q.mu.Unlock()
}

// SleepContext waits d, or until ctx is done. It is the default of
// Config.Sleep, and of the crawler's, which tests replace with a clock.
func SleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
