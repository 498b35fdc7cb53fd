// Package web fetches pages, feeds and sitemaps from news sites for
// `echotrace add` and the feed crawler, politely and safely: it obeys
// robots.txt (and its Crawl-delay), asks each server at most once per
// interval and one request at a time, backs off on 429 and 5xx as
// Retry-After asks, sends conditional requests, caps body size, time and
// redirects, and refuses to connect to private addresses.
//
// It only fetches: it never parses, extracts or stores what it fetched.
// It must never dial a loopback, private or link-local address unless
// Config.AllowPrivate says so, because the URLs it is given come from
// users and from the pages and feeds of strangers.
//
// One Fetcher should serve the whole process, so that its per-server
// limits and robots.txt cache hold across every caller.
package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is how a Fetcher behaves. The zero value of each field means its
// default.
type Config struct {
	// Version and Contact make the User-Agent header,
	// "echotrace/<Version> (+<Contact>)", which tells site operators who is
	// fetching and how to reach them. Defaults: "dev" and the project page.
	Version string
	Contact string
	// Timeout bounds one HTTP exchange: connecting, sending, and reading
	// the whole body (default 30s). Waiting for a server's turn or for a
	// retry is not counted; the caller's context bounds the whole Fetch.
	Timeout time.Duration
	// MaxBody is the longest body accepted, counted after Content-Encoding
	// is decoded so that a gzip bomb is cut off (default 10 MiB).
	MaxBody int64
	// MaxRedirects is how many redirects are followed (default 5; negative
	// follows none).
	MaxRedirects int
	// PerHost is the least time between the end of one request to a server
	// and the start of the next (default 1s; negative: no wait). A longer
	// robots.txt Crawl-delay (up to one minute) takes its place.
	PerHost time.Duration
	// Retries is how many times a 408, 429 or 5xx answer is retried
	// (default 3; negative: never).
	Retries int
	// Backoff is the wait before the first retry when the server gives no
	// Retry-After; it doubles with each retry, with random jitter
	// (default 1s).
	Backoff time.Duration
	// MaxRetryAfter is the longest wait a Retry-After is honoured with; a
	// server asking for longer fails the fetch with a *StatusError saying
	// when to retry (default 2m).
	MaxRetryAfter time.Duration
	// RobotsTTL is how long a robots.txt is trusted (default 24h).
	RobotsTTL time.Duration
	// RobotsRetry is how long a robots.txt that could not be read keeps
	// its site disallowed before it is asked for again (default 10m). A
	// caller that retries failed fetches itself, such as a queue worker,
	// sets it shorter than its own backoff, so that its retries ask again.
	RobotsRetry time.Duration
	// Pacer, when set, spaces the requests to each server instead of the
	// fetcher's own turns, which live in this process's memory: for
	// fetchers in many processes that must share each server's interval,
	// Crawl-delay and Retry-After (package worker keeps them in
	// PostgreSQL). Its errors end a fetch, wrapped in ErrPacing.
	Pacer Pacer
	// AllowPrivate lets the fetcher connect to loopback and private
	// addresses: for tests and for intranet use only.
	AllowPrivate bool
	// Logger receives retries and waits (default: discarded).
	Logger *slog.Logger
	// Now and Sleep replace the clock in tests (defaults: time.Now and a
	// timer that stops when the context is done).
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
}

const defaultContact = "https://github.com/echotrace/echotrace"

