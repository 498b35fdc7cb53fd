// Package storetest is the contract every store.Store implementation must
// pass. Implementations call Run from their own tests with a function that
// opens a fresh, empty store; the suite never assumes a dialect.
package storetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// Opener returns a new empty store; the suite closes it.
type Opener func(t *testing.T) store.Store

// Run runs the whole contract suite.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"IngestCreatesArticle", testIngestCreatesArticle},
		{"IngestIsIdempotent", testIngestIsIdempotent},
		{"SameTextIsNotANewVersion", testSameTextIsNotANewVersion},
		{"NewTextIsANewVersion", testNewTextIsANewVersion},
		{"OutOfOrderCapture", testOutOfOrderCapture},
		{"ExtractionErrorKeepsCapture", testExtractionErrorKeepsCapture},
		{"BatchIsAtomic", testBatchIsAtomic},
		{"Reextract", testReextract},
		{"Search", testSearch},
		{"OutletMappings", testOutletMappings},
		{"OutletCounts", testOutletCounts},
		{"Failures", testFailures},
		{"NotFound", testNotFound},
		{"Paging", testPaging},
		{"ConcurrentIngest", testConcurrentIngest},
		{"ReassignOutlet", testReassignOutlet},
		{"ReuseIndex", testReuseIndex},
		{"AliasGroups", testAliasGroups},
		{"Provenance", testProvenance},
		{"OutletGroups", testOutletGroups},
		{"Feeds", testFeeds},
		{"LatestCaptureHeaders", testLatestCaptureHeaders},
		{"ImportRuns", testImportRuns},
		{"Watches", testWatches},
		{"WatchedCopies", testWatchedCopies},
		{"AllRelations", testAllRelations},
		{"StoryArticles", testStoryArticles},
		{"ArticleRefs", testArticleRefs},
		{"NULInText", testNULInText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tc.fn(t, s)
		})
	}
}

var base = time.Date(2026, 3, 14, 7, 30, 0, 0, time.UTC)

// item builds a capture of a page at url with text, captured at base+offset.
func item(url, text string, offset time.Duration) store.IngestItem {
	body := []byte(fmt.Sprintf("<html><head><link rel=canonical href=%q></head><body><p>%s</p></body></html>", url, text))
	return store.IngestItem{
		Capture: echotrace.Capture{
			SHA256: sha256.Sum256(body), URL: url, Origin: echotrace.OriginFile,
			OriginRef: "testdata/" + url, CapturedAt: base.Add(offset), ContentType: "text/html; charset=utf-8",
			Headers: map[string]string{"X-Test": "1"}, Body: body,
		},
		Extraction: &echotrace.Extraction{
			URL: url, Outlet: "harbourgazette.example", Title: "Ferry contract questioned", Byline: "Mara Quill",
			Text: text, Lang: "en", Site: "Harbour Gazette", Published: base.Add(-time.Hour), PublishedSource: "meta",
			Links: []echotrace.Link{{URL: "https://council.example/minutes", Text: "council minutes"}},
		},
	}
}

func ingest(t *testing.T, s store.Store, items ...store.IngestItem) []store.IngestResult {
	t.Helper()
	res, err := s.Ingest(context.Background(), items)
	if err != nil {
		t.Fatalf("ingest: %v", err)
	}
	if len(res) != len(items) {
		t.Fatalf("ingest returned %d results for %d items", len(res), len(items))
	}
	return res
}

func counts(t *testing.T, s store.Store) store.Counts {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatalf("counts: %v", err)
	}
	return c
}

const url1 = "https://harbourgazette.example/2026/03/14/ferry-contract"

func testIngestCreatesArticle(t *testing.T, s store.Store) {
	ctx := context.Background()
	it := item(url1, "The ferry contract was signed in secret, two council members said.", 0)
	r := ingest(t, s, it)[0]
	if !r.NewArticle || !r.NewVersion || r.Version != 1 || r.CaptureExisted || r.ArticleID == 0 || r.CaptureID == 0 {
		t.Fatalf("result = %+v, want a new article with version 1", r)
	}
	a, err := s.ArticleByURL(ctx, url1)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != r.ArticleID || a.Outlet != "harbourgazette.example" || a.Versions != 1 {
		t.Errorf("article = %+v", a)
	}
	v := a.Newest
	ex := it.Extraction
	if v.Text != ex.Text || v.Title != ex.Title || v.Byline != ex.Byline || v.Lang != "en" || v.Site != ex.Site ||
		!v.Published.Equal(ex.Published) || v.PublishedSource != "meta" || v.Number != 1 || v.CaptureID != r.CaptureID {
		t.Errorf("newest version = %+v, want the extraction's fields", v)
	}
	if v.TextSHA256 != sha256.Sum256([]byte(ex.Text)) {
		t.Errorf("text hash not stored")
	}
	if !a.FirstSeen.Equal(it.Capture.CapturedAt) || !v.SeenAt.Equal(it.Capture.CapturedAt) {
		t.Errorf("first seen %v, seen %v, want %v", a.FirstSeen, v.SeenAt, it.Capture.CapturedAt)
	}
	if len(v.Links) != 1 || v.Links[0] != ex.Links[0] {
		t.Errorf("links = %+v", v.Links)
	}
	c, err := s.Capture(ctx, r.CaptureID)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(c.Body, it.Capture.Body) || c.SHA256 != it.Capture.SHA256 || c.URL != url1 ||
		c.Origin != echotrace.OriginFile || c.OriginRef != it.Capture.OriginRef || c.Headers["X-Test"] != "1" ||
		c.ArticleID != r.ArticleID || !c.CapturedAt.Equal(it.Capture.CapturedAt) || c.ContentType != it.Capture.ContentType {
		t.Errorf("capture = %+v", c)
	}
	byID, err := s.Article(ctx, r.ArticleID)
	if err != nil || byID.URL != url1 {
		t.Errorf("Article(%d) = %+v, %v", r.ArticleID, byID, err)
	}
	// Unknown publication dates round-trip as zero.
	it2 := item("https://northwire.example/undated", "An undated dispatch about the harbour.", 0)
	it2.Extraction.Published, it2.Extraction.PublishedSource = time.Time{}, ""
	r2 := ingest(t, s, it2)[0]
	a2, err := s.Article(ctx, r2.ArticleID)
	if err != nil || !a2.Newest.Published.IsZero() {
		t.Errorf("undated article: %+v, %v", a2, err)
	}
}

