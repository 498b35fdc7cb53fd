package storetest

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// searchDoc is a fictional article for the search tests.
type searchDoc struct {
	url, outlet, title, lang, text string
	published                      time.Time // zero: undated
}

func day(d int, hour int) time.Time { return time.Date(2026, 3, d, hour, 0, 0, 0, time.UTC) }

// The corpus: a ferry strike on an invented island told by several
// outlets, with texts in other scripts and with diacritics.
var searchDocs = []searchDoc{
	{"https://harbourgazette.example/2026/03/10/ferry-strike", "harbourgazette.example", "Ferry strike halts crossings to Velmar", "en",
		"Crews of the Velmar ferry walked out at dawn on Tuesday, and no boat left the harbour until the evening tide.\n\n" +
			"The union said the ferry strike would continue until the operator publishes the safety audit. Islanders queued " +
			"at the quay for news; a baker from Velmar said she had thrown away two days of bread.", day(10, 8)},
	{"https://northwire.example/velmar-ferry", "northwire.example", "Velmar crossings halted", "en-GB",
		"According to the Harbour Gazette, crews of the Velmar ferry walked out at dawn on Tuesday. The union said the ferry " +
			"strike would continue until the operator publishes the safety audit. A spokesman for the operator called the " +
			"walkout a rumour spread by a few.", day(10, 11)},
	{"https://pulse24.example/why-crews-walk-out", "pulse24.example", "Why island crews walk out", "en",
		"Strike action on island routes is rare. Ferry crews last stopped work in 2009, when a storm damaged the Velmar pier. " +
			"This time the dispute is about a safety audit, not pay.", day(12, 9)},
	{"https://citydesk.example/tram", "citydesk.example", "Kyïv council approves tram line", "en",
		"The council in Kyïv approved a new tram line to the river port on Monday. Café owners on the route welcomed the decision.", day(2, 14)},
	{"https://riverpost.example/tram-kyiv", "riverpost.example", "Tram line for Kyiv's river port", "en",
		"Kyiv will build a tram line to its river port, the council decided. Builders start in the summer.", day(3, 10)},
	{"https://novyny.example/porom", "novyny.example", "Пором знову курсує до острова", "uk",
		"Пором знову курсує до острова Велмар після страйку. Профспілка заявила, що аудит безпеки опубліковано.", day(13, 7)},
	{"https://nisiotika.example/ploio", "nisiotika.example", "Το πλοίο επιστρέφει στο νησί", "el",
		"Το πλοίο της γραμμής Βέλμαρ επέστρεψε στο λιμάνι μετά την απεργία.", day(13, 9)},
	{"https://bayreporter.example/undated-ferry", "bayreporter.example", "Ferry timetable", "en",
		"The winter ferry timetable is pinned at the quay; nobody could say when the next boat would leave.", time.Time{}},
}

func searchItem(d searchDoc, offset time.Duration) store.IngestItem {
	body := []byte(fmt.Sprintf("<html><head><link rel=canonical href=%q></head><body><h1>%s</h1><p>%s</p></body></html>", d.url, d.title, d.text))
	source := "meta"
	if d.published.IsZero() {
		source = ""
	}
	return store.IngestItem{
		Capture: echotrace.Capture{
			SHA256: sha256.Sum256(body), URL: d.url, Origin: echotrace.OriginFile, OriginRef: "testdata/" + d.url,
			CapturedAt: base.Add(offset), ContentType: "text/html; charset=utf-8", Body: body,
		},
		Extraction: &echotrace.Extraction{
			URL: d.url, Outlet: d.outlet, Title: d.title, Text: d.text, Lang: d.lang,
			Published: d.published, PublishedSource: source,
		},
	}
}

// searchFixture is the corpus stored, with its article IDs by URL.
type searchFixture struct {
	s   store.Store
	ids map[string]int64
}

func newSearchFixture(t *testing.T, s store.Store) *searchFixture {
	t.Helper()
	items := make([]store.IngestItem, len(searchDocs))
	for i, d := range searchDocs {
		items[i] = searchItem(d, time.Duration(i)*time.Minute)
	}
	f := &searchFixture{s: s, ids: map[string]int64{}}
	for i, r := range ingest(t, s, items...) {
		f.ids[searchDocs[i].url] = r.ArticleID
	}
	return f
}