func (c Config) withDefaults() Config {
	if c.Version == "" {
		c.Version = "dev"
	}
	if c.Contact == "" {
		c.Contact = defaultContact
	}
	if c.Timeout <= 0 {
		c.Timeout = 30 * time.Second
	}
	if c.MaxBody <= 0 {
		c.MaxBody = 10 << 20
	}
	if c.MaxRedirects == 0 {
		c.MaxRedirects = 5
	}
	c.MaxRedirects = max(c.MaxRedirects, 0)
	if c.PerHost == 0 {
		c.PerHost = time.Second
	}
	c.PerHost = max(c.PerHost, 0)
	if c.Retries == 0 {
		c.Retries = 3
	}
	c.Retries = max(c.Retries, 0)
	if c.Backoff <= 0 {
		c.Backoff = time.Second
	}
	if c.MaxRetryAfter <= 0 {
		c.MaxRetryAfter = 2 * time.Minute
	}
	if c.RobotsTTL <= 0 {
		c.RobotsTTL = 24 * time.Hour
	}
	if c.RobotsRetry <= 0 {
		c.RobotsRetry = robotsRetry
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Sleep == nil {
		c.Sleep = SleepContext
	}
	return c
}

// Request is one fetch. ETag and LastModified are the validators of an
// earlier Result for the same URL, sent as If-None-Match and
// If-Modified-Since; LastModified is passed on exactly as the server wrote
// it, since many servers compare it as a string.
type Request struct {
	URL          string
	ETag         string
	LastModified string
	// Accept is the kinds of document wanted (default Page); an answer of
	// any other type fails with ErrContentType.
	Accept Kind
}

// Result is a fetched document.
type Result struct {
	URL         string // final URL, after redirects
	Status      int
	Header      http.Header
	Body        []byte // decoded of any Content-Encoding; nil when NotModified
	ContentType string // media type, lower case, without parameters
	Charset     string // the Content-Type charset parameter, if any
	FetchedAt   time.Time
	// ETag and LastModified are the validators to send next time (those of
	// the Request when a 304 answer does not repeat them).
	ETag         string
	LastModified string
	NotModified  bool // the server answered 304 to the validators
	// Redirects are the URLs that answered with a redirect, in order,
	// starting with the requested one; empty when there was none.
	Redirects []string
}

// Fetcher fetches documents; it is safe for concurrent use.
type Fetcher struct {
	cfg    Config
	ua     string
	client *http.Client
	hosts  *hosts
	pacer  Pacer // cfg.Pacer, or hosts
	robots *robots
	// exempt lets tests dial particular loopback servers while
	// AllowPrivate is false.
	exempt func(netip.AddrPort) bool
}

// New returns a Fetcher for cfg.
func New(cfg Config) *Fetcher {
	cfg = cfg.withDefaults()
	f := &Fetcher{
		cfg:    cfg,
		ua:     fmt.Sprintf("%s/%s (+%s)", agent, cfg.Version, cfg.Contact),
		hosts:  &hosts{now: cfg.Now, sleep: cfg.Sleep, every: cfg.PerHost, m: map[string]*host{}},
		robots: &robots{m: map[string]*robotsEntry{}},
	}
	f.pacer = f.hosts
	if cfg.Pacer != nil {
		f.pacer = cfg.Pacer
	}
	dialer := &net.Dialer{Timeout: cfg.Timeout, KeepAlive: 30 * time.Second, Control: f.control}
	f.client = &http.Client{
		Transport: &http.Transport{
			// No proxy: the dialer's address check must see the site's
			// address, not a proxy's.
			Proxy:                  nil,
			DialContext:            dialer.DialContext,
			ForceAttemptHTTP2:      true,
			TLSHandshakeTimeout:    10 * time.Second,
			MaxIdleConnsPerHost:    2,
			IdleConnTimeout:        90 * time.Second,
			MaxResponseHeaderBytes: 1 << 20,
		},
		// Redirects are followed by Fetch itself, hop by hop, so that each
		// hop is checked against robots.txt and waits for its server's turn.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return f
}

// UserAgent is the User-Agent header the fetcher sends.
func (f *Fetcher) UserAgent() string { return f.ua }

// Fetch gets r.URL, following redirects, and returns the final answer: a
// 2xx of an accepted kind, or a 304 to r's validators. Any other outcome
// is an error naming the URL; see the Err variables and *StatusError.
func (f *Fetcher) Fetch(ctx context.Context, r Request) (*Result, error) {
	u, err := url.Parse(r.URL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w: %v", r.URL, ErrUnsupportedURL, err)
	}
	if err := checkURL(u); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", r.URL, err)
	}
	ex, err := f.get(ctx, u, r, getOptions{robots: true, accept: r.Accept.orPage(), limit: f.cfg.MaxBody})
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", r.URL, err)
	}
	res := &Result{
		URL:          ex.url.String(),
		Status:       ex.status,
		Header:       ex.header,
		Body:         ex.body,
		ContentType:  ex.contentType,
		Charset:      ex.charset,
		FetchedAt:    ex.at,
		ETag:         ex.header.Get("ETag"),
		LastModified: ex.header.Get("Last-Modified"),
		NotModified:  ex.status == http.StatusNotModified,
		Redirects:    ex.redirects,
	}
	if res.NotModified {
		res.Body = nil
		if res.ETag == "" {
			res.ETag = r.ETag
		}
		if res.LastModified == "" {
			res.LastModified = r.LastModified
		}
	}
	return res, nil
}

func checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: scheme %q is not http or https", ErrUnsupportedURL, u.Scheme)
	}
	if u.Hostname() == "" {
		return fmt.Errorf("%w: no host", ErrUnsupportedURL)
	}
	if u.User != nil {
		return fmt.Errorf("%w: credentials in URL", ErrUnsupportedURL)
	}
	return nil
}

type getOptions struct {
	robots   bool  // check robots.txt before each hop
	accept   Kind  // 0: any content type
	limit    int64 // body size limit
	truncate bool  // cut the body at limit instead of failing
}

// exchange is the last answer of a chain of redirects.
type exchange struct {
	url         *url.URL
	status      int
	header      http.Header
	body        []byte
	contentType string
	charset     string
	at          time.Time
	redirects   []string
}

// get follows redirects from u. Errors at a redirect target name it.
func (f *Fetcher) get(ctx context.Context, u *url.URL, r Request, opt getOptions) (*exchange, error) {
	u.Fragment, u.RawFragment = "", ""
	var redirects []string
	seen := map[string]bool{}
	for {
		ex, err := f.hop(ctx, u, r, opt)
		if err != nil {
			if len(redirects) > 0 {
				err = fmt.Errorf("redirected to %s: %w", u, err)
			}
			return nil, err
		}
		if !isRedirect(ex.status) {
			ex.redirects = redirects
			return ex, nil
		}
		loc := ex.header.Get("Location")
		if loc == "" {
			return nil, &StatusError{URL: u.String(), Code: ex.status, Attempts: 1}
		}
		next, err := u.Parse(loc)
		if err != nil {
			return nil, fmt.Errorf("redirect from %s to %q: %w: %v", u, loc, ErrUnsupportedURL, err)
		}
		next.Fragment, next.RawFragment = "", ""
		if err := checkURL(next); err != nil {
			return nil, fmt.Errorf("redirect from %s to %s: %w", u, next, err)
		}
		seen[u.String()] = true
		redirects = append(redirects, u.String())
		if seen[next.String()] {
			return nil, fmt.Errorf("%w: %s → %s", ErrRedirectLoop, strings.Join(redirects, " → "), next)
		}
		if len(redirects) > f.cfg.MaxRedirects {
			return nil, fmt.Errorf("%w: more than %d, last to %s", ErrTooManyRedirects, f.cfg.MaxRedirects, next)
		}
		u = next
	}
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// hop asks for u, retrying 408, 429 and 5xx answers, and returns a
// redirect, a 304 or a 2xx answer with its body read.
func (f *Fetcher) hop(ctx context.Context, u *url.URL, r Request, opt getOptions) (*exchange, error) {
	if ip, err := netip.ParseAddr(strings.Trim(u.Hostname(), "[]")); err == nil {
		port, _ := strconv.ParseUint(hostPort(u), 10, 16)
		if err := f.checkAddr(netip.AddrPortFrom(ip, uint16(port))); err != nil {
			return nil, err
		}
	}
	if opt.robots {
		if err := f.allowed(ctx, u); err != nil {
			return nil, err
		}
	}
	key := hostKey(u)
	for attempt := 1; ; attempt++ {
		release, err := f.pacer.Turn(ctx, key, f.cfg.PerHost)
		if err != nil {
			return nil, pacingError(ctx, err)
		}
		ex, err := f.once(ctx, u, r, opt)
		release()
		if err != nil {
			return nil, err
		}
		switch {
		case ex.status >= 200 && ex.status < 300, isRedirect(ex.status):
			return ex, nil
		case ex.status == http.StatusNotModified && (r.ETag != "" || r.LastModified != ""):
			return ex, nil
		}
		serr := &StatusError{URL: u.String(), Code: ex.status, Attempts: attempt}
		if !retryable(ex.status) {
			return nil, serr
		}
		wait, ok := retryAfter(ex.header.Get("Retry-After"), ex.at)
		if ok {
			serr.RetryAfter = wait
		}
		if attempt > f.cfg.Retries {
			return nil, serr
		}
		if !ok {
			d := f.cfg.Backoff << (attempt - 1)
			wait = d/2 + rand.N(d/2+1)
		}
		if wait > f.cfg.MaxRetryAfter {
			serr.RetryAt, serr.Wait = ex.at.Add(wait), wait
			return nil, serr
		}
		f.cfg.Logger.Info("fetch: retrying", "url", u.String(), "status", ex.status, "attempt", attempt, "wait", wait)
		// Every request to the server waits, not only this one.
		if err := f.pacer.Hold(ctx, key, ex.at.Add(wait).Sub(f.cfg.Now())); err != nil {
			return nil, pacingError(ctx, err)
		}
	}
}

// pacingError is what a fetch returns when its pacer failed: the caller's
// cancellation as it is, anything else wrapped in ErrPacing.
func pacingError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return fmt.Errorf("%w: %w", ErrPacing, err)
}

