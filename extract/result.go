package extract

import "time"

// Result is what extraction knows about one HTML page. Its JSON form is the
// public shape printed by `echotrace extract` (see PRODUCT.md): add fields,
// never rename or remove them.
type Result struct {
	// File is set only when several files are extracted in one run.
	File            string    `json:"file,omitempty"`
	URL             string    `json:"url"`
	Title           string    `json:"title"`
	Byline          string    `json:"byline"`
	Published       time.Time `json:"-"`
	PublishedSource string    `json:"published_source"`
	Lang            string    `json:"lang"`
	Site            string    `json:"site"`
	CanonicalURL    string    `json:"canonical_url"`
	Text            string    `json:"text"`
	Links           []Link    `json:"links"`
	// Charset is the encoding the page was decoded from, as detected.
	Charset string `json:"charset"`
}

// Link is one outbound hyperlink found in the article body, resolved
// against the page's URL.
type Link struct {
	URL  string `json:"url"`
	Text string `json:"text"`
}

// Date sources for Result.PublishedSource, as PRODUCT.md names them.
const (
	SourceMeta   = "meta"
	SourceJSONLD = "json-ld"
	SourceURL    = "url"
)
