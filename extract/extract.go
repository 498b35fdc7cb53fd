// Package extract turns one HTML page into an article: its main text and
// the metadata provenance needs (title, byline, publication date and where
// that date came from, canonical URL, language, outbound links).
//
// The text comes from go-trafilatura, fed a document we decode and parse
// ourselves; the dates, canonical URL and links are read here directly,
// because provenance needs to know exactly where a date came from.
//
// Extract works on bytes already in memory. It must never fetch anything
// from the network or the file system (a page's links, images and scripts
// are never followed), must never panic on any input, and must refuse
// oversized input quickly instead of trying to process it.
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"runtime/debug"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/echotrace/echotrace/extract/charset"
)

// DefaultMaxBytes is the largest page Extract accepts when Options.MaxBytes
// is zero. Real article pages, inline scripts and all, stay well under it;
// beyond it extraction time grows into seconds for pages that are almost
// never articles.
const DefaultMaxBytes = 8 << 20

// Errors callers can tell apart with errors.Is. Every error Extract returns
// wraps one of these or charset.ErrBinary.
var (
	// ErrEmpty is returned for an empty or whitespace-only body.
	ErrEmpty = errors.New("extract: empty document")
	// ErrTooLarge is returned for a body larger than the size limit.
	ErrTooLarge = errors.New("extract: document too large")
	// ErrNoText is returned when no article text was found. The Result
	// returned with it is not nil and carries the page's metadata.
	ErrNoText = errors.New("extract: no article text found")
	// ErrMalformed is returned for markup the HTML parser gives up on,
	// such as elements nested thousands deep.
	ErrMalformed = errors.New("extract: malformed HTML")
	// ErrInternal is returned when a library failed on the page in a way
	// it should not have (a panic); the page is skipped, not the run. The
	// error is an *InternalError with the details.
	ErrInternal = errors.New("extract: internal error")
)

// InternalError records a panic recovered during extraction, with the
// stack, for the caller's log: the page is at fault only in that it found
// a bug.
type InternalError struct {
	Value any
	Stack []byte
}

func (e *InternalError) Error() string { return fmt.Sprintf("%v: %v", ErrInternal, e.Value) }

func (e *InternalError) Unwrap() error { return ErrInternal }

// Options describe where a page came from. The zero value is usable.
type Options struct {
	// URL is the address the page was fetched from, if known. Relative
	// links and the canonical URL are resolved against it, and a date in
	// its path is used when the page states none.
	URL string
	// ContentType is the HTTP Content-Type header, if known; its charset
	// takes part in decoding.
	ContentType string
	// MaxBytes overrides DefaultMaxBytes; negative means no limit.
	MaxBytes int
}

// testHookParsed, when set by a test, sees every parsed document; it lets
// tests make a library fail without a page that triggers a real bug.
var testHookParsed func(*html.Node)

// trafilaturaOptions is built once: it is read-only during extraction and
// its config would otherwise be allocated on every call. Measured on the
// AEB, the balanced focus without go-trafilatura's fallback extractors is
// both the most accurate and the fastest of its settings.
var trafilaturaOptions = trafilatura.Options{
	Config: trafilatura.DefaultConfig(),
	Focus:  trafilatura.Balanced,
	// We read dates ourselves, faster and knowing their source.
	HtmlDateMode: trafilatura.Disabled,
}

// recallOptions drive the second pass for pages where the first one fell
// back to go-trafilatura's last-resort extraction.
var recallOptions = func() trafilatura.Options {
	o := trafilaturaOptions
	o.Focus = trafilatura.FavorRecall
	return o
}()

// maxRescueBlocks is the most paragraphs a result can have and still be
// taken for go-trafilatura's rescue output (its JSON-LD articleBody or
// <article> text, one paragraph each, or a few loose paragraphs).
const maxRescueBlocks = 5

// Extract decodes, parses and extracts one HTML page.
func Extract(body []byte, opts Options) (res *Result, err error) {
	limit := opts.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	if limit > 0 && len(body) > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(body), limit)
	}
	if isBlank(body) {
		return nil, ErrEmpty
	}

	// The libraries below are large and walk untrusted trees; one bad page
	// must cost one error, not the whole import.
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, &InternalError{Value: r, Stack: debug.Stack()}
		}
	}()

	text, encName, err := charset.DecodeBytes(body, opts.ContentType)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	doc, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if testHookParsed != nil {
		testHookParsed(doc)
	}
	truncated := truncateDocument(doc)
	stripInert(doc)
	res, err = extractDocument(doc, encName, opts)
	if res != nil {
		res.Truncated = truncated
	}
	return res, err
}

