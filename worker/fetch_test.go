package worker_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/echotrace/echotrace/internal/lockedbuf"
	"github.com/echotrace/echotrace/queue"
	"github.com/echotrace/echotrace/source/crawl"
	"github.com/echotrace/echotrace/source/web"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/store/postgres/pgtest"
	"github.com/echotrace/echotrace/store/sqlite"
	"github.com/echotrace/echotrace/synth"
	"github.com/echotrace/echotrace/worker"
	"github.com/jackc/pgx/v5"
)

// site is a news site on loopback: pages by path, a robots.txt, and the
// arrival time of every request, to check how politely it was asked.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	pages    map[string]string
	robots   string
	arrivals []time.Time
	inFlight int
	overlap  bool // two requests were in flight at once
	// answer, when set, may answer a request itself (a 503, say).
	answer func(w http.ResponseWriter, r *http.Request) bool
}

func newSite(t *testing.T, robots string) *site {
	s := &site{pages: map[string]string{}, robots: robots}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.arrivals = append(s.arrivals, time.Now())
		s.inFlight++
		s.overlap = s.overlap || s.inFlight > 1
		body, ok := s.pages[r.URL.Path]
		answer := s.answer
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			s.inFlight--
			s.mu.Unlock()
		}()
		// A little work per request, so that a request in flight is
		// something other workers could overlap with.
		time.Sleep(5 * time.Millisecond)
		switch {
		case answer != nil && answer(w, r):
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, s.robots)
		case !ok:
			http.NotFound(w, r)
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) set(path, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = body
}

func (s *site) times() []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.arrivals)
}

