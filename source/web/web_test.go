package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeClock is a clock whose Sleep returns at once and moves the time on,
// recording each wait, so tests can assert that a wait happened without
// spending it.
type fakeClock struct {
	mu    sync.Mutex
	t     time.Time
	slept []time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.slept = append(c.slept, d)
	c.t = c.t.Add(d)
	return nil
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// longest is the longest single wait so far.
func (c *fakeClock) longest() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	var m time.Duration
	for _, d := range c.slept {
		m = max(m, d)
	}
	return m
}

// testConfig allows loopback servers and keeps waits short.
func testConfig() Config {
	return Config{
		AllowPrivate: true,
		PerHost:      time.Millisecond,
		Backoff:      time.Millisecond,
		Timeout:      5 * time.Second,
	}
}

// site is a test server that counts requests by path.
type site struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newSite(t *testing.T, h http.HandlerFunc) *site {
	t.Helper()
	s := &site{hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, c := range s.hits {
		n += c
	}
	return n
}

func html(w http.ResponseWriter, body string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, body)
}

// mustFail fetches u expecting an error of kind want whose message names u.
func mustFail(t *testing.T, f *Fetcher, r Request, want error) error {
	t.Helper()
	res, err := f.Fetch(context.Background(), r)
	if err == nil {
		t.Fatalf("fetch %s: got status %d, want error %v", r.URL, res.Status, want)
	}
	if want != nil && !errors.Is(err, want) {
		t.Fatalf("fetch %s: error %q is not %v", r.URL, err, want)
	}
	if !strings.Contains(err.Error(), r.URL) {
		t.Errorf("error %q does not name the URL %s", err, r.URL)
	}
	return err
}

func TestFetchPage(t *testing.T) {
	var ua, accept atomic.Value
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		ua.Store(r.UserAgent())
		accept.Store(r.Header.Get("Accept"))
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Sun, 01 Mar 2026 10:00:00 GMT")
		fmt.Fprint(w, "<p>news</p>")
	})
	cfg := testConfig()
	cfg.Version, cfg.Contact = "1.2.3", "mailto:ops@example.org"
	f := New(cfg)
	res, err := f.Fetch(context.Background(), Request{URL: s.URL + "/story#comments"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ua.Load(), "echotrace/1.2.3 (+mailto:ops@example.org)"; got != want {
		t.Errorf("User-Agent %q, want %q", got, want)
	}
	if got := accept.Load().(string); !strings.HasPrefix(got, "text/html, application/xhtml+xml") {
		t.Errorf("Accept %q", got)
	}
	if res.URL != s.URL+"/story" || res.Status != 200 || string(res.Body) != "<p>news</p>" ||
		res.ContentType != "text/html" || res.Charset != "ISO-8859-1" || res.ETag != `"v1"` ||
		res.LastModified != "Sun, 01 Mar 2026 10:00:00 GMT" || res.NotModified || len(res.Redirects) != 0 ||
		res.FetchedAt.IsZero() || res.Header.Get("ETag") != `"v1"` {
		t.Errorf("result %+v", res)
	}
}

func TestStatusErrors(t *testing.T) {
	for _, code := range []int{404, 410, 501} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
				// robots.txt answers 404 (allow all): the same 5xx there
				// would mean "disallow all" (RFC 9309), and the page would
				// never be asked.
				if r.URL.Path == "/robots.txt" {
					http.NotFound(w, r)
					return
				}
				w.WriteHeader(code)
			})
			err := mustFail(t, New(testConfig()), Request{URL: s.URL + "/gone"}, nil)
			var se *StatusError
			if !errors.As(err, &se) || se.Code != code || se.Temporary() || se.Attempts != 1 {
				t.Fatalf("error %q (%#v), want a permanent *StatusError %d", err, se, code)
			}
			if n := s.count("/gone"); n != 1 {
				t.Errorf("asked %d times, want 1 (no retry)", n)
			}
		})
	}
}

