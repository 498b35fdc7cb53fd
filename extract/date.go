package extract

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// publishedMetaKeys lists, most trusted first, the <meta> names and
// properties that state when a page was first published. Modification
// dates are deliberately absent: provenance needs the first appearance.
var publishedMetaKeys = []string{
	"article:published_time",
	"og:article:published_time",
	"og:published_time",
	"datepublished", // itemprop on <meta>
	"article.published",
	"published_time",
	"publish-date",
	"publish_date",
	"publishdate",
	"pubdate",
	"parsely-pub-date",
	"sailthru.date",
	"dc.date.issued",
	"dcterms.issued",
	"dc.date.created",
	"dcterms.created",
	"dc.date",
	"dcterms.date",
	"citation_publication_date",
	"citation_date",
	"originalpublicationdate",
	"article_date_original",
	"cxenseparse:recs:publishtime",
	"date",
}

// published finds the publication date and names its source: page
// metadata first, then JSON-LD, then a date in the URL path.
func (p *page) published(pageURL *url.URL) (time.Time, string) {
	for _, k := range publishedMetaKeys {
		if v, ok := p.metas[k]; ok {
			if t, ok := parseDate(v); ok {
				return t, SourceMeta
			}
		}
	}
	if t, ok := parseDate(p.itemDate); ok {
		return t, SourceMeta
	}
	for _, script := range p.jsonLD {
		if t, ok := jsonLDPublished(script); ok {
			return t, SourceJSONLD
		}
	}
	if pageURL != nil {
		if t, ok := urlDate(pageURL.Path); ok {
			return t, SourceURL
		}
	}
	return time.Time{}, ""
}

// jsonLDPublished returns the datePublished of the article described by a
// JSON-LD block, preferring article types over other things that carry a
// date (a WebPage, an Organization's founding date is not asked for).
func jsonLDPublished(script string) (time.Time, bool) {
	var v any
	data := []byte(strings.TrimSpace(script))
	if err := json.Unmarshal(data, &v); err != nil {
		// Hand-written JSON-LD is often invalid (trailing commas, raw
		// newlines in strings); the date itself is almost always a plain
		// string that a pattern can still find.
		m := rxLDDate.FindSubmatch(data)
		if m == nil {
			return time.Time{}, false
		}
		return parseDate(string(m[1]))
	}
	var first string
	var found string
	walkJSON(v, 0, func(obj map[string]any) bool {
		s, ok := obj["datePublished"].(string)
		if !ok || s == "" {
			return false
		}
		if isArticleType(obj["@type"]) {
			found = s
			return true
		}
		if first == "" {
			first = s
		}
		return false
	})
	if found == "" {
		found = first
	}
	return parseDate(found)
}

var rxLDDate = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{6,40})"`)

// walkJSON calls visit on every object in v, depth first, until visit
// returns true. Depth is bounded so that hostile input cannot exhaust the
// stack (encoding/json already limits nesting, this keeps it explicit).
func walkJSON(v any, depth int, visit func(map[string]any) bool) bool {
	if depth > 64 {
		return false
	}
	switch x := v.(type) {
	case map[string]any:
		if visit(x) {
			return true
		}
		// @graph and mainEntity hold the article in many CMS outputs;
		// visiting them before other keys keeps the search in document
		// order for the common shapes.
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if walkJSON(x[k], depth+1, visit) {
				return true
			}
		}
		for k, c := range x {
			if k == "@graph" || k == "mainEntity" || k == "mainEntityOfPage" {
				continue
			}
			if _, ok := c.(map[string]any); ok {
				if walkJSON(c, depth+1, visit) {
					return true
				}
			} else if _, ok := c.([]any); ok {
				if walkJSON(c, depth+1, visit) {
					return true
				}
			}
		}
	case []any:
		for _, c := range x {
			if walkJSON(c, depth+1, visit) {
				return true
			}
		}
	}
	return false
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.Contains(x, "Article") || strings.Contains(x, "BlogPosting") ||
			strings.Contains(x, "Report") || x == "LiveBlogPosting"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// URL paths carry dates as /2024/05/02/, 2024-05-02 (also with
// underscores), /2024/may/02/ or a compact 20240502 between separators.
// Years are restricted to plausible publishing years so that product
// numbers and IDs rarely match.
var (
	rxURLDate        = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)([/_-])(0?[1-9]|1[0-2])([/_-])(0?[1-9]|[12]\d|3[01])(?:$|[/_.-])`)
	rxURLMonthDate   = regexp.MustCompile(`(?i)(?:^|/)((?:19|20)\d\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(0?[1-9]|[12]\d|3[01])(?:$|/)`)
	rxURLCompactDate = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:$|[/_.-])`)
)

var monthAbbrevs = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

func urlDate(path string) (time.Time, bool) {
	for _, m := range rxURLDate.FindAllStringSubmatch(path, -1) {
		// "2024/05-02" is more likely an ID than a date.
		if m[2] != m[4] {
			continue
		}
		if t, ok := civilDate(m[1], m[3], m[5]); ok {
			return t, true
		}
	}
	if m := rxURLMonthDate.FindStringSubmatch(path); m != nil {
		mo := monthAbbrevs[strings.ToLower(m[2])]
		if t, ok := civilDate(m[1], strconv.Itoa(int(mo)), m[3]); ok {
			return t, true
		}
	}
	for _, m := range rxURLCompactDate.FindAllStringSubmatch(path, -1) {
		if t, ok := civilDate(m[1], m[2], m[3]); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// civilDate makes a UTC midnight from decimal year, month and day, if they
// form a real, plausible date.
func civilDate(year, month, day string) (time.Time, bool) {
	y, _ := strconv.Atoi(year)
	mo, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	// 2024-02-31 normalises to March: not a date.
	if t.Day() != d || t.Month() != time.Month(mo) || !plausible(t) {
		return time.Time{}, false
	}
	return t, true
}

// dateLayouts are the formats publication dates take in the wild. Go
// accepts a fractional second after the seconds field even when the
// layout has none. A date without a zone is taken as UTC.
var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05Z07",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102",
	"20060102150405",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04:05",
	"Mon Jan 2 15:04:05 2006",
	"Mon Jan 02 2006 15:04:05 GMT-0700",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"02.01.2006 15:04",
	"02.01.2006",
}

func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 64 {
		return time.Time{}, false
	}
	// Unix timestamps, in seconds or milliseconds, appear in a few
	// analytics-driven meta tags.
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && (len(s) == 10 || len(s) == 13) {
		if len(s) == 13 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		return t, plausible(t)
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			t = t.UTC()
			return t, plausible(t)
		}
	}
	return time.Time{}, false
}

// plausible rejects dates no news page was published on: before the web
// carried news, or more than two days ahead (time zones and clock skew
// excused), which is what template placeholders and typos produce.
func plausible(t time.Time) bool {
	return t.Year() >= 1990 && t.Before(time.Now().Add(48*time.Hour))
}
