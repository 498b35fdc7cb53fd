package reuse_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/reuse"
	"github.com/echotrace/echotrace/synth"
)

// synthEntries generates a synthetic corpus and returns its index entries,
// computed with default weights so that the benchmark measures the index
// alone.
func synthEntries(b *testing.B, n int) []reuse.Entry {
	b.Helper()
	var articles, truth bytes.Buffer
	if _, err := synth.Generate(context.Background(), synth.Config{Seed: 1, Articles: n}, &articles, &truth); err != nil {
		b.Fatal(err)
	}
	aliases := alias.Default()
	dec := json.NewDecoder(&articles)
	var out []reuse.Entry
	for id := int64(1); dec.More(); id++ {
		var a struct {
			Text      string    `json:"text"`
			Published time.Time `json:"published"`
		}
		if err := dec.Decode(&a); err != nil {
			b.Fatal(err)
		}
		d := reuse.Prepare(id, a.Text, aliases)
		d.Published = a.Published
		out = append(out, reuse.EntryFor(d, reuse.DefaultWeights{}))
	}
	return out
}

// BenchmarkCandidatesMemory is candidate retrieval per article in the
// in-memory index holding a few thousand synthetic articles.
func BenchmarkCandidatesMemory(b *testing.B) {
	entries := synthEntries(b, 3000)
	ctx := context.Background()
	ix := reuse.NewIndex()
	for _, e := range entries {
		if err := ix.Add(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ix.Candidates(ctx, entries[i%len(entries)]); err != nil {
			b.Fatal(err)
		}
	}
}
