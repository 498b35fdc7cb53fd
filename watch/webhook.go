package watch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/echotrace/echotrace/source/web"
	"github.com/echotrace/echotrace/store"
)

// Config tunes a Notifier; zero fields take their defaults.
type Config struct {
	// AllowPrivate lets webhooks reach loopback and private addresses
	// (an intranet receiver, tests); refused by default, as the fetcher
	// refuses them, since a webhook URL is whatever a user typed.
	AllowPrivate bool
	// Attempts per event (default 3), waiting Backoff, then four times
	// that, between them (default 2s).
	Attempts int
	Backoff  time.Duration
	// Timeout bounds one attempt (default 10s).
	Timeout time.Duration
	// UserAgent names the sender (default "echotrace-webhook").
	UserAgent string
	Logger    *slog.Logger
	Now       func() time.Time
}

func (c Config) withDefaults() Config {
	if c.Attempts <= 0 {
		c.Attempts = 3
	}
	if c.Backoff <= 0 {
		c.Backoff = 2 * time.Second
	}
	if c.Timeout <= 0 {
		c.Timeout = 10 * time.Second
	}
	if c.UserAgent == "" {
		c.UserAgent = "echotrace-webhook"
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Notifier posts webhook events for copies as relating finds them. Related
// only notes the articles and returns; one goroutine looks up the watches
// and delivers, so that a slow or dead receiver never holds up relating.
type Notifier struct {
	store  store.Store
	cfg    Config
	client *http.Client

	mu      sync.Mutex
	pending []int64
	closed  bool
	wake    chan struct{}
	done    chan struct{}
	// stop ends deliveries in progress when Close gives up waiting.
	stop   context.Context
	cancel context.CancelFunc
}

// NewNotifier starts a notifier; Close stops it.
func NewNotifier(s store.Store, cfg Config) *Notifier {
	cfg = cfg.withDefaults()
	dialer := &net.Dialer{Timeout: cfg.Timeout}
	if !cfg.AllowPrivate {
		dialer.Control = web.CheckPublic
	}
	n := &Notifier{
		store: s, cfg: cfg,
		client: &http.Client{
			Transport: &http.Transport{Proxy: nil, DialContext: dialer.DialContext, TLSHandshakeTimeout: cfg.Timeout,
				MaxIdleConnsPerHost: 2, IdleConnTimeout: time.Minute},
			// A receiver answers; it does not send us elsewhere.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		wake: make(chan struct{}, 1),
		done: make(chan struct{}),
	}
	n.stop, n.cancel = context.WithCancel(context.Background())
	go n.run()
	return n
}

// Related tells the notifier that these articles were just related (new
// articles, new versions): the copies among them are announced to the
// watches of their sources' outlets. It never blocks.
func (n *Notifier) Related(ids []int64) {
	if len(ids) == 0 {
		return
	}
	n.mu.Lock()
	if !n.closed {
		n.pending = append(n.pending, ids...)
	}
	n.mu.Unlock()
	select {
	case n.wake <- struct{}{}:
	default:
	}
}

// Close stops taking work, delivers what is pending until ctx is done,
// then abandons the rest.
func (n *Notifier) Close(ctx context.Context) error {
	n.mu.Lock()
	n.closed = true
	n.mu.Unlock()
	select {
	case n.wake <- struct{}{}:
	default:
	}
	select {
	case <-n.done:
		n.cancel()
		return nil
	case <-ctx.Done():
		n.cancel()
		<-n.done
		return fmt.Errorf("webhooks: gave up on undelivered events: %w", ctx.Err())
	}
}

func (n *Notifier) run() {
	defer close(n.done)
	for {
		n.mu.Lock()
		ids, closed := n.pending, n.closed
		n.pending = nil
		n.mu.Unlock()
		if len(ids) > 0 {
			// An article related twice while deliveries were slow is
			// announced once.
			slices.Sort(ids)
			n.notify(n.stop, slices.Compact(ids))
			continue
		}
		if closed {
			return
		}
		<-n.wake
	}
}

// notify finds the watched copies among ids and posts one event per
// watch that has a webhook.
func (n *Notifier) notify(ctx context.Context, ids []int64) {
	ws, err := n.store.Watches(ctx)
	if err != nil {
		n.cfg.Logger.Error("webhooks: reading watches", "err", err)
		return
	}
	for _, w := range ws {
		if w.Webhook == "" || ctx.Err() != nil {
			continue
		}
		copies, err := Copies(ctx, n.store, w.Outlet, ids, MaxCopies)
		if err != nil {
			n.cfg.Logger.Error("webhooks: reading copies", "watch", w.ID, "err", err)
			continue
		}
		if len(copies) == 0 {
			continue
		}
		status, err := n.deliver(ctx, w.Webhook, Event{Watch: w.ID, Outlet: w.Outlet, Copies: copies})
		msg := ""
		if err != nil {
			msg = err.Error()
			n.cfg.Logger.Warn("webhook delivery failed", "watch", w.ID, "url", w.Webhook, "status", status, "err", err)
		}
		if err := n.store.SaveWatchDelivery(context.WithoutCancel(ctx), w.ID, n.cfg.Now(), status, msg); err != nil {
			n.cfg.Logger.Error("webhooks: saving delivery", "watch", w.ID, "err", err)
		}
	}
}

// deliver posts an event, retrying on network errors and on 5xx and 429
// answers; it returns the last HTTP status (0 when none was received).
func (n *Notifier) deliver(ctx context.Context, url string, ev Event) (int, error) {
	body, err := json.Marshal(ev)
	if err != nil {
		return 0, err
	}
	wait := n.cfg.Backoff
	var status int
	for attempt := 1; ; attempt++ {
		status, err = n.post(ctx, url, body)
		if err == nil {
			return status, nil
		}
		retry := status == 0 || status >= 500 || status == http.StatusTooManyRequests
		if !retry || attempt == n.cfg.Attempts || errors.Is(err, web.ErrPrivateAddress) {
			return status, err
		}
		if err := web.SleepContext(ctx, wait); err != nil {
			return status, err
		}
		wait *= 4
	}
}

func (n *Notifier) post(ctx context.Context, url string, body []byte) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, n.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", n.cfg.UserAgent)
	resp, err := n.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, fmt.Errorf("the receiver answered %s", resp.Status)
	}
	return resp.StatusCode, nil
}
