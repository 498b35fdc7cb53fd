package web_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/export"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/sqlite"
	"github.com/echotrace/echotrace/web"
)

// exportServer serves a fresh copy of the demo database.
func exportServer(t *testing.T) (*httptest.Server, *sqlite.DB) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), demoDB(t), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	srv, err := web.New(web.Options{Store: db, Now: func() time.Time { return time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts, db
}

func fetchURL(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, b
}

// xmlCounts counts a graph document's nodes and edges, checking that every
// edge joins declared nodes.
func xmlCounts(t *testing.T, b []byte) (nodes, edges int) {
	t.Helper()
	declared := map[string]bool{}
	var ends [][2]string
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("XML does not parse: %v", err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attr := map[string]string{}
		for _, a := range el.Attr {
			attr[a.Name.Local] = a.Value
		}
		switch el.Name.Local {
		case "node":
			declared[attr["id"]] = true
		case "edge":
			ends = append(ends, [2]string{attr["source"], attr["target"]})
		}
	}
	for _, e := range ends {
		if !declared[e[0]] || !declared[e[1]] {
			t.Errorf("edge %s → %s: an end is not a declared node", e[0], e[1])
		}
	}
	return len(declared), len(ends)
}

func TestExportDownloads(t *testing.T) {
	ts, db := exportServer(t)
	ctx := context.Background()
	counts, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	edges, err := db.ParentEdges(ctx, 0, 100000)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query, contentType, file string
		check                    func(t *testing.T, body []byte)
	}{
		{"format=csv&table=articles", "text/csv", "echotrace-articles.csv", func(t *testing.T, b []byte) {
			recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
			if err != nil || len(recs) != counts.Articles+1 || strings.Join(recs[0], ",") != strings.Join(export.ArticleColumns, ",") {
				t.Errorf("%d CSV records (want %d and a header), %v", len(recs), counts.Articles, err)
			}
		}},
		{"format=csv&table=relations", "text/csv", "echotrace-relations.csv", func(t *testing.T, b []byte) {
			recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
			if err != nil || len(recs) != counts.Relations+1 {
				t.Errorf("%d CSV records, want %d and a header: %v", len(recs), counts.Relations, err)
			}
		}},
		{"format=jsonl&table=edges", "application/x-ndjson", "echotrace-edges.jsonl", func(t *testing.T, b []byte) {
			n := 0
			sc := bufio.NewScanner(bytes.NewReader(b))
			for sc.Scan() {
				var row export.EdgeRow
				if err := json.Unmarshal(sc.Bytes(), &row); err != nil || row.To == 0 || row.Relation == "" {
					t.Errorf("line %d: %+v, %v", n+1, row, err)
				}
				n++
			}
			if n != len(edges) {
				t.Errorf("%d JSONL lines, want %d edges", n, len(edges))
			}
		}},
		{"format=gexf&graph=articles", "application/gexf+xml", "echotrace-articles-graph.gexf", func(t *testing.T, b []byte) {
			if nodes, n := xmlCounts(t, b); nodes < counts.Articles || n < len(edges) {
				t.Errorf("article graph: %d nodes, %d edges; want at least %d and %d", nodes, n, counts.Articles, len(edges))
			}
		}},
		{"format=graphml", "application/graphml+xml", "echotrace-outlets-graph.graphml", func(t *testing.T, b []byte) {
			if nodes, n := xmlCounts(t, b); nodes < counts.Outlets || n == 0 {
				t.Errorf("outlet graph: %d nodes, %d edges; want at least the %d outlets", nodes, n, counts.Outlets)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			res, body := fetchURL(t, ts.URL+"/api/v1/export?"+tc.query)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", res.StatusCode, body)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tc.contentType) {
				t.Errorf("Content-Type %q, want %s", ct, tc.contentType)
			}
			disp, params, err := mime.ParseMediaType(res.Header.Get("Content-Disposition"))
			if err != nil || disp != "attachment" || params["filename"] != tc.file {
				t.Errorf("Content-Disposition %q, want an attachment named %s", res.Header.Get("Content-Disposition"), tc.file)
			}
			tc.check(t, body)
		})
	}

	// One story's export holds its articles only.
	stories, err := db.Stories(ctx, 2, 1)
	if err != nil || len(stories) == 0 {
		t.Fatalf("stories: %v %v", stories, err)
	}
	res, body := fetchURL(t, fmt.Sprintf("%s/api/v1/export?format=csv&story=%d", ts.URL, stories[0].ID))
	recs, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if res.StatusCode != http.StatusOK || err != nil || len(recs) != stories[0].Articles+1 {
		t.Errorf("story %d: status %d, %d records (want %d and a header), %v", stories[0].ID, res.StatusCode, len(recs), stories[0].Articles, err)
	}
	if _, params, _ := mime.ParseMediaType(res.Header.Get("Content-Disposition")); params["filename"] != fmt.Sprintf("echotrace-story-%d-articles.csv", stories[0].ID) {
		t.Errorf("story file name: %q", res.Header.Get("Content-Disposition"))
	}
}

func TestExportBadRequests(t *testing.T) {
	ts, _ := exportServer(t)
	tests := []struct {
		query  string
		status int
		want   string
	}{
		{"", http.StatusBadRequest, "choose a format"},
		{"format=xlsx", http.StatusBadRequest, `unknown format \"xlsx\"`},
		{"format=gexf&table=articles", http.StatusBadRequest, "gexf exports a graph"},
		{"format=csv&graph=outlets", http.StatusBadRequest, "csv exports a table"},
		{"format=csv&table=people", http.StatusBadRequest, `unknown table \"people\"`},
		{"format=csv&story=latest", http.StatusBadRequest, "a story ID is a positive number"},
		{"format=csv&tabel=edges", http.StatusBadRequest, `unknown parameter \"tabel\"`},
		{"format=csv&format=gexf", http.StatusBadRequest, "given 2 times"},
		{"format=csv&story=999999", http.StatusNotFound, "story 999999: not found"},
	}
	for _, tc := range tests {
		res, body := fetchURL(t, ts.URL+"/api/v1/export?"+tc.query)
		var e struct {
			Error string `json:"error"`
		}
		if res.StatusCode != tc.status || json.Unmarshal(body, &e) != nil || !strings.Contains(string(body), tc.want) || e.Error == "" {
			t.Errorf("?%s: status %d, body %s; want %d with an error saying %s", tc.query, res.StatusCode, body, tc.status, tc.want)
		}
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") || res.Header.Get("Content-Disposition") != "" {
			t.Errorf("?%s: an error is JSON, not a download: %q, %q", tc.query, ct, res.Header.Get("Content-Disposition"))
		}
	}
}

