package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// outletItem is item for a page of another outlet than the default.
func outletItem(url, outlet, text string, offset time.Duration) store.IngestItem {
	it := item(url, text, offset)
	it.Extraction.Outlet = outlet
	return it
}

func testImportRuns(t *testing.T, s store.Store) {
	ctx := context.Background()
	if runs, err := s.ImportRuns(ctx, 10); err != nil || len(runs) != 0 {
		t.Fatalf("runs of an empty store = %+v, %v", runs, err)
	}
	first, err := s.StartImportRun(ctx, "archive-march.warc.gz", base)
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.StartImportRun(ctx, "upload: ferry.html", base.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	// Progress, then the end of the first run.
	if err := s.UpdateImportRun(ctx, echotrace.ImportRun{ID: first, State: echotrace.ImportRunning, Articles: 40, Skipped: 2, Updated: base.Add(time.Minute)}); err != nil {
		t.Fatal(err)
	}
	end := base.Add(2 * time.Minute)
	if err := s.UpdateImportRun(ctx, echotrace.ImportRun{ID: first, State: echotrace.ImportFailed, Articles: 41, Skipped: 3,
		Updated: end, Finished: end, Error: "disk full"}); err != nil {
		t.Fatal(err)
	}
	runs, err := s.ImportRuns(ctx, 10)
	if err != nil || len(runs) != 2 {
		t.Fatalf("runs = %+v, %v", runs, err)
	}
	if r := runs[0]; r.ID != second || r.State != echotrace.ImportRunning || !r.Started.Equal(base.Add(time.Hour)) || !r.Finished.IsZero() || r.Source != "upload: ferry.html" {
		t.Errorf("newest run = %+v", r)
	}
	if r := runs[1]; r.ID != first || r.State != echotrace.ImportFailed || r.Articles != 41 || r.Skipped != 3 || r.Error != "disk full" ||
		!r.Finished.Equal(end) || !r.Updated.Equal(end) || !r.Started.Equal(base) {
		t.Errorf("finished run = %+v", r)
	}
	if runs, _ := s.ImportRuns(ctx, 1); len(runs) != 1 || runs[0].ID != second {
		t.Errorf("limit 1: %+v", runs)
	}
	if err := s.UpdateImportRun(ctx, echotrace.ImportRun{ID: second + 100, State: echotrace.ImportDone}); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("update of a missing run: %v", err)
	}
	if err := s.UpdateImportRun(ctx, echotrace.ImportRun{ID: second, State: "paused"}); !errors.Is(err, echotrace.ErrInvalid) {
		t.Errorf("unknown state: %v", err)
	}
}

