package report

import "github.com/echotrace/echotrace/store"

// SearchHit is one search result as the command line and the API print it
// (PRODUCT.md: id, url, outlet, title, published, snippet, score).
type SearchHit struct {
	ID              int64   `json:"id"`
	URL             string  `json:"url"`
	Outlet          string  `json:"outlet"`
	Title           string  `json:"title"`
	Published       *string `json:"published"` // RFC 3339 UTC, null when unknown
	PublishedSource string  `json:"published_source"`
	Lang            string  `json:"lang"`
	// Snippet is plain text; Highlights are the matched terms in it, as
	// [start, end) spans in code points, for the caller to mark up.
	Snippet    string   `json:"snippet"`
	Highlights [][2]int `json:"highlights"`
	// Score: higher is more relevant; only comparable within one query.
	Score float64 `json:"score"`
}

// SearchHits converts a store's hits for printing; never nil, so that no
// result is [] in JSON.
func SearchHits(hits []store.SearchHit) []SearchHit {
	out := make([]SearchHit, 0, len(hits))
	for _, h := range hits {
		spans := h.Highlights
		if spans == nil {
			spans = [][2]int{}
		}
		out = append(out, SearchHit{
			ID: h.ArticleID, URL: h.URL, Outlet: h.Outlet, Title: h.Title, Published: timePtr(h.Published),
			PublishedSource: h.PublishedSource, Lang: h.Lang, Snippet: h.Snippet, Highlights: spans, Score: h.Score,
		})
	}
	return out
}
