package web

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenTimeline is a small story with every case the timeline draws: a
// chain of copies across lanes, two articles of one outlet, a day-only
// date, an undated copy, an external source, an independent report and
// titles that need escaping.
var goldenTimeline = timelineInput{
	Title: `Port "deal" <b>scandal</b>`,
	Articles: []timelineArticle{
		{ID: 1, Outlet: "gazette.example", Title: "Original report", Published: time.Date(2026, 3, 14, 6, 40, 0, 0, time.UTC)},
		{ID: 2, Outlet: "wire.example", Title: "Wire copy", Published: time.Date(2026, 3, 14, 8, 5, 0, 0, time.UTC)},
		{ID: 3, Outlet: "relay.example", Title: `Relay <script>alert(1)</script>`, Published: time.Date(2026, 3, 14, 9, 12, 0, 0, time.UTC)},
		{ID: 4, Outlet: "daily.example", Title: "Day-only copy", Published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), DayOnly: true},
		{ID: 5, Outlet: "nodate.example", Title: "Undated copy"},
		{ID: 6, Outlet: "courier.example", Title: "Independent report", Published: time.Date(2026, 3, 14, 15, 20, 0, 0, time.UTC)},
		{ID: 7, Outlet: "wire.example", Title: "Wire follow-up", Published: time.Date(2026, 3, 15, 10, 0, 0, 0, time.UTC)},
	},
	Edges: []timelineEdge{
		{FromExternal: "weekly.example", To: 1, Relation: "source"},
		{From: 1, To: 2, Relation: "copy", Confidence: 1},
		{From: 2, To: 3, Relation: "duplicate", Confidence: 0.88},
		{From: 2, To: 4, Relation: "duplicate", Confidence: 0.99},
		{From: 3, To: 5, Relation: "excerpt", Confidence: 0.67},
		{From: 2, To: 7, Relation: "rewrite", Confidence: 0.8},
	},
	Related: [][2]int64{{1, 6}, {2, 6}, {3, 6}},
}

var goldenOutletGraph = outletGraphInput{
	Outlet:     "wire.example",
	CopiesFrom: []outletFlow{{"gazette.example", 4}},
	CopiedBy:   []outletFlow{{"relay.example", 9}, {"daily.example", 2}, {"nodate.example", 2}},
}

func TestTimelineGolden(t *testing.T) {
	svg := renderForTest(t, drawTimeline(goldenTimeline))
	golden(t, "timeline.golden.svg", svg)
	counts := elementCounts(t, svg)
	if counts["circle.article"] != 7 || counts["circle.external"] != 1 {
		t.Errorf("circles: %v", counts)
	}
	if counts["path.edge"] != 6 {
		t.Errorf("edges: %d, want 6", counts["path.edge"])
	}
	// Three related pairs, one drawn: they all join the courier's report
	// to the same tree of copies.
	if counts["path.related"] != 1 {
		t.Errorf("related lines: %d, want 1", counts["path.related"])
	}
	if counts["title"] < 1+7+1+7 || counts["desc"] != 1 {
		t.Errorf("titles: %d, descs: %d", counts["title"], counts["desc"])
	}
}

func TestOutletGraphGolden(t *testing.T) {
	svg := renderForTest(t, drawOutletGraph(goldenOutletGraph))
	golden(t, "outlet-graph.golden.svg", svg)
	counts := elementCounts(t, svg)
	if counts["path.flow"] != 4 {
		t.Errorf("flows: %d, want 4", counts["path.flow"])
	}
}

func TestTimelineDegenerate(t *testing.T) {
	// One undated article, nothing else: still a picture, no division by
	// a zero time span, no ticks.
	for _, in := range []timelineInput{
		{Title: "one", Articles: []timelineArticle{{ID: 1, Outlet: "a.example"}}},
		{Title: "same time", Articles: []timelineArticle{
			{ID: 1, Outlet: "a.example", Published: time.Date(2026, 3, 14, 6, 0, 0, 0, time.UTC)},
			{ID: 2, Outlet: "a.example", Published: time.Date(2026, 3, 14, 6, 0, 0, 0, time.UTC)}},
			Edges: []timelineEdge{{From: 1, To: 2, Relation: "duplicate"}, {From: 9, To: 2, Relation: "copy"}}},
		{Title: "empty"},
	} {
		svg := renderForTest(t, drawTimeline(in))
		if strings.Contains(svg, "NaN") || strings.Contains(svg, "Inf") {
			t.Errorf("%s: %s", in.Title, svg)
		}
		elementCounts(t, svg)
	}
}

func TestTimelineIsDeterministic(t *testing.T) {
	first := renderForTest(t, drawTimeline(goldenTimeline))
	for range 20 {
		if renderForTest(t, drawTimeline(goldenTimeline)) != first {
			t.Fatal("two drawings of the same story differ")
		}
	}
}

func renderForTest(t *testing.T, d svgDrawing) string {
	t.Helper()
	_, svgTemplate, err := parseTemplates()
	if err != nil {
		t.Fatal(err)
	}
	out, err := (&pages{svg: svgTemplate}).renderSVG(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(out) + "\n"
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./web -run Golden -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the drawing (run go test ./web -run Golden -update and look at the diff):\n%s", path, got)
	}
}

// elementCounts parses the SVG as XML, which also proves it well formed
// (every title escaped), and counts its elements by name and by
// name.class.
func elementCounts(t *testing.T, svg string) map[string]int {
	t.Helper()
	counts := map[string]int{}
	dec := xml.NewDecoder(bytes.NewReader([]byte(svg)))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
		if se, ok := tok.(xml.StartElement); ok {
			counts[se.Name.Local]++
			for _, a := range se.Attr {
				if a.Name.Local == "class" {
					for _, c := range strings.Fields(a.Value) {
						counts[se.Name.Local+"."+c]++
					}
				}
			}
		}
	}
	return counts
}
