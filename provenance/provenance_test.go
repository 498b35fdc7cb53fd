package provenance

import (
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 3, 14, 6, 40, 0, 0, time.UTC)

func art(id int64, outlet string, at time.Duration, src string) *Article {
	a := &Article{ID: id, URL: "https://" + outlet + "/story", Outlet: outlet, PublishedSource: src, FirstSeen: t0.Add(30 * 24 * time.Hour)}
	if src != "" {
		a.Published = t0.Add(at)
	}
	return a
}

func kinds(ev []Evidence) string {
	var out []string
	for _, e := range ev {
		out = append(out, e.Kind+":"+e.Favours)
	}
	return strings.Join(out, " ")
}

func TestDirectByDate(t *testing.T) {
	a, b := art(1, "harbourgazette.example", 0, "meta"), art(2, "northwire.example", 90*time.Minute, "json-ld")
	// The later article has the lower ID: direction follows the dates, not IDs.
	e := Direct(b, a, Pair{A: 1, B: 2, Relation: "copy", Score: 0.9})
	if e.From != 1 || e.To != 2 || e.Conflict || e.Confidence < 0.8 {
		t.Errorf("edge = %+v", e)
	}
	e = Direct(a, b, Pair{A: 1, B: 2, Relation: "copy"})
	b.Published = t0.Add(-time.Hour)
	e2 := Direct(a, b, Pair{A: 1, B: 2, Relation: "copy"})
	if e.From != 1 || e2.From != 2 || kinds(e2.Evidence) != "date:from" {
		t.Errorf("reversed dates: %+v then %+v", e, e2)
	}
}

func TestDirectDayPrecisionAndFirstSeen(t *testing.T) {
	a := art(1, "harbourgazette.example", 0, "meta")
	b := art(2, "valleypost.example", 0, "url") // the same day, from the URL: no order
	b.Published = t0.Truncate(24 * time.Hour)
	if e := Direct(a, b, Pair{A: 1, B: 2, Relation: "rewrite"}); kinds(e.Evidence) != "date:neither" || e.Confidence != 0.5 {
		t.Errorf("same-day URL date: %+v", e)
	}
	// An undated page first seen after the other was published comes later.
	c := art(3, "infobridge.example", 0, "")
	if e := Direct(a, c, Pair{A: 1, B: 3, Relation: "duplicate"}); e.From != 1 || kinds(e.Evidence) != "first_seen:from" {
		t.Errorf("undated copy: %+v", e)
	}
}

func TestDirectLinkAndCreditOutweighADate(t *testing.T) {
	// The page dated earlier links to the other and credits it by name:
	// its date is wrong (or a placeholder), and the conflict is shown.
	a := art(1, "harbourgazette.example", 0, "meta")
	a.Names = []string{"Harbour Gazette"}
	b := art(2, "northwire.example", -3*time.Hour, "meta")
	b.Text = "The contract went to the minister's in-law, the Harbour Gazette reported on Saturday."
	b.LinkTexts = []Link{{URL: "https://www.harbourgazette.example/story/", Text: "reported"}}
	e := Direct(a, b, Pair{A: 1, B: 2, Relation: "copy"})
	if e.From != 1 || !e.Conflict || kinds(e.Evidence) != "date:to link:from credit:from" {
		t.Errorf("edge = %+v (%s)", e, kinds(e.Evidence))
	}
}

func TestBestSourceAndInheritedCredit(t *testing.T) {
	// o is the original; x relays it, crediting and linking o; c copies x
	// (so c carries x's credit to o) and differs from o by more changes.
	// The credit to o is x's, inherited: c's source is x, not o.
	o := art(1, "harbourgazette.example", 0, "meta")
	o.Names = []string{"Harbour Gazette"}
	x := art(2, "northwire.example", time.Hour, "meta")
	x.Text = "According to the Harbour Gazette, the tender was rewritten."
	x.LinkTexts = []Link{{URL: o.URL}}
	c := art(3, "pulse24.example", 2*time.Hour, "meta")
	c.Text = x.Text
	c.LinkTexts = x.LinkTexts
	arts := map[int64]*Article{1: o, 2: x, 3: c}
	g := Build(arts, []Pair{
		{A: 1, B: 2, Relation: "copy", Score: 0.7, Changes: 6},
		{A: 1, B: 3, Relation: "copy", Score: 0.7, Changes: 6},
		{A: 2, B: 3, Relation: "copy", Score: 0.7, Changes: 1},
	})
	if p := g.Parent[3]; p == nil || p.From != 2 {
		t.Fatalf("source of the copy of the relay = %+v", p)
	}
	if p := g.Parent[2]; p == nil || p.From != 1 {
		t.Errorf("source of the relay = %+v", p)
	}
	if chain := g.Chain(3); len(chain) != 2 || chain[0].From != 1 || chain[1].From != 2 {
		t.Errorf("chain = %+v", chain)
	}
	if g.Root(3) != 1 || g.Story[3] != 1 || g.Story[2] != 1 {
		t.Errorf("root %d, stories %v", g.Root(3), g.Story)
	}
	if kids := g.Children(1); len(kids) != 1 || kids[0].To != 2 {
		t.Errorf("children of the original = %+v", kids)
	}
}

