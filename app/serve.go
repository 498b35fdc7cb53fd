package app

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/relate"
	"github.com/echotrace/echotrace/source/crawl"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/watch"
	"github.com/echotrace/echotrace/web"
)

const serveUsage = `serve [--db DSN] [--addr 127.0.0.1:8080] [--token T] [--no-crawl] [--allow-private] [--contact URL] [--rate N]

Serves the web UI and the JSON API (/api/v1/, described at /api/v1/openapi.yaml)
over the database, polls the followed feeds in the background (what crawl --loop
does) unless --no-crawl, and posts webhook events of watches. It listens on the
loopback interface unless --addr says otherwise; bound to any other address it
refuses to start without a token (--token or ECHOTRACE_TOKEN), which every change
(POST, PUT, DELETE, uploads) must then carry. Ctrl-C stops it in order.`

// DefaultAddr is where serve listens: this machine only.
const DefaultAddr = "127.0.0.1:8080"

// serveOptions are the flags of serve (and of demo, which serves too).
type serveOptions struct {
	addr    string
	token   string
	noCrawl bool
	fetch   fetchOptions
}

// serveFlags adds what serve and demo share.
func (a *App) serveFlags(fs interface {
	StringVar(*string, string, string, string)
	BoolVar(*bool, string, bool, string)
}, o *serveOptions) {
	fs.StringVar(&o.addr, "addr", DefaultAddr, "where to listen: host:port (port 0 picks a free one)")
	// The default stays empty here, so that -h never prints the secret
	// from ECHOTRACE_TOKEN; withToken takes it after parsing.
	fs.StringVar(&o.token, "token", "", "the token that changes must carry; required off loopback (env ECHOTRACE_TOKEN)")
	fs.BoolVar(&o.noCrawl, "no-crawl", false, "do not poll feeds in the background")
}

