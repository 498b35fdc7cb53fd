// Package provenance turns reuse relations into answers: which of two
// related articles came first and on what evidence, which earlier article
// each one most likely took its text from (so that a story becomes a
// propagation tree), which articles form one story, and what each outlet
// copies from whom. It works on articles and relations handed to it; it
// never reads the store, and it leaves aligning and classifying texts to
// package reuse: the only reading of texts here is the word-pair tally
// that decides between two equally close sources (innovations.go).
package provenance

import (
	"encoding/json"
	"fmt"

	"github.com/echotrace/echotrace"
	"math"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode"
)

// Article is what direction and source inference read of an article.
type Article struct {
	ID     int64  `json:"id"`
	URL    string `json:"url"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	// Published is zero when unknown; PublishedSource says where it came
	// from (PRODUCT.md: meta, json-ld, url, feed, sitemap, warc, header,
	// first-seen).
	Published       time.Time `json:"published"`
	PublishedSource string    `json:"published_source"`
	// FirstSeen is when echotrace first captured the page: an upper bound
	// on its publication.
	FirstSeen time.Time `json:"first_seen"`
	// Names are how the outlet calls itself (the page's site name), used to
	// recognise a credit to it in another article's text.
	Names []string `json:"-"`
	// LinkTexts are the body's outbound links with their anchor texts.
	LinkTexts []Link `json:"-"`
	Text      string `json:"-"`
}

// Link is an outbound hyperlink of an article's body.
type Link struct {
	URL, Text string
}

// FromArticle is what provenance reads of a stored article: its newest
// version's dates, site name, links and text.
func FromArticle(a *echotrace.Article) *Article {
	v := a.Newest
	pa := &Article{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: v.Title, Published: v.Published,
		PublishedSource: v.PublishedSource, FirstSeen: a.FirstSeen, Text: v.Text}
	if v.Site != "" {
		pa.Names = []string{v.Site}
	}
	for _, l := range v.Links {
		pa.LinkTexts = append(pa.LinkTexts, Link{URL: l.URL, Text: l.Text})
	}
	return pa
}

// Evidence is one reason for a direction, shaped as PRODUCT.md says.
type Evidence struct {
	Kind    string `json:"kind"`    // date, link, credit, containment, first_seen, capture
	Favours string `json:"favours"` // from, to, neither
	Detail  string `json:"detail"`
	Source  string `json:"source"`
	// Weight is how strongly it favours its side, for people and tuning.
	Weight float64 `json:"weight"`
}

// Pair is a stored reuse relation between two articles (A has the lower ID).
type Pair struct {
	A, B      int64
	Relation  string
	Score     float64
	CoverageA float64
	CoverageB float64
	// Changes is how many changes the reuse engine listed between the two
	// texts: along a chain original → X → Y, Y differs from X by fewer
	// changes than from the original, which carries X's changes too.
	Changes int
}

// PairOf is a stored relation as provenance reads it.
func PairOf(r echotrace.Relation) Pair {
	var changes []json.RawMessage
	_ = json.Unmarshal(r.Changes, &changes) // a relation without changes counts none
	return Pair{A: r.A, B: r.B, Relation: r.Relation, Score: r.Score, CoverageA: r.CoverageA, CoverageB: r.CoverageB, Changes: len(changes)}
}

// Edge is a directed provenance link: From came first and To reused it.
type Edge struct {
	From, To   int64
	Relation   string
	Score      float64
	Changes    int
	Confidence float64
	Evidence   []Evidence
	// Conflict: some evidence favours the other direction.
	Conflict bool
}

// Evidence weights: how much each kind of item is worth, in log-odds.
// A hyperlink or a credit names the source outright; a date is as good as
// where it came from; containment and first-seen times are weak hints.
const (
	weightLink        = 3.0
	weightCredit      = 2.0
	weightDate        = 2.0
	weightContainment = 0.25
	weightFirstSeen   = 0.7
)

// dateTrust is how far a publication date can be trusted, by source.
var dateTrust = map[string]float64{
	"meta": 1, "json-ld": 1, "feed": 0.9, "sitemap": 0.9, "header": 0.6,
	"warc": 0.5, "url": 0.6, "first-seen": 0.4,
}

// dayPrecision: dates taken from a URL path say only the day.
func dayPrecision(src string) bool { return src == "url" }

// Direct decides which of a pair came first and why. x and y are the
// pair's articles in either order; the edge points from the earlier.
func Direct(x, y *Article, p Pair) Edge {
	a, b := x, y
	if a.ID != p.A {
		a, b = y, x
	}
	var ev []Evidence
	// Each item is written as favouring a (the pair's A) as the source:
	// "from" means a → b, "to" means b → a.
	add := func(kind string, sign float64, weight float64, detail, source string) {
		fav := "neither"
		if sign > 0 {
			fav = "from"
		} else if sign < 0 {
			fav = "to"
		}
		ev = append(ev, Evidence{Kind: kind, Favours: fav, Detail: detail, Source: source, Weight: round2(weight)})
	}

	// Dates.
	if !a.Published.IsZero() && !b.Published.IsZero() {
		trust := min(trustOf(a.PublishedSource), trustOf(b.PublishedSource))
		da, db := a.Published, b.Published
		src := a.PublishedSource + " / " + b.PublishedSource
		if dayPrecision(a.PublishedSource) || dayPrecision(b.PublishedSource) {
			da, db = da.Truncate(24*time.Hour), db.Truncate(24*time.Hour)
		}
		switch d := db.Sub(da); {
		case d > time.Minute:
			add("date", 1, weightDate*trust, fmt.Sprintf("%s published %s, %s before %s (%s)", a.Outlet, fmtTime(a.Published, a.PublishedSource), fmtLag(d), b.Outlet, fmtTime(b.Published, b.PublishedSource)), src)
		case d < -time.Minute:
			add("date", -1, weightDate*trust, fmt.Sprintf("%s published %s, %s before %s (%s)", b.Outlet, fmtTime(b.Published, b.PublishedSource), fmtLag(-d), a.Outlet, fmtTime(a.Published, a.PublishedSource)), src)
		default:
			add("date", 0, 0, fmt.Sprintf("both published %s", fmtTime(a.Published, a.PublishedSource)), src)
		}
	} else {
		// One date or none: a page first seen after the other was
		// published cannot have come first by much; two first-seen times
		// say which was captured first.
		switch {
		case !a.Published.IsZero() && !b.FirstSeen.IsZero() && b.FirstSeen.After(a.Published):
			add("first_seen", 1, weightFirstSeen, fmt.Sprintf("%s has no date and was first seen %s, after %s published (%s)", b.Outlet, fmtTime(b.FirstSeen, ""), a.Outlet, fmtTime(a.Published, a.PublishedSource)), "first-seen")
		case !b.Published.IsZero() && !a.FirstSeen.IsZero() && a.FirstSeen.After(b.Published):
			add("first_seen", -1, weightFirstSeen, fmt.Sprintf("%s has no date and was first seen %s, after %s published (%s)", a.Outlet, fmtTime(a.FirstSeen, ""), b.Outlet, fmtTime(b.Published, b.PublishedSource)), "first-seen")
		case a.Published.IsZero() && b.Published.IsZero() && !a.FirstSeen.IsZero() && !b.FirstSeen.IsZero():
			if d := b.FirstSeen.Sub(a.FirstSeen); d > time.Minute {
				add("capture", 1, weightFirstSeen/2, fmt.Sprintf("neither is dated; %s was captured %s earlier", a.Outlet, fmtLag(d)), "first-seen")
			} else if d < -time.Minute {
				add("capture", -1, weightFirstSeen/2, fmt.Sprintf("neither is dated; %s was captured %s earlier", b.Outlet, fmtLag(-d)), "first-seen")
			}
		}
	}

	// Hyperlinks: the later article links to its source.
	if linksTo(b, a) {
		add("link", 1, weightLink, fmt.Sprintf("%s links to %s", b.Outlet, a.URL), b.URL)
	}
	if linksTo(a, b) {
		add("link", -1, weightLink, fmt.Sprintf("%s links to %s", a.Outlet, b.URL), a.URL)
	}

	// Credits: the later article names the earlier one's outlet.
	if a.Outlet != b.Outlet {
		if name := credits(b, a); name != "" {
			add("credit", 1, weightCredit, fmt.Sprintf("%s names %q in its text", b.Outlet, name), b.URL)
		}
		if name := credits(a, b); name != "" {
			add("credit", -1, weightCredit, fmt.Sprintf("%s names %q in its text", a.Outlet, name), a.URL)
		}
	}

	// Containment: a text found almost whole inside a longer one is more
	// often a trimmed copy of it than its source padded out, so the longer
	// text is weakly favoured as the source. Weak: copies add framing too.
	if p.Relation != "related" {
		if p.CoverageA >= 0.9 && p.CoverageB < p.CoverageA-0.1 {
			add("containment", -1, weightContainment, fmt.Sprintf("%s's text is %.0f%% inside %s's longer one", a.Outlet, 100*p.CoverageA, b.Outlet), "")
		} else if p.CoverageB >= 0.9 && p.CoverageA < p.CoverageB-0.1 {
			add("containment", 1, weightContainment, fmt.Sprintf("%s's text is %.0f%% inside %s's longer one", b.Outlet, 100*p.CoverageB, a.Outlet), "")
		}
	}

	var sum float64
	var pos, neg bool
	for _, e := range ev {
		switch e.Favours {
		case "from":
			sum += e.Weight
			pos = pos || e.Weight > 0
		case "to":
			sum -= e.Weight
			neg = neg || e.Weight > 0
		}
	}
	from, to := a.ID, b.ID
	if sum < 0 || (sum == 0 && b.ID < a.ID) {
		from, to = b.ID, a.ID
		// Items are stated from the edge's point of view.
		for i := range ev {
			switch ev[i].Favours {
			case "from":
				ev[i].Favours = "to"
			case "to":
				ev[i].Favours = "from"
			}
		}
	}
	return Edge{From: from, To: to, Relation: p.Relation, Score: p.Score, Changes: p.Changes, Confidence: round2(1 / (1 + math.Exp(-math.Abs(sum)))),
		Evidence: ev, Conflict: pos && neg}
}

func trustOf(src string) float64 {
	if t, ok := dateTrust[src]; ok {
		return t
	}
	return 0.5
}

// linksTo reports whether x's outbound links include y's URL.
func linksTo(x, y *Article) bool {
	target := normURL(y.URL)
	if target == "" {
		return false
	}
	for _, l := range x.LinkTexts {
		if normURL(l.URL) == target {
			return true
		}
	}
	return false
}

// normURL drops the scheme, a leading www., a trailing slash and the
// fragment, so that links written slightly differently still match.
func normURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	q := ""
	if u.RawQuery != "" {
		q = "?" + u.RawQuery
	}
	return host + path + q
}

// credits returns the name under which x's text credits y's outlet, or "".
func credits(x, y *Article) string {
	names := outletNames(y)
	if len(names) == 0 {
		return ""
	}
	// Lower-cased once for all the names: on a large import this was the
	// costliest line of the provenance update.
	lt := strings.ToLower(x.Text)
	for _, name := range names {
		if containsLowerPhrase(lt, strings.ToLower(name)) {
			return name
		}
	}
	return ""
}

// outletNames lists the names an outlet goes by: its site names and its
// domain, and the domain's first label when it is distinctive.
func outletNames(a *Article) []string {
	var out []string
	seen := map[string]bool{}
	addName := func(n string) {
		n = strings.TrimSpace(n)
		k := strings.ToLower(n)
		if len([]rune(n)) < 4 || seen[k] {
			return
		}
		seen[k] = true
		out = append(out, n)
	}
	for _, n := range a.Names {
		for _, part := range strings.Split(n, ";") {
			if !strings.Contains(part, ".") || part == a.Outlet {
				addName(part)
			}
		}
	}
	if a.Outlet != "" {
		addName(a.Outlet)
		if label, _, ok := strings.Cut(a.Outlet, "."); ok && len(label) >= 6 {
			addName(label)
		}
	}
	return out
}

// containsPhrase finds phrase in text case-insensitively, on word
// boundaries.
func containsPhrase(text, phrase string) bool {
	return containsLowerPhrase(strings.ToLower(text), strings.ToLower(phrase))
}

// containsLowerPhrase is containsPhrase on texts already lower-cased.
func containsLowerPhrase(lt, lp string) bool {
	for i := 0; ; {
		j := strings.Index(lt[i:], lp)
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(lp)
		before := s == 0 || !isWordByte(lt[s-1])
		after := e == len(lt) || !isWordByte(lt[e])
		if before && after {
			return true
		}
		i = s + 1
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 0x80 || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func fmtTime(t time.Time, src string) string {
	if dayPrecision(src) {
		return t.UTC().Format("2006-01-02")
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

func fmtLag(d time.Duration) string {
	switch {
	case d >= 48*time.Hour:
		return fmt.Sprintf("%.0f days", d.Hours()/24)
	case d >= time.Hour:
		return fmt.Sprintf("%.1f hours", d.Hours())
	default:
		return fmt.Sprintf("%.0f minutes", d.Minutes())
	}
}

// sortEdges orders edges by source then target, for stable output.
func sortEdges(es []Edge) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].From != es[j].From {
			return es[i].From < es[j].From
		}
		return es[i].To < es[j].To
	})
}

// Stored is the edge as the store keeps it: e's source, or ext when the
// source is an outlet outside the corpus.
func Stored(to int64, e *Edge, ext *ExternalSource, articles map[int64]*Article) (echotrace.ProvenanceEdge, error) {
	var out echotrace.ProvenanceEdge
	var ev []Evidence
	switch {
	case e != nil:
		out = echotrace.ProvenanceEdge{To: to, From: e.From, Relation: e.Relation, Score: e.Score, Confidence: e.Confidence, Conflict: e.Conflict}
		ev = e.Evidence
		// A lag needs two times of day: a date from a URL says only the day.
		if f, t := articles[e.From], articles[to]; f != nil && t != nil && !f.Published.IsZero() && !t.Published.IsZero() &&
			!dayPrecision(f.PublishedSource) && !dayPrecision(t.PublishedSource) {
			lag := t.Published.Sub(f.Published)
			out.Lag = &lag
		}
	case ext != nil:
		out = echotrace.ProvenanceEdge{To: to, ExternalOutlet: ext.Outlet, ExternalURL: ext.URL, ExternalName: ext.Name,
			Relation: "source", Confidence: 0.5}
		ev = ext.Evidence
	default:
		return out, fmt.Errorf("article %d has no source", to)
	}
	if ev == nil {
		ev = []Evidence{}
	}
	b, err := json.Marshal(ev)
	out.Evidence = b
	return out, err
}

// FromStored reads back an edge as Stored wrote it: an edge between two
// articles, or (when its source is outside the corpus) an external source.
func FromStored(e echotrace.ProvenanceEdge) (*Edge, *ExternalSource, error) {
	var ev []Evidence
	if len(e.Evidence) > 0 {
		if err := json.Unmarshal(e.Evidence, &ev); err != nil {
			return nil, nil, fmt.Errorf("evidence of the source of %d: %w", e.To, err)
		}
	}
	if ev == nil {
		ev = []Evidence{}
	}
	if e.From == 0 {
		return nil, &ExternalSource{Outlet: e.ExternalOutlet, Name: e.ExternalName, URL: e.ExternalURL, Evidence: ev}, nil
	}
	return &Edge{From: e.From, To: e.To, Relation: e.Relation, Score: e.Score, Confidence: e.Confidence, Conflict: e.Conflict, Evidence: ev}, nil, nil
}
