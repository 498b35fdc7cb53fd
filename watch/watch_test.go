package watch

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/sqlite"
)

var seen = time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)

// corpus is a store where pulse24.example copied an article of
// harbourgazette.example, adding a sentence; the copy was captured
// before the original, so it has the lower ID and the stored changes read
// from the copy to the original.
type corpus struct {
	store          store.Store
	original, copy int64
}

func newCorpus(t *testing.T) corpus {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "watch.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	page := func(url, outlet, title, text string, published, captured time.Time) store.IngestItem {
		body := []byte("<html><body><p>" + text + "</p></body></html>")
		return store.IngestItem{
			Capture: echotrace.Capture{SHA256: sha256.Sum256(body), URL: url, Origin: echotrace.OriginFetch, CapturedAt: captured,
				ContentType: "text/html", Body: body},
			Extraction: &echotrace.Extraction{URL: url, Outlet: outlet, Title: title, Text: text, Published: published, PublishedSource: "meta"},
		}
	}
	res, err := s.Ingest(ctx, []store.IngestItem{
		page("https://pulse24.example/ferry-deal", "pulse24.example", "Ferry deal signed", "The ferry contract was signed on Monday. Critics called it rushed.",
			seen.Add(3*time.Hour), seen),
		page("https://harbourgazette.example/ferry-deal", "harbourgazette.example", "Council signs ferry deal", "The ferry contract was signed on Monday.",
			seen.Add(time.Hour), seen.Add(time.Hour)),
	})
	if err != nil {
		t.Fatal(err)
	}
	cp, orig := res[0].ArticleID, res[1].ArticleID
	rel := echotrace.Relation{A: cp, B: orig, Relation: "copy", Score: 0.9, CoverageA: 0.6, CoverageB: 1,
		Passages: []byte(`[]`), Measures: []byte(`{}`),
		// From the copy (A, lower ID) to the original: the copy's sentence is deleted.
		Changes: []byte(`[{"kind":"delete","a":[41,66],"b":[41,41],"a_text":"Critics called it rushed.","b_text":""}]`)}
	if err := s.ReviseRelations(ctx, []echotrace.Relation{rel}, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveProvenance(ctx, store.ProvenanceUpdate{Articles: []int64{cp, orig},
		Edges: []echotrace.ProvenanceEdge{{To: cp, From: orig, Relation: "copy", Score: 0.9, Confidence: 0.85}}}); err != nil {
		t.Fatal(err)
	}
	return corpus{store: s, original: orig, copy: cp}
}