func (a *App) runServe(ctx context.Context, args []string) error {
	fs := newFlags("serve", serveUsage, a.Stderr)
	dbFlag(fs, &a.Config)
	var o serveOptions
	a.serveFlags(fs, &o)
	fetchFlags(fs, &a.Config, &o.fetch)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	o.withToken(a.Config)
	if err := checkListen(o); err != nil {
		return err
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	return a.serve(ctx, s, o)
}

// withToken takes the token from the environment unless --token gave one.
func (o *serveOptions) withToken(cfg Config) {
	if o.token == "" {
		o.token = cfg.Token
	}
}

// checkListen refuses to serve beyond loopback without a token: anyone
// who can reach the port could otherwise change the corpus.
func checkListen(o serveOptions) error {
	host, _, err := net.SplitHostPort(o.addr)
	if err != nil {
		return usagef("--addr %q: want host:port, such as %s", o.addr, DefaultAddr)
	}
	if o.token == "" && !isLoopback(host) {
		return usagef("--addr %s listens beyond this machine: set a token (--token or ECHOTRACE_TOKEN) that changes must carry, or listen on 127.0.0.1", o.addr)
	}
	return nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// pipeline is what serve writes through: one relater (one in-memory reuse
// index per process), the crawler that fetches, and the notifier that
// tells watches about new copies.
type pipeline struct {
	store store.Store
	// rel is loaded in the background (the reuse index of a large corpus
	// takes a while to read), so that the server answers reads at once;
	// what needs it waits for relReady.
	rel      *relate.Relater
	relErr   error
	relReady chan struct{}
	// relateBatch relates a stored batch: with rel on SQLite; on
	// PostgreSQL under the sequencer lock, with a relater of its own,
	// since workers relate the same database (rel then only answers
	// pasted passages).
	relateBatch func(context.Context, []int64) (relate.Summary, error)
	notifier    *watch.Notifier
	// fetcher serves requests (add a URL, follow a feed) one at a time;
	// scheduler polls feeds in the background. They share the fetcher's
	// politeness (robots.txt, one request at a time per server).
	fetcher   *crawl.Crawler
	scheduler *crawl.Crawler
	requestMu sync.Mutex
	extractor *ingest.Extractor
	now       func() time.Time
}

func (a *App) newPipeline(ctx context.Context, s store.Store, o fetchOptions) (*pipeline, error) {
	mappings, err := s.OutletMappings(ctx)
	if err != nil {
		return nil, err
	}
	p := &pipeline{store: s, relReady: make(chan struct{}), extractor: &ingest.Extractor{Outlets: outlet.NewResolver(mappings)}, now: time.Now}
	p.notifier = watch.NewNotifier(s, watch.Config{AllowPrivate: o.allowPrivate, Logger: a.Log})
	f, err := a.fetcher(o)
	if err != nil {
		p.notifier.Close(context.Background())
		return nil, err
	}
	newCrawler := func() *crawl.Crawler {
		return &crawl.Crawler{Store: s, Fetcher: f, Extractor: p.extractor, AfterBatch: p.afterBatch,
			Config: crawl.Config{Logger: a.Log}}
	}
	p.fetcher, p.scheduler = newCrawler(), newCrawler()
	go func() {
		defer close(p.relReady)
		start := time.Now()
		if isPostgres(a.Config.DB) {
			var aliases *alias.Table
			if aliases, p.relErr = a.aliasTable(ctx, s); p.relErr == nil {
				p.rel, p.relErr = relate.New(ctx, s, aliases)
			}
			if p.relErr == nil {
				p.relateBatch, p.relErr = a.relateBatches(ctx, s)
			}
		} else if p.rel, p.relErr = a.relater(ctx, s); p.relErr == nil {
			p.relateBatch = p.rel.RelateArticles
		}
		if p.relErr != nil {
			if ctx.Err() == nil {
				a.Log.Error("serve: loading the reuse index failed: pages that need it will fail", "err", p.relErr)
			}
			return
		}
		a.Log.Info("serve: reuse index loaded", "articles", p.rel.Indexed(), "took", time.Since(start).Round(time.Millisecond))
	}()
	return p, nil
}

// relater waits until the reuse index is loaded.
func (p *pipeline) relater(ctx context.Context) (*relate.Relater, error) {
	select {
	case <-p.relReady:
		if p.relErr != nil {
			return nil, fmt.Errorf("the reuse index could not be loaded: %w", p.relErr)
		}
		return p.rel, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// FindText searches the reuse index for a pasted passage.
func (p *pipeline) FindText(ctx context.Context, text string) ([]relate.Match, error) {
	rel, err := p.relater(ctx)
	if err != nil {
		return nil, err
	}
	return rel.FindText(ctx, text)
}

// afterBatch relates what a batch stored, then tells the watches.
func (p *pipeline) afterBatch(ctx context.Context, changed []int64) error {
	if _, err := p.relater(ctx); err != nil {
		return err
	}
	_, err := p.relateBatch(ctx, changed)
	if err == nil {
		p.notifier.Related(changed)
	}
	return err
}

// addURL fetches one page for the server: its article's ID, or why there
// is none.
func (p *pipeline) addURL(ctx context.Context, u string) (int64, error) {
	p.requestMu.Lock()
	defer p.requestMu.Unlock()
	pages, err := p.fetcher.Add(ctx, []string{u})
	if err != nil {
		return 0, err
	}
	if len(pages) == 0 {
		return 0, fmt.Errorf("%s: not fetched", u)
	}
	r := pages[0]
	switch {
	case r.ArticleID != 0:
		return r.ArticleID, nil
	case r.Outcome == crawl.Unchanged:
		for _, known := range []string{r.FinalURL, r.URL} {
			if known == "" {
				continue
			}
			if art, err := p.store.ArticleByURL(ctx, known); err == nil {
				return art.ID, nil
			}
		}
	}
	reason := r.Reason
	if reason == "" {
		reason = "no article text found"
	}
	return 0, echotrace.Invalidf("%s: %s: %s", u, r.Outcome, reason)
}

// addFeed follows a feed for the server.
func (p *pipeline) addFeed(ctx context.Context, u string) ([]echotrace.Feed, error) {
	p.requestMu.Lock()
	defer p.requestMu.Unlock()
	subs, err := p.fetcher.Subscribe(ctx, u)
	if err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		// The URL did not lead to a feed: the user can fix that.
		return nil, echotrace.Invalidf("%v", err)
	}
	out := make([]echotrace.Feed, 0, len(subs))
	for _, s := range subs {
		out = append(out, s.Feed)
	}
	return out, nil
}

// importPage stores an uploaded page the way import stores a file (the
// same extractor, store and relater), recording the upload as an import
// run. A page without a canonical URL of its own is known by its name.
func (p *pipeline) importPage(ctx context.Context, name string, body []byte) (int64, error) {
	started := p.now()
	runID, err := p.store.StartImportRun(ctx, "upload: "+name, started)
	if err != nil {
		return 0, err
	}
	id, stored, err := p.storePage(ctx, name, body)
	run := echotrace.ImportRun{ID: runID, State: echotrace.ImportDone, Updated: p.now(), Finished: p.now(), Articles: stored}
	if err != nil {
		run.State, run.Error = echotrace.ImportFailed, err.Error()
		if id == 0 {
			run.Skipped = 1
		}
	}
	if uerr := p.store.UpdateImportRun(context.WithoutCancel(ctx), run); uerr != nil {
		return id, errors.Join(err, uerr)
	}
	return id, err
}

func (p *pipeline) storePage(ctx context.Context, name string, body []byte) (id int64, stored int, err error) {
	c := echotrace.Capture{SHA256: sha256.Sum256(body), URL: "file:///uploads/" + url.PathEscape(name), Origin: echotrace.OriginFile,
		OriginRef: "upload:" + name, CapturedAt: p.now().UTC(), ContentType: "text/html", Body: body}
	ex, exErr := p.extractor.Extract(&c)
	item := store.IngestItem{Capture: c, Extraction: ex}
	if exErr != nil {
		item.ExtractError = exErr.Error()
	}
	res, err := p.store.Ingest(ctx, []store.IngestItem{item})
	if err != nil {
		return 0, 0, err
	}
	r := res[0]
	if r.ArticleID == 0 {
		why := item.ExtractError
		if why == "" {
			why = "no article text found"
		}
		return 0, 0, echotrace.Invalidf("%s: no article could be made of this page: %s", name, why)
	}
	if r.NewArticle || r.NewVersion {
		stored = 1
		if err := p.afterBatch(ctx, []int64{r.ArticleID}); err != nil {
			return r.ArticleID, stored, err
		}
	}
	return r.ArticleID, stored, nil
}

// serve runs the server over s until ctx is done, then stops in order:
// the scheduler, the HTTP server (letting requests finish), the webhooks;
// the store is closed by Close.
func (a *App) serve(ctx context.Context, s store.Store, o serveOptions) error {
	p, err := a.newPipeline(ctx, s, o.fetch)
	if err != nil {
		return err
	}
	defer func() {
		closeCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := p.notifier.Close(closeCtx); err != nil {
			a.Log.Warn("serve: webhooks", "err", err)
		}
		// The store closes after serve returns: let the index loader,
		// which stops with ctx, finish reading first.
		<-p.relReady
	}()
	srv, err := web.New(web.Options{
		Store:      s,
		Aliases:    func(ctx context.Context) (*alias.Table, error) { return a.aliasTable(ctx, s) },
		AddURL:     p.addURL,
		ImportPage: p.importPage,
		Finder:     p,
		AddFeed:    p.addFeed,
		Token:      o.token,
		Log:        a.Log,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", o.addr, err)
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slogErrorLog(a.Log),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	warmed := make(chan struct{})
	go func() {
		defer close(warmed)
		if err := srv.Warm(ctx); err != nil && ctx.Err() == nil {
			a.Log.Warn("serve: computing the front page's summaries", "err", err)
		}
	}()
	// The store closes after serve returns; the scans stop with ctx.
	defer func() { <-warmed }()

	// crawled stays nil with --no-crawl: a nil channel never delivers.
	crawlCtx, stopCrawl := context.WithCancel(ctx)
	defer stopCrawl()
	var crawled chan error
	if !o.noCrawl {
		crawled = make(chan error, 1)
		go func() { crawled <- p.scheduler.Run(crawlCtx, a.logRound) }()
	}
	fmt.Fprintf(a.Stdout, "echotrace: serving http://%s/ (Ctrl-C to stop)\n", ln.Addr())

	var runErr error
	select {
	case <-ctx.Done():
	case err := <-served:
		runErr = fmt.Errorf("serve: %w", err)
	case err := <-crawled:
		// The scheduler ends early only when the store fails.
		if err != nil {
			runErr = fmt.Errorf("feed scheduler: %w", err)
		}
		crawled = nil
	}
	stopCrawl()
	if crawled != nil {
		if err := <-crawled; err != nil && runErr == nil {
			runErr = fmt.Errorf("feed scheduler: %w", err)
		}
	}
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutCtx); err != nil {
		hs.Close()
		a.Log.Warn("serve: requests cut short at shutdown", "err", err)
	}
	fmt.Fprintln(a.Stderr, "echotrace: stopped")
	return runErr
}

// logRound logs what a background poll did; failures at warn, so that
// they show at the default level.
func (a *App) logRound(r crawl.Round) {
	line, problems := pageCounts(r.Pages)
	a.Log.Info("feeds polled", "feeds", len(r.Feeds), "pages", line)
	for _, f := range r.Feeds {
		if f.Outcome == crawl.FeedFailed {
			a.Log.Warn("feed failed", "feed", f.Feed.URL, "err", f.Error, "next", f.Feed.NextPoll.UTC().Format(time.RFC3339))
		}
	}
	if problems > 0 {
		a.Log.Warn("pages skipped or failed", "count", problems, "see", "echotrace status")
	}
}

// slogErrorLog routes net/http's own complaints (bad TLS handshakes,
// broken connections) to the structured log.
func slogErrorLog(l *slog.Logger) *log.Logger {
	return slog.NewLogLogger(l.Handler(), slog.LevelWarn)
}