func TestRetryServerError(t *testing.T) {
	var n atomic.Int32
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if n.Add(1) == 1 {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		html(w, "ok")
	})
	clock := newFakeClock()
	cfg := testConfig()
	cfg.Backoff, cfg.Now, cfg.Sleep = time.Second, clock.Now, clock.Sleep
	res, err := New(cfg).Fetch(context.Background(), Request{URL: s.URL + "/flaky"})
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Body) != "ok" || s.count("/flaky") != 2 {
		t.Errorf("body %q after %d requests", res.Body, s.count("/flaky"))
	}
	// The first backoff is Backoff with jitter: between half and all of it.
	if d := clock.longest(); d < 500*time.Millisecond || d > time.Second {
		t.Errorf("backed off %s, want 0.5s to 1s", d)
	}
}

func TestRetriesRunOut(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	cfg := testConfig()
	cfg.Retries = 2
	err := mustFail(t, New(cfg), Request{URL: s.URL + "/down"}, nil)
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 503 || !se.Temporary() || se.Attempts != 3 {
		t.Fatalf("error %q, want a temporary *StatusError 503 after 3 attempts", err)
	}
	if n := s.count("/down"); n != 3 {
		t.Errorf("asked %d times, want 3", n)
	}
}

func TestRetryAfter(t *testing.T) {
	clock := newFakeClock()
	for _, tc := range []struct {
		name, header string
		wait         time.Duration
	}{
		{"seconds", "1", time.Second},
		{"date", clock.Now().Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var n atomic.Int32
			s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					http.NotFound(w, r)
					return
				}
				if n.Add(1) == 1 {
					w.Header().Set("Retry-After", tc.header)
					w.WriteHeader(http.StatusTooManyRequests)
					return
				}
				html(w, "ok")
			})
			clock := newFakeClock()
			cfg := testConfig()
			cfg.Now, cfg.Sleep = clock.Now, clock.Sleep
			if _, err := New(cfg).Fetch(context.Background(), Request{URL: s.URL + "/busy"}); err != nil {
				t.Fatal(err)
			}
			if d := clock.longest(); d < tc.wait-time.Second || d > tc.wait {
				t.Errorf("waited %s, want %s", d, tc.wait)
			}
			if n := s.count("/busy"); n != 2 {
				t.Errorf("asked %d times, want 2", n)
			}
		})
	}
}

func TestRetryAfterRealWait(t *testing.T) {
	var first atomic.Int64
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if first.CompareAndSwap(0, time.Now().UnixNano()) {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		html(w, "ok")
	})
	start := time.Now()
	if _, err := New(testConfig()).Fetch(context.Background(), Request{URL: s.URL + "/busy"}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 900*time.Millisecond {
		t.Errorf("second request after %s, want about 1s", d)
	}
}

func TestRetryAfterTooLong(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Retry-After", "600")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	clock := newFakeClock()
	cfg := testConfig()
	cfg.Now, cfg.Sleep = clock.Now, clock.Sleep
	err := mustFail(t, New(cfg), Request{URL: s.URL + "/busy"}, nil)
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 429 || se.Wait != 10*time.Minute || !se.RetryAt.Equal(clock.Now().Add(10*time.Minute)) {
		t.Fatalf("error %q (%+v), want a 429 asking to retry in 10m", err, se)
	}
	if !strings.Contains(err.Error(), "retry after 2026-03-01T12:10:00Z") {
		t.Errorf("error %q does not say when to retry", err)
	}
	if n := s.count("/busy"); n != 1 {
		t.Errorf("asked %d times, want 1", n)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"0", 0, true},
		{" 120 ", 2 * time.Minute, true},
		{"-5", 0, false},
		{"soon", 0, false},
		{"Sun, 01 Mar 2026 12:00:30 GMT", 30 * time.Second, true},
		{"Sun, 01 Mar 2026 11:00:00 GMT", 0, true}, // in the past: now
		{"99999999999999999999", 0, false},
	} {
		got, ok := retryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("retryAfter(%q) = %s, %v; want %s, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestTimeout(t *testing.T) {
	for _, tc := range []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"no answer", func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}},
		{"slow body", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<p>")
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					http.NotFound(w, r)
					return
				}
				tc.handler(w, r)
			})
			cfg := testConfig()
			cfg.Timeout = 100 * time.Millisecond
			err := mustFail(t, New(cfg), Request{URL: s.URL + "/slow"}, ErrTimeout)
			if errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("error %q looks like the caller's deadline", err)
			}
		})
	}
}