func TestBestSourceFewerChanges(t *testing.T) {
	// Two copies equally similar to the child: the one it differs from by
	// fewer changes is its source, though the other is older.
	o, x, c := art(1, "a.example", 0, "meta"), art(2, "b.example", time.Hour, "meta"), art(3, "c.example", 2*time.Hour, "meta")
	g := Build(map[int64]*Article{1: o, 2: x, 3: c}, []Pair{
		{A: 1, B: 2, Relation: "copy", Score: 0.8, Changes: 3},
		{A: 1, B: 3, Relation: "copy", Score: 0.8, Changes: 5},
		{A: 2, B: 3, Relation: "copy", Score: 0.8, Changes: 2},
	})
	if p := g.Parent[3]; p == nil || p.From != 2 {
		t.Errorf("source = %+v", p)
	}
}

func TestCyclesAreBroken(t *testing.T) {
	// Undated texts with first-seen times that cannot all be right: the
	// parent relation must still be a forest.
	arts := map[int64]*Article{}
	for i := int64(1); i <= 3; i++ {
		arts[i] = art(i, "o"+string(rune('a'+i))+".example", 0, "")
	}
	arts[1].LinkTexts = []Link{{URL: arts[2].URL}}
	arts[2].LinkTexts = []Link{{URL: arts[3].URL}}
	arts[3].LinkTexts = []Link{{URL: arts[1].URL}}
	g := Build(arts, []Pair{{A: 1, B: 2, Relation: "duplicate"}, {A: 2, B: 3, Relation: "duplicate"}, {A: 1, B: 3, Relation: "duplicate"}})
	for id := range arts {
		seen := map[int64]bool{}
		for cur := id; g.Parent[cur] != nil; cur = g.Parent[cur].From {
			if seen[cur] {
				t.Fatalf("cycle through %d", cur)
			}
			seen[cur] = true
		}
	}
}

func TestExternalSource(t *testing.T) {
	a := art(1, "ridgewaytimes.example", 0, "meta")
	a.Text = "The inspection report, first obtained by Kestrel Weekly, lists cracked bearings."
	a.LinkTexts = []Link{{URL: "https://kestrelweekly.example/2026/03/09/report", Text: "first obtained by Kestrel Weekly"},
		{URL: "https://maps.example/viaduct", Text: "map"}}
	g := Build(map[int64]*Article{1: a}, nil)
	ext := g.ExternalSource(1)
	if ext == nil || ext.Outlet != "kestrelweekly.example" || ext.Name != "Kestrel Weekly" || ext.URL == "" {
		t.Fatalf("external = %+v", ext)
	}
	// A link without a credit is not a source.
	a.Text = "A map of the line is online."
	a.LinkTexts = a.LinkTexts[1:]
	if g := Build(map[int64]*Article{1: a}, nil); g.ExternalSource(1) != nil {
		t.Errorf("uncredited link taken as a source: %+v", g.ExternalSource(1))
	}
}

func TestStoriesKeepTheLowestID(t *testing.T) {
	arts := map[int64]*Article{}
	for i := int64(1); i <= 5; i++ {
		arts[i] = art(i, "x.example", time.Duration(i)*time.Hour, "meta")
	}
	g := Build(arts, []Pair{{A: 2, B: 3, Relation: "related"}, {A: 4, B: 5, Relation: "copy"}, {A: 3, B: 5, Relation: "excerpt"}})
	for _, id := range []int64{2, 3, 4, 5} {
		if g.Story[id] != 2 {
			t.Errorf("story of %d = %d, want 2", id, g.Story[id])
		}
	}
	if g.Story[1] != 1 {
		t.Errorf("a lone article is its own story: %d", g.Story[1])
	}
}

