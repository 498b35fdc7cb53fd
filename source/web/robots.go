package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

const (
	// agent is the product token robots.txt groups are matched against;
	// a group for "echotrace" wins over "*".
	agent = "echotrace"
	// robotsMaxBody is how much of a robots.txt is read; RFC 9309 asks
	// crawlers to parse at least 500 KiB and to ignore the rest.
	robotsMaxBody = 500 << 10
	// robotsRetry is how long an unreachable robots.txt keeps a site
	// disallowed before it is asked for again.
	robotsRetry = 10 * time.Minute
	// maxCrawlDelay caps a robots.txt Crawl-delay, so that one site asking
	// for an hour between requests does not stall a fetch for an hour.
	maxCrawlDelay = time.Minute
)

// robots caches each origin's robots.txt rules.
type robots struct {
	mu sync.Mutex
	m  map[string]*robotsEntry // by origin, "https://example.com:443"
}

type robotsEntry struct {
	ready   chan struct{} // closed once data and expires are set
	data    *robotstxt.RobotsData
	expires time.Time
	err     error // why robots.txt was not read; data is then disallow-all
	// network: err is the network's (no HTTP answer at all), so the
	// server, not its robots.txt, is what the fetch could not reach.
	network bool
}

// allowed checks u against its origin's robots.txt, fetching that at most
// once per Config.RobotsTTL however many fetches ask at the same time.
//
// What the answer to /robots.txt means (RFC 9309 section 2.3.1):
//   - 2xx: its rules, for the group "echotrace", else "*";
//   - 4xx other than 429: there are no rules, everything is allowed;
//   - 429, 5xx, too many redirects to follow, a network error or a timeout:
//     robots.txt is unreachable, which means complete disallow for now; the
//     site is asked again after robotsRetry, and a previously read copy,
//     even one past its expiry, is used meanwhile when there is one.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) error {
	origin := u.Scheme + "://" + hostKey(u)
	for {
		e, mine, stale := f.robots.entry(origin, f.cfg.Now())
		if mine {
			f.readRobots(ctx, u, origin, e, stale)
		}
		select {
		case <-e.ready:
		case <-ctx.Done():
			return ctx.Err()
		}
		if e.data == nil {
			if mine {
				return e.err
			}
			continue // whoever was reading it gave up; read it ourselves
		}
		if !e.data.TestAgent(u.RequestURI(), agent) {
			if e.err != nil && e.network && e.data == disallowAll {
				return fmt.Errorf("%w: %s: %v", ErrUnreachable, origin, e.err)
			}
			if e.err != nil {
				return fmt.Errorf("%w: %s/%w: %v", ErrDisallowed, origin, ErrRobotsUnreachable, e.err)
			}
			return fmt.Errorf("%w: %s/robots.txt", ErrDisallowed, origin)
		}
		return nil
	}
}

// entry returns the cache entry for origin. When mine is true the caller
// must read robots.txt into it; stale is the expired entry it replaces.
func (r *robots) entry(origin string, now time.Time) (e *robotsEntry, mine bool, stale *robotsEntry) {
	r.mu.Lock()
	defer r.mu.Unlock()
	e = r.m[origin]
	if e != nil {
		select {
		case <-e.ready:
			if !now.Before(e.expires) {
				stale, e = e, nil
			}
		default: // being read by someone else: the caller waits for it
		}
	}
	if e == nil {
		e = &robotsEntry{ready: make(chan struct{})}
		r.m[origin] = e
		r.prune(now)
		return e, true, stale
	}
	return e, false, nil
}

