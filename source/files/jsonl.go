package files

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/echotrace/echotrace"
)

// JSONLRecord is one article as an import line gives it (PRODUCT.md): url
// and text or html are required, the rest optional.
type JSONLRecord struct {
	URL       string
	Outlet    string
	Title     string
	Byline    string
	Text      string
	HTML      string
	Published time.Time
	Lang      string
}

type jsonlWire struct {
	URL       *string `json:"url"`
	Outlet    string  `json:"outlet"`
	Title     string  `json:"title"`
	Byline    string  `json:"byline"`
	Text      string  `json:"text"`
	HTML      string  `json:"html"`
	Published string  `json:"published"`
	Lang      string  `json:"lang"`
}

// dateLayouts accepted for "published": RFC 3339 as the contract says, and
// a bare date, which datasets often carry.
var dateLayouts = []string{time.RFC3339Nano, "2006-01-02"}

// ParseJSONL parses and validates one JSONL line.
func ParseJSONL(line []byte) (*JSONLRecord, error) {
	if !utf8.Valid(line) {
		return nil, echotrace.Invalidf("line is not valid UTF-8")
	}
	var w jsonlWire
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&w); err != nil {
		return nil, echotrace.Invalidf("invalid JSON: %s", shortJSONError(err))
	}
	if dec.More() {
		return nil, echotrace.Invalidf("invalid JSON: more than one value on the line")
	}
	var missing []string
	if w.URL == nil || strings.TrimSpace(*w.URL) == "" {
		missing = append(missing, `"url"`)
	}
	if strings.TrimSpace(w.Text) == "" && strings.TrimSpace(w.HTML) == "" {
		missing = append(missing, `"text" or "html"`)
	}
	if len(missing) > 0 {
		return nil, echotrace.Invalidf("missing required field %s", strings.Join(missing, " and "))
	}
	r := &JSONLRecord{
		URL: strings.TrimSpace(*w.URL), Outlet: strings.TrimSpace(w.Outlet), Title: strings.TrimSpace(w.Title),
		Byline: strings.TrimSpace(w.Byline), Text: w.Text, HTML: w.HTML, Lang: strings.TrimSpace(w.Lang),
	}
	if p := strings.TrimSpace(w.Published); p != "" {
		var err error
		for _, layout := range dateLayouts {
			var t time.Time
			if t, err = time.Parse(layout, p); err == nil {
				r.Published = t.UTC()
				break
			}
		}
		if err != nil {
			return nil, echotrace.Invalidf("published %q is not an RFC 3339 time", p)
		}
	}
	return r, nil
}

func shortJSONError(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s at byte %d", se.Error(), se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q should be %s, not %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}