func TestEndlessBody(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>more</p>\n"), 1000)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	cfg := testConfig()
	cfg.MaxBody = 1 << 20
	err := mustFail(t, New(cfg), Request{URL: s.URL + "/endless"}, ErrTooLarge)
	t.Log(err)
}

func TestContentLengthTooLarge(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(make([]byte, 2000))
	})
	cfg := testConfig()
	cfg.MaxBody = 1000
	mustFail(t, New(cfg), Request{URL: s.URL + "/big"}, ErrTooLarge)
}

// gzipBomb is 100 MiB of zeros in about 100 KB of gzip: one member
// holding 1 MiB of zeros, repeated (a gzip stream may be a series of
// members, and readers, net/http's included, read them as one), which
// builds in a moment even under -race.
func gzipBomb(t *testing.T) []byte {
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(make([]byte, 1<<20))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return bytes.Repeat(member.Bytes(), 100)
}

func TestGzipBomb(t *testing.T) {
	bomb := gzipBomb(t)
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	cfg := testConfig()
	cfg.MaxBody = 1 << 20
	mustFail(t, New(cfg), Request{URL: s.URL + "/bomb"}, ErrTooLarge)
}

func TestGzipDecoded(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	fmt.Fprint(zw, "<p>compressed</p>")
	zw.Close()
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes())
	})
	res, err := New(testConfig()).Fetch(context.Background(), Request{URL: s.URL + "/z"})
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Body) != "<p>compressed</p>" {
		t.Errorf("body %q", res.Body)
	}
}

func TestRedirects(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/old":
			http.Redirect(w, r, "/middle#frag", http.StatusMovedPermanently)
		case p == "/middle":
			http.Redirect(w, r, "/new", http.StatusFound)
		case p == "/new":
			html(w, "new")
		case p == "/a":
			http.Redirect(w, r, "/b", http.StatusFound)
		case p == "/b":
			http.Redirect(w, r, "/a", http.StatusFound)
		case strings.HasPrefix(p, "/chain/"):
			http.Redirect(w, r, p+"x", http.StatusTemporaryRedirect)
		case p == "/nowhere":
			w.WriteHeader(http.StatusFound)
		case p == "/ftp":
			http.Redirect(w, r, "ftp://example.com/", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	})
	cfg := testConfig()
	cfg.MaxRedirects = 3
	f := New(cfg)

	res, err := f.Fetch(context.Background(), Request{URL: s.URL + "/old"})
	if err != nil {
		t.Fatal(err)
	}
	if res.URL != s.URL+"/new" || strings.Join(res.Redirects, " ") != s.URL+"/old "+s.URL+"/middle" {
		t.Errorf("final %s via %v", res.URL, res.Redirects)
	}

	err = mustFail(t, f, Request{URL: s.URL + "/a"}, ErrRedirectLoop)
	if want := s.URL + "/a → " + s.URL + "/b → " + s.URL + "/a"; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not name the loop %s", err, want)
	}
	mustFail(t, f, Request{URL: s.URL + "/chain/"}, ErrTooManyRedirects)
	if n := s.total() - s.count("/robots.txt"); n > 3+2+2+4 {
		t.Errorf("%d requests, more redirects followed than allowed", n)
	}
	mustFail(t, f, Request{URL: s.URL + "/ftp"}, ErrUnsupportedURL)
	err = mustFail(t, f, Request{URL: s.URL + "/nowhere"}, nil)
	var se *StatusError
	if !errors.As(err, &se) || se.Code != http.StatusFound {
		t.Errorf("redirect without Location: %q", err)
	}
}