// urls runs a search that must succeed and returns the hits' URLs in order.
func (f *searchFixture) urls(t *testing.T, q store.SearchQuery) []string {
	t.Helper()
	hits, err := f.s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("search %+v: %v", q, err)
	}
	out := []string{}
	for _, h := range hits {
		out = append(out, h.URL)
	}
	return out
}

// sameSet compares URL lists ignoring order.
func sameSet(got, want []string) bool {
	g, w := slices.Clone(got), slices.Clone(want)
	slices.Sort(g)
	slices.Sort(w)
	return slices.Equal(g, w)
}

func doc(i int) string { return searchDocs[i].url }

func testSearch(t *testing.T, s store.Store) {
	f := newSearchFixture(t, s)
	ctx := context.Background()

	t.Run("Syntax", func(t *testing.T) {
		for _, tc := range []struct {
			query string
			want  []string
		}{
			{"velmar", []string{doc(0), doc(1), doc(2)}},
			{"ferry velmar pier", []string{doc(2)}},             // words are ANDed
			{`"ferry strike"`, []string{doc(0), doc(1)}},        // a phrase, not the two words anywhere
			{`ferry strike`, []string{doc(0), doc(1), doc(2)}},  // the two words anywhere
			{`"ferry strike" -rumour`, []string{doc(0)}},        // an excluded word
			{`velmar -"safety audit"`, []string{}},              // an excluded phrase
			{`ferry* strike`, []string{doc(0), doc(1), doc(2)}}, // * is text, not a prefix operator
			{`"ferry strike`, []string{doc(0), doc(1)}},         // an unclosed quote runs to the end
			{`VELMAR Bread`, []string{doc(0)}},                  // case does not matter
			{`tram kyiv's`, []string{doc(4)}},                   // punctuation inside a word splits it as the index does
			{`ferry OR rumour`, []string{}},                     // OR is a word, and no text has it
			{`title:ferry`, []string{}},                         // no column filters: a phrase "title ferry"
			{`crews NEAR(walked out)`, []string{}},              // "NEAR(walked" is the phrase "near walked"
			{`-- - ferry ^timetable`, []string{doc(7)}},         // stray dashes and carets are not operators
			{"ferry\x00timetable", []string{doc(7)}},            // a NUL separates words
		} {
			if got := f.urls(t, store.SearchQuery{Text: tc.query}); !sameSet(got, tc.want) {
				t.Errorf("search %q = %v, want %v", tc.query, got, tc.want)
			}
		}
	})

	t.Run("SyntaxCharactersNeverFail", func(t *testing.T) {
		for _, q := range []string{
			`"`, `""`, `"""`, `(`, `)`, `*`, `:`, `^`, `+`, `NEAR`, `NEAR(`, `AND`, `OR`, `NOT`, `ferry AND`,
			`ferry OR`, `NOT ferry`, `(ferry`, `ferry)`, `ferry"strike`, `"ferry" "strike"`, `-"`, `--ferry`,
			`ferry -`, `{title text}: ferry`, `text : ferry`, `ferry:`, `"ferry" : "strike"`, `ferry NEAR/2 strike`,
			`'ferry'`, `ferry\`, `\"ferry\"`, `ferry; DROP TABLE articles; --`, `ferry' OR '1'='1`,
			`ferry "strike AND (crews OR NEAR(x y)) * : ^ "`, `*ferry*`, "\u00a0ferry\u2003strike\u00a0",
		} {
			_, err := s.Search(ctx, store.SearchQuery{Text: q})
			if err != nil && !errors.Is(err, echotrace.ErrInvalid) {
				t.Errorf("search %q failed: %v", q, err)
			}
		}
		// AND is a word like any other: only the text that has it matches.
		if got := f.urls(t, store.SearchQuery{Text: `ferry AND strike`}); !slices.Equal(got, []string{doc(0)}) {
			t.Errorf("search ferry AND strike = %v, want only the text with the word and", got)
		}
	})

	t.Run("NothingToLookFor", func(t *testing.T) {
		for _, q := range []string{"", "   ", "-rumour", `-"safety audit" -pier`, `" "`, `- -- *** ()`, "\x00\x01"} {
			_, err := s.Search(ctx, store.SearchQuery{Text: q})
			if !errors.Is(err, echotrace.ErrInvalid) {
				t.Errorf("search %q: %v, want ErrInvalid", q, err)
			}
		}
	})

	t.Run("DiacriticsAndScripts", func(t *testing.T) {
		for _, tc := range []struct {
			query string
			want  []string
		}{
			{"kyiv", []string{doc(3), doc(4)}},    // Kyïv in one text, Kyiv in the other
			{"Kyïv", []string{doc(3), doc(4)}},    // and the other way round
			{"cafe", []string{doc(3)}},            // Café
			{"CAFÉ owners", []string{doc(3)}},     // case and accent together
			{"страйку", []string{doc(5)}},         // Cyrillic
			{"ПОРОМ острова", []string{doc(5)}},   // Cyrillic, upper case
			{`"аудит безпеки"`, []string{doc(5)}}, // a Cyrillic phrase
			{"απεργία", []string{doc(6)}},         // Greek
			{"Πλοίο Βέλμαρ", []string{doc(6)}},    // Greek, capitalised
			{"velmar", []string{doc(0), doc(1), doc(2)}},
		} {
			if got := f.urls(t, store.SearchQuery{Text: tc.query}); !sameSet(got, tc.want) {
				t.Errorf("search %q = %v, want %v", tc.query, got, tc.want)
			}
		}
	})

	t.Run("Filters", func(t *testing.T) {
		ferry := "ferry"
		all := f.urls(t, store.SearchQuery{Text: ferry})
		if !sameSet(all, []string{doc(0), doc(1), doc(2), doc(7)}) {
			t.Fatalf("search ferry = %v", all)
		}
		rel := echotrace.Relation{A: f.ids[doc(0)], B: f.ids[doc(1)], Relation: "copy", Score: 0.9, CoverageA: 0.7, CoverageB: 0.9,
			Passages: []byte(`[]`), Changes: []byte(`[]`)}
		if rel.A > rel.B {
			rel.A, rel.B = rel.B, rel.A
		}
		a0, err := s.Article(ctx, rel.B)
		if err != nil {
			t.Fatal(err)
		}
		entry := echotrace.IndexEntry{ArticleID: rel.B, VersionID: a0.Newest.ID, Aliases: "v1", Data: []byte{1}}
		if err := s.SaveRelated(ctx, []store.Related{{Entry: entry, Relations: []echotrace.Relation{rel}}}); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			name string
			q    store.SearchQuery
			want []string
		}{
			{"outlet", store.SearchQuery{Outlets: []string{"northwire.example"}}, []string{doc(1)}},
			{"outlets", store.SearchQuery{Outlets: []string{"northwire.example", "Pulse24.example "}}, []string{doc(1), doc(2)}},
			{"unknown outlet", store.SearchQuery{Outlets: []string{"nowhere.example"}}, []string{}},
			{"from", store.SearchQuery{From: day(10, 11)}, []string{doc(1), doc(2)}},
			{"to", store.SearchQuery{To: day(10, 11)}, []string{doc(0)}},
			{"from and to", store.SearchQuery{From: day(10, 0), To: day(11, 0)}, []string{doc(0), doc(1)}},
			{"relation", store.SearchQuery{Relation: "copy"}, []string{doc(0), doc(1)}},
			{"relation without articles", store.SearchQuery{Relation: "rewrite"}, []string{}},
			{"lang", store.SearchQuery{Lang: "en"}, []string{doc(0), doc(1), doc(2), doc(7)}}, // en-GB is en
			{"lang region", store.SearchQuery{Lang: "en-GB"}, []string{doc(1)}},
			{"lang case", store.SearchQuery{Lang: "EN-gb"}, []string{doc(1)}},
			{"lang other", store.SearchQuery{Lang: "uk"}, []string{}},
			{"all filters", store.SearchQuery{Outlets: []string{"northwire.example", "harbourgazette.example"}, From: day(10, 0),
				To: day(11, 0), Relation: "copy", Lang: "en-gb"}, []string{doc(1)}},
		} {
			tc.q.Text = ferry
			if got := f.urls(t, tc.q); !sameSet(got, tc.want) {
				t.Errorf("%s: search %+v = %v, want %v", tc.name, tc.q, got, tc.want)
			}
		}
		if got := f.urls(t, store.SearchQuery{Text: "пором", Lang: "uk"}); !sameSet(got, []string{doc(5)}) {
			t.Errorf("Cyrillic in uk = %v", got)
		}
	})

	t.Run("BadFilters", func(t *testing.T) {
		for name, q := range map[string]store.SearchQuery{
			"negative limit":  {Limit: -1},
			"huge limit":      {Limit: store.MaxSearchLimit + 1},
			"negative offset": {Offset: -5},
			"dates reversed":  {From: day(12, 0), To: day(10, 0)},
			"dates equal":     {From: day(12, 0), To: day(12, 0)},
			"relation":        {Relation: "plagiarism"},
			"unrelated":       {Relation: "unrelated"},
			"lang wildcard":   {Lang: "e%"},
			"lang underscore": {Lang: "en_GB"},
			"empty outlet":    {Outlets: []string{" "}},
		} {
			q.Text = "ferry"
			if _, err := s.Search(ctx, q); !errors.Is(err, echotrace.ErrInvalid) {
				t.Errorf("%s: %v, want ErrInvalid", name, err)
			}
		}
	})

	t.Run("Hit", func(t *testing.T) {
		hits, err := s.Search(ctx, store.SearchQuery{Text: `"safety audit" bread`})
		if err != nil || len(hits) != 1 {
			t.Fatalf("hits = %+v, %v", hits, err)
		}
		h := hits[0]
		d := searchDocs[0]
		if h.ArticleID != f.ids[d.url] || h.URL != d.url || h.Outlet != d.outlet || h.Title != d.title || !h.Published.Equal(d.published) ||
			h.PublishedSource != "meta" || h.Lang != "en" || h.Score <= 0 {
			t.Errorf("hit = %+v", h)
		}
		undated, err := s.Search(ctx, store.SearchQuery{Text: "timetable"})
		if err != nil || len(undated) != 1 || !undated[0].Published.IsZero() || undated[0].PublishedSource != "" {
			t.Errorf("undated hit = %+v, %v", undated, err)
		}
	})

	t.Run("SnippetAndHighlights", func(t *testing.T) {
		for _, tc := range []struct {
			query string
			want  []string // the highlighted texts, folded to lower case
		}{
			{`"safety audit" bread`, []string{"safety audit", "bread"}},
			{`velmar`, []string{"velmar"}},
			{`kyiv café`, []string{"kyïv", "café"}},
			{`страйку`, []string{"страйку"}},
		} {
			hits, err := s.Search(ctx, store.SearchQuery{Text: tc.query})
			if err != nil || len(hits) == 0 {
				t.Fatalf("search %q: %+v, %v", tc.query, hits, err)
			}
			for _, h := range hits {
				if h.Snippet == "" || strings.ContainsFunc(h.Snippet, func(r rune) bool { return unicode.IsControl(r) || r == '\n' }) ||
					strings.Contains(h.Snippet, "  ") {
					t.Errorf("search %q: snippet %q is not one line of plain text", tc.query, h.Snippet)
				}
				runes := []rune(h.Snippet)
				if len(h.Highlights) == 0 {
					t.Errorf("search %q: no highlight in %q", tc.query, h.Snippet)
				}
				last := 0
				for _, sp := range h.Highlights {
					if sp[0] < last || sp[1] <= sp[0] || sp[1] > len(runes) {
						t.Fatalf("search %q: bad span %v in %q (%v)", tc.query, sp, h.Snippet, h.Highlights)
					}
					last = sp[1]
					if got := strings.ToLower(string(runes[sp[0]:sp[1]])); !slices.Contains(tc.want, got) {
						t.Errorf("search %q: highlighted %q in %q, want one of %q", tc.query, got, h.Snippet, tc.want)
					}
				}
			}
		}
		// The first hit of the phrase: both terms of the query are marked.
		hits, _ := s.Search(ctx, store.SearchQuery{Text: `"safety audit" bread`})
		var marked []string
		runes := []rune(hits[0].Snippet)
		for _, sp := range hits[0].Highlights {
			marked = append(marked, strings.ToLower(string(runes[sp[0]:sp[1]])))
		}
		if !slices.Contains(marked, "safety audit") || !slices.Contains(marked, "bread") {
			t.Errorf("highlights of %q = %q", hits[0].Snippet, marked)
		}
	})

	t.Run("OrderAndPaging", func(t *testing.T) {
		// Two texts alike but for the title: the title counts for more.
		lantern := []searchDoc{
			{"https://harbourgazette.example/lantern-text", "harbourgazette.example", "Harbour notes", "en",
				"A lantern was lit on the breakwater for the returning crews of the strike.", day(14, 8)},
			{"https://northwire.example/lantern-title", "northwire.example", "Lantern on the breakwater", "en",
				"A lantern was lit on the breakwater for the returning crews of the strike.", day(14, 7)},
			// Same title and text as the first: a tie broken by the newer publication.
			{"https://pulse24.example/lantern-text-later", "pulse24.example", "Harbour notes", "en",
				"A lantern was lit on the breakwater for the returning crews of the strike.", day(14, 20)},
		}
		for i, d := range lantern {
			ingest(t, s, searchItem(d, time.Hour+time.Duration(i)*time.Minute))
		}
		got := f.urls(t, store.SearchQuery{Text: "lantern"})
		want := []string{lantern[1].url, lantern[2].url, lantern[0].url}
		if !slices.Equal(got, want) {
			t.Errorf("order = %v, want %v", got, want)
		}

		all, err := s.Search(ctx, store.SearchQuery{Text: "crews"})
		if err != nil || len(all) < 5 {
			t.Fatalf("crews: %d hits, %v", len(all), err)
		}
		for i := 1; i < len(all); i++ {
			if all[i].Score > all[i-1].Score {
				t.Errorf("hit %d scores %v, above hit %d's %v", i, all[i].Score, i-1, all[i-1].Score)
			}
		}
		var paged []int64
		for offset := 0; ; offset += 2 {
			page, err := s.Search(ctx, store.SearchQuery{Text: "crews", Limit: 2, Offset: offset})
			if err != nil {
				t.Fatal(err)
			}
			if len(page) > 2 {
				t.Fatalf("page of %d with limit 2", len(page))
			}
			for _, h := range page {
				paged = append(paged, h.ArticleID)
			}
			if len(page) < 2 {
				break
			}
		}
		var whole []int64
		for _, h := range all {
			whole = append(whole, h.ArticleID)
		}
		if !slices.Equal(paged, whole) {
			t.Errorf("pages = %v, whole = %v", paged, whole)
		}
		if hits, err := s.Search(ctx, store.SearchQuery{Text: "crews", Offset: 1000}); err != nil || len(hits) != 0 {
			t.Errorf("past the end: %d hits, %v", len(hits), err)
		}
		if hits, err := s.Search(ctx, store.SearchQuery{Text: "zzyzx"}); err != nil || hits == nil || len(hits) != 0 {
			t.Errorf("no match: %#v, %v (want an empty, non-nil list)", hits, err)
		}
	})

	t.Run("NewVersionReplacesOldText", func(t *testing.T) {
		url := "https://harbourgazette.example/lighthouse"
		v1 := searchDoc{url, "harbourgazette.example", "Lighthouse keeper retires", "en",
			"The lighthouse keeper of Velmar retires after forty winters on the rock.", day(15, 8)}
		v2 := v1
		v2.title, v2.text = "Harbour master named", "A new harbour master was named for Velmar; the keeper's post is gone."
		older := v1
		older.title, older.text = "Signal tower plans", "Plans for a signal tower on the rock were drawn up before the keeper's time."
		ingest(t, s, searchItem(v1, 2*time.Hour))
		if got := f.urls(t, store.SearchQuery{Text: "lighthouse keeper"}); !slices.Equal(got, []string{url}) {
			t.Fatalf("first version not found: %v", got)
		}
		ingest(t, s, searchItem(v2, 3*time.Hour))
		for _, tc := range []struct {
			query string
			want  []string
		}{
			{"lighthouse", []string{}}, // the old text is gone from search
			{"retires", []string{}},    // and so is the old title
			{`"harbour master"`, []string{url}},
		} {
			if got := f.urls(t, store.SearchQuery{Text: tc.query}); !slices.Equal(got, tc.want) {
				t.Errorf("after a new version, search %q = %v, want %v", tc.query, got, tc.want)
			}
		}
		// A capture older than both (a WARC read out of order) adds a
		// version that is not the newest: search still shows the newest.
		ingest(t, s, searchItem(older, -time.Hour))
		if got := f.urls(t, store.SearchQuery{Text: "signal tower"}); len(got) != 0 {
			t.Errorf("an older version is searched: %v", got)
		}
		if got := f.urls(t, store.SearchQuery{Text: `"harbour master"`}); !slices.Equal(got, []string{url}) {
			t.Errorf("newest version lost after an older capture: %v", got)
		}
		// The earliest text seen again, earlier still: that version's
		// seen_at moves; the newest is unchanged.
		again := searchItem(older, -2*time.Hour)
		again.Capture.Body = append(again.Capture.Body, ' ')
		again.Capture.SHA256 = sha256.Sum256(again.Capture.Body)
		ingest(t, s, again)
		if got := f.urls(t, store.SearchQuery{Text: `"harbour master"`}); !slices.Equal(got, []string{url}) {
			t.Errorf("after seen_at moved, search = %v", got)
		}
		if got := f.urls(t, store.SearchQuery{Text: "lighthouse"}); len(got) != 0 {
			t.Errorf("after seen_at moved, the first text is searched: %v", got)
		}
		hits, err := s.Search(ctx, store.SearchQuery{Text: "velmar keeper"})
		if err != nil || len(hits) != 1 || hits[0].Title != v2.title {
			t.Errorf("newest title = %+v, %v", hits, err)
		}
	})

	t.Run("ReextractUpdatesResults", func(t *testing.T) {
		d := searchDoc{"https://riverpost.example/gauges", "riverpost.example", "Tidal gauges fail", "en",
			"Two tidal gauges at the river mouth failed during the storm.", day(16, 8)}
		r := ingest(t, s, searchItem(d, 4*time.Hour))[0]
		if got := f.urls(t, store.SearchQuery{Text: "tidal gauges"}); !slices.Equal(got, []string{d.url}) {
			t.Fatalf("before reextract: %v", got)
		}
		better := searchItem(d, 0).Extraction
		better.Title, better.Text = "River pilots warn", "River pilots warned that the gauges at the mouth had failed in the storm."
		if _, err := s.Reextract(ctx, r.CaptureID, better, ""); err != nil {
			t.Fatal(err)
		}
		if got := f.urls(t, store.SearchQuery{Text: "tidal"}); len(got) != 0 {
			t.Errorf("after reextract, the old text is searched: %v", got)
		}
		if got := f.urls(t, store.SearchQuery{Text: "pilots gauges"}); !slices.Equal(got, []string{d.url}) {
			t.Errorf("after reextract, the new text is not searched: %v", got)
		}
		// A failed re-extraction keeps the text, and search with it.
		if _, err := s.Reextract(ctx, r.CaptureID, nil, "timeout"); err != nil {
			t.Fatal(err)
		}
		if got := f.urls(t, store.SearchQuery{Text: "pilots"}); !slices.Equal(got, []string{d.url}) {
			t.Errorf("after a failed reextract: %v", got)
		}
		// Re-extracting an older version changes nothing that search shows.
		old := searchDoc{"https://riverpost.example/gauges", "riverpost.example", "Gauges", "en", "Gauges were installed in spring.", day(1, 8)}
		r0 := ingest(t, s, searchItem(old, -3*time.Hour))[0]
		if !r0.NewVersion {
			t.Fatalf("older capture = %+v, want a new (older) version", r0)
		}
		older := searchItem(old, 0).Extraction
		older.Text = "Gauges were installed in spring by a dredging crew."
		if _, err := s.Reextract(ctx, r0.CaptureID, older, ""); err != nil {
			t.Fatal(err)
		}
		if got := f.urls(t, store.SearchQuery{Text: "dredging"}); len(got) != 0 {
			t.Errorf("an older version's re-extraction is searched: %v", got)
		}
		if got := f.urls(t, store.SearchQuery{Text: "pilots"}); !slices.Equal(got, []string{d.url}) {
			t.Errorf("newest lost after an older version's re-extraction: %v", got)
		}
	})
}