// page is an article as an outlet's HTML page.
func page(title, published, text string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>%s</title>`, html.EscapeString(title))
	if published != "" {
		fmt.Fprintf(&b, `<meta property="article:published_time" content="%s">`, published)
	}
	fmt.Fprintf(&b, `</head><body><nav>Home | World</nav><article><h1>%s</h1>`, html.EscapeString(title))
	for _, p := range strings.Split(text, "\n\n") {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString(`</article><footer>Scroll to Top</footer></body></html>`)
	return b.String()
}

// synthPages serves n synthetic articles (copies, excerpts, rewrites among
// them) as pages of s, each dated an hour after the one before when the
// corpus gives no date, and returns their URLs in corpus order.
func synthPages(t *testing.T, s *site, n int, seed int64) []string {
	t.Helper()
	var corpus bytes.Buffer
	if _, err := synth.Generate(context.Background(), synth.Config{Seed: seed, Articles: n, MeanWords: 300,
		FamilyMix: synth.FamilyMix{InFamilies: 0.7}}, &corpus, io.Discard); err != nil {
		t.Fatal(err)
	}
	var urls []string
	sc := bufio.NewScanner(&corpus)
	sc.Buffer(nil, 1<<20)
	for i := 0; sc.Scan(); i++ {
		var a struct{ Title, Text, Published string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if a.Published == "" {
			a.Published = time.Date(2026, 3, 1, i, 0, 0, 0, time.UTC).Format(time.RFC3339)
		}
		path := fmt.Sprintf("/news/%03d", i)
		s.set(path, page(a.Title, a.Published, a.Text))
		urls = append(urls, s.URL+path)
	}
	return urls
}

// fetchOpts are a test's queue and fetcher settings.
type fetchOpts struct {
	workers, concurrency int
	perHost, fetchWait   time.Duration
	queue                queue.Options
}

// startWorkers runs workers in this process, each with a database pool of
// its own as separate processes would have, until the test ends.
func startWorkers(t *testing.T, dsn string, o fetchOpts) {
	t.Helper()
	ctx := context.Background()
	stop, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var logs []*lockedbuf.Buffer
	for i := range o.workers {
		db, err := postgres.Open(ctx, dsn, postgres.Options{})
		if err != nil {
			t.Fatal(err)
		}
		log := &lockedbuf.Buffer{}
		logs = append(logs, log)
		w := worker.New(db, queue.New(db.Pool(), o.queue), worker.Config{
			DSN: dsn, Name: fmt.Sprintf("w%d", i+1), Concurrency: o.concurrency, Lease: 10 * time.Second,
			Grace: 5 * time.Second, Idle: 50 * time.Millisecond, SequencerIdle: time.Second, Log: log,
			Fetch:     web.Config{AllowPrivate: true, PerHost: o.perHost, Timeout: 5 * time.Second},
			FetchWait: o.fetchWait,
		})
		wg.Go(func() {
			defer db.Close()
			if err := w.Run(stop); err != nil {
				t.Errorf("worker %d: %v", i+1, err)
			}
		})
	}
	t.Cleanup(func() {
		cancel()
		wg.Wait()
		if t.Failed() {
			for i, l := range logs {
				t.Logf("--- worker %d:\n%s", i+1, l.String())
			}
		}
	})
}

// openFetches opens the database and its queued fetches.
func openFetches(t *testing.T, dsn string, opts queue.Options) (*postgres.DB, *worker.Fetches) {
	t.Helper()
	db, err := postgres.Open(context.Background(), dsn, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, worker.NewFetches(db.Pool(), queue.New(db.Pool(), opts))
}

// enqueue queues urls and returns their keys.
func enqueue(t *testing.T, f *worker.Fetches, urls []string, refetch bool) []worker.Enqueued {
	t.Helper()
	enq, err := f.Enqueue(context.Background(), urls, refetch)
	if err != nil {
		t.Fatal(err)
	}
	return enq
}

func keysOf(enq []worker.Enqueued) []string {
	var keys []string
	for _, e := range enq {
		keys = append(keys, e.Key)
	}
	return keys
}

// waitResults waits until every fetch of keys is final.
func waitResults(t *testing.T, f *worker.Fetches, keys []string, timeout time.Duration) []worker.FetchResult {
	t.Helper()
	var results []worker.FetchResult
	waitFor(t, "the queued fetches to end", timeout, func() bool {
		var err error
		if results, err = f.Results(context.Background(), keys); err != nil {
			t.Fatal(err)
		}
		for _, r := range results {
			if !r.Final {
				return false
			}
		}
		return true
	})
	return results
}

// reuseFacts are a store's relations and immediate sources by URL, the
// pair in URL order: what relating found, whatever order the articles
// were stored in (add fetches several pages at once).
func reuseFacts(t *testing.T, s store.Store) (counts store.Counts, relations, edges []string) {
	t.Helper()
	ctx := context.Background()
	counts, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	urls := map[int64]string{}
	arts, err := s.Articles(ctx, 0, 10000)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		urls[a.ID] = a.URL
	}
	rels, err := s.AllRelations(ctx, [2]int64{}, 10000)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rels {
		a, b := urls[r.A], urls[r.B]
		if b < a {
			a, b = b, a
		}
		relations = append(relations, a+" "+r.Relation+" "+b)
	}
	es, err := s.ParentEdges(ctx, 0, 10000)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		edges = append(edges, fmt.Sprintf("%s ← %s (%s)", urls[e.To], urls[e.From], e.Relation))
	}
	slices.Sort(relations)
	slices.Sort(edges)
	return counts, relations, edges
}

// TestFetchJobsStoreAndRelate: pages queued as fetch jobs are fetched by a
// worker, staged, stored and related, and the result is what `add` makes
// of the same pages in SQLite. A page whose text changed and is fetched
// again is a new version; the same URL queued again the same day is not
// fetched twice; the same bytes again are unchanged.
func TestFetchJobsStoreAndRelate(t *testing.T) {
	dsn := pgtest.DSN(t)
	s := newSite(t, "User-agent: *\nDisallow: /drafts/\n")
	urls := synthPages(t, s, 12, 5)
	db, fetches := openFetches(t, dsn, queue.Options{})
	startWorkers(t, dsn, fetchOpts{workers: 1, concurrency: 2, perHost: 10 * time.Millisecond, fetchWait: 2 * time.Second})

	enq := enqueue(t, fetches, urls, false)
	for _, e := range enq {
		if !e.New || e.Key == "" {
			t.Fatalf("enqueued %+v, want a new job", e)
		}
	}
	results := waitResults(t, fetches, keysOf(enq), 30*time.Second)
	for i, r := range results {
		if r.Page.Outcome != crawl.NewArticle || r.Page.URL != urls[i] || r.Page.ArticleID == 0 || r.Page.Version != 1 {
			t.Errorf("%s: %+v, want a new article", urls[i], r.Page)
		}
	}
	// What was stored is related by the sequencer; wait for the queue to
	// drain, then compare with `add` into SQLite.
	waitFor(t, "the queue to drain", 30*time.Second, func() bool {
		q := readQueue(t, dsn)
		return q.inFlight == 0 && q.intake == 0
	})
	ref := filepath.Join(t.TempDir(), "add.db")
	runBinary(t, []string{"ECHOTRACE_RATE=1000"}, append([]string{"add", "--allow-private", "--db", ref}, urls...)...)
	lite, err := sqlite.Open(context.Background(), ref, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	wantCounts, wantRels, wantEdges := reuseFacts(t, lite)
	gotCounts, gotRels, gotEdges := reuseFacts(t, db)
	if len(wantRels) == 0 || len(wantEdges) == 0 {
		t.Fatalf("the corpus has no reuse to compare (%+v)", wantCounts)
	}
	if gotCounts != wantCounts {
		t.Errorf("counts: queued %+v, add %+v", gotCounts, wantCounts)
	}
	if !slices.Equal(gotRels, wantRels) || !slices.Equal(gotEdges, wantEdges) {
		t.Errorf("queued fetching found\n%s\n%s\nadd found\n%s\n%s", strings.Join(gotRels, "\n"), strings.Join(gotEdges, "\n"),
			strings.Join(wantRels, "\n"), strings.Join(wantEdges, "\n"))
	}

	// The same URLs again today: nothing enqueued.
	again := enqueue(t, fetches, urls[:2], false)
	if again[0].New || again[1].New || again[0].Key != enq[0].Key {
		t.Errorf("queued again the same day: %+v", again)
	}
	// Fetched again on purpose: the changed page is a new version of its
	// article, the unchanged one is unchanged.
	s.set("/news/000", page("Corrected", "2026-03-01T00:00:00Z", "A correction: the earlier figures were wrong, the ministry said.\n\n"+
		"The council will meet again on Monday to decide on the next steps, officials said."))
	refetched := enqueue(t, fetches, urls[:2], true)
	results = waitResults(t, fetches, keysOf(refetched), 30*time.Second)
	if r := results[0].Page; r.Outcome != crawl.NewVersion || r.Version != 2 || r.ArticleID != results[0].Page.ArticleID {
		t.Errorf("changed page fetched again: %+v, want version 2", r)
	}
	if r := results[1].Page; r.Outcome != crawl.Unchanged || !strings.Contains(r.Reason, "same bytes") {
		t.Errorf("unchanged page fetched again: %+v", r)
	}
	// Every fetch is in the fetch log, as add's are.
	logged, err := db.Fetches(context.Background(), "", 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(logged) != len(urls)+2 {
		t.Errorf("%d fetches logged, want %d", len(logged), len(urls)+2)
	}
}

// TestFetchRateAcrossWorkers: three workers fetching many pages of one
// server together ask it no more often than the interval, and never two
// requests at once, robots.txt included.
func TestFetchRateAcrossWorkers(t *testing.T) {
	dsn := pgtest.DSN(t)
	const interval = 200 * time.Millisecond
	s := newSite(t, "User-agent: *\nAllow: /\n")
	var urls []string
	for i := range 24 {
		path := fmt.Sprintf("/brief/%d", i)
		s.set(path, page(fmt.Sprintf("Brief %d", i), "", fmt.Sprintf("Brief number %d: the harbour opened its new quay on Tuesday, "+
			"the port authority said, and %d ships are expected in the first month.", i, 10+i)))
		urls = append(urls, s.URL+path)
	}
	_, fetches := openFetches(t, dsn, queue.Options{})
	began := time.Now()
	startWorkers(t, dsn, fetchOpts{workers: 3, concurrency: 3, perHost: interval, fetchWait: time.Second})
	enq := enqueue(t, fetches, urls, false)
	results := waitResults(t, fetches, keysOf(enq), 40*time.Second)
	for _, r := range results {
		if r.Page.Outcome != crawl.NewArticle {
			t.Errorf("%s: %+v", r.Page.URL, r.Page)
		}
	}
	arrivals := s.times()
	t.Logf("%d requests in %s", len(arrivals), time.Since(began).Round(time.Millisecond))
	if len(arrivals) < len(urls)+1 {
		t.Fatalf("%d requests, want at least %d (the pages and robots.txt)", len(arrivals), len(urls)+1)
	}
	slices.SortFunc(arrivals, func(a, b time.Time) int { return a.Compare(b) })
	shortest := time.Hour
	for i := 1; i < len(arrivals); i++ {
		// The next request starts the interval after the previous one
		// ended, so arrivals are at least the interval apart.
		gap := arrivals[i].Sub(arrivals[i-1])
		if gap < interval {
			t.Errorf("requests %d and %d arrived %s apart, less than the interval %s", i, i+1, gap, interval)
		}
		shortest = min(shortest, gap)
	}
	t.Logf("shortest gap between requests: %s", shortest)
	s.mu.Lock()
	overlap := s.overlap
	s.mu.Unlock()
	if overlap {
		t.Error("two requests to the server were in flight at once")
	}
}

// TestFetchFailures: a robots.txt disallow and a 404 are the fetch's
// outcome at once (skipped, failed), a 503 with Retry-After is retried by
// the queue after the server's wait, and an unreachable server is retried
// with backoff until its job is dead with the reason; each names its URL,
// and the rest of the batch is stored.
func TestFetchFailures(t *testing.T) {
	dsn := pgtest.DSN(t)
	s := newSite(t, "User-agent: *\nDisallow: /private/\n")
	good := s.URL + "/news/ok"
	s.set("/news/ok", page("Quay opens", "2026-03-01T08:00:00Z", "The harbour opened its new quay on Tuesday, the port authority said."))
	s.set("/private/memo", page("Memo", "", "Not for crawlers."))
	s.set("/news/flaky", page("Flaky", "2026-03-01T09:00:00Z", "A page that takes two tries, as servers under load sometimes do."))
	var flakyAt []time.Time
	s.answer = func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Path != "/news/flaky" {
			return false
		}
		s.mu.Lock()
		flakyAt = append(flakyAt, time.Now())
		n := len(flakyAt)
		s.mu.Unlock()
		if n > 2 {
			return false
		}
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusServiceUnavailable)
		return true
	}
	// A server that is not there: a port nothing listens on.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gone := "http://" + l.Addr().String() + "/news/gone"
	l.Close()
	urls := []string{good, s.URL + "/private/memo", s.URL + "/news/missing", s.URL + "/news/flaky", gone}

	opts := queue.Options{MaxAttempts: 3, BackoffBase: 100 * time.Millisecond, BackoffMax: 200 * time.Millisecond}
	db, fetches := openFetches(t, dsn, opts)
	startWorkers(t, dsn, fetchOpts{workers: 2, concurrency: 2, perHost: 20 * time.Millisecond, fetchWait: 2 * time.Second, queue: opts})
	enq := enqueue(t, fetches, urls, false)
	results := waitResults(t, fetches, keysOf(enq), 40*time.Second)
	want := []struct {
		outcome string
		job     queue.State
		reason  string
	}{
		{crawl.NewArticle, queue.Done, ""},
		{crawl.Skipped, queue.Done, "disallowed by robots.txt"},
		{crawl.Failed, queue.Done, "HTTP 404"},
		{crawl.NewArticle, queue.Done, ""},
		{crawl.Failed, queue.Dead, "server unreachable"},
	}
	for i, r := range results {
		w := want[i]
		if r.Page.Outcome != w.outcome || r.Job != w.job || !strings.Contains(r.Page.Reason, w.reason) ||
			(w.reason != "" && !strings.Contains(r.Page.Reason, urls[i])) {
			t.Errorf("%s: %s, job %s, reason %q; want %s, job %s, a reason naming the URL and %q",
				urls[i], r.Page.Outcome, r.Job, r.Page.Reason, w.outcome, w.job, w.reason)
		}
	}
	if results[2].Page.Status != http.StatusNotFound {
		t.Errorf("404 recorded with status %d", results[2].Page.Status)
	}
	s.mu.Lock()
	if len(flakyAt) != 3 || flakyAt[2].Sub(flakyAt[1]) < time.Second {
		t.Errorf("the flaky page was asked at %v: want three times, the last at least the Retry-After of 1 s after the second", flakyAt)
	}
	s.mu.Unlock()

	// The dead job and its reason are in the queue (and `status`), after
	// its three attempts; the failures are in the fetch log.
	dead, err := queue.New(db.Pool(), opts).Dead(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 || dead[0].Kind != queue.KindFetch || dead[0].Attempts != 3 || !strings.Contains(dead[0].LastError, gone) {
		t.Errorf("dead jobs %+v, want the fetch of %s after 3 attempts, its error naming it", dead, gone)
	}
	status := runBinary(t, nil, "status", "--json", "--db", dsn)
	var st struct {
		Queue struct {
			Dead []struct {
				Kind, Key string
				LastError string `json:"last_error"`
			} `json:"dead"`
		}
	}
	if err := json.Unmarshal([]byte(status[strings.Index(status, "{"):]), &st); err != nil {
		t.Fatalf("status: %v\n%s", err, status)
	}
	if len(st.Queue.Dead) != 1 || st.Queue.Dead[0].Kind != "fetch" || !strings.Contains(st.Queue.Dead[0].LastError, gone) {
		t.Errorf("status lists dead jobs %+v, want the fetch of %s with its reason", st.Queue.Dead, gone)
	}
	problems, err := db.Fetches(context.Background(), "failed", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 2 {
		t.Errorf("fetch log failures %+v, want the 404 and the unreachable server", problems)
	}
}

// TestFetchCrawlDelayAcrossWorkers: a robots.txt Crawl-delay longer than
// the workers' interval spaces every worker's requests once it is read.
func TestFetchCrawlDelayAcrossWorkers(t *testing.T) {
	dsn := pgtest.DSN(t)
	const delay = 400 * time.Millisecond
	s := newSite(t, "User-agent: *\nCrawl-delay: 0.4\n")
	var urls []string
	for i := range 5 {
		path := fmt.Sprintf("/brief/%d", i)
		s.set(path, page(fmt.Sprintf("Brief %d", i), "", fmt.Sprintf("Brief number %d: the ferry to the islands runs "+
			"again from Monday, the operator said, after %d days of repairs.", i, 3+i)))
		urls = append(urls, s.URL+path)
	}
	_, fetches := openFetches(t, dsn, queue.Options{})
	startWorkers(t, dsn, fetchOpts{workers: 2, concurrency: 2, perHost: 10 * time.Millisecond, fetchWait: time.Second})
	results := waitResults(t, fetches, keysOf(enqueue(t, fetches, urls, false)), 30*time.Second)
	for _, r := range results {
		if r.Page.Outcome != crawl.NewArticle {
			t.Errorf("%s: %+v", r.Page.URL, r.Page)
		}
	}
	arrivals := s.times()
	slices.SortFunc(arrivals, func(a, b time.Time) int { return a.Compare(b) })
	// The first robots.txt read is what tells of the delay: only the
	// request right after it may come sooner (the other worker's own read
	// of robots.txt, before it was told).
	for i := 2; i < len(arrivals); i++ {
		if gap := arrivals[i].Sub(arrivals[i-1]); gap < delay {
			t.Errorf("requests %d and %d arrived %s apart, less than the Crawl-delay %s", i, i+1, gap, delay)
		}
	}
}

// TestPruneFetchesDeletesOnlyOldEndedOnes: a fetch that ended more than
// the retention ago loses its line; one that ended since, and one still
// to come however old, keep theirs.
func TestPruneFetchesDeletesOnlyOldEndedOnes(t *testing.T) {
	ctx := context.Background()
	db, f := openFetches(t, pgtest.DSN(t), queue.Options{})
	enq := enqueue(t, f, []string{"http://a.example/old-ended", "http://a.example/new-ended", "http://a.example/old-waiting"}, false)
	exec := func(sql string, args ...any) {
		t.Helper()
		if _, err := db.Pool().Exec(ctx, sql, args...); err != nil {
			t.Fatal(err)
		}
	}
	exec(`UPDATE fetch_pages SET outcome = 'failed', fetched_at = now() - interval '8 days' WHERE key = $1`, enq[0].Key)
	exec(`UPDATE fetch_pages SET outcome = 'failed', fetched_at = now() - interval '1 day' WHERE key = $1`, enq[1].Key)
	n, err := f.Prune(ctx, 7*24*time.Hour)
	if err != nil || n != 1 {
		t.Fatalf("prune = %d, %v; want 1", n, err)
	}
	rows, err := db.Pool().Query(ctx, `SELECT url FROM fetch_pages ORDER BY url`)
	if err != nil {
		t.Fatal(err)
	}
	left, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"http://a.example/new-ended", "http://a.example/old-waiting"}; !slices.Equal(left, want) {
		t.Errorf("lines left %q, want %q", left, want)
	}
}
