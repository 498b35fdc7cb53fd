package export_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/export"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/sqlite"
)

// corpus is a small fictional corpus: a harbour story that travels from
// the Gull Courier to a wire and two relays (one crediting an outlet not
// ingested), and a separate pair of independent reports on a ferry strike.
type corpus struct {
	s      *sqlite.DB
	ids    map[string]int64
	bodies map[string][]byte
}

var t0 = time.Date(2026, 4, 2, 6, 0, 0, 0, time.UTC)

const formulaTitle = `=HYPERLINK("https://phish.example/","Ferries halted by strike")`

const hostileTitle = `Quay "repairs", delayed <script>alert(1)</script>` + "\nagain"

func newCorpus(t *testing.T) *corpus {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "export.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := &corpus{s: db, ids: map[string]int64{}, bodies: map[string][]byte{}}
	pages := []struct {
		key, url, outlet, title, text string
		at                            time.Duration
		dated                         bool
	}{
		{"orig", "https://gullcourier.example/2026/04/02/quay", "gullcourier.example", "Quay repairs delayed",
			"The north quay will stay closed until June, the harbour board said on Thursday. Divers found cracks in three pylons.", 0, true},
		{"wire", "https://www.brinewire.example/quay-delay", "brinewire.example", "Harbour board delays quay reopening",
			"The north quay will stay closed until June, the harbour board said, according to the Gull Courier. Divers found cracks in three pylons.", time.Hour, true},
		{"relay", "https://saltrelay.example/?p=88", "saltrelay.example", hostileTitle,
			"The north quay will stay closed until June, the harbour board said. Divers found cracks in three pylons.", 3 * time.Hour, false},
		{"strike1", "https://gullcourier.example/2026/04/02/ferry-strike", "gullcourier.example", "Ferry crews walk out",
			"Ferry crews stopped work at dawn over rotas, the union said.", 30 * time.Minute, true},
		{"strike2", "https://brinewire.example/ferry-strike", "brinewire.example", formulaTitle,
			"No ferries ran on Thursday morning as crews went on strike over shift patterns.", 2 * time.Hour, true},
		{"lone", "file:///home/desk/notes/tide-tables.html", "tide-tables.html", "",
			"Tide tables for April are printed on page four.", 5 * time.Hour, false},
	}
	var items []store.IngestItem
	for _, p := range pages {
		body := []byte(fmt.Sprintf("<html><head><title>%s</title></head><body><p>%s</p></body></html>", p.title, p.text))
		c.bodies[p.key] = body
		ex := &echotrace.Extraction{URL: p.url, Outlet: p.outlet, Title: p.title, Byline: "Desk, \"Harbour\"", Text: p.text, Lang: "en"}
		if p.dated {
			ex.Published, ex.PublishedSource = t0.Add(p.at), "meta"
		}
		items = append(items, store.IngestItem{
			Capture: echotrace.Capture{SHA256: sha256.Sum256(body), URL: p.url, Origin: echotrace.OriginWARC,
				OriginRef: "crawl-0402.warc.gz@" + fmt.Sprint(len(items)*4096), CapturedAt: t0.Add(p.at + 10*time.Minute),
				ContentType: "text/html; charset=utf-8", Headers: map[string]string{"WARC-Record-ID": "<urn:uuid:" + p.key + ">"}, Body: body},
			Extraction: ex,
		})
	}
	res, err := db.Ingest(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	versions := map[string]int64{}
	for i, p := range pages {
		c.ids[p.key] = res[i].ArticleID
		versions[p.key] = res[i].VersionID
	}
	id := c.ids
	rel := func(a, b, kind string, changes string) echotrace.Relation {
		x, y := id[a], id[b]
		return echotrace.Relation{A: min(x, y), B: max(x, y), Relation: kind, Score: 0.91, CoverageA: 0.88, CoverageB: 0.97,
			Passages: []byte(`[{"a":[0,40],"b":[0,40],"kind":"verbatim"}]`), Changes: []byte(changes)}
	}
	entry := func(k string) echotrace.IndexEntry {
		return echotrace.IndexEntry{ArticleID: id[k], VersionID: versions[k], Aliases: "test", Data: []byte{1}}
	}
	if err := db.SaveRelated(ctx, []store.Related{
		{Entry: entry("wire"), Relations: []echotrace.Relation{rel("orig", "wire", "copy",
			`[{"kind":"attribution","a":[60,60],"b":[60,89],"a_text":"","b_text":", according to the Gull Courier"}]`)}},
		{Entry: entry("relay"), Relations: []echotrace.Relation{rel("wire", "relay", "copy",
			`[{"kind":"attribution","a":[60,89],"b":[60,60],"a_text":", according to the Gull Courier","b_text":""}]`), rel("orig", "relay", "copy", `[]`)}},
		{Entry: entry("strike2"), Relations: []echotrace.Relation{rel("strike1", "strike2", "related", `[]`)}},
	}); err != nil {
		t.Fatal(err)
	}
	lag := 90 * time.Minute
	ev := `[{"kind":"date","favours":"from","detail":"published 1.0 hours earlier (meta)","source":"meta","weight":1},` +
		`{"kind":"credit","favours":"from","detail":"credits the Gull Courier","source":"text","weight":2}]`
	if err := db.SaveProvenance(ctx, store.ProvenanceUpdate{
		Articles: []int64{id["orig"], id["wire"], id["relay"], id["strike1"], id["strike2"], id["lone"]},
		Edges: []echotrace.ProvenanceEdge{
			{To: id["wire"], From: id["orig"], Relation: "copy", Score: 0.91, Confidence: 0.93, Evidence: []byte(ev), Lag: &lag},
			{To: id["relay"], From: id["wire"], Relation: "copy", Score: 0.9, Confidence: 0.71, Conflict: true,
				Evidence: []byte(`[{"kind":"containment","favours":"to","detail":"the relay is longer in one place","source":"","weight":0.5}]`)},
			{To: id["orig"], ExternalOutlet: "harbourboard.example", ExternalName: "the harbour board", Relation: "source", Confidence: 0.5},
		},
		Stories: map[int64]int64{id["orig"]: id["orig"], id["wire"]: id["orig"], id["relay"]: id["orig"],
			id["strike1"]: id["strike1"], id["strike2"]: id["strike1"]},
	}); err != nil {
		t.Fatal(err)
	}
	return c
}

func (c *corpus) export(t *testing.T, r export.Request) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.Write(context.Background(), c.s, &b, r); err != nil {
		t.Fatalf("export %+v: %v", r, err)
	}
	return b.Bytes()
}

