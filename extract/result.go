package extract

import (
	"encoding/json"
	"fmt"
	"time"
)

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
	// Truncated is set when the page was too large to extract whole and
	// only its first part was used.
	Truncated bool `json:"truncated,omitempty"`
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

// resultJSON is Result without its methods, so that the JSON methods can
// reuse the struct tags without recursing.
type resultJSON Result

// MarshalJSON writes Published as an RFC 3339 UTC string, or null when the
// date is unknown, and Links as [] rather than null, as the command-line
// contract promises.
func (r Result) MarshalJSON() ([]byte, error) {
	out := struct {
		resultJSON
		Published *string `json:"published"`
	}{resultJSON: resultJSON(r)}
	if !r.Published.IsZero() {
		s := r.Published.UTC().Format(time.RFC3339)
		out.Published = &s
	}
	if out.Links == nil {
		out.Links = []Link{}
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes, so that tools consuming
// `echotrace extract` output can use this type.
func (r *Result) UnmarshalJSON(data []byte) error {
	var in struct {
		resultJSON
		Published *string `json:"published"`
	}
	if err := json.Unmarshal(data, &in); err != nil {
		return err
	}
	*r = Result(in.resultJSON)
	if in.Published != nil && *in.Published != "" {
		t, err := time.Parse(time.RFC3339, *in.Published)
		if err != nil {
			return fmt.Errorf("extract: published: %w", err)
		}
		r.Published = t.UTC()
	}
	return nil
}
