package web

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/attribution"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/watch"
)

// Every page template is executed here on the zero value of its page
// struct and on a sample that fills every list and optional field, so that
// a field renamed in Go, a typo in a template or a template handed the
// wrong struct fails this test rather than a reader's request. (pkgsite
// checks its templates against their page structs the same way.)
func TestTemplatesAgainstPageStructs(t *testing.T) {
	byFile, svg, err := parseTemplates()
	if err != nil {
		t.Fatal(err)
	}
	p := &pages{byFile: byFile, svg: svg}
	checked := map[string]bool{}
	check(t, p, checked, frontTemplate, frontPage{layout: sampleLayout, View: sampleFront, Input: "x", Problem: "y"})
	check(t, p, checked, passageTemplate, passagePage{layout: sampleLayout, Passage: samplePassage, Preview: "a passage"})
	check(t, p, checked, searchTemplate, sampleSearch)
	check(t, p, checked, articleTemplate, sampleArticle)
	check(t, p, checked, compareTemplate, sampleCompare)
	check(t, p, checked, storyTemplate, sampleStory(t, p))
	check(t, p, checked, outletsTemplate, outletsPage{layout: sampleLayout, Outlets: []provenance.OutletStats{sampleStats}})
	check(t, p, checked, outletTemplate, sampleOutlet(t, p, false))
	check(t, p, checked, outletTemplate, sampleOutlet(t, p, true))
	check(t, p, checked, feedsTemplate, feedsPage{layout: sampleLayout, Feeds: []FeedView{{Feed: sampleFeed, Health: echotrace.FeedFailing},
		{Feed: echotrace.Feed{ID: 2, URL: "https://b.example/sitemap.xml", Kind: "sitemap"}, Health: echotrace.FeedNew}}, URLInput: "u", Problem: "p"})
	check(t, p, checked, groupsTemplate, groupsPage{layout: sampleLayout, Groups: []outletGroup{{Name: "relays", Members: []string{"a.example", "b.example"}}},
		NameInput: "n", DomainsInput: "d", Problem: "p"})
	check(t, p, checked, watchesTemplate, sampleWatches)
	check(t, p, checked, errorTemplate, errorPage{layout: sampleLayout, Status: 404, Message: "There is no such page."})

	files, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimPrefix(f, "templates/")
		if name != "layout.html" && name != "svg.html" && !checked[name] {
			t.Errorf("%s has no page struct checked here: add it to this test", name)
		}
	}
}

// check executes one page template on its zero value and on each sample.
func check[P any](t *testing.T, p *pages, checked map[string]bool, tmpl pageTemplate[P], samples ...P) {
	t.Helper()
	checked[tmpl.file] = true
	var zero P
	for i, v := range append([]P{zero}, samples...) {
		var b bytes.Buffer
		if err := p.byFile[tmpl.file].Execute(&b, v); err != nil {
			t.Errorf("%s with sample %d: %v", tmpl.file, i, err)
			continue
		}
		if !strings.Contains(b.String(), "</html>") {
			t.Errorf("%s with sample %d: the page is cut short", tmpl.file, i)
		}
	}
}

