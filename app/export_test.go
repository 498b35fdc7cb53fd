package app

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/echotrace/echotrace/demo"
	"github.com/echotrace/echotrace/export"
	"github.com/echotrace/echotrace/store/sqlite"
)

// TestExportDemo imports the demo corpus once (a few seconds) and runs
// every export test against it; they only read it.
func TestExportDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, _, stderr := run(t, nil, "", "demo", "--no-serve", "--db", db); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	t.Run("Tables", func(t *testing.T) { testExportTables(t, db) })
	t.Run("Graphs", func(t *testing.T) { testExportGraphs(t, db) })
	t.Run("UsageErrors", func(t *testing.T) { testExportUsageErrors(t, db) })
	t.Run("Out", func(t *testing.T) { testExportOut(t, db) })
	t.Run("TraceEvidenceReport", func(t *testing.T) { testTraceEvidenceReport(t, db) })
}

// demoFacts are what the stored demo corpus holds, read from the store.
type demoFacts struct {
	articles, relations, related, edges, externalEdges int
	externalOutlets                                    map[string]bool
	largestStory, largestStorySize                     int
}

func readDemoFacts(t *testing.T, path string) demoFacts {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	f := demoFacts{externalOutlets: map[string]bool{}}
	c, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	f.articles, f.relations = c.Articles, c.Relations
	rels, err := db.AllRelations(ctx, [2]int64{}, 100000)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rels {
		if r.Relation == "related" {
			f.related++
		}
	}
	edges, err := db.ParentEdges(ctx, 0, 100000)
	if err != nil {
		t.Fatal(err)
	}
	f.edges = len(edges)
	for _, e := range edges {
		if e.From == 0 {
			f.externalEdges++
			f.externalOutlets[e.ExternalOutlet] = true
		}
	}
	stories, err := db.Stories(ctx, 2, 1)
	if err != nil || len(stories) == 0 {
		t.Fatalf("stories: %v, %v", stories, err)
	}
	f.largestStory, f.largestStorySize = int(stories[0].ID), stories[0].Articles
	return f
}

func runExport(t *testing.T, db string, args ...string) string {
	t.Helper()
	code, stdout, stderr := run(t, nil, "", append([]string{"export", "--db", db}, args...)...)
	if code != 0 {
		t.Fatalf("export %v: exit %d: %s", args, code, stderr)
	}
	return stdout
}

func testExportTables(t *testing.T, db string) {
	facts := readDemoFacts(t, db)
	truth, err := demo.LoadTruth()
	if err != nil {
		t.Fatal(err)
	}
	if facts.articles != len(truth.Articles) {
		t.Fatalf("the store holds %d demo articles, the truth %d", facts.articles, len(truth.Articles))
	}
	tests := []struct {
		table   string
		columns []string
		rows    int
	}{
		{"articles", export.ArticleColumns, facts.articles},
		{"relations", export.RelationColumns, facts.relations},
		{"edges", export.EdgeColumns, facts.edges},
	}
	for _, tc := range tests {
		t.Run(tc.table, func(t *testing.T) {
			recs, err := csv.NewReader(strings.NewReader(runExport(t, db, "--format", "csv", "--table", tc.table))).ReadAll()
			if err != nil {
				t.Fatalf("CSV does not parse: %v", err)
			}
			if len(recs) == 0 || strings.Join(recs[0], ",") != strings.Join(tc.columns, ",") {
				t.Fatalf("header = %v", recs)
			}
			if len(recs)-1 != tc.rows {
				t.Errorf("%d CSV rows, want %d", len(recs)-1, tc.rows)
			}
			for i, r := range recs {
				if len(r) != len(tc.columns) {
					t.Errorf("row %d: %d columns, want %d", i, len(r), len(tc.columns))
				}
			}
			lines := 0
			sc := bufio.NewScanner(strings.NewReader(runExport(t, db, "--format", "jsonl", "--table", tc.table)))
			sc.Buffer(nil, 16<<20)
			for sc.Scan() {
				var m map[string]any
				if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
					t.Fatalf("JSONL line %d: %v", lines+1, err)
				}
				for _, col := range tc.columns {
					if _, ok := m[col]; !ok {
						t.Errorf("JSONL line %d lacks %s", lines+1, col)
					}
				}
				lines++
			}
			if lines != tc.rows {
				t.Errorf("%d JSONL lines, want %d", lines, tc.rows)
			}
		})
	}
	// Every article of the truth is exported under its canonical URL.
	out := runExport(t, db, "--format", "csv")
	for _, a := range truth.Articles {
		if !strings.Contains(out, a.URL+",") {
			t.Errorf("article %s (%s) is missing from the export", a.ID, a.URL)
		}
	}
}