func TestOutletsAggregate(t *testing.T) {
	lag := 2 * time.Hour
	edges := []SourceEdge{
		{ToOutlet: "relay.example", FromOutlet: "paper.example", Relation: "copy", Score: 0.8, Lag: &lag, ChangeKinds: []string{"alias", "alias", "insert"}},
		{ToOutlet: "relay.example", FromOutlet: "paper.example", Relation: "duplicate", Score: 1, ChangeKinds: []string{"alias"}},
		{ToOutlet: "mirror.example", FromOutlet: "relay.example", Relation: "duplicate", Score: 1},
		{ToOutlet: "paper.example", FromOutlet: "weekly.example", External: true},
	}
	outlets, groups := Outlets(map[string]int{"paper.example": 4, "relay.example": 3, "mirror.example": 1}, edges,
		map[string][]string{"network": {"relay.example", "mirror.example"}})
	by := map[string]OutletStats{}
	for _, o := range outlets {
		by[o.Domain] = o
	}
	r := by["relay.example"]
	if r.Articles != 3 || r.Reused != 2 || r.Original != 1 || r.Changes["alias"] != 2 || r.Changes["insert"] != 1 ||
		r.MedianLagHours == nil || *r.MedianLagHours != 2 || r.Fidelity == nil || *r.Fidelity != 0.9 ||
		len(r.CopiesFrom) != 1 || r.CopiesFrom[0].Articles != 2 || r.CopiesFrom[0].Changes["alias"] != 2 ||
		len(r.CopiedBy) != 1 || r.CopiedBy[0].Outlet != "mirror.example" {
		t.Errorf("relay = %+v", r)
	}
	if p := by["paper.example"]; p.FromExternal != 1 || p.Original != 4 || len(p.CopiedBy) != 1 || p.CopiedBy[0].Articles != 2 {
		t.Errorf("paper = %+v", p)
	}
	if len(groups) != 1 || groups[0].Articles != 4 || groups[0].Reused != 3 || len(groups[0].Members) != 2 {
		t.Errorf("group = %+v", groups)
	}
}

// Pages without dates of their own: the dates a feed, a sitemap or a WARC
// capture gave them decide, and say where they came from.
func TestDirectFromFeedSitemapAndWARCDates(t *testing.T) {
	for _, src := range [][2]string{{"feed", "warc"}, {"sitemap", "feed"}, {"warc", "first-seen"}} {
		a := art(1, "relay.example", 3*time.Hour, src[0])
		b := art(2, "paper.example", 0, src[1])
		e := Direct(a, b, Pair{A: 1, B: 2, Relation: "duplicate"})
		if e.From != 2 || len(e.Evidence) != 1 || e.Evidence[0].Kind != "date" || e.Evidence[0].Source != src[0]+" / "+src[1] {
			t.Errorf("%v: %+v", src, e)
		}
	}
}

func TestCreditedExternalWithoutLink(t *testing.T) {
	a := art(1, "frontierobserver.example", 0, "meta")
	a.Names = []string{"Frontier Observer"}
	a.Text = "The port deal was signed in secret, the tabloid Morning Klaxon reported on Friday. The minister told the Observer he had done nothing wrong."
	other := art(2, "morningwire.example", 0, "meta")
	other.Names = []string{"Morning Wire"}
	g := Build(map[int64]*Article{1: a, 2: other}, nil)
	ext := g.ExternalSource(1)
	if ext == nil || ext.Outlet != "Morning Klaxon" || ext.URL != "" || len(ext.Evidence) != 1 || ext.Evidence[0].Kind != "credit" {
		t.Fatalf("external = %+v", ext)
	}
	// Its own outlet, named short, and an ingested outlet are not external.
	a.Text = "The minister told the Observer he had done nothing wrong, Morning Wire reported."
	if g := Build(map[int64]*Article{1: a, 2: other}, nil); g.ExternalSource(1) != nil {
		t.Errorf("external = %+v", g.ExternalSource(1))
	}
}

