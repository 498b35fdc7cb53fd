package extract

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestParseDate(t *testing.T) {
	tests := map[string]string{
		"2024-05-02T10:00:00+02:00":       "2024-05-02T08:00:00Z",
		"2024-05-02T08:00:00Z":            "2024-05-02T08:00:00Z",
		"2024-05-02T08:00:00.123Z":        "2024-05-02T08:00:00Z",
		"2024-05-02T10:00:00+0200":        "2024-05-02T08:00:00Z",
		"2024-05-02T10:00:00.000+0200":    "2024-05-02T08:00:00Z",
		"2024-05-02T10:00+02:00":          "2024-05-02T08:00:00Z",
		"2024-05-02T08:00:00":             "2024-05-02T08:00:00Z",
		"2024-05-02 08:00:00":             "2024-05-02T08:00:00Z",
		"2024-05-02 10:00:00 +0200":       "2024-05-02T08:00:00Z",
		"2024-05-02":                      "2024-05-02T00:00:00Z",
		"2024/05/02":                      "2024-05-02T00:00:00Z",
		"20240502":                        "2024-05-02T00:00:00Z",
		"Thu, 02 May 2024 08:00:00 GMT":   "2024-05-02T08:00:00Z",
		"Thu, 02 May 2024 10:00:00 +0200": "2024-05-02T08:00:00Z",
		"Thu, 2 May 2024 10:00:00 +0200":  "2024-05-02T08:00:00Z",
		"May 2, 2024":                     "2024-05-02T00:00:00Z",
		"2 May 2024":                      "2024-05-02T00:00:00Z",
		"02.05.2024":                      "2024-05-02T00:00:00Z",
		"1714636800":                      "2024-05-02T08:00:00Z",
		"1714636800000":                   "2024-05-02T08:00:00Z",
		"  2024-05-02T08:00:00Z  ":        "2024-05-02T08:00:00Z",
		// Rejected: not a date, implausible, or a placeholder.
		"":                     "",
		"yesterday":            "",
		"0000-00-00":           "",
		"1970-01-01T00:00:00Z": "",
		"2999-01-01":           "",
		"2024-13-45":           "",
		"12345":                "",
	}
	for in, want := range tests {
		got, ok := parseDate(in)
		var s string
		if ok {
			s = got.Format(time.RFC3339)
			if got.Location() != time.UTC {
				t.Errorf("parseDate(%q) not in UTC", in)
			}
		}
		if s != want {
			t.Errorf("parseDate(%q) = %q, want %q", in, s, want)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := map[string]string{
		"/2024/05/02/story.html":         "2024-05-02T00:00:00Z",
		"/news/2024/5/2/story":           "2024-05-02T00:00:00Z",
		"/news/2024-05-02-harbour-vote":  "2024-05-02T00:00:00Z",
		"/news/harbour-vote-2024-05-02/": "2024-05-02T00:00:00Z",
		"/2024_05_02/story":              "2024-05-02T00:00:00Z",
		"/a/2023/11/14":                  "2023-11-14T00:00:00Z",
		"/news/2024/05/story":            "", // a month is not a day
		"/2024/02/31/story":              "", // no such day
		"/2024/05-02/story":              "", // mixed separators: an ID
		"/item/12024/05/02/":             "",
		"/products/2024-99-99":           "",
		"/":                              "",
		"/news/article-2024050212345":    "",
		"/statements/2019/nov/18/who/":   "2019-11-18T00:00:00Z",
		"/2019/November/8":               "2019-11-08T00:00:00Z",
		"/2019/nov/":                     "",
		"/tuft-cells-20191115/":          "2019-11-15T00:00:00Z",
		"/item/20191315/":                "",
		"/ids/120191115/":                "",
	}
	for path, want := range tests {
		got, ok := urlDate(path)
		var s string
		if ok {
			s = got.Format(time.RFC3339)
		}
		if s != want {
			t.Errorf("urlDate(%q) = %q, want %q", path, s, want)
		}
	}
}

func TestJSONLDPublished(t *testing.T) {
	tests := []struct {
		name, script, want string
	}{
		{"article", `{"@type":"NewsArticle","datePublished":"2024-05-02T08:00:00Z"}`, "2024-05-02T08:00:00Z"},
		{"graph prefers the article",
			`{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"BlogPosting","datePublished":"2024-05-02"}]}`,
			"2024-05-02T00:00:00Z"},
		{"type list", `{"@type":["Article","Thing"],"datePublished":"2024-05-02"}`, "2024-05-02T00:00:00Z"},
		{"top-level array",
			`[{"@type":"Organization","name":"Gazette"},{"@type":"ReportageNewsArticle","datePublished":"2024-05-02"}]`,
			"2024-05-02T00:00:00Z"},
		{"nested main entity",
			`{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2024-05-02"}}`,
			"2024-05-02T00:00:00Z"},
		{"any date when no article type", `{"@type":"WebPage","datePublished":"2024-05-02"}`, "2024-05-02T00:00:00Z"},
		{"invalid JSON still yields its date",
			"{\"@type\":\"NewsArticle\",\"headline\":\"A line\nbreak\",\"datePublished\":\"2024-05-02T08:00:00Z\",}",
			"2024-05-02T08:00:00Z"},
		{"modified only", `{"@type":"NewsArticle","dateModified":"2024-05-02"}`, ""},
		{"not a string", `{"@type":"NewsArticle","datePublished":20240502}`, ""},
		{"empty", ``, ""},
		{"deep nesting", strings.Repeat(`{"a":`, 200) + `{"datePublished":"2024-05-02"}` + strings.Repeat(`}`, 200), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := jsonLDPublished(tt.script)
			var s string
			if ok {
				s = got.Format(time.RFC3339)
			}
			if s != tt.want {
				t.Errorf("got %q, want %q", s, tt.want)
			}
		})
	}
}

func TestPublishedPriority(t *testing.T) {
	const jsonld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-01-01T00:00:00Z"}</script>`
	tests := []struct {
		name, head, url string
		want, source    string
	}{
		{"meta beats json-ld and url",
			`<meta property="article:published_time" content="2024-05-02T08:00:00Z">` + jsonld,
			"https://x.example/2022/02/02/a", "2024-05-02T08:00:00Z", SourceMeta},
		{"json-ld beats url", jsonld, "https://x.example/2022/02/02/a", "2023-01-01T00:00:00Z", SourceJSONLD},
		{"modified time is not a publication date",
			`<meta property="article:modified_time" content="2024-05-02T08:00:00Z">`,
			"https://x.example/2022/02/02/a", "2022-02-02T00:00:00Z", SourceURL},
		{"microdata time element", `</head><body><time itemprop="datePublished" datetime="2024-05-02T08:00:00Z">2 May</time>`,
			"", "2024-05-02T08:00:00Z", SourceMeta},
		{"unparsable meta falls through", `<meta name="pubdate" content="soon">` + jsonld, "", "2023-01-01T00:00:00Z", SourceJSONLD},
		{"key priority, not document order",
			`<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2024-05-02T08:00:00Z">`,
			"", "2024-05-02T08:00:00Z", SourceMeta},
		{"none", `<meta name="description" content="x">`, "https://x.example/news/a", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			var u *url.URL
			if tt.url != "" {
				u, _ = url.Parse(tt.url)
			}
			got, src := scanPage(doc).published(u)
			var s string
			if !got.IsZero() {
				s = got.Format(time.RFC3339)
			}
			if s != tt.want || src != tt.source {
				t.Errorf("got %q (%q), want %q (%q)", s, src, tt.want, tt.source)
			}
		})
	}
}