func testIngestIsIdempotent(t *testing.T, s store.Store) {
	it := item(url1, "Same page twice.", 0)
	first := ingest(t, s, it)[0]
	before := counts(t, s)
	again := ingest(t, s, it)[0]
	if !again.CaptureExisted || again.CaptureID != first.CaptureID || again.ArticleID != first.ArticleID || again.NewVersion {
		t.Errorf("second ingest = %+v, want CaptureExisted with the same IDs", again)
	}
	if after := counts(t, s); after != before {
		t.Errorf("counts changed on re-ingest: %+v → %+v", before, after)
	}
	known, err := s.KnownCaptures(context.Background(), [][32]byte{it.Capture.SHA256, sha256.Sum256([]byte("other"))})
	if err != nil {
		t.Fatal(err)
	}
	if !known[it.Capture.SHA256] || len(known) != 1 {
		t.Errorf("KnownCaptures = %v", known)
	}
}

func testSameTextIsNotANewVersion(t *testing.T, s store.Store) {
	a := item(url1, "Unchanged text.", 0)
	b := item(url1, "Unchanged text.", time.Hour)
	b.Capture.Body = append(b.Capture.Body, []byte("<!-- new ad slot -->")...)
	b.Capture.SHA256 = sha256.Sum256(b.Capture.Body)
	ra, rb := ingest(t, s, a)[0], ingest(t, s, b)[0]
	if rb.CaptureExisted || rb.NewVersion || rb.NewArticle || rb.VersionID != ra.VersionID || rb.ArticleID != ra.ArticleID {
		t.Errorf("recapture with same text = %+v, want attached to version %d", rb, ra.VersionID)
	}
	if c := counts(t, s); c.Captures != 2 || c.Versions != 1 || c.Articles != 1 {
		t.Errorf("counts = %+v", c)
	}
}