func TestUnsupportedURL(t *testing.T) {
	f := New(testConfig())
	for _, u := range []string{"ftp://example.com/x", "mailto:a@example.com", "http://", "/relative", "http://user:pw@example.com/", "http://%zz"} {
		mustFail(t, f, Request{URL: u}, ErrUnsupportedURL)
	}
}

func TestPrivateAddressRefused(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) { html(w, "secret") })
	port := s.Listener.Addr().(interface{ AddrPort() netip.AddrPort }).AddrPort().Port()
	f := New(Config{PerHost: time.Millisecond})
	// A literal address, and a name that only resolves to one (the check is
	// on the resolved address, in the dialer).
	for _, u := range []string{s.URL + "/", fmt.Sprintf("http://localhost:%d/", port)} {
		mustFail(t, f, Request{URL: u}, ErrPrivateAddress)
	}
	if n := s.total(); n != 0 {
		t.Errorf("the private server was asked %d times", n)
	}
}

func TestRedirectToPrivateAddressRefused(t *testing.T) {
	inside := newSite(t, func(w http.ResponseWriter, r *http.Request) { html(w, "secret") })
	insidePort := inside.Listener.Addr().(interface{ AddrPort() netip.AddrPort }).AddrPort().Port()
	targets := []string{
		fmt.Sprintf("http://localhost:%d/admin", insidePort), // resolved, refused by the dialer
		"http://10.1.2.3/admin",                              // literal, refused before dialing
		"http://[::ffff:192.168.0.1]/admin",
		"http://169.254.169.254/latest/meta-data/",
	}
	outside := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		var i int
		fmt.Sscan(strings.TrimPrefix(r.URL.Path, "/go/"), &i)
		http.Redirect(w, r, targets[i], http.StatusFound)
	})
	outsideAddr := outside.Listener.Addr().(interface{ AddrPort() netip.AddrPort }).AddrPort()
	f := New(Config{PerHost: time.Millisecond, Timeout: 5 * time.Second})
	// The outside server stands for a public site: only it may be dialed.
	f.exempt = func(ap netip.AddrPort) bool { return ap == outsideAddr }
	for i, target := range targets {
		err := mustFail(t, f, Request{URL: fmt.Sprintf("%s/go/%d", outside.URL, i)}, ErrPrivateAddress)
		if !strings.Contains(err.Error(), "redirected to "+target) {
			t.Errorf("error %q does not name the redirect target %s", err, target)
		}
	}
	if n := inside.total(); n != 0 {
		t.Errorf("the private server was asked %d times", n)
	}
}

func TestPrivate(t *testing.T) {
	for _, tc := range []struct {
		addr    string
		private bool
	}{
		{"127.0.0.1", true}, {"127.5.6.7", true}, {"::1", true},
		{"10.0.0.1", true}, {"172.16.0.1", true}, {"172.31.255.255", true}, {"192.168.1.1", true},
		{"fc00::1", true}, {"fd12:3456::1", true},
		{"169.254.169.254", true}, {"fe80::1", true},
		{"0.0.0.0", true}, {"::", true}, {"0.1.2.3", true},
		{"224.0.0.1", true}, {"ff02::1", true}, {"255.255.255.255", true},
		{"100.64.0.1", true}, {"198.18.0.1", true},
		{"::ffff:127.0.0.1", true}, {"::ffff:10.0.0.1", true}, {"64:ff9b::a00:1", true},
		{"93.184.216.34", false}, {"172.32.0.1", false}, {"8.8.8.8", false},
		{"2606:2800:220:1:248:1893:25c8:1946", false}, {"64:ff9b::808:808", false},
	} {
		if got := private(netip.MustParseAddr(tc.addr)) != ""; got != tc.private {
			t.Errorf("private(%s) = %v, want %v", tc.addr, got, tc.private)
		}
	}
}