func testWatches(t *testing.T, s store.Store) {
	ctx := context.Background()
	if ws, err := s.Watches(ctx); err != nil || len(ws) != 0 {
		t.Fatalf("watches of an empty store = %+v, %v", ws, err)
	}
	w, err := s.AddWatch(ctx, echotrace.Watch{Outlet: "harbourgazette.example", Webhook: "https://newsroom.example/hook"})
	if err != nil || w.ID == 0 || w.Created.IsZero() {
		t.Fatalf("added watch = %+v, %v", w, err)
	}
	plain, err := s.AddWatch(ctx, echotrace.Watch{Outlet: "northwire.example"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddWatch(ctx, echotrace.Watch{}); !errors.Is(err, echotrace.ErrInvalid) {
		t.Errorf("watch without an outlet: %v", err)
	}
	at := base.Add(time.Hour)
	if err := s.SaveWatchDelivery(ctx, w.ID, at, 502, "bad gateway"); err != nil {
		t.Fatal(err)
	}
	ws, err := s.Watches(ctx)
	if err != nil || len(ws) != 2 {
		t.Fatalf("watches = %+v, %v", ws, err)
	}
	if got := ws[0]; got.ID != w.ID || got.Outlet != w.Outlet || got.Webhook != w.Webhook || !got.Created.Equal(w.Created) ||
		!got.LastDelivery.Equal(at) || got.LastStatus != 502 || got.LastError != "bad gateway" {
		t.Errorf("first watch = %+v", got)
	}
	if got := ws[1]; got.ID != plain.ID || got.Webhook != "" || !got.LastDelivery.IsZero() {
		t.Errorf("second watch = %+v", got)
	}
	if err := s.DeleteWatch(ctx, plain.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteWatch(ctx, plain.ID); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("deleting a missing watch: %v", err)
	}
	if err := s.SaveWatchDelivery(ctx, plain.ID, at, 200, ""); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("delivery of a missing watch: %v", err)
	}
	if ws, _ := s.Watches(ctx); len(ws) != 1 {
		t.Errorf("watches after delete = %+v", ws)
	}
}

func testWatchedCopies(t *testing.T, s store.Store) {
	ctx := context.Background()
	rs := ingest(t, s,
		outletItem("https://harbourgazette.example/ferry", "harbourgazette.example", "The ferry contract was signed in secret.", 0),
		outletItem("https://northwire.example/ferry-copy", "northwire.example", "The ferry contract was signed in private.", time.Hour),
		outletItem("https://pulse24.example/ferry-relay", "pulse24.example", "The ferry contract was signed in private, a relay.", 2*time.Hour),
		outletItem("https://harbourgazette.example/ferry-again", "harbourgazette.example", "The ferry contract was signed in secret, again.", 3*time.Hour),
		outletItem("https://pulse24.example/ferry-direct", "pulse24.example", "The ferry contract was signed in secret.", 4*time.Hour))
	id := func(i int) int64 { return rs[i].ArticleID }
	// The relation between the original and the first copy carries a
	// change, stored from the lower ID to the higher.
	rel := echotrace.Relation{A: id(0), B: id(1), Relation: "copy", Score: 0.9, CoverageA: 1, CoverageB: 1,
		Passages: []byte(`[]`), Changes: []byte(`[{"kind":"edit","a":[33,39],"b":[33,40],"a_text":"secret","b_text":"private"}]`), Measures: []byte(`{}`)}
	if err := s.ReviseRelations(ctx, []echotrace.Relation{rel}, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveProvenance(ctx, store.ProvenanceUpdate{
		Articles: []int64{id(1), id(2), id(3), id(4)},
		Edges: []echotrace.ProvenanceEdge{
			{To: id(1), From: id(0), Relation: "copy", Score: 0.9, Confidence: 0.9},
			// A copy of the copy: its source is northwire's, not the watched outlet's.
			{To: id(2), From: id(1), Relation: "rewrite", Score: 0.7, Confidence: 0.8},
			// The outlet republishing itself is not news to it.
			{To: id(3), From: id(0), Relation: "duplicate", Score: 0.99, Confidence: 0.9},
			{To: id(4), From: id(0), Relation: "duplicate", Score: 1, Confidence: 0.95},
		},
	}); err != nil {
		t.Fatal(err)
	}
	got, err := s.WatchedCopies(ctx, store.WatchQuery{Outlet: "harbourgazette.example", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("copies = %+v, want pulse24's and northwire's", got)
	}
	// Newest copy first.
	if c := got[0]; c.To != id(4) || c.From != id(0) || c.Relation != "duplicate" || c.Copy.Outlet != "pulse24.example" ||
		c.Source.Outlet != "harbourgazette.example" || c.Copy.URL != "https://pulse24.example/ferry-direct" || c.RelationA != 0 {
		t.Errorf("newest copy = %+v", c)
	}
	c := got[1]
	if c.To != id(1) || c.Copy.Title != "Ferry contract questioned" || !c.Copy.FirstSeen.Equal(base.Add(time.Hour)) || c.Copy.Published.IsZero() ||
		c.Source.ID != id(0) || c.Source.URL != "https://harbourgazette.example/ferry" || c.RelationA != id(0) || c.Confidence != 0.9 {
		t.Errorf("older copy = %+v", c)
	}
	if string(c.Changes) != string(rel.Changes) {
		t.Errorf("changes = %s, want the relation's", c.Changes)
	}
	// Limited to the articles just related.
	only, err := s.WatchedCopies(ctx, store.WatchQuery{Outlet: "harbourgazette.example", Copies: []int64{id(1), id(2)}, Limit: 10})
	if err != nil || len(only) != 1 || only[0].To != id(1) {
		t.Errorf("copies among %d, %d = %+v, %v", id(1), id(2), only, err)
	}
	if none, err := s.WatchedCopies(ctx, store.WatchQuery{Outlet: "nosuch.example", Limit: 10}); err != nil || len(none) != 0 {
		t.Errorf("copies of an unknown outlet = %+v, %v", none, err)
	}
	if one, _ := s.WatchedCopies(ctx, store.WatchQuery{Outlet: "harbourgazette.example", Limit: 1}); len(one) != 1 || one[0].To != id(4) {
		t.Errorf("limit 1 = %+v", one)
	}
}