func readCSV(t *testing.T, b []byte, header []string) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v\n%s", err, b)
	}
	if len(recs) == 0 || !slices.Equal(recs[0], header) {
		t.Fatalf("CSV header = %v, want %v", recs[0], header)
	}
	for i, r := range recs {
		if len(r) != len(header) {
			t.Errorf("CSV row %d has %d columns, want %d", i, len(r), len(header))
		}
	}
	return recs[1:]
}

func readJSONL(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("JSONL line %d does not parse: %v\n%s", len(out)+1, err, sc.Bytes())
		}
		out = append(out, m)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestTables(t *testing.T) {
	c := newCorpus(t)
	tests := []struct {
		table    string
		columns  []string
		jsonAlso []string
		rows     int
	}{
		{export.TableArticles, export.ArticleColumns, nil, 6},
		{export.TableRelations, export.RelationColumns, []string{"passages", "changes"}, 4},
		{export.TableEdges, export.EdgeColumns, []string{"evidence"}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.table, func(t *testing.T) {
			rows := readCSV(t, c.export(t, export.Request{Format: export.CSV, Table: tc.table}), tc.columns)
			if len(rows) != tc.rows {
				t.Errorf("CSV: %d rows, want %d", len(rows), tc.rows)
			}
			lines := readJSONL(t, c.export(t, export.Request{Format: export.JSONL, Table: tc.table}))
			if len(lines) != tc.rows {
				t.Errorf("JSONL: %d lines, want %d", len(lines), tc.rows)
			}
			for i, l := range lines {
				for _, col := range append(slices.Clone(tc.columns), tc.jsonAlso...) {
					if _, ok := l[col]; !ok {
						t.Errorf("JSONL line %d lacks %q: %v", i+1, col, l)
					}
				}
				if len(l) != len(tc.columns)+len(tc.jsonAlso) {
					t.Errorf("JSONL line %d has %d fields, want %d", i+1, len(l), len(tc.columns)+len(tc.jsonAlso))
				}
			}
		})
	}
}

