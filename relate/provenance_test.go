package relate

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/echotrace/echotrace/alias"
)

// A relay imported after its own copy becomes that copy's source: the
// copy carries the relay's changes (a framing sentence, a new figure),
// which the stored path reads from the store's texts.
func TestRelayImportedLateBecomesTheSource(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	framing := " Critics say the tender was designed for one bidder from the start."
	relay := strings.Replace(strings.Replace(story, "412 million", "418 million", 1), " on Tuesday, two officials said.", " on Tuesday, two officials said."+framing, 1)
	lines := strings.Split(relay, "\n")
	child := strings.Join(lines[:len(lines)-1], "\n")

	o := ingest(t, s, "https://gazette.example/port", story, 0)
	c := ingest(t, s, "https://valley.example/port-tender", child, 3*time.Hour)
	r, err := New(ctx, s, alias.Default())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Catchup(ctx, nil, 0); err != nil {
		t.Fatal(err)
	}
	if p, err := s.Parent(ctx, c.ArticleID); err != nil || p == nil || p.From != o.ArticleID {
		t.Fatalf("before the relay: parent = %+v, %v; want the original %d", p, err, o.ArticleID)
	}

	x := ingest(t, s, "https://wire.example/port-relay", relay, time.Hour)
	if _, err := r.Catchup(ctx, nil, 0); err != nil {
		t.Fatal(err)
	}
	if p, err := s.Parent(ctx, c.ArticleID); err != nil || p == nil || p.From != x.ArticleID {
		t.Errorf("after the relay: parent = %+v, %v; want the relay %d", p, err, x.ArticleID)
	}
	if p, err := s.Parent(ctx, x.ArticleID); err != nil || p == nil || p.From != o.ArticleID {
		t.Errorf("relay's parent = %+v, %v; want the original %d", p, err, o.ArticleID)
	}
}
