// Package watch tells a newsroom when other outlets copy or rewrite its
// articles: it reads the stored provenance edges whose source is an article
// of the watched outlet and delivers them as an Atom feed and as webhook
// events, each with what the copy changed.
//
// It reads the store and writes only a watch's delivery status. Webhooks
// are posted from the background and must never hold up the pipeline that
// relates articles, nor reach a private address unless allowed.
package watch

import (
	"context"
	"fmt"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/report"
	"github.com/echotrace/echotrace/store"
)

// Article is one end of a copy.
type Article struct {
	ID        int64   `json:"id"`
	URL       string  `json:"url"`
	Outlet    string  `json:"outlet"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	FirstSeen string  `json:"first_seen"`
}

// Copy is an article of another outlet whose immediate source is an
// article of the watched outlet, with what it changed.
type Copy struct {
	Source     Article `json:"source"`
	Copy       Article `json:"copy"`
	Relation   string  `json:"relation"`
	Confidence float64 `json:"confidence"`
	// Changes are edits from the source's text to the copy's.
	Changes []report.Change `json:"changes"`
	// Seen is when the copy was first seen: when the news reached us.
	Seen time.Time `json:"seen"`
}

// Event is what a webhook receives: the watch and the copies just found.
type Event struct {
	Watch  int64  `json:"watch"`
	Outlet string `json:"outlet"`
	Copies []Copy `json:"copies"`
}

// MaxCopies bounds a feed and an event.
const MaxCopies = 200

// Copies lists the latest copies of the watched outlet's articles, newest
// first (limit ≤ 0: MaxCopies); only copies into the given articles when
// among is set.
func Copies(ctx context.Context, s store.Store, outlet string, among []int64, limit int) ([]Copy, error) {
	if limit <= 0 || limit > MaxCopies {
		limit = MaxCopies
	}
	found, err := s.WatchedCopies(ctx, store.WatchQuery{Outlet: outlet, Copies: among, Limit: limit})
	if err != nil {
		return nil, err
	}
	out := make([]Copy, 0, len(found))
	for _, f := range found {
		c := Copy{Source: articleOf(f.Source), Copy: articleOf(f.Copy), Relation: f.Relation, Confidence: f.Confidence,
			Changes: []report.Change{}, Seen: f.Copy.FirstSeen.UTC()}
		if f.RelationA != 0 {
			cs, err := report.OrientedChanges(echotrace.Relation{A: f.RelationA, B: f.From + f.To - f.RelationA, Changes: f.Changes}, f.From)
			if err != nil {
				return nil, fmt.Errorf("copy %d of %d: %w", f.To, f.From, err)
			}
			c.Changes = append(c.Changes, cs...)
		}
		out = append(out, c)
	}
	return out, nil
}

func articleOf(a store.WatchedArticle) Article {
	out := Article{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: a.Title, FirstSeen: a.FirstSeen.UTC().Format(time.RFC3339)}
	if !a.Published.IsZero() {
		p := a.Published.UTC().Format(time.RFC3339)
		out.Published = &p
	}
	return out
}

// changeWords name a change kind in a summary line.
var changeWords = map[string]string{
	"alias": "name respelled", "number": "number changed", "quote": "quotation altered", "insert": "sentence added",
	"delete": "sentence cut", "attribution": "credit changed", "edit": "wording edited",
}

// Summary says in a line or a few what a copy did, for feed readers.
func Summary(c Copy) string {
	s := fmt.Sprintf("%s ran a %s of %s's “%s” (confidence %.2f).", c.Copy.Outlet, c.Relation, c.Source.Outlet,
		report.Untitled(c.Source.Title), c.Confidence)
	if len(c.Changes) == 0 {
		return s + " It changed nothing we could see."
	}
	s += fmt.Sprintf(" %d changes:", len(c.Changes))
	for i, ch := range c.Changes {
		if i == 5 {
			s += fmt.Sprintf(" and %d more.", len(c.Changes)-5)
			break
		}
		word := changeWords[ch.Kind]
		if word == "" {
			word = ch.Kind
		}
		switch {
		case ch.AText == "":
			s += fmt.Sprintf(" %s: + “%s”;", word, clip(ch.BText))
		case ch.BText == "":
			s += fmt.Sprintf(" %s: − “%s”;", word, clip(ch.AText))
		default:
			s += fmt.Sprintf(" %s: “%s” → “%s”;", word, clip(ch.AText), clip(ch.BText))
		}
	}
	return s
}

func clip(s string) string {
	r := []rune(s)
	if len(r) <= 120 {
		return s
	}
	return string(r[:119]) + "…"
}