func TestCopiesSayWhatTheCopyChanged(t *testing.T) {
	c := newCorpus(t)
	copies, err := Copies(context.Background(), c.store, "harbourgazette.example", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(copies) != 1 {
		t.Fatalf("copies = %+v", copies)
	}
	cp := copies[0]
	if cp.Source.ID != c.original || cp.Copy.ID != c.copy || cp.Copy.Outlet != "pulse24.example" || cp.Relation != "copy" || cp.Confidence != 0.85 || !cp.Seen.Equal(seen) {
		t.Errorf("copy = %+v", cp)
	}
	// Oriented from the source to the copy: the copy inserted a sentence.
	if len(cp.Changes) != 1 || cp.Changes[0].Kind != "insert" || cp.Changes[0].BText != "Critics called it rushed." || cp.Changes[0].B != [2]int{41, 66} {
		t.Errorf("changes = %+v", cp.Changes)
	}
	if s := Summary(cp); !strings.Contains(s, "pulse24.example ran a copy of harbourgazette.example's “Council signs ferry deal”") || !strings.Contains(s, "sentence added: + “Critics called it rushed.”") {
		t.Errorf("summary = %q", s)
	}
	// Nobody copied pulse24.
	if none, err := Copies(context.Background(), c.store, "pulse24.example", nil, 0); err != nil || len(none) != 0 {
		t.Errorf("copies of pulse24 = %+v, %v", none, err)
	}
}

func TestAtomFeed(t *testing.T) {
	c := newCorpus(t)
	copies, err := Copies(context.Background(), c.store, "harbourgazette.example", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	w := echotrace.Watch{ID: 7, Outlet: "harbourgazette.example", Created: seen.Add(-24 * time.Hour)}
	out, err := Atom(w, copies, "http://127.0.0.1:8080/")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(out), `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Errorf("no XML declaration: %.60s", out)
	}
	var feed struct {
		XMLName xml.Name
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Author  struct {
			Name string `xml:"name"`
		} `xml:"author"`
		Links []struct {
			Href string `xml:"href,attr"`
			Rel  string `xml:"rel,attr"`
		} `xml:"link"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
			Links   []struct {
				Href string `xml:"href,attr"`
				Rel  string `xml:"rel,attr"`
			} `xml:"link"`
			Summary struct {
				Type string `xml:"type,attr"`
				Text string `xml:",chardata"`
			} `xml:"summary"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(out, &feed); err != nil {
		t.Fatal(err)
	}
	// RFC 4287: a feed has an id, a title, an updated time and an author
	// (or entries that each have one); an entry has an id, a title, an
	// updated time and an alternate link when it has no content.
	if feed.XMLName.Space != "http://www.w3.org/2005/Atom" || feed.XMLName.Local != "feed" || feed.ID != "http://127.0.0.1:8080/watches/7/atom" ||
		feed.Title != "Copies of harbourgazette.example" || feed.Updated != "2026-05-04T09:00:00Z" || feed.Author.Name == "" {
		t.Errorf("feed = %+v", feed)
	}
	if len(feed.Links) == 0 || feed.Links[0].Rel != "self" || feed.Links[0].Href != feed.ID {
		t.Errorf("feed links = %+v", feed.Links)
	}
	if len(feed.Entries) != 1 {
		t.Fatalf("entries = %+v", feed.Entries)
	}
	e := feed.Entries[0]
	if _, err := time.Parse(time.RFC3339, e.Updated); err != nil || e.ID == "" || !strings.Contains(e.Title, "Ferry deal signed") {
		t.Errorf("entry = %+v", e)
	}
	if len(e.Links) < 2 || e.Links[0].Rel != "alternate" || e.Links[0].Href != "http://127.0.0.1:8080/articles/1" ||
		e.Links[1].Href != "https://pulse24.example/ferry-deal" {
		t.Errorf("entry links = %+v", e.Links)
	}
	if e.Summary.Type != "text" || !strings.Contains(e.Summary.Text, "Critics called it rushed.") {
		t.Errorf("summary = %+v", e.Summary)
	}
	// Titles and summaries are text: markup in them is escaped, not passed on.
	copies[0].Copy.Title = `<script>alert("x")</script>`
	out, _ = Atom(w, copies, "http://127.0.0.1:8080")
	if strings.Contains(string(out), "<script>") {
		t.Errorf("markup passed into the feed: %s", out)
	}
}

// receiver is a webhook endpoint on loopback that answers with the
// statuses it is given, in turn, and keeps what it was sent.
type receiver struct {
	mu       sync.Mutex
	statuses []int
	events   []Event
	hits     int
}

func (r *receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hits++
	status := http.StatusOK
	if len(r.statuses) > 0 {
		status, r.statuses = r.statuses[0], r.statuses[1:]
	}
	var ev Event
	if err := json.NewDecoder(req.Body).Decode(&ev); err == nil && status < 300 {
		r.events = append(r.events, ev)
	}
	w.WriteHeader(status)
}

func (r *receiver) snapshot() (int, []Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.hits, append([]Event(nil), r.events...)
}

func watchFor(t *testing.T, s store.Store, hook string) echotrace.Watch {
	t.Helper()
	w, err := s.AddWatch(context.Background(), echotrace.Watch{Outlet: "harbourgazette.example", Webhook: hook})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func lastDelivery(t *testing.T, s store.Store, id int64) echotrace.Watch {
	t.Helper()
	ws, err := s.Watches(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range ws {
		if w.ID == id {
			return w
		}
	}
	t.Fatalf("watch %d is gone", id)
	return echotrace.Watch{}
}

func TestWebhookRetriesThenDelivers(t *testing.T) {
	c := newCorpus(t)
	rcv := &receiver{statuses: []int{http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusNoContent}}
	srv := httptest.NewServer(rcv)
	defer srv.Close()
	w := watchFor(t, c.store, srv.URL+"/hook")
	n := NewNotifier(c.store, Config{AllowPrivate: true, Backoff: 5 * time.Millisecond, Now: func() time.Time { return seen.Add(time.Hour) }})
	n.Related([]int64{c.copy})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := n.Close(ctx); err != nil {
		t.Fatal(err)
	}
	hits, events := rcv.snapshot()
	if hits != 3 || len(events) != 1 {
		t.Fatalf("%d requests, %d events; want 3 and 1", hits, len(events))
	}
	ev := events[0]
	if ev.Watch != w.ID || ev.Outlet != "harbourgazette.example" || len(ev.Copies) != 1 || ev.Copies[0].Copy.ID != c.copy || ev.Copies[0].Changes[0].Kind != "insert" {
		t.Errorf("event = %+v", ev)
	}
	got := lastDelivery(t, c.store, w.ID)
	if got.LastStatus != http.StatusNoContent || got.LastError != "" || !got.LastDelivery.Equal(seen.Add(time.Hour)) {
		t.Errorf("recorded delivery = %+v", got)
	}
}

func TestWebhookGivesUpAndSaysWhy(t *testing.T) {
	c := newCorpus(t)
	rcv := &receiver{statuses: []int{500, 500, 500, 500}}
	srv := httptest.NewServer(rcv)
	defer srv.Close()
	w := watchFor(t, c.store, srv.URL)
	n := NewNotifier(c.store, Config{AllowPrivate: true, Attempts: 2, Backoff: time.Millisecond})
	n.Related([]int64{c.copy})
	// An article that is no copy of the watched outlet sends nothing.
	n.Related([]int64{c.original})
	if err := n.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if hits, _ := rcv.snapshot(); hits != 2 {
		t.Errorf("%d attempts, want 2", hits)
	}
	if got := lastDelivery(t, c.store, w.ID); got.LastStatus != 500 || !strings.Contains(got.LastError, "500") {
		t.Errorf("recorded delivery = %+v", got)
	}
}

func TestWebhookRefusesPrivateAddresses(t *testing.T) {
	c := newCorpus(t)
	rcv := &receiver{}
	srv := httptest.NewServer(rcv)
	defer srv.Close()
	w := watchFor(t, c.store, srv.URL)
	n := NewNotifier(c.store, Config{Backoff: time.Millisecond})
	n.Related([]int64{c.copy})
	if err := n.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if hits, _ := rcv.snapshot(); hits != 0 {
		t.Errorf("the loopback receiver was reached %d times", hits)
	}
	if got := lastDelivery(t, c.store, w.ID); got.LastStatus != 0 || !strings.Contains(got.LastError, "private address") {
		t.Errorf("recorded delivery = %+v", got)
	}
}

func TestNotifierNeverBlocksRelating(t *testing.T) {
	c := newCorpus(t)
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	watchFor(t, c.store, srv.URL)
	n := NewNotifier(c.store, Config{AllowPrivate: true, Timeout: time.Minute})
	start := time.Now()
	for range 1000 {
		n.Related([]int64{c.copy})
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("1000 notes took %s while the receiver hung", d)
	}
	// Closing gives up on the hung delivery when its context ends.
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- n.Close(ctx) }()
	select {
	case err := <-done:
		if err == nil {
			t.Error("Close reported every event delivered to a hung receiver")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close hung with the receiver")
	}
}