func TestEvidencePage(t *testing.T) {
	ts, db := exportServer(t)
	ctx := context.Background()
	// An article with a source: its page names the source's capture too.
	edges, err := db.ParentEdges(ctx, 0, 100000)
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	for _, e := range edges {
		if e.From != 0 {
			id = e.To
			break
		}
	}
	res, body := fetchURL(t, fmt.Sprintf("%s/articles/%d/evidence", ts.URL, id))
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("status %d, %s: %s", res.StatusCode, res.Header.Get("Content-Type"), body)
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
	if !bytes.Contains(body, []byte("Generated 2026-03-20 09:00:00 UTC")) {
		t.Error("the report is not dated by the server's clock")
	}
	for _, aid := range []int64{id, edgeFrom(edges, id)} {
		vs, err := db.Versions(ctx, aid)
		if err != nil {
			t.Fatal(err)
		}
		c, err := db.Capture(ctx, vs[0].CaptureID)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(c.Body)
		if !bytes.Contains(body, []byte(hex.EncodeToString(sum[:]))) {
			t.Errorf("the report lacks the capture hash of article %d", aid)
		}
	}
	checkSelfContained(t, body)

	for _, bad := range []string{"999999", "abc", "0"} {
		if res, body := fetchURL(t, ts.URL+"/articles/"+bad+"/evidence"); res.StatusCode != http.StatusNotFound {
			t.Errorf("evidence of %s: status %d, %s", bad, res.StatusCode, body)
		}
	}
}

func edgeFrom(edges []store.OutletEdge, to int64) int64 {
	for _, e := range edges {
		if e.To == to {
			return e.From
		}
	}
	return 0
}

func TestEvidencePageEscapesStoredText(t *testing.T) {
	ts, db := exportServer(t)
	body := []byte(`<html><head><title>x</title></head><body><p>The lighthouse keeper retired.</p></body></html>`)
	res, err := db.Ingest(context.Background(), []store.IngestItem{{
		Capture: echotrace.Capture{SHA256: sha256.Sum256(body), URL: "https://lamplight.example/keeper", Origin: echotrace.OriginFetch,
			CapturedAt: time.Date(2026, 3, 19, 8, 0, 0, 0, time.UTC), ContentType: "text/html", Body: body},
		Extraction: &echotrace.Extraction{URL: "https://lamplight.example/keeper", Outlet: "lamplight.example",
			Title: `Keeper <script>alert(1)</script> retires`, Byline: `<img src=x onerror=alert(2)>`, Text: "The lighthouse keeper retired."},
	}})
	if err != nil {
		t.Fatal(err)
	}
	r, page := fetchURL(t, fmt.Sprintf("%s/articles/%d/evidence", ts.URL, res[0].ArticleID))
	if r.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", r.StatusCode, page)
	}
	if bytes.Contains(page, []byte("<script>")) || !bytes.Contains(page, []byte("&lt;script&gt;alert(1)&lt;/script&gt;")) {
		t.Error("the title's markup was not escaped")
	}
	checkSelfContained(t, page)
}

// checkSelfContained parses a page and fails on anything that would run
// or load from elsewhere.
func checkSelfContained(t *testing.T, page []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "link", "img", "iframe", "object", "embed":
				t.Errorf("the page has a <%s> element", n.Data)
			case "style":
				if n.FirstChild != nil && (strings.Contains(n.FirstChild.Data, "@import") || strings.Contains(n.FirstChild.Data, "url(")) {
					t.Error("the stylesheet loads something")
				}
			}
			for _, a := range n.Attr {
				if a.Key == "src" || strings.HasPrefix(a.Key, "on") {
					t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}