func TestArticleRowsKeepTheirText(t *testing.T) {
	c := newCorpus(t)
	rows := readCSV(t, c.export(t, export.Request{Format: export.CSV, Table: "articles"}), export.ArticleColumns)
	byID := map[string][]string{}
	for _, r := range rows {
		byID[r[0]] = r
	}
	relay := byID[fmt.Sprint(c.ids["relay"])]
	// A title with quotes, a comma, markup and a line break comes back as it went in.
	if relay[3] != hostileTitle || relay[4] != `Desk, "Harbour"` || relay[5] != "" || relay[10] != fmt.Sprint(c.ids["orig"]) || relay[11] != "18" {
		t.Errorf("relay row = %q", relay)
	}
	orig := byID[fmt.Sprint(c.ids["orig"])]
	if orig[5] != "2026-04-02T06:00:00Z" || orig[6] != "meta" || orig[8] != "2026-04-02T06:10:00Z" || orig[9] != "1" {
		t.Errorf("original row = %q", orig)
	}
	// A title that a spreadsheet would run as a formula is defused in CSV
	// only.
	strike := byID[fmt.Sprint(c.ids["strike2"])]
	if strike[3] != "'"+formulaTitle {
		t.Errorf("CSV title = %q, want it behind an apostrophe", strike[3])
	}
	lines := readJSONL(t, c.export(t, export.Request{Format: "jsonl", Table: "articles"}))
	for _, l := range lines {
		if l["id"] == float64(c.ids["strike2"]) && l["title"] != formulaTitle {
			t.Errorf("JSONL title = %q, want it as stored", l["title"])
		}
		switch l["url"] {
		case "file:///home/desk/notes/tide-tables.html":
			if l["story"] != nil || l["published"] != nil || l["title"] != "" {
				t.Errorf("unrelated, undated article = %v", l)
			}
		case "https://saltrelay.example/?p=88":
			if l["title"] != hostileTitle {
				t.Errorf("JSON title = %q", l["title"])
			}
		}
	}
	if !bytes.Contains(c.export(t, export.Request{Format: "jsonl"}), []byte("<script>")) {
		t.Error("JSONL escapes < as \\u003c: exports are data, not HTML")
	}
}