var (
	sampleTime   = time.Date(2026, 3, 14, 6, 40, 0, 0, time.UTC)
	sampleString = "2026-03-14T06:40:00Z"
	sampleID     = int64(7)
	sampleURL    = "https://a.example/story"
	sampleFloat  = 0.93
	sampleLayout = layout{Title: "A page", Section: "front", Query: "q", CSRF: "token", NeedToken: true, CanFetch: true, CanUpload: true, MaxUploadMB: "5", StyleURL: "/static/style.css?v=0"}
	sampleFeed   = echotrace.Feed{ID: 1, URL: "https://a.example/feed.xml", Kind: "feed", Title: "A feed", LastPoll: sampleTime,
		NextPoll: sampleTime, LastError: "503", Failures: 2, Items: 4, CreatedAt: sampleTime}
	sampleFront = FrontView{Counts: store.Counts{Articles: 3, Outlets: 2, Relations: 1, CaptureErrors: 1, IngestFailures: 1},
		Stories:      []echotrace.StorySummary{{ID: 1, Title: "A story", Articles: 3, Outlets: 2, First: sampleTime, Last: sampleTime}},
		FailingFeeds: []FeedView{{Feed: sampleFeed, Health: echotrace.FeedFailing}},
		Imports:      []echotrace.ImportRun{{ID: 1, Source: "pages/", Started: sampleTime, State: echotrace.ImportRunning, Articles: 3, Skipped: 1, Error: "e"}}}
	sampleEvidence = []provenance.Evidence{{Kind: "date", Favours: "from", Detail: "earlier", Source: "meta"},
		{Kind: "link", Favours: "to", Detail: "links back"}, {Kind: "credit", Favours: "neither", Detail: "none"}}
	sampleNode     = report.Node{ID: &sampleID, URL: &sampleURL, Outlet: "a.example", Title: "Source", Published: &sampleString, PublishedSource: "meta", Relation: "copy", Confidence: 0.9, Conflict: true, Evidence: sampleEvidence}
	sampleExternal = report.Node{URL: &sampleURL, Outlet: "b.example", Name: "B Weekly", Relation: "source", External: true, Evidence: sampleEvidence}
	sampleChanges  = []report.Change{{Kind: "alias", AText: "Kyiv", BText: "Kiev"}, {Kind: "insert", BText: "Added."}, {Kind: "delete", AText: "Cut."}}
	sampleAttr     = []attribution.Attribution{{Source: "insiders", Kind: attribution.Anonymous, Verb: "cited by", Via: "Bild"}}
	sampleTrace    = report.Trace{Article: report.Article{ID: 8, Title: "This", Outlet: "c.example"}, Parent: &sampleNode,
		Chain: []report.Node{sampleExternal, sampleNode}, Children: []report.Node{sampleNode}, Related: []report.Node{sampleNode},
		Changes: sampleChanges, Attributions: sampleAttr, Versions: []report.VersionChange{{From: 1, To: 2, SeenAt: sampleTime, Changes: sampleChanges}, {From: 2, To: 3}},
		Story: report.StoryInfo{ID: 1, Articles: 3, Root: 7}}
	sampleInfo    = ArticleInfo{Article: report.Article{ID: 8, URL: sampleURL, Outlet: "c.example", Title: "This", Published: &sampleString, PublishedSource: "url", Story: 1}, Byline: "A. Writer", Lang: "en", Versions: 2}
	sampleRef     = ArticleRef{ID: 7, URL: sampleURL, Outlet: "a.example", Title: "Source", Published: &sampleString}
	sampleArticle = articlePage{layout: sampleLayout, Article: sampleInfo, Trace: sampleTrace, Chain: chainSteps(&sampleTrace), Summary: "Summary.",
		Text: [][]textSegment{{{Text: "Plain "}, {Text: "taken", Mark: &passageMark{Class: "from-source", Other: sampleRef, Relation: "copy", Kind: "verbatim", Also: 2}}},
			{{Text: "more", Mark: &passageMark{Class: "taken-by", Other: sampleRef}}}},
		SharedWith: []sharedWith{{Other: sampleRef, Relation: "copy", Role: RoleSource, Immediate: true, Passages: 2, Characters: 40},
			{Other: sampleRef, Relation: "copy", Role: RoleCopy, Passages: 1}, {Other: sampleRef, Relation: "related"}},
		SourceID: 7}
	samplePassage = report.Passage{Article: report.PassageArticle{Title: "(passage)", Text: "t", Words: 1}, Chain: []report.Node{sampleNode}, Attributions: sampleAttr}
	sampleSearch  = searchPage{layout: sampleLayout, Form: searchForm{Q: "q", Outlet: "a.example", From: "2026-03-01", To: "2026-03-02", Relation: "copy", Lang: "en", Page: 2},
		Searched: true, First: 21, PrevURL: "/search?q=q", NextURL: "/search?q=q&page=3", Problem: "p", Relations: store.SearchKinds, Outlets: []string{"a.example"},
		Hits: []searchRow{{Hit: store.SearchHit{ArticleID: 7, Outlet: "a.example", Title: "T", Published: sampleTime, Lang: "en"},
			Snippet: []snippetPiece{{Text: "a "}, {Text: "match", Match: true}}}}}
	sampleComparison = ComparisonView{A: sampleInfo, B: sampleInfo, TextA: "a", TextB: "b", Stored: true, Relation: "copy", Score: 0.9,
		Coverage: reuse.Coverage{A: 0.5, B: 0.9}, Passages: []reuse.PassageSpan{{A: [2]int{0, 1}, B: [2]int{0, 1}, Kind: "verbatim"}}, Changes: sampleChanges}
	sampleCompare = comparePage{layout: sampleLayout, Picked: true, AInput: "7", BInput: "8", Problem: "p", View: sampleComparison,
		A: [][]compareSegment{{{Text: "x", Here: "a", There: "b", Passage: 1, PassageStart: true, PassageKind: "verbatim", Change: 1, ChangeKind: "alias"}, {Text: "y", Here: "a", There: "b"}}},
		B: [][]compareSegment{{{Text: "x", Here: "b", There: "a", Passage: 1, PassageStart: true, Change: 2, ChangeKind: "insert"}}}}
	sampleStats = provenance.OutletStats{Domain: "a.example", Members: []string{"a.example", "b.example"}, Articles: 4, Original: 2, Reused: 2, FromExternal: 1,
		ShareOriginal: 0.5, CopiesFrom: []provenance.OutletLink{{Outlet: "b.example", Articles: 2, Changes: map[string]int{"alias": 1}}},
		CopiedBy: []provenance.OutletLink{{Outlet: "c.example", Articles: 1}}, MedianLagHours: &sampleFloat, Fidelity: &sampleFloat,
		Relations: map[string]int{"copy": 2}, Changes: map[string]int{"alias": 1, "odd": 1}}
	sampleWatches = watchesPage{layout: sampleLayout, Outlets: []string{"a.example"}, OutletInput: "a.example", WebhookInput: "https://h.example", Problem: "p",
		Watches: []watchRow{{Watch: echotrace.Watch{ID: 1, Outlet: "a.example", Webhook: "https://h.example", Created: sampleTime, LastDelivery: sampleTime, LastError: "timeout"},
			Atom: "/watches/1/atom", More: true, Copies: []watch.Copy{{Source: watch.Article{ID: 7, Title: "S"}, Copy: watch.Article{ID: 8, Title: "C", Outlet: "c.example"},
				Relation: "copy", Changes: sampleChanges}}},
			{Watch: echotrace.Watch{ID: 2, Outlet: "b.example", Created: sampleTime}}}}
)

