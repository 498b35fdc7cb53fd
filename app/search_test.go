package app

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// searchJSON runs `search --json` on the demo database and decodes its
// output, failing on a non-zero exit.
func searchJSON(t *testing.T, db string, args ...string) []map[string]any {
	t.Helper()
	code, stdout, stderr := run(t, nil, "", append([]string{"search", "--json", "--db", db}, args...)...)
	if code != 0 {
		t.Fatalf("search %q: exit %d: %s", args, code, stderr)
	}
	var hits []map[string]any
	if err := json.Unmarshal([]byte(stdout), &hits); err != nil {
		t.Fatalf("search %q: %v in %s", args, err, stdout)
	}
	return hits
}

func hitIDs(hits []map[string]any) []float64 {
	var ids []float64
	for _, h := range hits {
		ids = append(ids, h["id"].(float64))
	}
	return ids
}

func TestSearchCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, _, stderr := run(t, nil, "", "demo", "--no-serve", "--db", db); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}

	t.Run("JSONShape", func(t *testing.T) {
		hits := searchJSON(t, db, `"seagrass meadows"`)
		if len(hits) != 1 {
			t.Fatalf("seagrass meadows: %d hits, want the one article about them", len(hits))
		}
		h := hits[0]
		for _, key := range []string{"id", "url", "outlet", "title", "published", "snippet", "score", "published_source", "lang", "highlights"} {
			if _, ok := h[key]; !ok {
				t.Errorf("hit has no %q: %v", key, h)
			}
		}
		if h["outlet"] != "northwire.example" || !strings.Contains(h["title"].(string), "seagrass meadows") || h["score"].(float64) <= 0 {
			t.Errorf("hit = %v", h)
		}
		if p, err := time.Parse(time.RFC3339, h["published"].(string)); err != nil || p.Location() != time.UTC {
			t.Errorf("published %v is not RFC 3339 in UTC: %v", h["published"], err)
		}
		// Highlights are code-point spans of the plain-text snippet.
		snippet := []rune(h["snippet"].(string))
		spans := h["highlights"].([]any)
		if len(spans) == 0 || strings.ContainsAny(string(snippet), "<>\x02\x03\n") {
			t.Fatalf("snippet %q with highlights %v", string(snippet), spans)
		}
		for _, sp := range spans {
			s, e := int(sp.([]any)[0].(float64)), int(sp.([]any)[1].(float64))
			if got := strings.ToLower(string(snippet[s:e])); got != "seagrass meadows" {
				t.Errorf("highlight [%d,%d) = %q", s, e, got)
			}
		}
	})

	t.Run("NoResultIsAnEmptyList", func(t *testing.T) {
		code, stdout, _ := run(t, nil, "", "search", "--json", "--db", db, "zzyzx")
		if code != 0 || strings.TrimSpace(stdout) != "[]" {
			t.Errorf("exit %d, output %q; want []", code, stdout)
		}
	})

	t.Run("Queries", func(t *testing.T) {
		viaduct := searchJSON(t, db, "viaduct")
		if len(viaduct) < 4 {
			t.Fatalf("viaduct: %d hits", len(viaduct))
		}
		// An exclusion needs no "--": -frost is not a flag of search.
		noFrost := searchJSON(t, db, "viaduct", "-frost")
		if len(noFrost) != len(viaduct)-1 {
			t.Errorf("viaduct -frost: %d hits, viaduct alone %d", len(noFrost), len(viaduct))
		}
		for _, h := range noFrost {
			if strings.Contains(strings.ToLower(h["title"].(string)), "frost") {
				t.Errorf("an excluded word in %v", h["title"])
			}
		}
		// Diacritics fold: cafe finds café.
		cafe := searchJSON(t, db, "cafe")
		if len(cafe) == 0 || !strings.Contains(strings.ToLower(cafe[0]["snippet"].(string)), "café") {
			t.Errorf("cafe: %v", cafe)
		}
		// Query-language characters are text, never an error.
		for _, q := range []string{`port" AND (contract OR NEAR(x)) *:`, `NOT`, `"holvanka`, `holvanka*`, `title:port`} {
			if code, _, stderr := run(t, nil, "", "search", "--db", db, q); code != 0 {
				t.Errorf("search %q: exit %d: %s", q, code, stderr)
			}
		}
		// Words given as several arguments or as one are the same query.
		if a, b := hitIDs(searchJSON(t, db, "holvanka", "dredge")), hitIDs(searchJSON(t, db, "holvanka dredge")); !slices.Equal(a, b) || len(a) == 0 {
			t.Errorf("two arguments %v, one %v", a, b)
		}
	})

	t.Run("Filters", func(t *testing.T) {
		all := searchJSON(t, db, "holvanka", "--limit", "100")
		if len(all) < 6 {
			t.Fatalf("holvanka: %d hits", len(all))
		}
		for _, outlet := range []string{"northwire.example", "www.northwire.example", "https://www.northwire.example/en/x"} {
			hits := searchJSON(t, db, "holvanka", "--outlet", outlet)
			if len(hits) == 0 {
				t.Errorf("--outlet %s: nothing", outlet)
			}
			for _, h := range hits {
				if h["outlet"] != "northwire.example" {
					t.Errorf("--outlet %s: a hit of %v", outlet, h["outlet"])
				}
			}
		}
		two := searchJSON(t, db, "holvanka", "--outlet", "northwire.example,pulse24.example", "--limit", "100")
		three := searchJSON(t, db, "holvanka", "--outlet", "northwire.example,pulse24.example", "--outlet", "metroflash.example", "--limit", "100")
		if len(two) == 0 || len(three) <= len(two) {
			t.Errorf("two outlets %d hits, three %d", len(two), len(three))
		}

		// A date alone covers its whole day.
		day := searchJSON(t, db, "holvanka", "--from", "2026-03-14", "--to", "2026-03-14", "--limit", "100")
		if len(day) == 0 || len(day) == len(all) {
			t.Errorf("one day: %d of %d hits", len(day), len(all))
		}
		for _, h := range day {
			if p, _ := h["published"].(string); !strings.HasPrefix(p, "2026-03-14") {
				t.Errorf("a hit published %v, outside 2026-03-14", h["published"])
			}
		}
		if hits := searchJSON(t, db, "holvanka", "--from", "2026-03-14T00:00:00Z", "--to", "2026-03-15T00:00:00+00:00", "--limit", "100"); len(hits) != len(day) {
			t.Errorf("the same day as RFC 3339 times: %d hits, as a date %d", len(hits), len(day))
		}

		copies := searchJSON(t, db, "holvanka", "--relation", "copy", "--limit", "100")
		if len(copies) == 0 || len(copies) >= len(all) {
			t.Errorf("--relation copy: %d of %d", len(copies), len(all))
		}
		if hits := searchJSON(t, db, "holvanka", "--lang", "en", "--limit", "100"); len(hits) != len(all) {
			t.Errorf("--lang en: %d of %d (the demo is in English)", len(hits), len(all))
		}
		if hits := searchJSON(t, db, "holvanka", "--lang", "uk"); len(hits) != 0 {
			t.Errorf("--lang uk: %d hits", len(hits))
		}
	})

	t.Run("Paging", func(t *testing.T) {
		all := hitIDs(searchJSON(t, db, "holvanka", "--limit", "100"))
		first := hitIDs(searchJSON(t, db, "holvanka", "--limit", "3"))
		second := hitIDs(searchJSON(t, db, "holvanka", "--limit", "3", "--offset", "3"))
		if !slices.Equal(append(first, second...), all[:6]) {
			t.Errorf("pages %v + %v, want %v", first, second, all[:6])
		}
	})

	t.Run("HumanOutput", func(t *testing.T) {
		code, stdout, stderr := run(t, nil, "", "search", "--db", db, `"seagrass meadows"`)
		if code != 0 || !strings.Contains(stdout, "ID") || !strings.Contains(stdout, "northwire.example") ||
			!strings.Contains(stdout, "Divers map seagrass meadows") || !strings.Contains(stdout, "Marine biologists") {
			t.Errorf("exit %d, stdout:\n%s\nstderr: %s", code, stdout, stderr)
		}
		code, stdout, _ = run(t, nil, "", "search", "--db", db, "zzyzx")
		if code != 0 || !strings.Contains(stdout, "no article matches zzyzx") {
			t.Errorf("no match: exit %d, %q", code, stdout)
		}
		code, stdout, _ = run(t, nil, "", "search", "--db", db, "holvanka", "--limit", "2")
		if code != 0 || !strings.Contains(stdout, "--offset 2") {
			t.Errorf("a full page should say how to see the next: %q", stdout)
		}
	})

	t.Run("BadUsage", func(t *testing.T) {
		for _, tc := range []struct {
			args []string
			says string
		}{
			{nil, "give a query"},
			{[]string{"--", "-viaduct"}, "only excludes"},
			{[]string{"-viaduct"}, "only excludes"},
			{[]string{`"" ()`}, "no word"},
			{[]string{"viaduct", "--from", "yesterday"}, "yesterday"},
			{[]string{"viaduct", "--to", "2026-13-01"}, "2026-13-01"},
			{[]string{"viaduct", "--from", "2026-03-14", "--to", "2026-03-01"}, "from"},
			{[]string{"viaduct", "--limit", "0"}, "--limit"},
			{[]string{"viaduct", "--limit", "5000"}, "limit"},
			{[]string{"viaduct", "--offset", "-1"}, "offset"},
			{[]string{"viaduct", "--relation", "plagiarism"}, "plagiarism"},
			{[]string{"viaduct", "--lang", "en_GB"}, "en_GB"},
		} {
			code, _, stderr := run(t, nil, "", append([]string{"search", "--db", db}, tc.args...)...)
			if code != 2 || !strings.Contains(stderr, tc.says) {
				t.Errorf("search %q: exit %d, %q; want 2 saying %q", tc.args, code, stderr, tc.says)
			}
		}
	})
}

