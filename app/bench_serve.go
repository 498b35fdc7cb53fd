package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/echotrace/echotrace/bench"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/web"
)

const benchServeUsage = `bench serve [--db DSN] [--url URL] [--rate 200] [--duration 30s] [--targets article,trace,search] [--peak 16]

Measures the API's latency under a fixed load: for each target, requests at
--rate per second for --duration (an open loop: latency counts from when a
request was due), then the peak throughput with --peak clients sending back
to back. Articles are drawn at random from the database; search queries are
words of random articles' titles. Without --url the server runs in this
process on a loopback port, over --db.`

func (a *App) benchServe(ctx context.Context, args []string) error {
	fs := newFlags("bench serve", benchServeUsage, a.Stderr)
	dbFlag(fs, &a.Config)
	base := fs.String("url", "", "a running server to load (default: start one in this process)")
	rate := fs.Float64("rate", 200, "requests per second in the fixed-rate run")
	duration := fs.Duration("duration", 30*time.Second, "how long each run lasts")
	targets := fs.String("targets", "article,trace,search", "which endpoints to load, in order")
	peak := fs.Int("peak", 16, "clients of the peak-throughput run (0 skips it)")
	seed := fs.Uint64("seed", 1, "seed for the articles and queries drawn")
	asJSON := fs.Bool("json", false, "print the results as JSON lines")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	counts, err := s.Counts(ctx)
	if err != nil {
		return err
	}
	if counts.Articles == 0 {
		return fmt.Errorf("bench serve: the database %s holds no articles: import a corpus first", a.dbName())
	}
	ids, queries, err := loadSample(ctx, s, *seed, 2000)
	if err != nil {
		return err
	}
	if *base == "" {
		srv, err := web.New(web.Options{Store: s, Log: a.Log})
		if err != nil {
			return err
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
		go hs.Serve(ln)
		defer hs.Close()
		*base = "http://" + ln.Addr().String()
	}
	*base = strings.TrimSuffix(*base, "/")
	pick := func(r *rand.Rand) int64 { return ids[r.IntN(len(ids))] }
	all := map[string]bench.LoadTarget{
		"article": {Name: "article", Path: func(r *rand.Rand) string { return "/api/v1/articles/" + strconv.FormatInt(pick(r), 10) }},
		"trace":   {Name: "trace", Path: func(r *rand.Rand) string { return "/api/v1/articles/" + strconv.FormatInt(pick(r), 10) + "/trace" }},
		"search": {Name: "search", Path: func(r *rand.Rand) string {
			return "/api/v1/search?q=" + url.QueryEscape(queries[r.IntN(len(queries))])
		}},
	}
	fmt.Fprintf(a.Stderr, "bench serve: %s, %d articles; %d articles and %d queries drawn\n", *base, counts.Articles, len(ids), len(queries))
	enc := json.NewEncoder(a.Stdout)
	report := func(r bench.LoadResult) error {
		if *asJSON {
			return enc.Encode(r)
		}
		_, err := fmt.Fprintln(a.Stdout, r)
		return err
	}
	for _, name := range strings.Split(*targets, ",") {
		t, ok := all[strings.TrimSpace(name)]
		if !ok {
			return usagef("--targets: unknown target %q (want article, trace or search)", name)
		}
		// A short warm-up fills the page cache and the connection pool,
		// so that the measured run sees a server in its steady state.
		if _, err := bench.RunLoad(ctx, bench.LoadOptions{BaseURL: *base, Concurrency: 4, Duration: 2 * time.Second, Seed: *seed + 99}, t); err != nil {
			return err
		}
		r, err := bench.RunLoad(ctx, bench.LoadOptions{BaseURL: *base, Rate: *rate, Duration: *duration, Seed: *seed}, t)
		if err != nil {
			return err
		}
		if err := report(r); err != nil {
			return err
		}
		if *peak > 0 {
			r, err := bench.RunLoad(ctx, bench.LoadOptions{BaseURL: *base, Concurrency: *peak, Duration: *duration, Seed: *seed + 1}, t)
			if err != nil {
				return err
			}
			if err := report(r); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadSample draws up to n article IDs at random and makes search queries
// from their titles: one or two words that a reader might type.
func loadSample(ctx context.Context, s store.Store, seed uint64, n int) ([]int64, []string, error) {
	r := rand.New(rand.NewPCG(seed, 0x5a3e))
	var all []int64
	var after int64
	for {
		page, err := s.Articles(ctx, after, 5000)
		if err != nil {
			return nil, nil, err
		}
		if len(page) == 0 {
			break
		}
		for _, art := range page {
			all = append(all, art.ID)
		}
		after = page[len(page)-1].ID
	}
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	ids := all[:min(n, len(all))]
	var queries []string
	for i, id := range ids {
		if i >= 500 {
			break
		}
		art, err := s.Article(ctx, id)
		if errors.Is(err, context.Canceled) {
			return nil, nil, err
		}
		if err != nil {
			continue
		}
		var words []string
		for _, w := range strings.FieldsFunc(art.Newest.Title, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
			if len([]rune(w)) >= 5 {
				words = append(words, strings.ToLower(w))
			}
		}
		if len(words) == 0 {
			continue
		}
		q := words[r.IntN(len(words))]
		if len(words) > 1 && i%2 == 1 {
			q += " " + words[r.IntN(len(words))]
		}
		queries = append(queries, q)
	}
	if len(queries) == 0 {
		queries = []string{"the"}
	}
	return ids, queries, nil
}