func sampleStory(t *testing.T, p *pages) storyPage {
	v := StoryView{ID: 1, Title: "A story", Root: 7, Outlets: []string{"a.example", "c.example"}, First: &sampleTime, Last: &sampleTime, Partial: true,
		Members: []StoryMember{{ArticleRef: sampleRef, At: sampleTime}, {ArticleRef: ArticleRef{ID: 8, Outlet: "c.example", Title: "Copy"}, Undated: true},
			{ArticleRef: ArticleRef{ID: 9, Outlet: "d.example", Title: "Own"}, At: sampleTime}},
		Edges:    []StoryEdge{{From: 7, To: 8, Relation: "copy", Confidence: 0.9, Conflict: true}},
		Related:  []StoryPair{{A: 7, B: 9, Relation: "related", Score: 0.3}},
		External: []StorySource{{To: 7, Outlet: "b.example", Name: "B Weekly"}}}
	svg, err := p.renderSVG(drawTimeline(timelineOf(v)))
	if err != nil {
		t.Fatal(err)
	}
	return storyPage{layout: sampleLayout, View: v, Timeline: svg, Members: storyRows(v), Related: relatedRows(v)}
}

func sampleOutlet(t *testing.T, p *pages, group bool) outletPage {
	v := OutletView{OutletStats: sampleStats, Group: group, Groups: []string{"relays"}}
	svg, err := p.renderSVG(drawOutletGraph(outletGraphInput{Outlet: v.Domain, IsGroup: group,
		CopiesFrom: []outletFlow{{"b.example", 2}}, CopiedBy: []outletFlow{{"c.example", 1}}}))
	if err != nil {
		t.Fatal(err)
	}
	return outletPage{layout: sampleLayout, View: v, Graph: svg, Relations: countsInOrder(v.Relations, relationOrder),
		Changes: countsInOrder(v.Changes, changeOrder), Watched: true}
}