func TestRobotsDisallow(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: echotrace\nDisallow: /private\nDisallow: /search?\n\nUser-agent: *\nDisallow: /\n")
			return
		}
		html(w, "ok")
	})
	f := New(testConfig())
	err := mustFail(t, f, Request{URL: s.URL + "/private/story"}, ErrDisallowed)
	t.Log(err)
	mustFail(t, f, Request{URL: s.URL + "/search?q=x"}, ErrDisallowed)
	// The "echotrace" group wins over "*", which would disallow everything.
	if _, err := f.Fetch(context.Background(), Request{URL: s.URL + "/public/story"}); err != nil {
		t.Fatal(err)
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt asked %d times, want 1", n)
	}
	if n := s.count("/private/story"); n != 0 {
		t.Errorf("a disallowed page was asked %d times", n)
	}
}

func TestRobotsDisallowedRedirect(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private\n")
		case "/open":
			http.Redirect(w, r, "/private/x", http.StatusFound)
		default:
			html(w, "ok")
		}
	})
	mustFail(t, New(testConfig()), Request{URL: s.URL + "/open"}, ErrDisallowed)
	if n := s.count("/private/x"); n != 0 {
		t.Errorf("a disallowed redirect target was asked %d times", n)
	}
}

func TestRobotsAnswers(t *testing.T) {
	for _, tc := range []struct {
		name    string
		robots  http.HandlerFunc
		allowed bool
	}{
		{"404 allows all", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }, true},
		{"403 allows all", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(403) }, true},
		{"empty allows all", func(w http.ResponseWriter, r *http.Request) {}, true},
		{"500 disallows all", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) }, false},
		{"429 disallows all", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(429) }, false},
		{"redirect loop allows all", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/robots.txt", http.StatusFound)
		}, true},
		{"bad lines are skipped", func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, "Disallow: /nogroup\nUser-agent: *\nCrawl-delay: soon\nDisallow: /page\n")
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					tc.robots(w, r)
					return
				}
				html(w, "ok")
			})
			cfg := testConfig()
			cfg.Retries = -1
			f := New(cfg)
			_, err := f.Fetch(context.Background(), Request{URL: s.URL + "/page"})
			if tc.allowed && err != nil {
				t.Fatal(err)
			}
			if !tc.allowed {
				mustFail(t, f, Request{URL: s.URL + "/page"}, ErrDisallowed)
				t.Log(err)
			}
		})
	}
}

func TestServerUnreachable(t *testing.T) {
	// A server that refuses connections: the fetch fails as unreachable,
	// not as disallowed by a robots.txt nobody could read.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	_, err = New(testConfig()).Fetch(context.Background(), Request{URL: "http://" + addr + "/story"})
	if !errors.Is(err, ErrUnreachable) || errors.Is(err, ErrDisallowed) {
		t.Fatalf("err = %v, want ErrUnreachable", err)
	}
	if !strings.Contains(err.Error(), addr) {
		t.Errorf("error %q does not name the server", err)
	}
}

func TestRobotsUnreachableThenStale(t *testing.T) {
	var down atomic.Bool
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if down.Load() {
				w.WriteHeader(503)
				return
			}
			fmt.Fprint(w, "User-agent: *\nDisallow: /private\n")
			return
		}
		html(w, "ok")
	})
	clock := newFakeClock()
	cfg := testConfig()
	cfg.Retries, cfg.Now, cfg.Sleep = -1, clock.Now, clock.Sleep
	f := New(cfg)
	if _, err := f.Fetch(context.Background(), Request{URL: s.URL + "/a"}); err != nil {
		t.Fatal(err)
	}
	// After a day the copy has expired; the site's robots.txt is now down,
	// and the expired copy is used rather than disallowing everything.
	down.Store(true)
	clock.Advance(25 * time.Hour)
	if _, err := f.Fetch(context.Background(), Request{URL: s.URL + "/b"}); err != nil {
		t.Fatal(err)
	}
	mustFail(t, f, Request{URL: s.URL + "/private"}, ErrDisallowed)
	if n := s.count("/robots.txt"); n != 2 {
		t.Errorf("robots.txt asked %d times, want 2 (once, again after expiry)", n)
	}
}

