// Package ingest turns captures into stored articles: it runs extraction on
// raw documents (HTML pages or JSONL records), names their outlet and URL,
// and writes them to the store in batches, reporting what it skipped and
// why. It is the one place where sources, extraction and the store meet;
// it never fetches anything itself.
package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/extract"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/source/files"
	"github.com/echotrace/echotrace/urlkey"
)

// Extractor makes an article version out of a capture. It is shared by
// import and `reextract`, so that both read a capture the same way.
type Extractor struct {
	Outlets *outlet.Resolver
}

// Extract reads one capture. A nil result comes with an error saying why no
// article could be made of it.
func (x *Extractor) Extract(c *echotrace.Capture) (*echotrace.Extraction, error) {
	if c.ContentType == echotrace.ContentTypeJSONLRecord {
		rec, err := files.ParseJSONL(c.Body)
		if err != nil {
			return nil, err
		}
		return x.fromJSONL(rec)
	}
	ex, err := x.fromHTML(c.Body, c.URL, c.ContentType)
	if err == nil {
		ex.Published, ex.PublishedSource = withDateHint(ex.Published, ex.PublishedSource, c)
	}
	return ex, err
}

// withDateHint chooses between the date a page states and the hint its
// capture carries. A page's own date (meta, JSON-LD) wins. A date read
// from the URL says only the day; a feed's or sitemap's time within a day
// of it says the same thing more precisely, so it takes its place (a hint
// further away is a listing's error or an update, and the URL stands).
func withDateHint(published time.Time, source string, c *echotrace.Capture) (time.Time, string) {
	if !published.IsZero() && source != extract.SourceURL {
		return published, source
	}
	hint, hintSource := dateHint(c)
	switch {
	case hint.IsZero():
		return published, source
	case published.IsZero():
		return hint, hintSource
	case hintSource != "warc" && hint.Sub(published).Abs() <= 36*time.Hour:
		return hint, hintSource
	}
	return published, source
}

// Headers a source adds to a capture to pass on a publication date that the
// page may not state itself: the date a feed or sitemap listed the page
// with. They are stored with the capture, so that re-extraction sees them.
const (
	HeaderListedDate = "X-Echotrace-Listed-Date" // RFC 3339
	HeaderListedBy   = "X-Echotrace-Listed-By"   // "feed" or "sitemap"
)

// dateHint is the best publication date a capture offers when its page
// names none: a feed's or sitemap's date for the page, else the time a web
// archive captured it (the page existed by then). Fetch times are not used
// here: provenance reads them as first-seen times.
func dateHint(c *echotrace.Capture) (time.Time, string) {
	if v := c.Headers[HeaderListedDate]; v != "" {
		if t, err := time.Parse(time.RFC3339, v); err == nil {
			switch by := c.Headers[HeaderListedBy]; by {
			case "feed", "sitemap":
				return t.UTC(), by
			}
		}
	}
	if c.Origin == echotrace.OriginWARC && !c.CapturedAt.IsZero() {
		return c.CapturedAt.UTC(), "warc"
	}
	return time.Time{}, ""
}

func (x *Extractor) fromHTML(body []byte, fromURL, contentType string) (*echotrace.Extraction, error) {
	// A file: URL says only where the bytes lay on disk; the page's own
	// canonical URL, when it has one, is its identity.
	pageURL := fromURL
	if strings.HasPrefix(fromURL, "file:") {
		pageURL = ""
	}
	res, err := extract.Extract(body, extract.Options{URL: pageURL, ContentType: contentType})
	if err != nil {
		return nil, firstLine(err)
	}
	key := ""
	for _, candidate := range []string{res.CanonicalURL, res.URL, fromURL} {
		if candidate == "" {
			continue
		}
		if k, err := urlkey.Normalize(candidate); err == nil {
			key = k
			break
		}
	}
	if key == "" {
		return nil, echotrace.Invalidf("page has no usable URL")
	}
	ex := &echotrace.Extraction{
		URL: key, Outlet: x.Outlets.ForURL(key), Title: res.Title, Byline: res.Byline, Text: res.Text,
		Lang: res.Lang, Site: res.Site, Published: res.Published, PublishedSource: res.PublishedSource,
	}
	for _, l := range res.Links {
		ex.Links = append(ex.Links, echotrace.Link{URL: l.URL, Text: l.Text})
	}
	return ex, nil
}

func (x *Extractor) fromJSONL(rec *files.JSONLRecord) (*echotrace.Extraction, error) {
	key, err := urlkey.Normalize(rec.URL)
	if err != nil {
		return nil, echotrace.Invalidf("url %q is not an absolute http(s) URL", rec.URL)
	}
	var ex *echotrace.Extraction
	if strings.TrimSpace(rec.HTML) != "" {
		ex, err = x.fromHTML([]byte(rec.HTML), key, "text/html; charset=utf-8")
		if err != nil && strings.TrimSpace(rec.Text) == "" {
			return nil, err
		}
	}
	if ex == nil {
		ex = &echotrace.Extraction{Text: cleanText(rec.Text)}
	}
	// The record's URL and fields are the importer's word: they win over
	// what the page says about itself.
	ex.URL = key
	ex.Outlet = x.Outlets.ForURL(key)
	if rec.Outlet != "" {
		ex.Outlet = x.Outlets.ForHost(rec.Outlet)
	}
	if strings.TrimSpace(rec.Text) != "" && ex.Text == "" {
		ex.Text = cleanText(rec.Text)
	}
	if rec.Title != "" {
		ex.Title = rec.Title
	}
	if rec.Byline != "" {
		ex.Byline = rec.Byline
	}
	if rec.Lang != "" {
		ex.Lang = rec.Lang
	}
	if !rec.Published.IsZero() {
		ex.Published, ex.PublishedSource = rec.Published, extract.SourceMeta
	}
	if strings.TrimSpace(ex.Text) == "" {
		return nil, errors.New("no article text")
	}
	return ex, nil
}

// cleanText normalises line endings and trims the ends; it keeps paragraph
// breaks, which later stages use.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimSpace(s)
}

// firstLine keeps error messages to one line (a recovered panic carries a
// stack trace, which belongs in debug logs, not in a skip report).
func firstLine(err error) error {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		return fmt.Errorf("%s", msg[:i])
	}
	return err
}