func TestEdgeAndRelationRows(t *testing.T) {
	c := newCorpus(t)
	edges := readJSONL(t, c.export(t, export.Request{Format: "jsonl", Table: "edges"}))
	var external, wire map[string]any
	for _, e := range edges {
		switch e["to"] {
		case float64(c.ids["orig"]):
			external = e
		case float64(c.ids["wire"]):
			wire = e
		}
	}
	if external == nil || external["from"] != nil || external["external"] != true || external["from_outlet"] != "harbourboard.example" ||
		external["from_url"] != nil || external["to_outlet"] != "gullcourier.example" {
		t.Errorf("external edge = %v", external)
	}
	if wire == nil || wire["from"] != float64(c.ids["orig"]) || wire["from_url"] != "https://gullcourier.example/2026/04/02/quay" ||
		wire["lag_hours"] != 1.5 || wire["confidence"] != 0.93 || wire["relation"] != "copy" {
		t.Errorf("wire edge = %v", wire)
	}
	if ev, ok := wire["evidence"].([]any); !ok || len(ev) != 2 {
		t.Errorf("wire edge evidence = %v", wire["evidence"])
	}
	rows := readCSV(t, c.export(t, export.Request{Format: "csv", Table: "edges"}), export.EdgeColumns)
	for _, r := range rows {
		if r[1] == fmt.Sprint(c.ids["orig"]) && (r[0] != "" || r[6] != "true") {
			t.Errorf("external edge in CSV = %q", r)
		}
	}

	rels := readJSONL(t, c.export(t, export.Request{Format: "jsonl", Table: "relations"}))
	var prev [2]float64
	for _, r := range rels {
		pair := [2]float64{r["a"].(float64), r["b"].(float64)}
		if pair[0] >= pair[1] || (pair[0] < prev[0] || (pair[0] == prev[0] && pair[1] <= prev[1])) {
			t.Errorf("relations out of (a, b) order: %v after %v", pair, prev)
		}
		prev = pair
		if ps, ok := r["passages"].([]any); !ok || len(ps) != 1 {
			t.Errorf("passages = %v", r["passages"])
		}
		if r["a_url"] == "" || r["b_url"] == "" || r["found_at"] == nil {
			t.Errorf("relation = %v", r)
		}
	}
}

func TestStoryRestriction(t *testing.T) {
	c := newCorpus(t)
	story := c.ids["orig"]
	members := map[string]bool{}
	for _, k := range []string{"orig", "wire", "relay"} {
		members[fmt.Sprint(c.ids[k])] = true
	}
	arts := readCSV(t, c.export(t, export.Request{Format: "csv", Table: "articles", Story: story}), export.ArticleColumns)
	if len(arts) != 3 {
		t.Errorf("story articles: %d rows, want 3", len(arts))
	}
	for _, r := range arts {
		if !members[r[0]] {
			t.Errorf("article %s is not in story %d", r[0], story)
		}
	}
	rels := readCSV(t, c.export(t, export.Request{Format: "csv", Table: "relations", Story: story}), export.RelationColumns)
	if len(rels) != 3 {
		t.Errorf("story relations: %d rows, want 3", len(rels))
	}
	for _, r := range rels {
		if !members[r[0]] || !members[r[1]] {
			t.Errorf("relation %s–%s leaves story %d", r[0], r[1], story)
		}
	}
	edges := readCSV(t, c.export(t, export.Request{Format: "csv", Table: "edges", Story: story}), export.EdgeColumns)
	if len(edges) != 3 {
		t.Errorf("story edges: %d rows, want 3 (two copies and the external credit)", len(edges))
	}
	strike := readCSV(t, c.export(t, export.Request{Format: "csv", Table: "edges", Story: c.ids["strike1"]}), export.EdgeColumns)
	if len(strike) != 0 {
		t.Errorf("independent coverage has no source edges, got %q", strike)
	}

	var b bytes.Buffer
	err := export.Write(context.Background(), c.s, &b, export.Request{Format: "csv", Table: "articles", Story: 987654})
	if !errors.Is(err, echotrace.ErrNotFound) || b.Len() != 0 {
		t.Errorf("unknown story: %v, %d bytes written; want ErrNotFound and nothing", err, b.Len())
	}
}