func TestCrawlDelay(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nCrawl-delay: 5\n")
			return
		}
		html(w, "ok")
	})
	clock := newFakeClock()
	cfg := testConfig()
	cfg.Now, cfg.Sleep = clock.Now, clock.Sleep
	f := New(cfg)
	for _, p := range []string{"/one", "/two"} {
		if _, err := f.Fetch(context.Background(), Request{URL: s.URL + p}); err != nil {
			t.Fatal(err)
		}
	}
	if d := clock.longest(); d != 5*time.Second {
		t.Errorf("longest wait between requests %s, want the Crawl-delay 5s", d)
	}
}

func TestConditionalGet(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Sun, 01 Mar 2026 10:00:00 GMT")
		if r.Header.Get("If-None-Match") == `"v1"` || r.Header.Get("If-Modified-Since") == "Sun, 01 Mar 2026 10:00:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		html(w, "v1")
	})
	f := New(testConfig())
	first, err := f.Fetch(context.Background(), Request{URL: s.URL + "/story"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []Request{
		{URL: s.URL + "/story", ETag: first.ETag},
		{URL: s.URL + "/story", LastModified: first.LastModified},
	} {
		res, err := f.Fetch(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		if !res.NotModified || res.Status != 304 || res.Body != nil || res.ETag != `"v1"` || res.LastModified != first.LastModified {
			t.Errorf("conditional %+v: result %+v", r, res)
		}
	}
}

func TestContentType(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/image":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n"))
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			fmt.Fprint(w, `<?xml version="1.0"?><rss/>`)
		case "/sitemap.xml.gz":
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write([]byte("\x1f\x8b\x08\x00"))
		case "/unlabelled":
			w.Header()["Content-Type"] = nil
			fmt.Fprint(w, "<!DOCTYPE html><html><p>hi</p></html>")
		case "/unlabelled-image":
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00"))
		case "/brotli":
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "br")
			w.Write([]byte{0x0b})
		}
	})
	f := New(testConfig())
	err := mustFail(t, f, Request{URL: s.URL + "/image"}, ErrContentType)
	if !strings.Contains(err.Error(), "image/png") {
		t.Errorf("error %q does not name the type", err)
	}
	mustFail(t, f, Request{URL: s.URL + "/feed"}, ErrContentType)
	mustFail(t, f, Request{URL: s.URL + "/unlabelled-image"}, ErrContentType)
	mustFail(t, f, Request{URL: s.URL + "/brotli"}, ErrContentType)
	mustFail(t, f, Request{URL: s.URL + "/sitemap.xml.gz", Accept: Feed}, ErrContentType)
	for _, r := range []Request{
		{URL: s.URL + "/feed", Accept: Feed},
		{URL: s.URL + "/feed", Accept: Page | Feed},
		{URL: s.URL + "/sitemap.xml.gz", Accept: Sitemap},
		{URL: s.URL + "/unlabelled"},
	} {
		if _, err := f.Fetch(context.Background(), r); err != nil {
			t.Errorf("%+v: %v", r, err)
		}
	}
}