func hostPort(u *url.URL) string {
	_, port, _ := net.SplitHostPort(hostKey(u))
	return port
}

// retryAfter parses a Retry-After header: seconds, or an HTTP date
// (counted from now, the time of the answer).
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		return time.Duration(min(n, 1<<31)) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}

// once makes one request for u and reads a 2xx body, within
// Config.Timeout.
func (f *Fetcher) once(ctx context.Context, u *url.URL, r Request, opt getOptions) (*exchange, error) {
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnsupportedURL, err)
	}
	req.Header.Set("User-Agent", f.ua)
	if opt.accept != 0 {
		req.Header.Set("Accept", opt.accept.acceptHeader())
	}
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.transportError(parent, ctx, err)
	}
	defer resp.Body.Close()
	ex := &exchange{url: u, status: resp.StatusCode, header: resp.Header, at: f.cfg.Now()}
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		// Read a little, so that the connection can be reused.
		io.CopyN(io.Discard, resp.Body, 4<<10)
		return ex, nil
	}
	if enc := resp.Header.Get("Content-Encoding"); enc != "" && !strings.EqualFold(enc, "identity") {
		// net/http decodes gzip itself and then removes the header; any
		// other encoding would hand the caller undecoded bytes.
		return nil, fmt.Errorf("%w: unsupported Content-Encoding %q", ErrContentType, enc)
	}
	ex.contentType, ex.charset = mediaType(resp.Header.Get("Content-Type"))
	sniffed := ex.contentType == "" || ex.contentType == "application/octet-stream"
	if opt.accept != 0 && !sniffed && !opt.accept.accepts(ex.contentType) {
		return nil, fmt.Errorf("%w %q", ErrContentType, ex.contentType)
	}
	if !opt.truncate && resp.ContentLength > opt.limit {
		return nil, fmt.Errorf("%w: Content-Length %d is more than %d bytes", ErrTooLarge, resp.ContentLength, opt.limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, opt.limit+1))
	if err != nil {
		return nil, f.transportError(parent, ctx, err)
	}
	if int64(len(body)) > opt.limit {
		if !opt.truncate {
			return nil, fmt.Errorf("%w: more than %d bytes (decoded)", ErrTooLarge, opt.limit)
		}
		body = body[:opt.limit]
	}
	ex.body = body
	if sniffed {
		ex.contentType = sniff(body)
		if opt.accept != 0 && !opt.accept.accepts(ex.contentType) {
			return nil, fmt.Errorf("%w %q (sniffed; the server sent %q)", ErrContentType, ex.contentType, resp.Header.Get("Content-Type"))
		}
	}
	ex.at = f.cfg.Now()
	return ex, nil
}

// transportError turns what net/http returned into this package's kinds:
// the caller's cancellation, a timeout of the exchange (only when the
// caller's context is still live), or the dial refusal, without net/http's "Get URL:" prefix (the caller names the URL).
func (f *Fetcher) transportError(parent, ctx context.Context, err error) error {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	if parent.Err() != nil {
		return parent.Err()
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%w after %s", ErrTimeout, f.cfg.Timeout)
	}
	return err
}
