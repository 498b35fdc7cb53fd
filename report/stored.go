package report

import (
	"context"
	"fmt"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/store"
)

// maxChain bounds how far up a trace follows stored sources; real chains
// are a handful of steps, and the bound keeps a corrupt loop finite.
const maxChain = 1000

// storedGraph reads, from the provenance the pipeline stored, what a trace
// of art shows: its chain of sources up to the root, the articles that
// took from it, and its relations. It reads a few rows per step instead of
// the whole story, so a trace costs the same in a story of ten articles as
// in one of ten thousand, and it shows exactly the edges that exports and
// outlet statistics count.
func storedGraph(ctx context.Context, s store.Store, art *echotrace.Article) (*provenance.Graph, map[[2]int64]echotrace.Relation, error) {
	g := &provenance.Graph{Articles: map[int64]*provenance.Article{art.ID: provenance.FromArticle(art)},
		Parent: map[int64]*provenance.Edge{}, External: map[int64]*provenance.ExternalSource{}, Story: map[int64]int64{}}
	want := map[int64]bool{}
	// The chain, child to root. A source outside the corpus ends it.
	for cur, steps := art.ID, 0; steps < maxChain; steps++ {
		e, err := s.Parent(ctx, cur)
		if err != nil {
			return nil, nil, err
		}
		g.External[cur] = nil
		if e == nil {
			break
		}
		edge, ext, err := provenance.FromStored(*e)
		if err != nil {
			return nil, nil, err
		}
		if ext != nil {
			g.External[cur] = ext
			break
		}
		if _, seen := g.Parent[edge.From]; seen || edge.From == art.ID {
			break
		}
		g.Parent[cur] = edge
		want[edge.From] = true
		cur = edge.From
	}
	children, err := s.Children(ctx, art.ID)
	if err != nil {
		return nil, nil, err
	}
	for _, c := range children {
		edge, _, err := provenance.FromStored(c)
		if err != nil {
			return nil, nil, err
		}
		if edge != nil && g.Parent[c.To] == nil {
			g.Parent[c.To] = edge
			want[c.To] = true
		}
	}
	rels := map[[2]int64]echotrace.Relation{}
	rs, err := s.Relations(ctx, art.ID)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range rs {
		rels[[2]int64{r.A, r.B}] = r
		if r.Relation == "related" {
			g.Related = append(g.Related, provenance.PairOf(r))
			want[r.A+r.B-art.ID] = true
		}
	}
	// The parent's relation carries the changes; it may be missing from
	// the article's relations only if the store changed underneath us.
	delete(want, art.ID)
	ids := make([]int64, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	refs, err := s.ArticleRefs(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range refs {
		g.Articles[r.ID] = &provenance.Article{ID: r.ID, URL: r.URL, Outlet: r.Outlet, Title: r.Title, Published: r.Published,
			PublishedSource: r.PublishedSource, FirstSeen: r.FirstSeen}
		g.Story[r.ID] = r.Story
	}
	for id := range want {
		if g.Articles[id] == nil {
			return nil, nil, fmt.Errorf("trace of %d: article %d is named by a stored edge or relation but is not stored", art.ID, id)
		}
	}
	story, err := s.StoryOf(ctx, art.ID)
	if err != nil {
		return nil, nil, err
	}
	g.Story[art.ID] = story
	return g, rels, nil
}
