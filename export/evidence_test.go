package export_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/export"
	"github.com/echotrace/echotrace/report"
)

func evidenceFor(t *testing.T, c *corpus, key string) (*export.EvidenceData, []byte) {
	t.Helper()
	ctx := context.Background()
	art, err := c.s.Article(ctx, c.ids[key])
	if err != nil {
		t.Fatal(err)
	}
	tr, err := report.For(ctx, c.s, art, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	data, err := export.GatherEvidence(ctx, c.s, tr, time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := export.EvidenceReport(&b, *data); err != nil {
		t.Fatal(err)
	}
	return data, b.Bytes()
}

func TestEvidenceReport(t *testing.T) {
	c := newCorpus(t)
	data, page := evidenceFor(t, c, "relay")

	// The report covers the chain and the article itself, each with the
	// hash of the bytes that were stored, checked against the body.
	if n := len(data.Records); n < 2 || data.Records[n-1].ID != c.ids["relay"] || data.Records[n-1].Role != "this article" {
		t.Fatalf("records = %+v", data.Records)
	}
	if len(data.Trace.Chain) == 0 {
		t.Fatalf("the relay should have a source: %+v", data.Trace)
	}
	byID := map[int64]string{}
	for k, id := range c.ids {
		byID[id] = k
	}
	for _, rec := range data.Records {
		if len(rec.Captures) != 1 {
			t.Errorf("article %d: %d captures, want 1", rec.ID, len(rec.Captures))
			continue
		}
		cp := rec.Captures[0]
		sum := sha256.Sum256(c.bodies[byID[rec.ID]])
		want := hex.EncodeToString(sum[:])
		if cp.SHA256 != want || !cp.Verified || cp.Origin != "warc" || !strings.HasPrefix(cp.OriginRef, "crawl-0402.warc.gz@") ||
			!strings.HasPrefix(cp.HTTPStatus, "2xx") || cp.CapturedAt.IsZero() {
			t.Errorf("capture of article %d = %+v, want hash %s", rec.ID, cp, want)
		}
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("the report lacks the capture hash %s of article %d", want, rec.ID)
		}
	}

	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "iframe", "object", "embed", "img", "video", "audio", "source", "base":
				t.Errorf("the report has a <%s> element", n.Data)
			case "link":
				t.Errorf("the report links a resource: %v", n.Attr)
			case "style":
				if css := n.FirstChild; css != nil && (strings.Contains(css.Data, "@import") || strings.Contains(css.Data, "url(")) {
					t.Error("the stylesheet loads something")
				}
			}
			for _, a := range n.Attr {
				if a.Key == "src" || a.Key == "srcset" || strings.HasPrefix(a.Key, "on") || (a.Key == "style" && strings.Contains(a.Val, "url(")) {
					t.Errorf("<%s %s=%q> loads or runs something", n.Data, a.Key, a.Val)
				}
				if a.Key == "href" && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") {
					t.Errorf("<a href=%q>: only web links belong in the report", a.Val)
				}
			}
		}
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
	var csp string
	var findCSP func(*html.Node)
	findCSP = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "meta" {
			var equiv, content string
			for _, a := range n.Attr {
				switch a.Key {
				case "http-equiv":
					equiv = a.Val
				case "content":
					content = a.Val
				}
			}
			if strings.EqualFold(equiv, "Content-Security-Policy") {
				csp = content
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			findCSP(ch)
		}
	}
	findCSP(doc)
	if csp != export.EvidenceCSP || !strings.HasPrefix(csp, "default-src 'none'") {
		t.Errorf("the report's own Content-Security-Policy = %q, want %q", csp, export.EvidenceCSP)
	}
	// The hostile title is shown as text, not run.
	if !strings.Contains(text.String(), "<script>alert(1)</script>") {
		t.Error("the article's title is missing from the report's text")
	}
	if bytes.Contains(page, []byte("<script>")) {
		t.Error("the title's markup reached the page unescaped")
	}
	for _, want := range []string{"Where it came from", "Captures", "Generated 2026-05-01 12:00:00 UTC by echotrace", "@media print", "saltrelay.example"} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

func TestEvidenceReportOfAnOriginal(t *testing.T) {
	c := newCorpus(t)
	data, page := evidenceFor(t, c, "lone")
	if len(data.Records) != 1 || len(data.Trace.Chain) != 0 {
		t.Errorf("an article with no source: records %+v, chain %+v", data.Records, data.Trace.Chain)
	}
	// A file: URL is shown, never linked.
	if !bytes.Contains(page, []byte("file:///home/desk/notes/tide-tables.html")) || bytes.Contains(page, []byte(`href="file:`)) {
		t.Error("the file URL should be shown as text only")
	}
	if err := export.EvidenceReport(&bytes.Buffer{}, export.EvidenceData{}); err == nil {
		t.Error("a report without a trace was written")
	}
}