// xmlGraph counts a GEXF or GraphML document's nodes and edges and checks
// that every edge's ends are declared nodes.
func xmlGraph(t *testing.T, doc string) (nodes map[string]bool, edges int) {
	t.Helper()
	nodes = map[string]bool{}
	var ends [][2]string
	dec := xml.NewDecoder(strings.NewReader(doc))
	root := ""
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			t.Fatalf("XML does not parse: %v", err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = el.Name.Space + " " + el.Name.Local
		}
		attr := func(name string) string {
			for _, a := range el.Attr {
				if a.Name.Local == name {
					return a.Value
				}
			}
			return ""
		}
		switch el.Name.Local {
		case "node":
			if nodes[attr("id")] {
				t.Errorf("node %s declared twice", attr("id"))
			}
			nodes[attr("id")] = true
		case "edge":
			ends = append(ends, [2]string{attr("source"), attr("target")})
		}
	}
	if root != "http://gexf.net/1.3 gexf" && root != "http://graphml.graphdrawing.org/xmlns graphml" {
		t.Errorf("root element %q", root)
	}
	for _, e := range ends {
		if !nodes[e[0]] || !nodes[e[1]] {
			t.Errorf("edge %s → %s: an end is not a declared node", e[0], e[1])
		}
	}
	return nodes, len(ends)
}

func testExportGraphs(t *testing.T, db string) {
	facts := readDemoFacts(t, db)
	truth, err := demo.LoadTruth()
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"gexf", "graphml"} {
		t.Run(format, func(t *testing.T) {
			nodes, edges := xmlGraph(t, runExport(t, db, "--format", format, "--graph", "articles"))
			if want := facts.articles + len(facts.externalOutlets); len(nodes) != want {
				t.Errorf("article graph: %d nodes, want %d articles and %d external sources", len(nodes), facts.articles, len(facts.externalOutlets))
			}
			if want := facts.edges + facts.related; edges != want {
				t.Errorf("article graph: %d edges, want %d immediate sources and %d related pairs", edges, facts.edges, facts.related)
			}
			nodes, edges = xmlGraph(t, runExport(t, db, "--format", format, "--graph", "outlets"))
			if want := len(truth.Outlets) + len(facts.externalOutlets); len(nodes) != want {
				t.Errorf("outlet graph: %d nodes, want the %d demo outlets and %d external", len(nodes), len(truth.Outlets), len(facts.externalOutlets))
			}
			if edges == 0 || edges > facts.edges {
				t.Errorf("outlet graph: %d edges from %d article edges", edges, facts.edges)
			}
			// A story's graph holds its articles only.
			nodes, _ = xmlGraph(t, runExport(t, db, "--format", format, "--graph", "articles", "--story", fmt.Sprint(facts.largestStory)))
			articles := 0
			for id := range nodes {
				if strings.HasPrefix(id, "a") {
					articles++
				}
			}
			if articles != facts.largestStorySize {
				t.Errorf("story %d: %d article nodes, want %d", facts.largestStory, articles, facts.largestStorySize)
			}
		})
	}
}

