package app

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/echotrace/echotrace/demo"
	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/store/sqlite"
)

// TestDemoProvenance loads the demo corpus and checks each article's
// inferred immediate source against the truth's chain: the parent (or an
// accepted alternative), the edge's direction, and evidence behind it.
func TestDemoProvenance(t *testing.T) {
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "demo.db")
	if code, _, stderr := run(t, nil, "", "demo", "--no-serve", "--db", dbPath); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	db, err := sqlite.Open(ctx, dbPath, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	truth, err := demo.LoadTruth()
	if err != nil {
		t.Fatal(err)
	}
	right := 0
	for _, c := range truth.Chain {
		child, err := db.ArticleByURL(ctx, c.Child)
		if err != nil {
			t.Fatalf("%s: %v", c.Child, err)
		}
		g, rels, err := report.StoryGraph(ctx, db, child.ID)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := report.Build(g, rels, child.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got string
		if p := rep.Parent; p != nil {
			if p.External {
				got = "external:" + p.Outlet
			} else {
				got = *p.URL
			}
		}
		var want string
		if c.Parent != nil {
			want = *c.Parent
		}
		if got != want && !slices.Contains(c.AltParents, got) {
			t.Errorf("parent of %s = %q, want %q (or one of %v)", c.Child, got, want, c.AltParents)
			continue
		}
		right++
		// What the relate stage stored as the article was imported agrees.
		stored, err := db.Parent(ctx, child.ID)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case rep.Parent == nil && stored != nil, rep.Parent != nil && stored == nil:
			t.Errorf("stored source of %s = %+v, trace says %+v", c.Child, stored, rep.Parent)
		case rep.Parent != nil && rep.Parent.External && stored.ExternalOutlet != rep.Parent.Outlet:
			t.Errorf("stored external source of %s = %q, trace says %q", c.Child, stored.ExternalOutlet, rep.Parent.Outlet)
		case rep.Parent != nil && !rep.Parent.External && stored.From != *rep.Parent.ID:
			t.Errorf("stored source of %s = %d, trace says %d", c.Child, stored.From, *rep.Parent.ID)
		}
		if rep.Parent == nil || rep.Parent.External {
			continue
		}
		// The edge carries evidence favouring its direction.
		favours := false
		for _, e := range rep.Parent.Evidence {
			favours = favours || (e.Favours == "from" && e.Weight > 0)
		}
		if !favours {
			t.Errorf("edge into %s has no evidence for its direction: %+v", c.Child, rep.Parent.Evidence)
		}
	}
	t.Logf("immediate sources right: %d of %d", right, len(truth.Chain))

	// Each intended change along a chain edge is reported with its kind.
	titles := map[string]bool{}
	for _, a := range truth.Articles {
		titles[a.Title] = true
	}
	found := 0
	for _, c := range truth.Changes {
		if titles[c.FromText] || titles[c.ToText] {
			continue // headlines are not part of the compared text
		}
		child, err := db.ArticleByURL(ctx, c.To)
		if err != nil {
			t.Fatal(err)
		}
		g, rels, err := report.StoryGraph(ctx, db, child.ID)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := report.Build(g, rels, child.ID)
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, got := range rep.Changes {
			if got.Kind != c.Kind {
				continue
			}
			sideA := sharesText(c.FromText, got.AText)
			sideB := sharesText(c.ToText, got.BText)
			if sideA || sideB {
				ok = true
				break
			}
		}
		if !ok {
			t.Errorf("change %s %q → %q into %s not reported; got %+v", c.Kind, c.FromText, c.ToText, c.To, rep.Changes)
			continue
		}
		found++
	}
	t.Logf("intended changes reported with their kind: %d", found)

	// A pasted paragraph of the original finds the original first.
	passage := "Work is scheduled to start in May and to finish by the end of 2028."
	gazette := truth.Chain[0].Child
	orig, err := db.ArticleByURL(ctx, gazette)
	if err != nil {
		t.Fatal(err)
	}
	if i := strings.Index(orig.Newest.Text, passage); i < 0 {
		t.Fatalf("the original no longer holds the test passage")
	}
	para := orig.Newest.Text[strings.LastIndex(orig.Newest.Text[:strings.Index(orig.Newest.Text, passage)], "\n")+1:]
	para = para[:strings.Index(para, passage)+len(passage)]
	code, stdout, stderr := run(t, nil, para, "trace", "--text", "--json", "--db", dbPath, "-")
	if code != 0 {
		t.Fatalf("trace --text: %d %s", code, stderr)
	}
	var pr report.Passage
	if err := json.Unmarshal([]byte(stdout), &pr); err != nil {
		t.Fatal(err)
	}
	if pr.Article.ID != nil || pr.Parent == nil || *pr.Parent.URL != gazette || len(pr.Chain) == 0 {
		t.Errorf("trace --text of a paragraph of the original: %s", stdout)
	}

	// The stored stories are the truth's, largest first.
	stories, err := db.Stories(ctx, 2, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != len(truth.Stories) {
		t.Errorf("stored stories = %+v, want %d", stories, len(truth.Stories))
	}
	for i, st := range stories {
		if i < len(truth.Stories) && (st.Articles != len(truth.Stories[i].URLs) || st.RootURL != truth.Stories[i].Root) {
			t.Errorf("story %d = %d articles rooted at %s, want %d rooted at %s", i, st.Articles, st.RootURL, len(truth.Stories[i].URLs), truth.Stories[i].Root)
		}
	}

	// The contradicting independent report sits in the port story as
	// related, and the story holds the truth's articles.
	for _, st := range truth.Stories {
		root, err := db.ArticleByURL(ctx, st.Root)
		if err != nil {
			t.Fatal(err)
		}
		g, _, err := report.StoryGraph(ctx, db, root.ID)
		if err != nil {
			t.Fatal(err)
		}
		var urls []string
		for id, a := range g.Articles {
			if g.Story[id] == g.Story[root.ID] {
				urls = append(urls, a.URL)
			}
		}
		slices.Sort(urls)
		want := slices.Clone(st.URLs)
		slices.Sort(want)
		if strings.Join(urls, "\n") != strings.Join(want, "\n") {
			t.Errorf("story %s:\n got %v\nwant %v", st.ID, urls, want)
		}
	}
}

// sharesText reports whether two texts share a run of characters: all of
// the shorter, or at least 12 characters of it.
func sharesText(x, y string) bool {
	if x == "" || y == "" {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if strings.Contains(y, x) {
		return true
	}
	for i := 0; i+12 <= len(x); i++ {
		if strings.Contains(y, x[i:i+12]) {
			return true
		}
	}
	return false
}

// TestTraceVersionsAndCredits: an article captured twice with different
// texts shows what the edit changed, and its credits are listed.
func TestTraceVersionsAndCredits(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"ECHOTRACE_DB": filepath.Join(dir, "v.db")}
	first := `{"url":"https://harbourgazette.example/news/ferry","text":"The ferry contract is worth 412 million euros, according to the port authority. Two officials told the Harbour Gazette that the tender was rewritten eleven days before the deadline. The minister declined to comment on Tuesday evening when reached by telephone at his office in the capital."}`
	second := strings.Replace(first, "412 million", "421 million", 1)
	for i, line := range []string{first, second} {
		f := filepath.Join(dir, fmt.Sprintf("v%d.jsonl", i))
		if err := os.WriteFile(f, []byte(line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, _, stderr := run(t, env, "", "import", f); code != 0 {
			t.Fatalf("import: %d %s", code, stderr)
		}
	}
	code, stdout, stderr := run(t, env, "", "trace", "--json", "https://harbourgazette.example/news/ferry")
	if code != 0 {
		t.Fatalf("trace: %d %s", code, stderr)
	}
	var rep report.Trace
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Versions) != 1 || len(rep.Versions[0].Changes) != 1 || rep.Versions[0].Changes[0].Kind != "number" ||
		rep.Versions[0].Changes[0].AText != "412" || rep.Versions[0].Changes[0].BText != "421" {
		t.Errorf("version changes = %+v", rep.Versions)
	}
	var sources []string
	for _, at := range rep.Attributions {
		sources = append(sources, string(at.Kind)+":"+at.Source+"/"+at.Via)
	}
	if got := strings.Join(sources, " "); !strings.Contains(got, "institution:the port authority/") || !strings.Contains(got, "anonymous:Two officials/the Harbour Gazette") {
		t.Errorf("attributions = %s", got)
	}
}

func TestTraceSummaryInWords(t *testing.T) {
	p := func(s string) *string { return &s }
	id1, id2 := int64(1), int64(2)
	r := &report.Trace{
		Article: report.Article{Outlet: "pulse24.example", Published: p("2026-03-14T09:12:00Z"), PublishedSource: "meta"},
		Chain: []report.Node{
			{ID: &id1, Outlet: "harbourgazette.example", Published: p("2026-03-14T06:40:00Z"), PublishedSource: "meta", Relation: "copy", Confidence: 0.99},
			{ID: &id2, Outlet: "northwire.example", Published: p("2026-03-14T08:05:00Z"), PublishedSource: "meta", Relation: "duplicate", Confidence: 0.6},
		},
		Changes: []report.Change{{Kind: "attribution"}, {Kind: "attribution"}, {Kind: "insert"}},
	}
	want := "pulse24.example apparently republished northwire.example's article 1.1 hours later. " +
		"northwire.example copied harbourgazette.example's article 1.4 hours later. " +
		"The earliest version in the corpus is harbourgazette.example's, published 2026-03-14 06:40 UTC. " +
		"From its source it changed: 2 credit(s) added, dropped or recast, 1 sentence(s) added."
	if got := report.Summary(r); got != want {
		t.Errorf("summary:\n got %s\nwant %s", got, want)
	}
}
