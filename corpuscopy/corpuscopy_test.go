package corpuscopy_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/app"
	"github.com/echotrace/echotrace/corpuscopy"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/store/postgres/pgtest"
	"github.com/echotrace/echotrace/store/sqlite"
)

func TestMain(m *testing.M) {
	pgtest.WarnIfUnset("corpuscopy")
	code := m.Run()
	if demoDir != "" {
		os.RemoveAll(demoDir)
	}
	os.Exit(code)
}

var (
	demoOnce sync.Once
	demoDir  string
	demoErr  error
)

// demo returns the path of a SQLite file holding the demo corpus, with a
// few settings added so that every kind of record has something to copy.
// The file is built once and each test copies it.
func demo(t *testing.T) string {
	t.Helper()
	demoOnce.Do(func() {
		demoDir, demoErr = os.MkdirTemp("", "corpuscopy")
		if demoErr != nil {
			return
		}
		path := filepath.Join(demoDir, "demo.db")
		var out, errOut bytes.Buffer
		if code := app.Main(context.Background(), []string{"demo", "--no-serve", "--db", path}, strings.NewReader(""), &out, &errOut,
			func(string) string { return "" }); code != 0 {
			demoErr = fmt.Errorf("demo: exit %d: %s", code, errOut.String())
			return
		}
		ctx := context.Background()
		db, err := sqlite.Open(ctx, path, sqlite.Options{})
		if err != nil {
			demoErr = err
			return
		}
		at := time.Date(2026, 5, 2, 8, 0, 0, 0, time.UTC)
		demoErr = errors.Join(
			db.SetOutletMapping(ctx, echotrace.OutletMapping{Host: "news.mirror.example", Outlet: "mirror.example"}),
			db.SetOutletGroup(ctx, "network", []string{"a.example", "b.example"}),
			db.AddAliasGroup(ctx, []string{"Kyiv", "Kiev"}),
			db.RecordFailure(ctx, store.Failure{Origin: "file", OriginRef: "broken.html", Error: "unreadable", At: at}),
		)
		if demoErr != nil {
			return
		}
		f, err := db.AddFeed(ctx, "https://a.example/feed.xml", "feed")
		if err != nil {
			demoErr = err
			return
		}
		f.Title, f.ETag, f.LastPoll, f.NextPoll, f.Items = "A news", `"v1"`, at, at.Add(time.Hour), 7
		if demoErr = db.SaveFeedPoll(ctx, f); demoErr != nil {
			return
		}
		fetch := echotrace.Fetch{URL: "https://a.example/1", FeedID: f.ID, At: at, Status: 200, Outcome: echotrace.FetchStored}
		failed := echotrace.Fetch{URL: "https://b.example/2", At: at, Status: 500, Outcome: echotrace.FetchFailed, Error: "server error"}
		// The same entry twice: the log keeps both.
		if demoErr = db.LogFetches(ctx, []echotrace.Fetch{fetch, failed, failed}); demoErr != nil {
			return
		}
		w, err := db.AddWatch(ctx, echotrace.Watch{Outlet: "a.example", Webhook: "https://hooks.example/x"})
		if err != nil {
			demoErr = err
			return
		}
		if demoErr = db.SaveWatchDelivery(ctx, w.ID, at, 204, ""); demoErr != nil {
			return
		}
		if demoErr = errors.Join(addLateArticle(ctx, db, at), db.Close()); demoErr != nil {
			return
		}
		// Relate what was added, as the command line would.
		if code := app.Main(context.Background(), []string{"reindex", "--db", path}, strings.NewReader(""), &out, &errOut,
			func(string) string { return "" }); code != 0 {
			demoErr = fmt.Errorf("reindex: exit %d: %s", code, errOut.String())
		}
	})
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	// Each test gets its own copy of the file, so that none changes another's.
	b, err := os.ReadFile(filepath.Join(demoDir, "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "source.db")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// addHistory gives the corpus what the demo lacks: an article with several
// versions, captures that repeat a text (one of them made before the
// version it joins was first seen, one after a newer version), a text that
// came back, a capture whose extraction failed and one whose re-extraction
// failed after it made a version.
func addHistory(ctx context.Context, db store.Store, at time.Time) error {
	const url = "https://history.example/story"
	texts := []string{"The first text of the story.", "The story, corrected.", "The story, corrected again."}
	page := func(n int, text string, t time.Time, ref string) store.IngestItem {
		return store.IngestItem{
			Capture: echotrace.Capture{URL: url, Origin: echotrace.OriginFetch, OriginRef: ref, CapturedAt: t, ContentType: "text/html",
				Headers: map[string]string{"Etag": ref}, Body: []byte(fmt.Sprintf("<p>%s</p><!-- %d -->", text, n))},
			Extraction: &echotrace.Extraction{URL: url, Outlet: "history.example", Title: fmt.Sprintf("Title %d", n), Text: text,
				Lang: "en", Published: at, PublishedSource: "meta", Links: []echotrace.Link{{URL: "https://a.example/", Text: "A"}}},
		}
	}
	h := func(d int) time.Time { return at.Add(time.Duration(d) * time.Hour) }
	batches := [][]store.IngestItem{
		{page(1, texts[0], h(10), "c1")},
		{page(2, texts[1], h(20), "c2"), page(3, texts[1], h(21), "c3")},
		// Before the first version was seen: joins it and moves its time.
		{page(4, texts[0], h(5), "c4")},
		// The first text came back after the second: a third version.
		{page(5, texts[0], h(30), "c5"), page(6, texts[2], h(40), "c6"), page(7, texts[2], h(41), "c7")},
		{{Capture: echotrace.Capture{URL: "https://history.example/broken", Origin: echotrace.OriginFetch, OriginRef: "c8",
			CapturedAt: h(50), Body: []byte("<p>nothing</p>")}, ExtractError: "no article text"}},
	}
	for _, b := range batches {
		if _, err := db.Ingest(ctx, b); err != nil {
			return err
		}
	}
	a, err := db.ArticleByURL(ctx, url)
	if err != nil {
		return err
	}
	vs, err := db.Versions(ctx, a.ID)
	if err != nil {
		return err
	}
	if len(vs) != 4 {
		return fmt.Errorf("history: %d versions, want 4", len(vs))
	}
	// Re-extraction failed later for the capture that made version 2: the
	// version stays, the capture notes the error.
	_, err = db.Reextract(ctx, vs[1].CaptureID, nil, "extractor changed its mind")
	return err
}

// addLateArticle stores a capture whose extraction failed, then other
// articles, then extracts that capture (as reextract does): its article
// has a higher ID than articles whose captures came later. Its text is a
// copy of one of those (itself a copy of a demo article), so that the two
// are related the other way round from their captures' order. A copy that
// replayed captures in capture order would number them the wrong way.
func addLateArticle(ctx context.Context, db store.Store, at time.Time) error {
	first, err := db.Articles(ctx, 0, 1)
	if err != nil || len(first) == 0 {
		return fmt.Errorf("no demo article: %v", err)
	}
	text := first[0].Newest.Text + " Reported by Late News."
	page := func(url, ref string, ex *echotrace.Extraction, exErr string) store.IngestItem {
		return store.IngestItem{Capture: echotrace.Capture{URL: url, Origin: echotrace.OriginFetch, OriginRef: ref,
			CapturedAt: at, Body: []byte("<p>" + ref + "</p>")}, Extraction: ex, ExtractError: exErr}
	}
	res, err := db.Ingest(ctx, []store.IngestItem{page("https://late.example/copy", "late", nil, "timed out")})
	if err != nil {
		return err
	}
	if err := addHistory(ctx, db, at); err != nil {
		return err
	}
	middle := &echotrace.Extraction{URL: "https://middle.example/copy", Outlet: "middle.example", Title: first[0].Newest.Title,
		Text: text, Lang: "en", Published: at.Add(24 * time.Hour), PublishedSource: "meta"}
	if _, err := db.Ingest(ctx, []store.IngestItem{page(middle.URL, "middle", middle, "")}); err != nil {
		return err
	}
	late := *middle
	late.URL, late.Outlet, late.Text, late.Published = "https://late.example/copy", "late.example", text+" Updated.", at.Add(48*time.Hour)
	_, err = db.Reextract(ctx, res[0].CaptureID, &late, "")
	return err
}

func openSQLite(t *testing.T, path string) store.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path, sqlite.Options{Migrate: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func openPostgres(t *testing.T) store.Store {
	t.Helper()
	db, err := postgres.Open(context.Background(), pgtest.DSN(t), postgres.Options{Migrate: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func copyAll(t *testing.T, from, to store.Store) corpuscopy.Summary {
	t.Helper()
	c := &corpuscopy.Copier{From: from, To: to, Batch: 7}
	sum, err := c.Copy(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

func TestSQLiteToSQLite(t *testing.T) {
	src := openSQLite(t, demo(t))
	dst := openSQLite(t, filepath.Join(t.TempDir(), "copy.db"))
	sum := copyAll(t, src, dst)
	want := dump(t, src)
	if sum.Articles != len(want.Articles) || sum.Relations != len(want.Relations) || sum.Diverged != 0 || sum.Captures != want.Counts.Captures {
		t.Errorf("summary %+v for %d articles, %d relations, %d captures", sum, len(want.Articles), len(want.Relations), want.Counts.Captures)
	}
	t.Logf("source: %+v; %d relations, %d edges, %d stories, %d versions of the first article", want.Counts, len(want.Relations),
		len(want.Edges), len(want.Stories), len(want.Articles[keys(want.Articles)[0]].Versions))
	same(t, want, dump(t, dst))
	// A second run finds everything there and changes nothing.
	again := copyAll(t, src, dst)
	if again.Captures != 0 || again.CapturesPresent != want.Counts.Captures {
		t.Errorf("second run: %+v", again)
	}
	same(t, want, dump(t, dst))
}

func TestSQLiteToPostgresAndBack(t *testing.T) {
	src := openSQLite(t, demo(t))
	pg := openPostgres(t)
	back := openSQLite(t, filepath.Join(t.TempDir(), "back.db"))
	want := dump(t, src)
	copyAll(t, src, pg)
	same(t, want, dump(t, pg))
	copyAll(t, pg, back)
	same(t, want, dump(t, back))
}

// An interrupted copy, run again, ends with exactly what an uninterrupted
// one has: interrupted after some captures, and after each phase.
func TestInterruptedCopyResumes(t *testing.T) {
	path := demo(t)
	src := openSQLite(t, path)
	want := dump(t, src)
	stops := []struct {
		phase string
		after int
	}{
		{"captures", 10}, {"captures", 30}, {"articles", 1}, {"relations", 7}, {"provenance", 14},
	}
	for _, stop := range stops {
		t.Run(fmt.Sprintf("%s-%d", stop.phase, stop.after), func(t *testing.T) {
			resumeAfter(t, src, openSQLite(t, filepath.Join(t.TempDir(), "copy.db")), stop.phase, stop.after, want)
		})
	}
	t.Run("postgres", func(t *testing.T) {
		resumeAfter(t, src, openPostgres(t), "captures", 20, want)
	})
}

func resumeAfter(t *testing.T, src, dst store.Store, phase string, after int, want corpus) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := &corpuscopy.Copier{From: src, To: dst, Batch: 7, AfterBatch: func(p string, done int) {
		if p == phase && done >= after {
			cancel()
		}
	}}
	if _, err := c.Copy(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted copy: %v, want context.Canceled", err)
	}
	sum := copyAll(t, src, dst)
	if sum.Captures+sum.CapturesPresent != want.Counts.Captures {
		t.Errorf("resumed copy: %+v", sum)
	}
	same(t, want, dump(t, dst))
}

// A destination holding other articles gets the source's after them, in
// the same order; one holding an article of the source under a lower ID
// than the source's earlier articles cannot be numbered in source order,
// and the copy says so.
func TestCopyBesideAnotherCorpus(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		url     string
		wantErr error
	}{
		{"https://other.example/a", nil},
		{"https://late.example/copy", corpuscopy.ErrOrder},
	} {
		src := openSQLite(t, demo(t))
		dst := openSQLite(t, filepath.Join(t.TempDir(), "copy.db"))
		ex := &echotrace.Extraction{URL: c.url, Outlet: "other.example", Title: "Other", Text: "Something else entirely."}
		if _, err := dst.Ingest(ctx, []store.IngestItem{{Capture: echotrace.Capture{URL: ex.URL, Origin: echotrace.OriginFile,
			OriginRef: "other.html", Body: []byte("<p>other</p>")}, Extraction: ex}}); err != nil {
			t.Fatal(err)
		}
		if _, err := (&corpuscopy.Copier{From: src, To: dst}).Copy(ctx); !errors.Is(err, c.wantErr) {
			t.Errorf("copy beside %s: %v, want %v", c.url, err, c.wantErr)
		}
	}
}

// corpus is everything compared between two stores, keyed by URL (IDs
// differ between databases).
type corpus struct {
	Counts         store.Counts
	Order          []string // article URLs by ascending ID
	Articles       map[string]article
	Relations      map[string]relation
	Edges          map[string]edge
	Stories        []string // each story's URLs, sorted
	OutletMappings []echotrace.OutletMapping
	OutletGroups   map[string][]string
	AliasGroups    [][]string
	Feeds          []feed
	Watches        []watch
	Failures       []store.Failure
	ImportRuns     []echotrace.ImportRun
	Fetches        []string
	Captures       map[[32]byte]capture
}

type article struct {
	Outlet    string
	FirstSeen time.Time
	Versions  []version
	Indexed   int // version number of the index entry, 0 when none
}

type version struct {
	Number                      int
	Capture                     [32]byte
	SeenAt                      time.Time
	Title, Byline, Text         string
	Lang, Site, PublishedSource string
	Published                   time.Time
	Links                       []echotrace.Link
}

type relation struct {
	Kind                        string
	Score, CoverageA, CoverageB float64
	Passages, Changes, Measures string
}

type edge struct {
	From, ExternalOutlet, ExternalURL, ExternalName, Relation string
	Score, Confidence                                         float64
	Conflict                                                  bool
	Evidence                                                  string
	Lag                                                       *time.Duration
}

type feed struct {
	URL, Kind, Title, ETag, LastModified, LastError string
	LastPoll, NextPoll, LastNew                     time.Time
	Unchanged, Failures, Items                      int
}

type watch struct {
	Outlet, Webhook, LastError string
	LastDelivery               time.Time
	LastStatus                 int
}

type capture struct {
	URL, Origin, OriginRef, ContentType, Error string
	CapturedAt                                 time.Time
	Headers                                    map[string]string
	Body                                       string
	Article                                    string
}

// normJSON rewrites JSON so that PostgreSQL's jsonb and SQLite's text
// compare equal.
func normJSON(t *testing.T, b json.RawMessage) string {
	t.Helper()
	if len(b) == 0 {
		return ""
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(v)
	return string(out)
}

func dump(t *testing.T, s store.Store) corpus {
	t.Helper()
	ctx := context.Background()
	c := corpus{Articles: map[string]article{}, Relations: map[string]relation{}, Edges: map[string]edge{}, Captures: map[[32]byte]capture{}}
	var err error
	if c.Counts, err = s.Counts(ctx); err != nil {
		t.Fatal(err)
	}
	urls := map[int64]string{}
	stories := map[int64][]string{}
	var after int64
	for {
		arts, err := s.Articles(ctx, after, 50)
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) == 0 {
			break
		}
		after = arts[len(arts)-1].ID
		for _, a := range arts {
			urls[a.ID] = a.URL
			c.Order = append(c.Order, a.URL)
			story, err := s.StoryOf(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			if story != 0 {
				stories[story] = append(stories[story], a.URL)
			}
		}
	}
	captureHash := map[int64][32]byte{}
	var afterCapture int64
	for {
		ids, err := s.CaptureIDs(ctx, afterCapture, 50)
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) == 0 {
			break
		}
		afterCapture = ids[len(ids)-1]
		for _, id := range ids {
			cp, err := s.Capture(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			captureHash[id] = cp.SHA256
			c.Captures[cp.SHA256] = capture{URL: cp.URL, Origin: cp.Origin, OriginRef: cp.OriginRef, ContentType: cp.ContentType,
				Error: cp.Error, CapturedAt: cp.CapturedAt.UTC(), Headers: cp.Headers, Body: string(cp.Body), Article: urls[cp.ArticleID]}
		}
	}
	indexed := map[int64]int64{}
	var afterEntry int64
	for {
		es, err := s.IndexEntries(ctx, afterEntry, 50)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) == 0 {
			break
		}
		afterEntry = es[len(es)-1].ArticleID
		for _, e := range es {
			indexed[e.ArticleID] = e.VersionID
		}
	}
	for id, url := range urls {
		a, err := s.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		vs, err := s.Versions(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		art := article{Outlet: a.Outlet, FirstSeen: a.FirstSeen.UTC()}
		for _, v := range vs {
			art.Versions = append(art.Versions, version{Number: v.Number, Capture: captureHash[v.CaptureID], SeenAt: v.SeenAt.UTC(),
				Title: v.Title, Byline: v.Byline, Text: v.Text, Lang: v.Lang, Site: v.Site, PublishedSource: v.PublishedSource,
				Published: v.Published.UTC(), Links: v.Links})
			if indexed[id] == v.ID {
				art.Indexed = v.Number
			}
		}
		c.Articles[url] = art
		parent, err := s.Parent(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if parent != nil {
			c.Edges[url] = edge{From: urls[parent.From], ExternalOutlet: parent.ExternalOutlet, ExternalURL: parent.ExternalURL,
				ExternalName: parent.ExternalName, Relation: parent.Relation, Score: parent.Score, Confidence: parent.Confidence,
				Conflict: parent.Conflict, Evidence: normJSON(t, parent.Evidence), Lag: parent.Lag}
		}
	}
	var afterPair [2]int64
	for {
		rs, err := s.AllRelations(ctx, afterPair, 50)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) == 0 {
			break
		}
		afterPair = [2]int64{rs[len(rs)-1].A, rs[len(rs)-1].B}
		for _, r := range rs {
			c.Relations[urls[r.A]+" "+urls[r.B]] = relation{Kind: r.Relation, Score: r.Score, CoverageA: r.CoverageA, CoverageB: r.CoverageB,
				Passages: normJSON(t, r.Passages), Changes: normJSON(t, r.Changes), Measures: normJSON(t, r.Measures)}
		}
	}
	for _, members := range stories {
		sort.Strings(members)
		c.Stories = append(c.Stories, strings.Join(members, " "))
	}
	sort.Strings(c.Stories)
	if c.OutletMappings, err = s.OutletMappings(ctx); err != nil {
		t.Fatal(err)
	}
	if c.OutletGroups, err = s.OutletGroups(ctx); err != nil {
		t.Fatal(err)
	}
	if c.AliasGroups, err = s.AliasGroups(ctx); err != nil {
		t.Fatal(err)
	}
	feeds, err := s.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range feeds {
		c.Feeds = append(c.Feeds, feed{URL: f.URL, Kind: f.Kind, Title: f.Title, ETag: f.ETag, LastModified: f.LastModified,
			LastError: f.LastError, LastPoll: f.LastPoll.UTC(), NextPoll: f.NextPoll.UTC(), LastNew: f.LastNew.UTC(),
			Unchanged: f.Unchanged, Failures: f.Failures, Items: f.Items})
	}
	fetches, err := s.Fetches(ctx, "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	feedURLs := map[int64]string{}
	for _, f := range feeds {
		feedURLs[f.ID] = f.URL
	}
	for _, f := range fetches {
		c.Fetches = append(c.Fetches, fmt.Sprintf("%s %s %s %d %s %q", f.URL, feedURLs[f.FeedID], f.At.UTC().Format(time.RFC3339Nano), f.Status, f.Outcome, f.Error))
	}
	sort.Strings(c.Fetches)
	watches, err := s.Watches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range watches {
		c.Watches = append(c.Watches, watch{Outlet: w.Outlet, Webhook: w.Webhook, LastError: w.LastError,
			LastDelivery: w.LastDelivery.UTC(), LastStatus: w.LastStatus})
	}
	if c.Failures, err = s.Failures(ctx, 1000); err != nil {
		t.Fatal(err)
	}
	for i := range c.Failures {
		c.Failures[i].At = c.Failures[i].At.UTC()
	}
	if c.ImportRuns, err = s.ImportRuns(ctx, 1000); err != nil {
		t.Fatal(err)
	}
	for i := range c.ImportRuns {
		r := &c.ImportRuns[i]
		r.ID, r.Started, r.Updated, r.Finished = 0, r.Started.UTC(), r.Updated.UTC(), r.Finished.UTC()
	}
	return c
}

// same compares two corpora part by part, so that a failure names what
// differs.
func same(t *testing.T, want, got corpus) {
	t.Helper()
	if len(want.Articles) == 0 || len(want.Relations) == 0 || len(want.Edges) == 0 || len(want.Stories) == 0 {
		t.Fatalf("the source corpus is too small to test a copy: %+v", want.Counts)
	}
	check := func(what string, w, g any) {
		t.Helper()
		wb, _ := json.MarshalIndent(w, "", " ")
		gb, _ := json.MarshalIndent(g, "", " ")
		if !bytes.Equal(wb, gb) {
			t.Errorf("%s differ:\nwant %s\n got %s", what, firstDiff(string(wb), string(gb)), firstDiff(string(gb), string(wb)))
		}
	}
	check("counts", want.Counts, got.Counts)
	for url, a := range want.Articles {
		check("article "+url, a, got.Articles[url])
	}
	check("article URLs", keys(want.Articles), keys(got.Articles))
	check("article order", want.Order, got.Order)
	check("captures", want.Captures, got.Captures)
	check("relations", want.Relations, got.Relations)
	check("provenance", want.Edges, got.Edges)
	check("stories", want.Stories, got.Stories)
	check("outlet mappings", want.OutletMappings, got.OutletMappings)
	check("outlet groups", want.OutletGroups, got.OutletGroups)
	check("alias groups", want.AliasGroups, got.AliasGroups)
	check("feeds", want.Feeds, got.Feeds)
	check("watches", want.Watches, got.Watches)
	check("failures", want.Failures, got.Failures)
	check("import runs", want.ImportRuns, got.ImportRuns)
	check("fetch log", want.Fetches, got.Fetches)
	if len(want.Fetches) != 3 {
		t.Errorf("the source's fetch log: %q", want.Fetches)
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// firstDiff shows a from where it starts to differ from b.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	start := max(0, i-200)
	return "…" + a[start:min(len(a), i+300)]
}

func TestProgress(t *testing.T) {
	src := openSQLite(t, demo(t))
	dst := openSQLite(t, filepath.Join(t.TempDir(), "copy.db"))
	var report bytes.Buffer
	c := &corpuscopy.Copier{From: src, To: dst, Report: &report, Every: time.Nanosecond}
	sum, err := c.Copy(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"copy: captures: ", "read to find their articles", "copy: articles: ", "copy: relations: ", "copy: provenance: "} {
		if !strings.Contains(report.String(), want) {
			t.Errorf("no %q in the progress:\n%s", want, report.String())
		}
	}
	if line := sum.Line(); !strings.Contains(line, fmt.Sprintf("%d articles", sum.Articles)) || strings.Contains(line, "warning") {
		t.Errorf("summary: %s", line)
	}
}