func testExportUsageErrors(t *testing.T, db string) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--table", "articles"}, 2, "choose a format"},
		{[]string{"--format", "xml"}, 2, `unknown format "xml"`},
		{[]string{"--format", "gexf", "--table", "articles"}, 2, "gexf exports a graph"},
		{[]string{"--format", "csv", "--graph", "outlets"}, 2, "csv exports a table"},
		{[]string{"--format", "csv", "--table", "people"}, 2, `unknown table "people"`},
		{[]string{"--format", "csv", "--story", "first"}, 2, "a story ID is a positive number"},
		{[]string{"--format", "csv", "extra"}, 2, "unexpected arguments"},
		{[]string{"--format", "csv", "--story", "999999"}, 1, "story 999999: not found"},
	}
	for _, tc := range tests {
		out := filepath.Join(t.TempDir(), "out.csv")
		code, stdout, stderr := run(t, nil, "", append([]string{"export", "--db", db, "--out", out}, tc.args...)...)
		if code != tc.code || !strings.Contains(stderr, tc.want) || stdout != "" {
			t.Errorf("export %v: exit %d, stderr %q; want exit %d saying %q", tc.args, code, stderr, tc.code, tc.want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("export %v left a file behind: %v", tc.args, err)
		}
	}
}

func testExportOut(t *testing.T, db string) {
	dir := t.TempDir()
	out := filepath.Join(dir, "outlets.gexf")
	code, stdout, stderr := run(t, nil, "", "export", "--db", db, "--format", "gexf", "--out", out)
	if code != 0 || stdout != "" || !strings.Contains(stderr, "wrote "+out) {
		t.Fatalf("export --out: exit %d, %q, %q", code, stdout, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	xmlGraph(t, string(b))
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
	// A failed export leaves the earlier file as it was, and no temporary file.
	if code, _, _ := run(t, nil, "", "export", "--db", db, "--format", "gexf", "--story", "999999", "--out", out); code != 1 {
		t.Errorf("export of an unknown story: exit %d", code)
	}
	if again, _ := os.ReadFile(out); !bytes.Equal(again, b) {
		t.Error("a failed export replaced the earlier file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left in the folder: %v", entries)
	}
	if code, _, stderr := run(t, nil, "", "export", "--db", db, "--format", "csv", "--out", dir); code == 0 || !strings.Contains(stderr, "is a folder") {
		t.Errorf("export to a folder: exit %d, %q", code, stderr)
	}
}

func testTraceEvidenceReport(t *testing.T, db string) {
	truth, err := demo.LoadTruth()
	if err != nil {
		t.Fatal(err)
	}
	// The article with the longest way back to its root.
	parent := map[string]string{}
	for _, e := range truth.Chain {
		if e.Parent != nil {
			parent[e.Child] = *e.Parent
		}
	}
	var url string
	depth := func(u string) (n int) {
		for ; parent[u] != "" && n < 100; n++ {
			u = parent[u]
		}
		return n
	}
	for child := range parent {
		if d := depth(child); d > depth(url) || (d == depth(url) && child < url) {
			url = child
		}
	}
	path := filepath.Join(t.TempDir(), "evidence.html")
	code, stdout, stderr := run(t, nil, "", "trace", "--db", db, "--report", path, url)
	if code != 0 || !strings.Contains(stderr, "wrote the evidence report to "+path) || !strings.Contains(stdout, "Where it came from") {
		t.Fatalf("trace --report: exit %d\n%s\n%s", code, stdout, stderr)
	}
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The page holds the hash of the article's stored capture, which is
	// the SHA-256 of the demo page's bytes.
	a := truthArticle(truth, url)
	body, err := demo.Corpus.ReadFile(a.File)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(body)
	if !bytes.Contains(page, []byte(hex.EncodeToString(sum[:]))) {
		t.Errorf("the report lacks the hash of %s", a.File)
	}
	if bytes.Contains(page, []byte("<script")) || !bytes.Contains(page, []byte("verified")) {
		t.Error("the report has a script, or no verified capture")
	}
	if code, _, stderr := run(t, nil, "", "trace", "--db", db, "--text", "--report", path, "-"); code != 2 || !strings.Contains(stderr, "--report is for") {
		t.Errorf("trace --text --report: exit %d, %q", code, stderr)
	}
}

func truthArticle(truth *demo.Truth, url string) demo.Article {
	for _, a := range truth.Articles {
		if a.URL == url {
			return a
		}
	}
	return demo.Article{}
}
