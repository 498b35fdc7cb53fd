package web

import (
	"mime"
	"net/http"
	"strings"
)

// Kind is a set of kinds of document a request accepts; combine them with |.
// The zero Kind means Page.
type Kind uint8

const (
	// Page: an HTML page (text/html, application/xhtml+xml).
	Page Kind = 1 << iota
	// Feed: RSS, Atom or JSON Feed (application/rss+xml,
	// application/atom+xml, application/xml, text/xml, application/json,
	// application/feed+json).
	Feed
	// Sitemap: an XML or text sitemap, or a gzip-compressed one
	// (.xml.gz served as application/gzip or application/x-gzip; the body
	// is returned compressed, and the caller must bound its decompression).
	Sitemap
)

var kindTypes = []struct {
	kind  Kind
	types []string
}{
	{Page, []string{"text/html", "application/xhtml+xml"}},
	{Feed, []string{"application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
		"application/json", "application/feed+json"}},
	{Sitemap, []string{"application/xml", "text/xml", "text/plain", "application/gzip", "application/x-gzip"}},
}

func (k Kind) orPage() Kind {
	if k == 0 {
		return Page
	}
	return k
}

// accepts reports whether the media type (lower case, no parameters) is
// one of k's.
func (k Kind) accepts(mediaType string) bool {
	for _, kt := range kindTypes {
		if k&kt.kind == 0 {
			continue
		}
		for _, t := range kt.types {
			if t == mediaType {
				return true
			}
		}
	}
	return false
}

// acceptHeader lists k's types for the Accept request header, with a
// low-weight */* so that a server which labels its pages oddly still
// answers and the check on the answer can say what it sent.
func (k Kind) acceptHeader() string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, kt := range kindTypes {
		if k&kt.kind == 0 {
			continue
		}
		for _, t := range kt.types {
			if !seen[t] {
				seen[t] = true
				b.WriteString(t)
				b.WriteString(", ")
			}
		}
	}
	b.WriteString("*/*;q=0.1")
	return b.String()
}

// mediaType splits a Content-Type header into its lower-case media type
// and its charset parameter ("" when absent).
func mediaType(header string) (typ, charset string) {
	typ, params, err := mime.ParseMediaType(header)
	if err != nil {
		// A malformed parameter still leaves a usable type before the ";".
		typ, _, _ = strings.Cut(header, ";")
		return strings.ToLower(strings.TrimSpace(typ)), ""
	}
	return typ, params["charset"]
}

// sniff is the media type of a body sent without a useful Content-Type.
func sniff(body []byte) string {
	typ, _ := mediaType(http.DetectContentType(body))
	return typ
}