func TestSplitSearchArgs(t *testing.T) {
	fs := newFlags("search", searchUsage, nil)
	fs.Bool("json", false, "")
	fs.String("outlet", "", "")
	for _, tc := range []struct {
		args         []string
		flags, words string
	}{
		{[]string{"ferry", "-rumour"}, "[]", "[ferry -rumour]"},
		{[]string{"--json", "ferry", "--outlet", "x.example", "-strike"}, "[--json --outlet x.example]", "[ferry -strike]"},
		{[]string{"--outlet=x.example", "ferry"}, "[--outlet=x.example]", "[ferry]"},
		{[]string{"ferry", "--", "--json", "-x"}, "[]", "[ferry --json -x]"},
		{[]string{"-h"}, "[-h]", "[]"},
		{[]string{"-", "ferry", "--outlet"}, "[--outlet]", "[- ferry]"},
	} {
		flags, words := splitSearchArgs(fs, tc.args)
		if got := fmtList(flags); got != tc.flags {
			t.Errorf("%q: flags %s, want %s", tc.args, got, tc.flags)
		}
		if got := fmtList(words); got != tc.words {
			t.Errorf("%q: words %s, want %s", tc.args, got, tc.words)
		}
	}
}

func fmtList(s []string) string { return "[" + strings.Join(s, " ") + "]" }