// readRobots fills e and closes e.ready.
func (f *Fetcher) readRobots(ctx context.Context, u *url.URL, origin string, e, stale *robotsEntry) {
	defer close(e.ready)
	now := f.cfg.Now()
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	ex, err := f.get(ctx, ru, Request{}, getOptions{limit: robotsMaxBody, truncate: true})
	var status *StatusError
	switch {
	case err == nil && ex.status >= 200 && ex.status < 300:
		data, perr := parseRobots(ex.body)
		if perr != nil {
			e.data, e.expires, e.err = disallowAll, now.Add(f.cfg.RobotsRetry), perr
		} else {
			e.data, e.expires = data, now.Add(f.cfg.RobotsTTL)
		}
	case errors.As(err, &status) && status.Code >= 400 && status.Code < 500 && status.Code != http.StatusTooManyRequests:
		e.data, e.expires = allowAll, now.Add(f.cfg.RobotsTTL)
	case errors.Is(err, ErrTooManyRedirects) || errors.Is(err, ErrRedirectLoop):
		// RFC 9309 2.3.1.2: may be taken as unavailable, which allows all.
		e.data, e.expires = allowAll, now.Add(f.cfg.RobotsTTL)
	case errors.Is(err, ErrPrivateAddress), errors.Is(err, ErrPacing), ctx.Err() != nil:
		// Not the site's answer: the caller's refusal or cancellation, or
		// no turn to ask. Nothing is cached, and the error is the fetch's.
		f.forgetRobots(ctx, origin, e, err)
		return
	default:
		if err == nil {
			err = fmt.Errorf("HTTP %d %s", ex.status, http.StatusText(ex.status))
		}
		e.err, e.expires = err, now.Add(f.cfg.RobotsRetry)
		e.network = err != nil && !errors.As(err, &status)
		if stale != nil && stale.err == nil {
			e.data = stale.data
		} else {
			e.data = disallowAll
		}
	}
	if e.data != nil {
		if g := e.data.FindGroup(agent); g.CrawlDelay > 0 {
			if err := f.pacer.SetDelay(ctx, hostKey(u), min(g.CrawlDelay, maxCrawlDelay)); err != nil {
				// Rules whose delay the other fetchers were not told of
				// are not kept: the next fetch reads them again.
				e.data = nil
				f.forgetRobots(ctx, origin, e, pacingError(ctx, err))
			}
		}
	}
}

// forgetRobots leaves e, which is being read, out of the cache, with err as
// the error of the fetch that read it.
func (f *Fetcher) forgetRobots(ctx context.Context, origin string, e *robotsEntry, err error) {
	e.err, e.expires = err, f.cfg.Now()
	if ctx.Err() != nil {
		e.err = ctx.Err()
	}
	f.robots.mu.Lock()
	if f.robots.m[origin] == e {
		delete(f.robots.m, origin)
	}
	f.robots.mu.Unlock()
}

var (
	allowAll, _    = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	disallowAll, _ = robotstxt.FromStatusAndBytes(http.StatusServiceUnavailable, nil)
)

// parseRobots parses what it can. robotstxt rejects a whole file for one
// bad line (an unparseable Crawl-delay, a rule before any User-agent),
// where RFC 9309 asks crawlers to use the lines they understand; so on
// error the lines that fail on their own, and rules that belong to no
// group, are dropped and the rest parsed again.
func parseRobots(body []byte) (*robotstxt.RobotsData, error) {
	data, err := robotstxt.FromBytes(body)
	if err == nil {
		return data, nil
	}
	var kept bytes.Buffer
	inGroup := false
	for _, line := range bytes.Split(body, []byte("\n")) {
		field, _, _ := bytes.Cut(line, []byte(":"))
		field = bytes.ToLower(bytes.TrimSpace(field))
		switch string(field) {
		case "user-agent", "useragent":
			inGroup = true
		case "allow", "disallow", "crawl-delay", "crawldelay":
			if !inGroup {
				continue
			}
		}
		probe := append([]byte("User-agent: *\n"), line...)
		if _, err := robotstxt.FromBytes(probe); err != nil {
			continue
		}
		kept.Write(line)
		kept.WriteByte('\n')
	}
	data, err2 := robotstxt.FromBytes(kept.Bytes())
	if err2 != nil {
		return nil, fmt.Errorf("unparseable robots.txt: %s", strings.TrimSpace(err.Error()))
	}
	return data, nil
}

// prune drops expired entries once the cache grows, so that a long crawl
// over many sites does not keep every robots.txt it ever read.
func (r *robots) prune(now time.Time) {
	if len(r.m) < 1024 {
		return
	}
	for k, e := range r.m {
		select {
		case <-e.ready:
			if now.After(e.expires) {
				delete(r.m, k)
			}
		default:
		}
	}
}
