package relate

import (
	"context"
	"slices"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/store"
)

// neighbourhood reads articles and relations once per provenance update.
type neighbourhood struct {
	store    store.Store
	articles map[int64]*provenance.Article
	rels     map[int64][]echotrace.Relation
}

func (n *neighbourhood) article(ctx context.Context, id int64) (*provenance.Article, error) {
	if a := n.articles[id]; a != nil {
		return a, nil
	}
	a, err := n.store.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	pa := provenance.FromArticle(a)
	n.articles[id] = pa
	return pa, nil
}

func (n *neighbourhood) relations(ctx context.Context, id int64) ([]echotrace.Relation, error) {
	if rs, ok := n.rels[id]; ok {
		return rs, nil
	}
	rs, err := n.store.Relations(ctx, id)
	if err != nil {
		return nil, err
	}
	n.rels[id] = rs
	return rs, nil
}

// prefetch reads, in one statement each, the relations of the articles
// of ids not read yet and every article they name: read one by one, the
// neighbourhood of a batch was a fifth of a sequencer's time on
// PostgreSQL at 150,000 articles. What it reads is what article and
// relations would have read later: nothing is written meanwhile.
func (n *neighbourhood) prefetch(ctx context.Context, ids []int64) error {
	var noRels []int64
	for _, id := range ids {
		if _, ok := n.rels[id]; !ok {
			noRels = append(noRels, id)
		}
	}
	if len(noRels) > 0 {
		rels, err := n.store.RelationsOf(ctx, noRels)
		if err != nil {
			return err
		}
		for _, id := range noRels {
			n.rels[id] = rels[id]
		}
	}
	var noArticle []int64
	want := func(id int64) {
		if n.articles[id] == nil {
			noArticle = append(noArticle, id)
		}
	}
	for _, id := range ids {
		want(id)
		for _, rel := range n.rels[id] {
			want(rel.A + rel.B - id)
		}
	}
	if len(noArticle) == 0 {
		return nil
	}
	slices.Sort(noArticle)
	arts, err := n.store.ArticlesOf(ctx, slices.Compact(noArticle))
	if err != nil {
		return err
	}
	// An ID that is not an article is left for article to report.
	for id, a := range arts {
		n.articles[id] = provenance.FromArticle(a)
	}
	return nil
}

func pairOf(r echotrace.Relation) provenance.Pair {
	return provenance.PairOf(r)
}

// updateProvenance places newly related articles into the provenance
// graph: it recomputes the immediate source of each of them and of every
// article that one of them now precedes (an older page imported late can
// become the source of a copy stored before it), and joins their stories.
func (r *Relater) updateProvenance(ctx context.Context, ids []int64) error {
	n := &neighbourhood{store: r.store, articles: map[int64]*provenance.Article{}, rels: map[int64][]echotrace.Relation{}}
	todo := map[int64]bool{}
	if err := n.prefetch(ctx, ids); err != nil {
		return err
	}
	for _, id := range ids {
		todo[id] = true
		rels, err := n.relations(ctx, id)
		if err != nil {
			return err
		}
		a, err := n.article(ctx, id)
		if err != nil {
			return err
		}
		for _, rel := range rels {
			if rel.Relation == "related" {
				continue
			}
			other := rel.A + rel.B - id
			b, err := n.article(ctx, other)
			if err != nil {
				return err
			}
			if e := provenance.Direct(a, b, pairOf(rel)); e.To == other {
				todo[other] = true
			}
		}
	}
	var u store.ProvenanceUpdate
	order := make([]int64, 0, len(todo))
	for id := range todo {
		order = append(order, id)
	}
	slices.Sort(order)
	if err := n.prefetch(ctx, order); err != nil {
		return err
	}
	for _, id := range order {
		rels, err := n.relations(ctx, id)
		if err != nil {
			return err
		}
		arts := map[int64]*provenance.Article{}
		if arts[id], err = n.article(ctx, id); err != nil {
			return err
		}
		pairs := make([]provenance.Pair, 0, len(rels))
		for _, rel := range rels {
			other := rel.A + rel.B - id
			if arts[other], err = n.article(ctx, other); err != nil {
				return err
			}
			pairs = append(pairs, pairOf(rel))
		}
		g := provenance.Build(arts, pairs)
		u.Articles = append(u.Articles, id)
		if g.Parent[id] != nil || g.ExternalSource(id) != nil {
			e, err := provenance.Stored(id, g.Parent[id], g.ExternalSource(id), arts)
			if err != nil {
				return err
			}
			u.Edges = append(u.Edges, e)
		}
	}
	if err := r.joinStories(ctx, n, ids, &u); err != nil {
		return err
	}
	return r.store.SaveProvenance(ctx, u)
}

// joinStories gives each article of ids the story of its related articles:
// the lowest story ID among them and its own ID; the other stories it
// links are merged into that one.
func (r *Relater) joinStories(ctx context.Context, n *neighbourhood, ids []int64, u *store.ProvenanceUpdate) error {
	renamed := map[int64]int64{}
	resolve := func(s int64) int64 {
		for renamed[s] != 0 {
			s = renamed[s]
		}
		return s
	}
	// Every story asked for below, read at once; an article not found
	// is left for StoryOf to report.
	var others []int64
	for _, id := range ids {
		rels, err := n.relations(ctx, id)
		if err != nil {
			return err
		}
		for _, rel := range rels {
			others = append(others, rel.A+rel.B-id)
		}
	}
	slices.Sort(others)
	stored, err := r.store.StoriesOf(ctx, slices.Compact(others))
	if err != nil {
		return err
	}
	assigned := map[int64]int64{}
	storyOf := func(id int64) (int64, error) {
		if s, ok := assigned[id]; ok {
			return resolve(s), nil
		}
		s, ok := stored[id]
		var err error
		if !ok {
			s, err = r.store.StoryOf(ctx, id)
		}
		if err != nil || s == 0 {
			// Not related yet: it joins when its own turn comes.
			return resolve(id), err
		}
		return resolve(s), nil
	}
	for _, id := range ids {
		stories := []int64{resolve(id)}
		rels, err := n.relations(ctx, id)
		if err != nil {
			return err
		}
		for _, rel := range rels {
			s, err := storyOf(rel.A + rel.B - id)
			if err != nil {
				return err
			}
			stories = append(stories, s)
		}
		target := slices.Min(stories)
		for _, s := range stories {
			if s != target {
				renamed[s] = target
			}
		}
		assigned[id] = target
	}
	u.Stories = map[int64]int64{}
	for id, s := range assigned {
		u.Stories[id] = resolve(s)
	}
	for s := range renamed {
		u.Merges = append(u.Merges, [2]int64{s, resolve(s)})
	}
	slices.SortFunc(u.Merges, func(a, b [2]int64) int { return int(a[0] - b[0]) })
	return nil
}