func TestPerHostInterval(t *testing.T) {
	var mu sync.Mutex
	var arrivals []time.Time
	var inFlight, most atomic.Int32
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		most.Store(max(most.Load(), inFlight.Add(1)))
		defer inFlight.Add(-1)
		mu.Lock()
		arrivals = append(arrivals, time.Now())
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		html(w, "ok")
	})
	const interval = 200 * time.Millisecond
	cfg := testConfig()
	cfg.PerHost = interval
	f := New(cfg)
	var wg sync.WaitGroup
	for _, p := range []string{"/one", "/two"} {
		wg.Go(func() {
			if _, err := f.Fetch(context.Background(), Request{URL: s.URL + p}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	// robots.txt, then the two pages, each after the previous one ended
	// and the interval passed.
	if len(arrivals) != 3 {
		t.Fatalf("%d requests, want 3", len(arrivals))
	}
	for i := 1; i < len(arrivals); i++ {
		if gap := arrivals[i].Sub(arrivals[i-1]); gap < interval {
			t.Errorf("request %d came %s after the previous one, want at least %s", i, gap, interval)
		}
	}
	if most.Load() != 1 {
		t.Errorf("%d requests at once to one server, want 1", most.Load())
	}
}

func TestHostsInParallel(t *testing.T) {
	// Each server answers its page only once the other server has been
	// asked for its page too: serializing the two would deadlock (and fail
	// on the handlers' own timeout).
	both := make(chan struct{})
	var arrived atomic.Int32
	handler := func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if arrived.Add(1) == 2 {
			close(both)
		}
		select {
		case <-both:
			html(w, "ok")
		case <-time.After(2 * time.Second):
			w.WriteHeader(http.StatusTeapot)
		}
	}
	a, b := newSite(t, handler), newSite(t, handler)
	// Each page waits for its own server's interval after robots.txt; a
	// fake clock passes that wait at once, so only the other server's turn
	// could hold a page back, which is what this test is about.
	clock := newFakeClock()
	cfg := testConfig()
	cfg.PerHost, cfg.Now, cfg.Sleep = time.Hour, clock.Now, clock.Sleep
	f := New(cfg)
	var wg sync.WaitGroup
	for _, s := range []*site{a, b} {
		wg.Go(func() {
			if _, err := f.Fetch(context.Background(), Request{URL: s.URL + "/page"}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

func TestCancelWhileWaiting(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/busy":
			w.Header().Set("Retry-After", "60")
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			html(w, "ok")
		}
	})
	for _, tc := range []struct {
		name, path string
		perHost    time.Duration
	}{
		// robots.txt is asked first, so the page waits for the interval.
		{"interval", "/a", time.Hour},
		{"retry", "/busy", time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig()
			cfg.PerHost = tc.perHost
			ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
			defer cancel()
			start := time.Now()
			_, err := New(cfg).Fetch(ctx, Request{URL: s.URL + tc.path})
			if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrTimeout) {
				t.Fatalf("error %v, want the caller's deadline", err)
			}
			if !strings.Contains(err.Error(), s.URL+tc.path) {
				t.Errorf("error %q does not name the URL", err)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("returned after %s", d)
			}
		})
	}
}

func TestUserAgentOnRobots(t *testing.T) {
	var got atomic.Value
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			got.Store(r.UserAgent())
		}
		html(w, "ok")
	})
	f := New(testConfig())
	if _, err := f.Fetch(context.Background(), Request{URL: s.URL + "/"}); err != nil {
		t.Fatal(err)
	}
	if got.Load() != f.UserAgent() || !strings.HasPrefix(f.UserAgent(), "echotrace/dev (+https://") {
		t.Errorf("robots.txt asked with User-Agent %q, fetcher's is %q", got.Load(), f.UserAgent())
	}
}

func TestHostKey(t *testing.T) {
	for in, want := range map[string]string{
		"http://Example.COM/x":      "example.com:80",
		"https://example.com/x":     "example.com:443",
		"https://example.com:8443/": "example.com:8443",
		"http://[::1]:8080/":        "[::1]:8080",
	} {
		u, _ := url.Parse(in)
		if got := hostKey(u); got != want {
			t.Errorf("hostKey(%s) = %s, want %s", in, got, want)
		}
	}
}