// extractDocument reads the page's own metadata first, from the document
// as published, then reshapes the document where go-trafilatura is known to
// miss article text, extracts, and cleans the text block by block.
func extractDocument(doc *html.Node, encName string, opts Options) (*Result, error) {
	pageURL := parseAbsURL(opts.URL)
	page := scanPage(doc)

	res := &Result{Charset: encName, Links: []Link{}}
	res.CanonicalURL = page.canonicalURL(pageURL)
	switch {
	case pageURL != nil:
		res.URL = pageURL.String()
	case res.CanonicalURL != "":
		res.URL = res.CanonicalURL
	}
	base := pageURL
	if base == nil {
		base = parseAbsURL(res.CanonicalURL)
	}

	res.Published, res.PublishedSource = page.published(base)

	mergeSplitBodies(page.bodyParts)
	liftEmbeds(page.embeds)
	out, blocks, err := runTrafilatura(doc, base)
	if err != nil {
		res.Title = page.title
		res.Lang = page.lang
		return res, fmt.Errorf("%w: %v", ErrNoText, err)
	}

	md := out.Metadata
	res.Title = cleanSpace(md.Title)
	if res.Title == "" {
		res.Title = page.title
	}
	res.Byline = page.byline(md.Author)
	res.Site = cleanSpace(md.Sitename)
	res.Lang = md.Language
	if res.Lang == "" {
		res.Lang = page.lang
	}
	titles := []string{res.Title, page.title, page.metas["og:title"]}
	anchors, linkOnly := findBodyAnchors(page.anchors, out.ContentNode)
	kept := trimTail(trimLead(dropLinkOnly(dropBoilerplate(trimLead(blocks, titles...)), linkOnly), titles...))
	res.Text = joinBlocks(kept)
	res.Links = bodyLinks(anchors, droppedKeys(blocks, kept), base, res.URL, res.CanonicalURL)
	if res.Text == "" {
		return res, fmt.Errorf("%w: only a headline and site furniture", ErrNoText)
	}
	return res, nil
}

// runTrafilatura extracts the article body and renders it as blocks.
//
// When the first pass comes back in the shape of go-trafilatura's rescue
// extraction, its main extractor found no article container; a second pass
// that favours recall widens what that extractor accepts and, on the AEB,
// turns such pages from navigation menus or whole-page dumps into their
// article. It costs a second extraction on those pages only (about 4% of
// the AEB), where favouring recall everywhere costs every page and lowers
// precision on the others.
func runTrafilatura(doc *html.Node, base *url.URL) (*trafilatura.ExtractResult, []block, error) {
	opts := trafilaturaOptions
	opts.OriginalURL = base
	out, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return nil, nil, err
	}
	if out.ContentNode == nil {
		return nil, nil, errors.New("no content node")
	}
	blocks := blockTexts(out.ContentNode)
	if len(blocks) <= maxRescueBlocks && looksLikeRescue(out.ContentNode) {
		opts = recallOptions
		opts.OriginalURL = base
		if out2, err := trafilatura.ExtractDocument(doc, opts); err == nil && out2.ContentNode != nil {
			if blocks2 := blockTexts(out2.ContentNode); len(blocks2) > 0 {
				out, blocks = out2, blocks2
			}
		}
	}
	if len(blocks) == 0 && strings.TrimSpace(out.ContentText) != "" {
		// A body with text but no element structure we recognise.
		blocks = []block{{text: cleanSpace(out.ContentText)}}
	}
	if len(blocks) == 0 {
		return nil, nil, errors.New("empty content")
	}
	return out, blocks, nil
}

// looksLikeRescue reports whether go-trafilatura's result has the shape of
// its last-resort "baseline" extraction: nothing but paragraphs of bare
// text, where its main extractor keeps headings, lists and inline markup.
func looksLikeRescue(body *html.Node) bool {
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data != "p" {
			return false
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.ElementNode {
				return false
			}
		}
	}
	return true
}

// parseAbsURL returns u parsed if it is an absolute http(s) URL, else nil.
func parseAbsURL(u string) *url.URL {
	u = strings.TrimSpace(u)
	if u == "" {
		return nil
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return nil
	}
	return p
}

func isBlank(b []byte) bool {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
		default:
			return false
		}
	}
	return true
}

// cleanSpace collapses runs of white space, which metadata fields pick up
// from indented markup.
func cleanSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