func TestRequestErrors(t *testing.T) {
	tests := []struct {
		req  export.Request
		want string
	}{
		{export.Request{}, "choose a format"},
		{export.Request{Format: "xlsx"}, `unknown format "xlsx"`},
		{export.Request{Format: "gexf", Table: "articles"}, "gexf exports a graph"},
		{export.Request{Format: "csv", Graph: "outlets"}, "csv exports a table"},
		{export.Request{Format: "jsonl", Table: "outlets"}, `unknown table "outlets"`},
		{export.Request{Format: "graphml", Graph: "people"}, `unknown graph "people"`},
		{export.Request{Format: "csv", Story: -3}, "positive number"},
	}
	for _, tc := range tests {
		_, err := tc.req.Normalize()
		if !errors.Is(err, echotrace.ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want ErrInvalid saying %q", tc.req, err, tc.want)
		}
	}
	r, err := export.Request{Format: " GEXF "}.Normalize()
	if err != nil || r.Format != "gexf" || r.Graph != "outlets" || r.FileName() != "echotrace-outlets-graph.gexf" {
		t.Errorf("defaults: %+v, %v", r, err)
	}
	r, _ = export.Request{Format: "csv", Story: 12}.Normalize()
	if r.Table != "articles" || r.FileName() != "echotrace-story-12-articles.csv" || !strings.HasPrefix(r.ContentType(), "text/csv") {
		t.Errorf("defaults: %+v %s %s", r, r.FileName(), r.ContentType())
	}
	for _, bad := range []string{"x", "0", "-1", "1.5"} {
		if _, err := export.ParseStory(bad); !errors.Is(err, echotrace.ErrInvalid) {
			t.Errorf("story %q: %v", bad, err)
		}
	}
	if id, err := export.ParseStory(" 42 "); id != 42 || err != nil {
		t.Errorf("story 42 = %d, %v", id, err)
	}
}

// graph is a GEXF or GraphML document reduced to what the tests check.
type graph struct {
	nodes     map[string]map[string]string // id → attribute title → value
	labels    map[string]string
	edges     []graphEdge
	nodeAttrs map[string]string // title → type
	edgeAttrs map[string]string
}

type graphEdge struct {
	id, source, target string
	undirected         bool
	values             map[string]string
}

type gexfDoc struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Attributes      []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID     string     `xml:"id,attr"`
			Label  string     `xml:"label,attr"`
			Start  string     `xml:"start,attr"`
			Values []attvalue `xml:"attvalues>attvalue"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID     string     `xml:"id,attr"`
			Source string     `xml:"source,attr"`
			Target string     `xml:"target,attr"`
			Type   string     `xml:"type,attr"`
			Weight string     `xml:"weight,attr"`
			Values []attvalue `xml:"attvalues>attvalue"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type attvalue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type graphmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string `xml:"id,attr"`
			Data []data `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID       string `xml:"id,attr"`
			Source   string `xml:"source,attr"`
			Target   string `xml:"target,attr"`
			Directed string `xml:"directed,attr"`
			Data     []data `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type data struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// parseGraph decodes a GEXF or GraphML export and checks what both must