func TestBestSourceSharedInnovations(t *testing.T) {
	// Article 1 is the original, 2 reworks it, 3 is the child. The child is
	// as close to 1 as to 2 by score and by the count of changes, and 2 is
	// the later: only the wording in which 1 and 2 differ can say which one
	// the child took from.
	const (
		orig = "Rescue crews searched the collapsed warehouse in Kyiv on Monday. Officials said 12 workers were missing after the roof gave way. The fire service said the search would continue through the night. The owner of the building declined to comment."
		// relay: a framing sentence inserted, the toll changed, "Kyiv"
		// spelt "Kiev".
		relay = "Rescue crews searched the collapsed warehouse in Kiev on Monday. Officials said 14 workers were missing after the roof gave way. Critics have long warned that the district's old depots were never inspected. The fire service said the search would continue through the night. The owner of the building declined to comment."
		// reworded: the original recast sentence by sentence.
		reworded = "On Monday, rescue teams combed through the warehouse that collapsed in Kyiv. According to officials, a dozen workers could not be found once the roof had given way. The fire service expected the search to last all night, it said. Asked for comment, the owner of the building declined."
		// rewordedToo: another rewriter's recasting of the original.
		longer      = " The mayor of Kyiv visited the site. Kyiv's port reopened on Tuesday, and Kyiv's schools stayed shut."
		rewordedToo = "Rescue teams spent Monday combing the Kyiv warehouse whose roof had given way. Twelve workers were unaccounted for, officials told reporters. Firefighters planned to keep searching through the night, according to the fire service. The building's owner would not comment."
	)
	cases := []struct {
		name             string
		rel              string
		orig, two, child string
		want             int64
		// scores and changes of the child's pairs with 1 and with 2
		// (0.8 and 3 when zero).
		score1, score2     float64
		changes1, changes2 int
	}{
		{"copy of the relay carries its changes", "copy", orig, relay,
			"Rescue crews searched the collapsed warehouse in Kiev on Monday. Officials said 14 workers were missing after the roof gave way. Critics have long warned that the district's old depots were never inspected. The fire service said the search would continue through the night.", 2, 0, 0, 0, 0},
		{"copy of the original keeps what the relay changed", "copy", orig, relay,
			"Rescue crews searched the collapsed warehouse in Kyiv on Monday. Officials said 12 workers were missing after the roof gave way. The fire service said the search would continue through the night.", 1, 0, 0, 0, 0},
		{"rewrite of a rewrite keeps its sentence structure", "rewrite", orig, reworded,
			"On Monday, rescue crews combed through the warehouse that collapsed in Kyiv. According to officials, a dozen staff could not be found once the roof had given way. The fire service expected the search to last the whole night, it said.", 2, 0, 0, 0, 0},
		{"rewrite of the original beside another rewrite", "rewrite", orig, rewordedToo,
			"Rescue crews searched the warehouse in Kyiv that collapsed on Monday. Officials said 12 workers were missing when the roof gave way. The fire service said the search would go on through the night.", 1, 0, 0, 0, 0},
		// The child respells the name as the relay did (its outlet's house
		// style) but keeps the original's figure, which the relay changed:
		// one choice each way, so the earliest stays.
		{"a house spelling used throughout counts once", "copy", orig + longer,
			strings.ReplaceAll(strings.Replace(orig+longer, "12 workers", "14 workers", 1), "Kyiv", "Kiev"),
			strings.ReplaceAll(orig+longer, "Kyiv", "Kiev"), 1, 0, 0, 0, 0},
		{"a relay scoring higher but listed with more changes", "copy", orig, relay,
			"Rescue crews searched the collapsed warehouse in Kiev on Monday. Officials said 14 workers were missing after the roof gave way. Critics have long warned that the district's old depots were never inspected. The fire service said the search would continue through the night.", 2, 0.8, 0.9, 2, 5},
		// An excerpt of the original whose own story has a sentence much
		// like the one another copy inserted: a look-alike, not a sentence
		// taken over, so the original stays.
		{"an excerpt's own sentence resembling a copy's insertion", "excerpt", orig,
			strings.Replace(orig, " The fire service", " Critics have long warned that the district's old depots were never inspected. The fire service", 1),
			"The city council met on Tuesday to approve the budget. Critics have long warned that the city's old bridges were never repaired. Rescue crews searched the collapsed warehouse in Kyiv on Monday. Officials said 12 workers were missing after the roof gave way. The budget passed by nine votes to four.", 1, 0, 0, 0, 0},
		// An excerpt inside a story of its own: only the quoted passage
		// counts, and it carries the relay's figure and spelling.
		{"an excerpt of the relay", "excerpt", orig, relay,
			"The city council met on Tuesday to approve the budget for the coming year. Councillors said the vote had been delayed twice. Rescue crews searched the collapsed warehouse in Kiev on Monday. Officials said 14 workers were missing after the roof gave way. Critics have long warned that the district's old depots were never inspected. The budget passed by nine votes to four.", 2, 0, 0, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a1, a2, a3 := art(1, "a.example", 0, "meta"), art(2, "b.example", time.Hour, "meta"), art(3, "c.example", 2*time.Hour, "meta")
			a1.Text, a2.Text, a3.Text = tc.orig, tc.two, tc.child
			or := func(x, y float64) float64 {
				if x == 0 {
					return y
				}
				return x
			}
			g := Build(map[int64]*Article{1: a1, 2: a2, 3: a3}, []Pair{
				{A: 1, B: 2, Relation: tc.rel, Score: 0.8, Changes: 3},
				{A: 1, B: 3, Relation: tc.rel, Score: or(tc.score1, 0.8), Changes: int(or(float64(tc.changes1), 3))},
				{A: 2, B: 3, Relation: tc.rel, Score: or(tc.score2, 0.8), Changes: int(or(float64(tc.changes2), 3))},
			})
			if p := g.Parent[3]; p == nil || p.From != tc.want {
				t.Errorf("source = %+v, want %d", p, tc.want)
			}
		})
	}
}
