package export

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io"
	"maps"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/store"
)

// EvidenceData is everything an evidence report shows: one article's
// trace, told in words, and the stored captures that back each article of
// its chain, so that a reader can check the report against the archive.
type EvidenceData struct {
	Trace   *report.Trace
	Summary string
	// Records are the chain's articles, root first, then the article
	// itself, each with its captures.
	Records     []ArticleRecord
	GeneratedAt time.Time
	// Generator names the program and version that made the report.
	Generator string
}

// ArticleRecord is an article of the chain with the captures of its
// versions.
type ArticleRecord struct {
	ID              int64
	URL             string
	Outlet          string
	Title           string
	Published       *string
	PublishedSource string
	FirstSeen       time.Time
	// Role says where the article stands: "source" or "this article".
	Role     string
	Captures []CaptureRecord
}

// CaptureRecord is one stored capture: what was fetched or imported,
// when, from where, and the hash that identifies its bytes.
type CaptureRecord struct {
	ID int64
	// Version is the article version whose text came from this capture.
	Version int
	// SHA256 is the hex SHA-256 of the capture's body as fetched or
	// imported (before echotrace compressed it for storage).
	SHA256 string
	// Verified: the stored body, read back for this report, still hashes
	// to SHA256.
	Verified bool
	Size     int
	// TextSHA256 is the hex SHA-256 of the text extracted from it.
	TextSHA256  string
	CapturedAt  time.Time
	URL         string
	Origin      string
	OriginRef   string
	ContentType string
	// HTTPStatus is what is known of the response's status ("" when the
	// capture did not come over HTTP).
	HTTPStatus string
	Headers    []Header
}

// Header is one stored response header.
type Header struct{ Name, Value string }

// GatherEvidence reads the captures behind a trace: for every article of
// its chain and for the article itself, the capture of each version,
// hashed again to check that the stored bytes are the ones recorded.
func GatherEvidence(ctx context.Context, s store.Store, tr *report.Trace, now time.Time) (*EvidenceData, error) {
	d := &EvidenceData{Trace: tr, Summary: report.Summary(tr), GeneratedAt: now.UTC(), Generator: "echotrace " + echotrace.BuildVersion()}
	for _, n := range tr.Chain {
		if n.ID == nil {
			continue // an external source: nothing of it is stored
		}
		rec := ArticleRecord{ID: *n.ID, Outlet: n.Outlet, Title: n.Title, Published: n.Published,
			PublishedSource: n.PublishedSource, Role: "source"}
		if n.URL != nil {
			rec.URL = *n.URL
		}
		d.Records = append(d.Records, rec)
	}
	a := tr.Article
	d.Records = append(d.Records, ArticleRecord{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: a.Title, Published: a.Published,
		PublishedSource: a.PublishedSource, FirstSeen: a.FirstSeen, Role: "this article"})
	for i := range d.Records {
		rec := &d.Records[i]
		vs, err := s.Versions(ctx, rec.ID)
		if err != nil {
			return nil, fmt.Errorf("evidence: versions of article %d: %w", rec.ID, err)
		}
		for _, v := range vs {
			c, err := s.Capture(ctx, v.CaptureID)
			if err != nil {
				return nil, fmt.Errorf("evidence: capture of article %d version %d: %w", rec.ID, v.Number, err)
			}
			rec.Captures = append(rec.Captures, captureRecord(c, v))
			if rec.FirstSeen.IsZero() || v.SeenAt.Before(rec.FirstSeen) {
				rec.FirstSeen = v.SeenAt.UTC()
			}
		}
	}
	return d, nil
}

func captureRecord(c *echotrace.Capture, v echotrace.Version) CaptureRecord {
	sum := sha256.Sum256(c.Body)
	r := CaptureRecord{ID: c.ID, Version: v.Number, SHA256: hex.EncodeToString(c.SHA256[:]), Verified: sum == c.SHA256,
		Size: len(c.Body), TextSHA256: hex.EncodeToString(v.TextSHA256[:]), CapturedAt: c.CapturedAt.UTC(), URL: c.URL,
		Origin: c.Origin, OriginRef: c.OriginRef, ContentType: c.ContentType, HTTPStatus: httpStatus(c)}
	for _, k := range slices.Sorted(maps.Keys(c.Headers)) {
		r.Headers = append(r.Headers, Header{k, c.Headers[k]})
	}
	return r
}

// httpStatus says what is known of a capture's HTTP status. echotrace
// stores only successful responses (fetches and web archive records alike)
// and does not keep the exact code.
func httpStatus(c *echotrace.Capture) string {
	switch c.Origin {
	case echotrace.OriginFetch, echotrace.OriginFeed:
		return "2xx (only successful responses are stored)"
	case echotrace.OriginWARC:
		return "2xx (only successful responses are imported from web archives)"
	default:
		return ""
	}
}

//go:embed evidence.html
var evidenceHTML string

// EvidenceCSP is the Content-Security-Policy of an evidence report:
// nothing runs and nothing loads, only the report's own inline styles
// apply. The report carries it in a <meta> element, so that it holds when
// the file is opened from disk, should an escape ever be missed; a server
// sends it as a header too.
const EvidenceCSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

var evidenceTemplate = template.Must(template.New("evidence").Funcs(template.FuncMap{
	"csp":      func() string { return EvidenceCSP },
	"when":     report.When,
	"untitled": report.Untitled,
	"webURL":   webURL,
	"favours":  favours,
	"pct":      func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
	"utc":      func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") },
	"deref":    deref,
	"shown": func(ev []provenance.Evidence) []provenance.Evidence {
		// Items that weigh nothing either way are noise in a report,
		// except dates: a reader always wants to see those.
		out := make([]provenance.Evidence, 0, len(ev))
		for _, e := range ev {
			if e.Favours != "neither" || e.Weight != 0 || e.Kind == "date" {
				out = append(out, e)
			}
		}
		return out
	},
	"takerOf": func(d *EvidenceData, i int) string {
		// Chain node i carries the edge to the next node: who took from it.
		if i+1 < len(d.Trace.Chain) {
			return d.Trace.Chain[i+1].Outlet + "'s article"
		}
		return "this article"
	},
}).Parse(evidenceHTML))

// EvidenceReport writes the evidence report of one trace: a self-contained
// HTML page (inline CSS with a print stylesheet, no script, nothing loaded
// from elsewhere) that a journalist can archive or attach.
func EvidenceReport(w io.Writer, data EvidenceData) error {
	if data.Trace == nil {
		return echotrace.Invalidf("an evidence report needs a trace")
	}
	return evidenceTemplate.Execute(w, &data)
}

// webURL is u when it is a web address a reader can follow, "" otherwise
// (file: URLs of imported files, and anything stranger, are shown as text).
func webURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return u
}

// favours says in words which way an evidence item points on an edge
// from a source to a taker.
func favours(f string) string {
	switch strings.ToLower(f) {
	case "from":
		return "supports this direction"
	case "to":
		return "points the other way"
	default:
		return "neutral"
	}
}