// hold: declared attributes, unique node IDs, and edges between declared
// nodes.
func parseGraph(t *testing.T, format string, b []byte) graph {
	t.Helper()
	g := graph{nodes: map[string]map[string]string{}, labels: map[string]string{}, nodeAttrs: map[string]string{}, edgeAttrs: map[string]string{}}
	addNode := func(id string) map[string]string {
		if _, dup := g.nodes[id]; dup {
			t.Errorf("node %q declared twice", id)
		}
		g.nodes[id] = map[string]string{}
		return g.nodes[id]
	}
	switch format {
	case export.GEXF:
		var doc gexfDoc
		if err := xml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("GEXF does not parse: %v\n%s", err, b)
		}
		if doc.Version != "1.3" || doc.Graph.DefaultEdgeType != "directed" {
			t.Errorf("GEXF version %q, defaultedgetype %q", doc.Version, doc.Graph.DefaultEdgeType)
		}
		titles := map[string]map[string]string{}
		for _, as := range doc.Graph.Attributes {
			titles[as.Class] = map[string]string{}
			for _, a := range as.Attrs {
				titles[as.Class][a.ID] = a.Title
				if as.Class == "node" {
					g.nodeAttrs[a.Title] = a.Type
				} else {
					g.edgeAttrs[a.Title] = a.Type
				}
			}
		}
		for _, n := range doc.Graph.Nodes {
			vals := addNode(n.ID)
			g.labels[n.ID] = n.Label
			for _, v := range n.Values {
				title, ok := titles["node"][v.For]
				if !ok {
					t.Errorf("node %s: value for undeclared attribute %q", n.ID, v.For)
				}
				vals[title] = v.Value
			}
			if n.Start != "" {
				if _, err := time.Parse(time.RFC3339, n.Start); err != nil {
					t.Errorf("node %s start %q: %v", n.ID, n.Start, err)
				}
			}
		}
		for _, e := range doc.Graph.Edges {
			ge := graphEdge{id: e.ID, source: e.Source, target: e.Target, undirected: e.Type == "undirected", values: map[string]string{}}
			for _, v := range e.Values {
				title, ok := titles["edge"][v.For]
				if !ok {
					t.Errorf("edge %s: value for undeclared attribute %q", e.ID, v.For)
				}
				ge.values[title] = v.Value
			}
			ge.values["weight"] = e.Weight
			g.edges = append(g.edges, ge)
		}
	case export.GraphML:
		var doc graphmlDoc
		if err := xml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("GraphML does not parse: %v\n%s", err, b)
		}
		if doc.Graph.EdgeDefault != "directed" {
			t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
		}
		keys := map[string]string{}
		for _, k := range doc.Keys {
			keys[k.ID] = k.Name
			if k.Type == "" {
				t.Errorf("key %s has no attr.type", k.ID)
			}
			if k.For == "node" {
				g.nodeAttrs[k.Name] = k.Type
			} else {
				g.edgeAttrs[k.Name] = k.Type
			}
		}
		for _, n := range doc.Graph.Nodes {
			vals := addNode(n.ID)
			for _, d := range n.Data {
				name, ok := keys[d.Key]
				if !ok {
					t.Errorf("node %s: data for undeclared key %q", n.ID, d.Key)
				}
				vals[name] = d.Value
			}
			g.labels[n.ID] = vals["label"]
		}
		for _, e := range doc.Graph.Edges {
			ge := graphEdge{id: e.ID, source: e.Source, target: e.Target, undirected: e.Directed == "false", values: map[string]string{}}
			for _, d := range e.Data {
				name, ok := keys[d.Key]
				if !ok {
					t.Errorf("edge %s: data for undeclared key %q", e.ID, d.Key)
				}
				ge.values[name] = d.Value
			}
			g.edges = append(g.edges, ge)
		}
	}
	seen := map[string]bool{}
	for _, e := range g.edges {
		if seen[e.id] {
			t.Errorf("edge id %q used twice", e.id)
		}
		seen[e.id] = true
		if g.nodes[e.source] == nil || g.nodes[e.target] == nil {
			t.Errorf("edge %s: %s → %s, an end is not a declared node", e.id, e.source, e.target)
		}
	}
	return g
}

