package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/app"
	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/store/sqlite"
)

// TestStoredTraceMatchesRecomputed checks that a trace read from the stored
// provenance (what For does, a few rows per step) says what recomputing the
// story's provenance from its relations says, for every demo article: the
// incremental pipeline stored what a whole-story inference finds.
func TestStoredTraceMatchesRecomputed(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "demo.db")
	var out, errOut bytes.Buffer
	if code := app.Main(ctx, []string{"demo", "--no-serve", "--db", path}, strings.NewReader(""), &out, &errOut, func(string) string { return "" }); code != 0 {
		t.Fatalf("demo: %s", errOut.String())
	}
	db, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	aliases, err := alias.Load()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := db.Articles(ctx, 0, 1000)
	if err != nil || len(arts) == 0 {
		t.Fatalf("articles: %d, %v", len(arts), err)
	}
	withChain := 0
	for _, a := range arts {
		stored, err := report.For(ctx, db, &a, aliases)
		if err != nil {
			t.Fatalf("%s: %v", a.URL, err)
		}
		g, rels, err := report.StoryGraph(ctx, db, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		recomputed, err := report.Build(g, rels, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		recomputed.Versions = stored.Versions
		if len(stored.Chain) > 0 {
			withChain++
		}
		sj, _ := json.MarshalIndent(stored, "", " ")
		rj, _ := json.MarshalIndent(recomputed, "", " ")
		if !bytes.Equal(sj, rj) {
			t.Errorf("%s: the stored trace differs from the recomputed one:\nstored %s\nrecomputed %s", a.URL, sj, rj)
		}
	}
	if withChain < 10 {
		t.Errorf("only %d demo articles have a source: the comparison tested little", withChain)
	}
}