func testNewTextIsANewVersion(t *testing.T, s store.Store) {
	ctx := context.Background()
	v1 := item(url1, "The minister said 40 ferries were ordered, according to the Harbour Gazette.", 0)
	v2 := item(url1, "The minister said 44 ferries were ordered.", 2*time.Hour)
	v2.Extraction.Title = "Ferry contract questioned (updated)"
	r1, r2 := ingest(t, s, v1)[0], ingest(t, s, v2)[0]
	if !r2.NewVersion || r2.NewArticle || r2.Version != 2 || r2.ArticleID != r1.ArticleID {
		t.Fatalf("second text = %+v, want version 2 of the same article", r2)
	}
	a, err := s.Article(ctx, r1.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Versions != 2 || a.Newest.Number != 2 || a.Newest.Text != v2.Extraction.Text || a.Newest.Title != v2.Extraction.Title {
		t.Errorf("newest = %+v (versions %d), want version 2", a.Newest, a.Versions)
	}
	if !a.FirstSeen.Equal(base) {
		t.Errorf("first seen = %v, want %v", a.FirstSeen, base)
	}
	vs, err := s.Versions(ctx, r1.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || vs[0].Text != v1.Extraction.Text || vs[1].Text != v2.Extraction.Text || vs[0].Number != 1 {
		t.Errorf("versions = %+v", vs)
	}
	// Back to the first text later: that is a change too, kept as version 3.
	v3 := item(url1, v1.Extraction.Text, 4*time.Hour)
	v3.Capture.Body = append(v3.Capture.Body, ' ')
	v3.Capture.SHA256 = sha256.Sum256(v3.Capture.Body)
	if r3 := ingest(t, s, v3)[0]; !r3.NewVersion || r3.Version != 3 {
		t.Errorf("reverted text = %+v, want version 3", r3)
	}
}

func testOutOfOrderCapture(t *testing.T, s store.Store) {
	ctx := context.Background()
	late := item(url1, "Later text.", 3*time.Hour)
	early := item(url1, "Earlier text.", 0)
	rl := ingest(t, s, late)[0]
	re := ingest(t, s, early)[0]
	if !re.NewVersion {
		t.Fatalf("earlier capture with other text = %+v, want a new version", re)
	}
	a, err := s.Article(ctx, rl.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Newest.Text != "Later text." {
		t.Errorf("newest = %q, want the latest-seen text", a.Newest.Text)
	}
	if !a.FirstSeen.Equal(base) {
		t.Errorf("first seen = %v, want the earlier capture's %v", a.FirstSeen, base)
	}
	// The later text captured again in between.
	mid := item(url1, "Later text.", time.Hour)
	mid.Capture.Body = append(mid.Capture.Body, '\n')
	mid.Capture.SHA256 = sha256.Sum256(mid.Capture.Body)
	// It differs from the version current at its time (the earlier text),
	// so it is a change at that point in time: a new version.
	if rm := ingest(t, s, mid)[0]; !rm.NewVersion || rm.Version != 3 {
		t.Errorf("in-between capture = %+v, want version 3", rm)
	}
}

func testExtractionErrorKeepsCapture(t *testing.T, s store.Store) {
	ctx := context.Background()
	it := item(url1, "", 0)
	it.Capture.Body = []byte("\x00\x01binary")
	it.Capture.SHA256 = sha256.Sum256(it.Capture.Body)
	it.Extraction, it.ExtractError = nil, "not an HTML document"
	r := ingest(t, s, it)[0]
	if r.ArticleID != 0 || r.CaptureID == 0 {
		t.Fatalf("failed extraction = %+v, want a capture and no article", r)
	}
	c, err := s.Capture(ctx, r.CaptureID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Error != "not an HTML document" || !bytes.Equal(c.Body, it.Capture.Body) {
		t.Errorf("capture = %+v", c)
	}
	if n := counts(t, s); n.CaptureErrors != 1 || n.Articles != 0 {
		t.Errorf("counts = %+v", n)
	}
}

func testBatchIsAtomic(t *testing.T, s store.Store) {
	good := item(url1, "A good record.", 0)
	bad := item("https://northwire.example/x", "A record without identity.", 0)
	bad.Extraction.URL = ""
	if _, err := s.Ingest(context.Background(), []store.IngestItem{good, bad}); err == nil {
		t.Fatal("ingest of a batch with an invalid item succeeded")
	}
	if c := counts(t, s); c.Captures != 0 || c.Articles != 0 || c.Outlets != 0 {
		t.Errorf("a failed batch left %+v behind", c)
	}
}

func testReextract(t *testing.T, s store.Store) {
	ctx := context.Background()
	ok := item(url1, "Text with a menu residue. Scroll to Top", 0)
	failed := item("https://northwire.example/2026/03/14/relay", "", 0)
	failed.Extraction, failed.ExtractError = nil, "extractor crashed"
	rs := ingest(t, s, ok, failed)

	better := *ok.Extraction
	better.Text = "Text with a menu residue."
	r, err := s.Reextract(ctx, rs[0].CaptureID, &better, "")
	if err != nil {
		t.Fatal(err)
	}
	if r.VersionID != rs[0].VersionID || r.NewVersion {
		t.Errorf("reextract = %+v, want the same version refreshed", r)
	}
	a, _ := s.Article(ctx, rs[0].ArticleID)
	if a.Newest.Text != better.Text || a.Versions != 1 {
		t.Errorf("after reextract: %+v", a.Newest)
	}
	// A worse extractor that fails keeps what was there.
	if _, err := s.Reextract(ctx, rs[0].CaptureID, nil, "timeout"); err != nil {
		t.Fatal(err)
	}
	if a, _ := s.Article(ctx, rs[0].ArticleID); a.Newest.Text != better.Text {
		t.Errorf("failed reextract erased the text: %q", a.Newest.Text)
	}
	// A capture that failed before becomes an article.
	ex := *ok.Extraction
	ex.URL, ex.Outlet, ex.Text = failed.Capture.URL, "northwire.example", "The relay's text."
	r2, err := s.Reextract(ctx, rs[1].CaptureID, &ex, "")
	if err != nil {
		t.Fatal(err)
	}
	if !r2.NewArticle || r2.ArticleID == 0 {
		t.Errorf("reextract of a failed capture = %+v, want a new article", r2)
	}
	if c, _ := s.Capture(ctx, rs[1].CaptureID); c.Error != "" || c.ArticleID != r2.ArticleID {
		t.Errorf("capture after successful reextract: error %q article %d", c.Error, c.ArticleID)
	}
	if _, err := s.Reextract(ctx, 999999, &ex, ""); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("reextract of a missing capture: %v, want ErrNotFound", err)
	}
}

func testOutletMappings(t *testing.T, s store.Store) {
	ctx := context.Background()
	if err := s.SetOutletMapping(ctx, echotrace.OutletMapping{Host: "Gazette-Mirror.example", Outlet: "harbourgazette.example"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetOutletMapping(ctx, echotrace.OutletMapping{Host: "gazette-mirror.example", Outlet: "gazette.example"}); err != nil {
		t.Fatal(err)
	}
	ms, err := s.OutletMappings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0] != (echotrace.OutletMapping{Host: "gazette-mirror.example", Outlet: "gazette.example"}) {
		t.Errorf("mappings = %+v, want one, updated and lower-cased", ms)
	}
	if err := s.SetOutletMapping(ctx, echotrace.OutletMapping{Host: "", Outlet: "x.example"}); !errors.Is(err, echotrace.ErrInvalid) {
		t.Errorf("empty host: %v, want ErrInvalid", err)
	}
	if err := s.DeleteOutletMapping(ctx, "gazette-mirror.example"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteOutletMapping(ctx, "gazette-mirror.example"); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
}

func testOutletCounts(t *testing.T, s store.Store) {
	a := item(url1, "One.", 0)
	b := item("https://harbourgazette.example/b", "Two.", 0)
	c := item("https://northwire.example/c", "Three.", 0)
	c.Extraction.Outlet = "northwire.example"
	ingest(t, s, a, b, c)
	os, err := s.Outlets(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(os) != 2 || os[0].Domain != "harbourgazette.example" || os[0].Articles != 2 || os[1].Articles != 1 {
		t.Errorf("outlets = %+v", os)
	}
}

func testFailures(t *testing.T, s store.Store) {
	ctx := context.Background()
	f := store.Failure{Origin: echotrace.OriginJSONL, OriginRef: "in.jsonl:3", Error: "invalid JSON", At: base}
	if err := s.RecordFailure(ctx, f); err != nil {
		t.Fatal(err)
	}
	f.Error, f.At = "missing url", base.Add(time.Minute)
	if err := s.RecordFailure(ctx, f); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordFailure(ctx, store.Failure{Origin: echotrace.OriginFile, OriginRef: "a.html.gz", Error: "unexpected EOF"}); err != nil {
		t.Fatal(err)
	}
	fs, err := s.Failures(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 2 {
		t.Fatalf("failures = %+v, want 2 (the repeated record replaced)", fs)
	}
	var found bool
	for _, got := range fs {
		if got.OriginRef == "in.jsonl:3" {
			found = got.Error == "missing url" && got.At.Equal(base.Add(time.Minute))
		}
	}
	if !found {
		t.Errorf("failures = %+v, want in.jsonl:3 updated", fs)
	}
	if c := counts(t, s); c.IngestFailures != 2 {
		t.Errorf("counts = %+v", c)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	ctx := context.Background()
	if _, err := s.ArticleByURL(ctx, "https://nowhere.example/"); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("ArticleByURL: %v", err)
	}
	if _, err := s.Article(ctx, 42); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("Article: %v", err)
	}
	if _, err := s.Capture(ctx, 42); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("Capture: %v", err)
	}
	if _, err := s.Versions(ctx, 42); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("Versions: %v", err)
	}
}

func testPaging(t *testing.T, s store.Store) {
	ctx := context.Background()
	var items []store.IngestItem
	for i := range 7 {
		items = append(items, item(fmt.Sprintf("https://harbourgazette.example/p%d", i), fmt.Sprintf("Page %d.", i), 0))
	}
	ingest(t, s, items...)
	var seen []string
	var after int64
	for {
		page, err := s.Articles(ctx, after, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		for _, a := range page {
			seen = append(seen, a.Newest.Text)
			after = a.ID
		}
	}
	if len(seen) != 7 || seen[0] != "Page 0." || seen[6] != "Page 6." {
		t.Errorf("paged articles = %v", seen)
	}
	ids, err := s.CaptureIDs(ctx, 0, 100)
	if err != nil || len(ids) != 7 {
		t.Errorf("capture ids = %v, %v", ids, err)
	}
	for i := 1; i < len(ids); i++ {
		if ids[i] <= ids[i-1] {
			t.Errorf("capture ids not ascending: %v", ids)
		}
	}
}

func testConcurrentIngest(t *testing.T, s store.Store) {
	const writers, each = 4, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				// Every writer also stores one shared page, to race on its uniqueness.
				it := item(fmt.Sprintf("https://northwire.example/w%d/%d", w, i), fmt.Sprintf("Writer %d page %d.", w, i), 0)
				shared := item(url1, "Shared page.", 0)
				if _, err := s.Ingest(context.Background(), []store.IngestItem{it, shared}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if c := counts(t, s); c.Articles != writers*each+1 || c.Captures != writers*each+1 {
		t.Errorf("counts = %+v, want %d articles", c, writers*each+1)
	}
}

func testReassignOutlet(t *testing.T, s store.Store) {
	ctx := context.Background()
	mk := func(url, outlet string) store.IngestItem {
		it := item(url, "Text of "+url, 0)
		it.Extraction.Outlet = outlet
		return it
	}
	ingest(t, s,
		mk("https://mirror.example/a", "mirror.example"),
		mk("https://eu.mirror.example:8443/b", "mirror.example"),
		mk("https://notmirror.example/c", "notmirror.example"),
		mk("https://mirror.example.org/d", "mirror.example.org"),
		mk("https://other.example/e?ref=mirror.example", "other.example"),
		mk("https://mirror_example.example/f", "mirror_example.example"),
	)
	n, err := s.ReassignOutlet(ctx, "Mirror.example", "harbourgazette.example")
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("moved %d articles, want 2", n)
	}
	for url, want := range map[string]string{
		"https://mirror.example/a": "harbourgazette.example", "https://eu.mirror.example:8443/b": "harbourgazette.example",
		"https://notmirror.example/c": "notmirror.example", "https://mirror.example.org/d": "mirror.example.org",
		"https://other.example/e?ref=mirror.example": "other.example", "https://mirror_example.example/f": "mirror_example.example",
	} {
		a, err := s.ArticleByURL(ctx, url)
		if err != nil || a.Outlet != want {
			t.Errorf("%s: outlet %v (%v), want %s", url, a, err, want)
		}
	}
	if n, err := s.ReassignOutlet(ctx, "mirror.example", "harbourgazette.example"); err != nil || n != 0 {
		t.Errorf("second reassign moved %d, %v", n, err)
	}
}

func testReuseIndex(t *testing.T, s store.Store) {
	ctx := context.Background()
	rs := ingest(t, s,
		item("https://harbourgazette.example/a", "Original report.", 0),
		item("https://northwire.example/b", "Relay of the report.", time.Hour),
		item("https://pulse24.example/c", "Copy of the relay.", 2*time.Hour))
	ids := []int64{rs[0].ArticleID, rs[1].ArticleID, rs[2].ArticleID}
	pending := func(aliases string) []int64 {
		t.Helper()
		jobs, err := s.PendingIndex(ctx, aliases, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, j := range jobs {
			out = append(out, j.ArticleID)
		}
		return out
	}
	if got := pending("v1"); fmt.Sprint(got) != fmt.Sprint(ids) {
		t.Fatalf("pending = %v, want %v", got, ids)
	}
	jobs, _ := s.PendingIndex(ctx, "v1", ids[0], 1)
	if len(jobs) != 1 || jobs[0].ArticleID != ids[1] || jobs[0].Text != "Relay of the report." || jobs[0].VersionID != rs[1].VersionID ||
		jobs[0].Outlet != "harbourgazette.example" || jobs[0].Published.IsZero() {
		t.Errorf("paged pending job = %+v", jobs)
	}
	entry := func(i int) echotrace.IndexEntry {
		return echotrace.IndexEntry{ArticleID: ids[i], VersionID: rs[i].VersionID, Aliases: "v1", Data: []byte{byte(i), 1, 2}}
	}
	rel := func(a, b int, kind string) echotrace.Relation {
		return echotrace.Relation{A: ids[a], B: ids[b], Relation: kind, Score: 0.9, CoverageA: 0.8, CoverageB: 0.95,
			Passages: []byte(`[{"a":[0,5],"b":[0,5],"kind":"verbatim"}]`), Changes: []byte(`[]`)}
	}
	err := s.SaveRelated(ctx, []store.Related{
		{Entry: entry(0)},
		{Entry: entry(1), Relations: []echotrace.Relation{rel(0, 1, "copy")}},
		{Entry: entry(2), Relations: []echotrace.Relation{rel(0, 2, "excerpt"), rel(1, 2, "duplicate")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := pending("v1"); len(got) != 0 {
		t.Errorf("pending after indexing = %v", got)
	}
	if got := pending("v2"); len(got) != 3 {
		t.Errorf("pending with another alias table = %v, want all", got)
	}
	r0, err := s.Relations(ctx, ids[0])
	if err != nil || len(r0) != 2 || r0[0].Relation != "copy" || string(r0[0].Passages) != `[{"a":[0,5],"b":[0,5],"kind":"verbatim"}]` ||
		r0[0].CoverageB != 0.95 || r0[0].FoundAt.IsZero() {
		t.Errorf("relations of the original = %+v, %v", r0, err)
	}
	kinds, err := s.RelationKinds(ctx, ids[2])
	if err != nil || len(kinds) != 2 || kinds[ids[0]] != "excerpt" || kinds[ids[1]] != "duplicate" {
		t.Errorf("relation kinds of the third = %v, %v", kinds, err)
	}
	if kinds, err := s.RelationKinds(ctx, ids[0]+ids[1]+ids[2]+100); err != nil || len(kinds) != 0 {
		t.Errorf("relation kinds of an unknown article = %v, %v", kinds, err)
	}
	// Many at once: each article's kinds as RelationKinds gives them, a
	// pair with both ends asked for recorded at each end, an unknown
	// article with none.
	unknown := ids[0] + ids[1] + ids[2] + 100
	many, err := s.RelationKindsOf(ctx, []int64{ids[2], ids[0], unknown, ids[0]})
	if err != nil || len(many) != 3 {
		t.Fatalf("relation kinds of several = %v, %v", many, err)
	}
	for _, id := range []int64{ids[0], ids[2], unknown} {
		one, err := s.RelationKinds(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if got := many[id]; got == nil || !maps.Equal(got, one) {
			t.Errorf("relation kinds of %d among several = %v, alone %v", id, got, one)
		}
	}
	if many[ids[0]][ids[2]] != "excerpt" || many[ids[2]][ids[0]] != "excerpt" {
		t.Errorf("a pair asked for at both ends: %v", many)
	}
	// The other ...Of methods give what their one-at-a-time forms give.
	asked := []int64{ids[2], ids[0], unknown, ids[1]}
	rels, err := s.RelationsOf(ctx, asked)
	if err != nil || len(rels) != 4 || len(rels[unknown]) != 0 {
		t.Fatalf("relations of several = %v, %v", rels, err)
	}
	arts, err := s.ArticlesOf(ctx, asked)
	if err != nil || len(arts) != 3 || arts[unknown] != nil {
		t.Fatalf("articles of several = %v, %v", arts, err)
	}
	stories, err := s.StoriesOf(ctx, asked)
	if _, there := stories[unknown]; err != nil || len(stories) != 3 || there {
		t.Fatalf("stories of several = %v, %v", stories, err)
	}
	for _, id := range ids {
		one, err := s.Relations(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(rels[id]) != fmt.Sprint(one) {
			t.Errorf("relations of %d among several = %v, alone %v", id, rels[id], one)
		}
		a, err := s.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprintf("%+v", arts[id]) != fmt.Sprintf("%+v", a) {
			t.Errorf("article %d among several = %+v, alone %+v", id, arts[id], a)
		}
		story, err := s.StoryOf(ctx, id)
		if err != nil || stories[id] != story {
			t.Errorf("story of %d among several = %d, alone %d, %v", id, stories[id], story, err)
		}
	}
	entries, err := s.IndexEntries(ctx, 0, 10)
	if err != nil || len(entries) != 3 || entries[2].Data[0] != 2 || entries[1].VersionID != rs[1].VersionID {
		t.Errorf("entries = %+v, %v", entries, err)
	}
	if c := counts(t, s); c.Indexed != 3 || c.Relations != 3 {
		t.Errorf("counts = %+v", c)
	}

	// Entries saved alone replace the entries and leave the relations: an
	// entry of another alias table makes its article pending, and saving
	// the finished entry makes it indexed again.
	unfinished := entry(2)
	unfinished.Aliases = "v1 unfinished"
	if err := s.SaveIndexEntries(ctx, []echotrace.IndexEntry{unfinished}); err != nil {
		t.Fatal(err)
	}
	if got := pending("v1"); fmt.Sprint(got) != fmt.Sprint([]int64{ids[2]}) {
		t.Errorf("pending with an unfinished entry = %v, want the third", got)
	}
	if r2, _ := s.Relations(ctx, ids[2]); len(r2) != 2 {
		t.Errorf("saving an entry alone changed relations: %+v", r2)
	}
	finished := entry(2)
	finished.Data = []byte{9, 9}
	if err := s.SaveIndexEntries(ctx, []echotrace.IndexEntry{finished}); err != nil {
		t.Fatal(err)
	}
	if got := pending("v1"); len(got) != 0 {
		t.Errorf("pending after the finished entry = %v", got)
	}
	if entries, _ := s.IndexEntries(ctx, ids[1], 1); len(entries) != 1 || string(entries[0].Data) != "\x09\x09" {
		t.Errorf("entry after saving it alone = %+v", entries)
	}
	if err := s.SaveIndexEntries(ctx, []echotrace.IndexEntry{entry(2)}); err != nil {
		t.Fatal(err)
	}

	// A new version of the relay makes it pending again; relating it anew
	// replaces every relation it had, on either side.
	v2 := item("https://northwire.example/b", "Relay, corrected.", 3*time.Hour)
	ingest(t, s, v2)
	if got := pending("v1"); fmt.Sprint(got) != fmt.Sprint([]int64{ids[1]}) {
		t.Errorf("pending after a new version = %v", got)
	}
	e1 := entry(1)
	e1.VersionID = 0
	jobs, _ = s.PendingIndex(ctx, "v1", 0, 10)
	e1.VersionID = jobs[0].VersionID
	if err := s.SaveRelated(ctx, []store.Related{{Entry: e1}}); err != nil {
		t.Fatal(err)
	}
	if r1, _ := s.Relations(ctx, ids[1]); len(r1) != 0 {
		t.Errorf("relations of the re-related relay = %+v, want none", r1)
	}
	if r2, _ := s.Relations(ctx, ids[2]); len(r2) != 1 || r2[0].A != ids[0] {
		t.Errorf("relations of the copy = %+v, want only the one with the original", r2)
	}

	// A batch with a bad relation stores nothing.
	bad := rel(2, 0, "copy")
	if err := s.SaveRelated(ctx, []store.Related{{Entry: entry(0)}, {Entry: entry(2), Relations: []echotrace.Relation{bad}}}); !errors.Is(err, echotrace.ErrInvalid) {
		t.Errorf("relation with A > B: %v", err)
	}
	if r2, _ := s.Relations(ctx, ids[2]); len(r2) != 1 {
		t.Errorf("failed batch changed relations: %+v", r2)
	}
	// Revising replaces one pair's relation, adds one and drops one, in one
	// transaction; a bad pair changes nothing.
	revised := rel(0, 2, "related")
	if err := s.ReviseRelations(ctx, []echotrace.Relation{rel(1, 2, "bogus"), rel(2, 1, "copy")}, [][2]int64{{ids[0], ids[2]}}); !errors.Is(err, echotrace.ErrInvalid) {
		t.Errorf("revision with A > B: %v", err)
	}
	if err := s.ReviseRelations(ctx, []echotrace.Relation{revised, rel(1, 2, "excerpt")}, nil); err != nil {
		t.Fatal(err)
	}
	if r2, _ := s.Relations(ctx, ids[2]); len(r2) != 2 || r2[0].Relation != "related" || r2[1].Relation != "excerpt" {
		t.Errorf("relations after revision = %+v", r2)
	}
	if err := s.ReviseRelations(ctx, nil, [][2]int64{{ids[1], ids[2]}}); err != nil {
		t.Fatal(err)
	}
	if r2, _ := s.Relations(ctx, ids[2]); len(r2) != 1 || r2[0].Relation != "related" {
		t.Errorf("relations after dropping one = %+v", r2)
	}
	texts, err := s.Texts(ctx, []int64{ids[1], 99999})
	if err != nil || len(texts) != 1 || texts[0].Text != "Relay, corrected." {
		t.Errorf("texts = %+v, %v", texts, err)
	}
	if err := s.InvalidateIndex(ctx); err != nil {
		t.Fatal(err)
	}
	if got := pending("v1"); len(got) != 3 {
		t.Errorf("pending after invalidation = %v, want all", got)
	}
}

func testAliasGroups(t *testing.T, s store.Store) {
	ctx := context.Background()
	if err := s.AddAliasGroup(ctx, []string{"Holvanka", " golvanka "}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddAliasGroup(ctx, []string{"golvanka", "holvanka"}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddAliasGroup(ctx, []string{"Merevo", "Meriv", "Merevo"}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddAliasGroup(ctx, []string{"alone"}); !errors.Is(err, echotrace.ErrInvalid) {
		t.Errorf("group of one: %v", err)
	}
	gs, err := s.AliasGroups(ctx)
	if err != nil || fmt.Sprint(gs) != "[[golvanka holvanka] [merevo meriv]]" {
		t.Errorf("groups = %v, %v", gs, err)
	}
	if err := s.DeleteAliasGroup(ctx, "HOLVANKA"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteAliasGroup(ctx, "holvanka"); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	if gs, _ := s.AliasGroups(ctx); len(gs) != 1 {
		t.Errorf("after delete: %v", gs)
	}
}

func testProvenance(t *testing.T, s store.Store) {
	ctx := context.Background()
	rs := ingest(t, s,
		item("https://harbourgazette.example/a", "The original report.", 0),
		item("https://northwire.example/b", "A relay of the report.", time.Hour),
		item("https://pulse24.example/c", "A copy of the relay.", 2*time.Hour),
		item("https://pulse24.example/d", "Another story.", 3*time.Hour),
		item("https://pulse24.example/e", "Its follow-up.", 4*time.Hour))
	id := func(i int) int64 { return rs[i].ArticleID }
	lag := 65 * time.Minute
	update := store.ProvenanceUpdate{
		Articles: []int64{id(0), id(1), id(2), id(3), id(4)},
		Edges: []echotrace.ProvenanceEdge{
			{To: id(1), From: id(0), Relation: "copy", Score: 0.8, Confidence: 0.95, Evidence: []byte(`[{"kind":"link","favours":"from","detail":"links","source":""}]`), Lag: &lag},
			{To: id(2), From: id(1), Relation: "duplicate", Score: 0.99, Confidence: 0.7, Conflict: true},
			{To: id(0), ExternalOutlet: "kestrelweekly.example", ExternalURL: "https://kestrelweekly.example/x", ExternalName: "Kestrel Weekly", Relation: "source", Confidence: 0.6},
		},
		Stories: map[int64]int64{id(0): id(0), id(1): id(0), id(2): id(0), id(3): id(3), id(4): id(4)},
	}
	if err := s.SaveProvenance(ctx, update); err != nil {
		t.Fatal(err)
	}
	p, err := s.Parent(ctx, id(1))
	if err != nil || p == nil || p.From != id(0) || p.Relation != "copy" || p.Lag == nil || *p.Lag != lag || string(p.Evidence) != `[{"kind":"link","favours":"from","detail":"links","source":""}]` {
		t.Errorf("parent of the relay = %+v, %v", p, err)
	}
	if p, _ := s.Parent(ctx, id(0)); p == nil || p.From != 0 || p.ExternalOutlet != "kestrelweekly.example" || p.ExternalName != "Kestrel Weekly" {
		t.Errorf("external source = %+v", p)
	}
	if p, err := s.Parent(ctx, id(3)); p != nil || err != nil {
		t.Errorf("root's parent = %+v, %v", p, err)
	}
	if cs, err := s.Children(ctx, id(0)); err != nil || len(cs) != 1 || cs[0].To != id(1) || cs[0].Relation != "copy" || cs[0].Lag == nil {
		t.Errorf("copies of the original = %+v, %v", cs, err)
	}
	if cs, err := s.Children(ctx, id(1)); err != nil || len(cs) != 1 || cs[0].To != id(2) || !cs[0].Conflict {
		t.Errorf("copies of the relay = %+v, %v", cs, err)
	}
	if cs, err := s.Children(ctx, id(2)); err != nil || len(cs) != 0 {
		t.Errorf("copies of a leaf = %+v, %v", cs, err)
	}
	// Merging story e into d; then recomputing c's source removes it.
	if err := s.SaveProvenance(ctx, store.ProvenanceUpdate{Articles: []int64{id(2)}, Merges: [][2]int64{{id(4), id(3)}}}); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Parent(ctx, id(2)); p != nil {
		t.Errorf("recomputed source not replaced: %+v", p)
	}
	if st, err := s.StoryOf(ctx, id(4)); err != nil || st != id(3) {
		t.Errorf("story of the merged article = %d, %v", st, err)
	}
	stories, err := s.Stories(ctx, 2, 10)
	if err != nil || len(stories) != 2 {
		t.Fatalf("stories = %+v, %v", stories, err)
	}
	if st := stories[0]; st.ID != id(0) || st.Articles != 3 || st.Outlets != 1 || st.Root != id(0) || st.RootURL != "https://harbourgazette.example/a" || st.First.IsZero() {
		t.Errorf("largest story = %+v", st)
	}
	edges, err := s.ParentEdges(ctx, 0, 10)
	if err != nil || len(edges) != 2 || edges[0].FromOutlet != "kestrelweekly.example" || edges[1].FromOutlet != "harbourgazette.example" || edges[1].ToOutlet != "harbourgazette.example" {
		t.Errorf("parent edges = %+v, %v", edges, err)
	}
	// An edge with neither an article nor an outlet as its source is refused.
	if err := s.SaveProvenance(ctx, store.ProvenanceUpdate{Edges: []echotrace.ProvenanceEdge{{To: id(3), Relation: "copy"}}}); !errors.Is(err, echotrace.ErrInvalid) {
		t.Errorf("edge without a source: %v", err)
	}
}

func testOutletGroups(t *testing.T, s store.Store) {
	ctx := context.Background()
	ingest(t, s, item("https://harbourgazette.example/a", "A report.", 0))
	if err := s.SetOutletGroup(ctx, "relay network", []string{"pulse24.example", "harbourgazette.example"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetOutletGroup(ctx, "empty", nil); !errors.Is(err, echotrace.ErrInvalid) {
		t.Errorf("group without domains: %v", err)
	}
	gs, err := s.OutletGroups(ctx)
	if err != nil || fmt.Sprint(gs) != "map[relay network:[harbourgazette.example pulse24.example]]" {
		t.Errorf("groups = %v, %v", gs, err)
	}
	// Replacing a group replaces its members.
	if err := s.SetOutletGroup(ctx, "relay network", []string{"metroflash.example"}); err != nil {
		t.Fatal(err)
	}
	if gs, _ := s.OutletGroups(ctx); fmt.Sprint(gs) != "map[relay network:[metroflash.example]]" {
		t.Errorf("replaced group = %v", gs)
	}
	if err := s.DeleteOutletGroup(ctx, "relay network"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteOutletGroup(ctx, "relay network"); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("deleting a missing group: %v", err)
	}
	if gs, _ := s.OutletGroups(ctx); len(gs) != 0 {
		t.Errorf("groups after delete = %v", gs)
	}
}

func testFeeds(t *testing.T, s store.Store) {
	ctx := context.Background()
	f, err := s.AddFeed(ctx, "https://northwire.example/rss.xml", "feed")
	if err != nil || f.ID == 0 || f.Kind != "feed" || f.NextPoll.IsZero() || f.CreatedAt.IsZero() {
		t.Fatalf("added feed = %+v, %v", f, err)
	}
	if again, err := s.AddFeed(ctx, "https://northwire.example/rss.xml", "feed"); err != nil || again.ID != f.ID {
		t.Errorf("adding again = %+v, %v", again, err)
	}
	if _, err := s.AddFeed(ctx, "https://x.example/", "podcast"); !errors.Is(err, echotrace.ErrInvalid) {
		t.Errorf("unknown kind: %v", err)
	}
	sm, _ := s.AddFeed(ctx, "https://pulse24.example/sitemap.xml", "sitemap")
	due, err := s.DueFeeds(ctx, time.Now().Add(time.Minute), 10)
	if err != nil || len(due) != 2 {
		t.Fatalf("due = %+v, %v", due, err)
	}
	// A poll that found nothing new backs the feed off: not due now.
	f.LastPoll, f.NextPoll, f.Unchanged, f.ETag, f.Title = time.Now(), time.Now().Add(time.Hour), 1, `"v1"`, "Northwire"
	if err := s.SaveFeedPoll(ctx, f); err != nil {
		t.Fatal(err)
	}
	due, _ = s.DueFeeds(ctx, time.Now().Add(time.Minute), 10)
	if len(due) != 1 || due[0].ID != sm.ID {
		t.Errorf("due after a poll = %+v", due)
	}
	feeds, _ := s.Feeds(ctx)
	if len(feeds) != 2 || feeds[0].ETag != `"v1"` || feeds[0].Unchanged != 1 || feeds[0].Title != "Northwire" {
		t.Errorf("feeds = %+v", feeds)
	}
	if err := s.LogFetches(ctx, []echotrace.Fetch{
		{URL: "https://northwire.example/a", FeedID: f.ID, At: time.Now(), Status: 200, Outcome: echotrace.FetchStored},
		{URL: "https://northwire.example/b", FeedID: f.ID, At: time.Now().Add(time.Second), Status: 404, Outcome: echotrace.FetchFailed, Error: "404 Not Found"},
	}); err != nil {
		t.Fatal(err)
	}
	failed, err := s.Fetches(ctx, echotrace.FetchFailed, 10)
	if err != nil || len(failed) != 1 || failed[0].Status != 404 || failed[0].FeedID != f.ID {
		t.Errorf("failed fetches = %+v, %v", failed, err)
	}
	if all, _ := s.Fetches(ctx, "", 10); len(all) != 2 || all[0].URL != "https://northwire.example/b" {
		t.Errorf("fetch log, newest first = %+v", all)
	}
	ingest(t, s, item("https://northwire.example/a", "Stored text.", 0))
	known, err := s.StoredURLs(ctx, []string{"https://northwire.example/a", "https://northwire.example/c"})
	if err != nil || !known["https://northwire.example/a"] || known["https://northwire.example/c"] {
		t.Errorf("stored urls = %v, %v", known, err)
	}
	if err := s.DeleteFeed(ctx, f.URL); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteFeed(ctx, f.URL); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
	// The log outlives the feed.
	if all, _ := s.Fetches(ctx, "", 10); len(all) != 2 || all[0].FeedID != 0 {
		t.Errorf("fetch log after the feed was removed = %+v", all)
	}
}

func testLatestCaptureHeaders(t *testing.T, s store.Store) {
	ctx := context.Background()
	const u = "https://harbourgazette.example/ferry"
	if h, err := s.LatestCaptureHeaders(ctx, u); err != nil || h != nil {
		t.Fatalf("before any capture: %v, %v", h, err)
	}
	// Captured out of order: the newest capture's validators are the ones
	// a server will recognise.
	older, newer := item(u, "Ferry contract questioned.", time.Hour), item(u, "Ferry contract questioned, updated.", 2*time.Hour)
	older.Capture.Headers = map[string]string{"ETag": `"v1"`}
	newer.Capture.Headers = map[string]string{"ETag": `"v2"`, "Last-Modified": "Sat, 14 Mar 2026 09:00:00 GMT"}
	ingest(t, s, newer)
	ingest(t, s, older)
	h, err := s.LatestCaptureHeaders(ctx, u)
	if err != nil || h["ETag"] != `"v2"` || h["Last-Modified"] != "Sat, 14 Mar 2026 09:00:00 GMT" {
		t.Errorf("latest headers = %v, %v", h, err)
	}
	if h, err := s.LatestCaptureHeaders(ctx, u+"/other"); err != nil || h != nil {
		t.Errorf("another URL: %v, %v", h, err)
	}
}

// testNULInText: a page or a JSONL record can carry a NUL character. It
// must not fail the import: a store keeps it, or replaces it with U+FFFD
// (one code point for one, so that spans over the text stay put), and
// still hashes and versions the text as extracted.
func testNULInText(t *testing.T, s store.Store) {
	ctx := context.Background()
	it := item(url1, "The ferry\x00 contract was signed.", 0)
	it.Extraction.Title = "Ferry\x00 contract"
	it.Capture.OriginRef = "in.jsonl:1\x00"
	r := ingest(t, s, it)[0]
	a, err := s.Article(ctx, r.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	stored := func(got, want string) bool {
		return got == want || got == strings.ReplaceAll(want, "\x00", "\uFFFD")
	}
	if !stored(a.Newest.Text, it.Extraction.Text) || !stored(a.Newest.Title, it.Extraction.Title) {
		t.Errorf("stored text %q, title %q", a.Newest.Text, a.Newest.Title)
	}
	if a.Newest.TextSHA256 != sha256.Sum256([]byte(it.Extraction.Text)) {
		t.Errorf("the text hash is not the extracted text's")
	}
	again := item(url1, it.Extraction.Text, time.Hour)
	again.Capture.Body = append(again.Capture.Body, ' ')
	again.Capture.SHA256 = sha256.Sum256(again.Capture.Body)
	if r2 := ingest(t, s, again)[0]; r2.NewVersion || r2.VersionID != r.VersionID {
		t.Errorf("the same text captured again = %+v, want version %d", r2, r.VersionID)
	}
	if err := s.RecordFailure(ctx, store.Failure{Origin: echotrace.OriginJSONL, OriginRef: "in.jsonl:2", Error: "bad byte \x00 at 3"}); err != nil {
		t.Errorf("failure with a NUL in its message: %v", err)
	}
}
