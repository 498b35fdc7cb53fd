package relate

import (
	"context"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/sqlite"
)

const story = `The port authority awarded the dredging contract to Sandmark Marine Works on Tuesday, two officials said.
The company, registered last June, had never dredged a harbour, and its bid of 412 million euros was the highest of three.
The evaluation criteria were rewritten eleven days before the deadline, the officials said, after a meeting at the ministry in Kyiv.
Lesia Bondar, the director of the port authority, said every bid had been assessed by the same committee under the same rules.
The opposition has asked the procurement office to investigate the tender and to suspend the contract until it reports.`

const weather = `Fog will lift by noon over the northern hills, forecasters said, with sunshine expected for the rest of the week.
Farmers in the upper valley welcomed the dry spell after the wettest autumn in twenty years flooded fields near the river.
Night frosts are likely on Thursday and Friday, and drivers on the mountain pass were told to carry chains until Sunday.`

var base = time.Date(2026, 3, 14, 7, 0, 0, 0, time.UTC)

func open(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "r.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func ingest(t *testing.T, s store.Store, url, text string, at time.Duration) store.IngestResult {
	t.Helper()
	body := []byte(url + "\n" + text)
	res, err := s.Ingest(context.Background(), []store.IngestItem{{
		Capture:    echotrace.Capture{SHA256: sha256.Sum256(body), URL: url, Origin: echotrace.OriginJSONL, CapturedAt: base.Add(at), Body: body},
		Extraction: &echotrace.Extraction{URL: url, Outlet: strings.Split(strings.TrimPrefix(url, "https://"), "/")[0], Text: text, Published: base.Add(at), PublishedSource: "meta"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return res[0]
}

func relations(t *testing.T, s store.Store, id int64) map[int64]string {
	t.Helper()
	rs, err := s.Relations(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int64]string{}
	for _, r := range rs {
		other := r.A
		if other == id {
			other = r.B
		}
		out[other] = r.Relation
	}
	return out
}

func TestCatchupRestartVersionsAndAliases(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	// Stored but never related, as after a crash between the two steps.
	a := ingest(t, s, "https://gazette.example/port", story, 0)
	b := ingest(t, s, "https://wire.example/port-copy", strings.ReplaceAll(story, "Kyiv", "Kiev"), time.Hour)
	c := ingest(t, s, "https://valley.example/fog", weather, 2*time.Hour)

	r, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	sum, err := r.Catchup(ctx, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 3 || sum.Relations != 1 || r.Indexed() != 3 {
		t.Fatalf("catch-up = %+v, indexed %d", sum, r.Indexed())
	}
	if got := relations(t, s, a.ArticleID); got[b.ArticleID] != "duplicate" || len(got) != 1 {
		t.Errorf("relations of the original = %v", got)
	}
	rs, _ := s.Relations(ctx, b.ArticleID)
	if !strings.Contains(string(rs[0].Changes), `"kind":"alias"`) || !strings.Contains(string(rs[0].Changes), `"b_text":"Kiev"`) {
		t.Errorf("changes = %s, want the Kyiv → Kiev alias", rs[0].Changes)
	}

	// A restart rebuilds the index from the store and has nothing to do.
	r2, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	if sum, _ := r2.Catchup(ctx, nil, 0); sum.Articles != 0 || r2.Indexed() != 3 {
		t.Errorf("after restart: catch-up %+v, indexed %d", sum, r2.Indexed())
	}

	// The copy's page now carries other text: its relation goes, the
	// earlier relation is not kept on a stale version.
	b2 := ingest(t, s, "https://wire.example/port-copy", weather+" Updated.", 3*time.Hour)
	if !b2.NewVersion {
		t.Fatalf("second text = %+v", b2)
	}
	if _, err := r2.RelateArticles(ctx, []int64{b2.ArticleID}); err != nil {
		t.Fatal(err)
	}
	if got := relations(t, s, a.ArticleID); len(got) != 0 {
		t.Errorf("original still related after the copy changed: %v", got)
	}
	if got := relations(t, s, c.ArticleID); got[b.ArticleID] != "duplicate" && got[b.ArticleID] != "copy" {
		t.Errorf("new version not related to the text it now copies: %v", got)
	}

	// Another alias table makes every entry stale: a new relater redoes all.
	other, err := alias.Default().WithGroups([][]string{{"fog", "mist"}})
	if err != nil {
		t.Fatal(err)
	}
	r3, err := New(ctx, s, other)
	if err != nil {
		t.Fatal(err)
	}
	if r3.Indexed() != 0 {
		t.Errorf("entries of another alias table loaded: %d", r3.Indexed())
	}
	if sum, _ := r3.Catchup(ctx, nil, 0); sum.Articles != 3 {
		t.Errorf("catch-up with a new alias table = %+v, want all 3", sum)
	}
}

// stockBlurb is a newsroom blurb that unrelated articles all carry: while
// few articles have it, two of them look like an excerpt of each other;
// once many independent stories carry it, it is stock text.
const stockBlurb = `The Lowland Courier is an independent newsroom funded by its readers and by a trust that has no say in what we publish.
We correct our mistakes in public, we name our sources whenever we can, and we never accept payment for coverage of any kind.
Readers who spot an error can write to the standards desk, which answers every message within two working days and publishes a monthly log.
Our reporters follow a code of practice that forbids gifts, travel paid by the people we cover, and any undeclared interest in a company or a party.
Subscriptions keep this work free to read for everyone, and a reader who cannot pay is welcome to ask for a free account at any time.`

// ownStory writes a distinct text for article i from invented words, so
// that nine articles share nothing but the blurb.
func ownStory(i int) string {
	var b strings.Builder
	state := uint64(i*7919 + 17)
	syll := []string{"ka", "lo", "mer", "vin", "do", "sa", "tur", "pel", "ri", "gon", "vu", "zan", "che", "bo", "nir"}
	for s := 0; s < 16; s++ {
		for w := 0; w < 14; w++ {
			var word string
			for k := 0; k < 3; k++ {
				state = state*6364136223846793005 + 1442695040888963407
				word += syll[(state>>33)%uint64(len(syll))]
			}
			if w == 0 {
				word = strings.ToUpper(word[:1]) + word[1:]
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(word)
		}
		b.WriteString(". ")
	}
	return b.String()
}

func TestExcerptOfStockTextIsRevised(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	r, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for i := 0; i < 9; i++ {
		res := ingest(t, s, fmt.Sprintf("https://outlet%d.example/story", i), ownStory(i)+"\n"+stockBlurb, time.Duration(i)*time.Hour)
		ids = append(ids, res.ArticleID)
		if _, err := r.RelateArticles(ctx, []int64{res.ArticleID}); err != nil {
			t.Fatal(err)
		}
		if i == 1 {
			if got := relations(t, s, ids[0])[ids[1]]; got != "excerpt" {
				t.Fatalf("two articles sharing a rare blurb: %q, want excerpt", got)
			}
		}
	}
	// The eighth independent story made the blurb stock text: the excerpt
	// between the first two is gone, and the ninth relates to none.
	for _, id := range ids {
		if rels := relations(t, s, id); len(rels) != 0 {
			t.Errorf("article %d still related through the blurb: %v", id, rels)
		}
	}
}