func TestGraphs(t *testing.T) {
	c := newCorpus(t)
	for _, format := range []string{export.GEXF, export.GraphML} {
		t.Run(format+"/outlets", func(t *testing.T) {
			g := parseGraph(t, format, c.export(t, export.Request{Format: format, Graph: "outlets"}))
			// Three outlets with articles, the file outlet, and the credited harbour board.
			if len(g.nodes) != 5 {
				t.Errorf("%d outlet nodes, want 5: %v", len(g.nodes), g.labels)
			}
			byDomain := map[string]map[string]string{}
			ids := map[string]string{}
			for id, v := range g.nodes {
				byDomain[v["domain"]] = v
				ids[v["domain"]] = id
			}
			if v := byDomain["harbourboard.example"]; v == nil || v["external"] != "true" {
				t.Errorf("external outlet node = %v", v)
			}
			if v := byDomain["gullcourier.example"]; v["articles"] != "2" || v["external"] != "false" || v["from_external"] != "1" {
				t.Errorf("gull courier node = %v", v)
			}
			// gull → brine (copy), brine → salt (copy), board → gull (credit).
			if len(g.edges) != 3 {
				t.Errorf("%d outlet edges, want 3: %+v", len(g.edges), g.edges)
			}
			for _, e := range g.edges {
				if e.source == ids["gullcourier.example"] && e.target == ids["brinewire.example"] &&
					(e.values["copy"] != "1" || e.values["articles"] != "1" || e.values["weight"] != "1" || e.values["median_lag_hours"] != "1.5") {
					t.Errorf("gull → brine edge = %v", e.values)
				}
			}
			if g.edgeAttrs["articles"] == "" || g.nodeAttrs["share_original"] != "double" {
				t.Errorf("declared attributes: nodes %v, edges %v", g.nodeAttrs, g.edgeAttrs)
			}
		})
		t.Run(format+"/articles", func(t *testing.T) {
			g := parseGraph(t, format, c.export(t, export.Request{Format: format, Graph: "articles"}))
			if len(g.nodes) != 7 { // six articles and the external harbour board
				t.Errorf("%d article nodes, want 7: %v", len(g.nodes), g.labels)
			}
			relay := g.nodes[fmt.Sprintf("a%d", c.ids["relay"])]
			if relay["title"] != hostileTitle || relay["story"] != fmt.Sprint(c.ids["orig"]) || relay["outlet"] != "saltrelay.example" {
				t.Errorf("relay node = %v", relay)
			}
			if l := g.labels[fmt.Sprintf("a%d", c.ids["lone"])]; l != "file:///home/desk/notes/tide-tables.html" {
				t.Errorf("untitled article's label = %q, want its URL", l)
			}
			var provenance, related int
			for _, e := range g.edges {
				switch e.values["kind"] {
				case "provenance":
					provenance++
					if e.undirected {
						t.Errorf("provenance edge %s is undirected", e.id)
					}
				case "related":
					related++
					if !e.undirected || e.values["relation"] != "related" {
						t.Errorf("related edge = %+v", e)
					}
				default:
					t.Errorf("edge %s of kind %q", e.id, e.values["kind"])
				}
			}
			if provenance != 3 || related != 1 {
				t.Errorf("%d provenance and %d related edges, want 3 and 1", provenance, related)
			}
		})
		t.Run(format+"/story", func(t *testing.T) {
			g := parseGraph(t, format, c.export(t, export.Request{Format: format, Graph: "articles", Story: c.ids["strike1"]}))
			if len(g.nodes) != 2 || len(g.edges) != 1 || !g.edges[0].undirected {
				t.Errorf("strike story: %d nodes, edges %+v", len(g.nodes), g.edges)
			}
			g = parseGraph(t, format, c.export(t, export.Request{Format: format, Graph: "outlets", Story: c.ids["orig"]}))
			if len(g.nodes) != 4 || len(g.edges) != 3 {
				t.Errorf("harbour story outlet graph: %d nodes, %d edges; want 4 and 3", len(g.nodes), len(g.edges))
			}
		})
	}
}

func TestGEXFDeclaresTimeline(t *testing.T) {
	c := newCorpus(t)
	b := c.export(t, export.Request{Format: "gexf", Graph: "articles"})
	for _, want := range []string{`mode="dynamic"`, `timeformat="dateTime"`, `start="2026-04-02T06:00:00Z"`, `xmlns="http://gexf.net/1.3"`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("article GEXF lacks %s", want)
		}
	}
	if bytes.Contains(b, []byte("<script>")) {
		t.Error("a title's markup was written unescaped")
	}
	// GEXF's RELAX NG grammar allows only version and variant on the root
	// (an xsi:schemaLocation fails validation).
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		if root, ok := tok.(xml.StartElement); ok {
			for _, a := range root.Attr {
				if a.Name.Local != "version" && a.Name.Local != "xmlns" {
					t.Errorf("root attribute %s:%s is not in the GEXF 1.3 grammar", a.Name.Space, a.Name.Local)
				}
			}
			break
		}
	}
}
