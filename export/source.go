package export

import (
	"context"
	"slices"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// pageSize is how many rows one store call returns: large enough that
// per-call overhead vanishes, small enough that a page of full texts
// stays a few megabytes.
const pageSize = 500

// source reads the store page by page, for the whole corpus or for one
// story's members.
type source struct {
	s       store.Store
	story   int64
	members []int64 // ascending; set when story != 0
	inStory map[int64]bool
}

func (src *source) member(id int64) bool {
	if src.story == 0 {
		return true
	}
	if src.inStory == nil {
		src.inStory = make(map[int64]bool, len(src.members))
		for _, id := range src.members {
			src.inStory[id] = true
		}
	}
	return src.inStory[id]
}

// refs names the given articles, by ID.
func (src *source) refs(ctx context.Context, ids []int64) (map[int64]store.ArticleRef, error) {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	list, err := src.s.ArticleRefs(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[int64]store.ArticleRef, len(list))
	for _, r := range list {
		out[r.ID] = r
	}
	return out, nil
}

// articles calls fn with each page of articles (newest versions, with
// their texts) and their references (for stories).
func (src *source) articles(ctx context.Context, fn func([]echotrace.Article, map[int64]store.ArticleRef) error) error {
	if src.story != 0 {
		for part := range slices.Chunk(src.members, pageSize) {
			page := make([]echotrace.Article, 0, len(part))
			for _, id := range part {
				a, err := src.s.Article(ctx, id)
				if err != nil {
					return err
				}
				page = append(page, *a)
			}
			if err := src.withRefs(ctx, page, fn); err != nil {
				return err
			}
		}
		return nil
	}
	var after int64
	for {
		page, err := src.s.Articles(ctx, after, pageSize)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			return nil
		}
		after = page[len(page)-1].ID
		if err := src.withRefs(ctx, page, fn); err != nil {
			return err
		}
	}
}

func (src *source) withRefs(ctx context.Context, page []echotrace.Article, fn func([]echotrace.Article, map[int64]store.ArticleRef) error) error {
	ids := make([]int64, len(page))
	for i, a := range page {
		ids[i] = a.ID
	}
	refs, err := src.refs(ctx, ids)
	if err != nil {
		return err
	}
	return fn(page, refs)
}

// articleRefs calls fn with each page of article references: what graph
// nodes need, without reading every text when a story names its members.
func (src *source) articleRefs(ctx context.Context, fn func([]store.ArticleRef) error) error {
	if src.story != 0 {
		for part := range slices.Chunk(src.members, pageSize) {
			refs, err := src.s.ArticleRefs(ctx, part)
			if err != nil {
				return err
			}
			if err := fn(refs); err != nil {
				return err
			}
		}
		return nil
	}
	return src.articles(ctx, func(page []echotrace.Article, refs map[int64]store.ArticleRef) error {
		out := make([]store.ArticleRef, 0, len(page))
		for _, a := range page {
			if r, ok := refs[a.ID]; ok {
				out = append(out, r)
			}
		}
		return fn(out)
	})
}

// relations calls fn with each page of relations (in (A, B) order) and
// the references of the articles at their ends.
func (src *source) relations(ctx context.Context, fn func([]echotrace.Relation, map[int64]store.ArticleRef) error) error {
	if src.story != 0 {
		// Each pair once: from its lower end, when the other end is a member.
		for part := range slices.Chunk(src.members, pageSize) {
			var page []echotrace.Relation
			for _, id := range part {
				rs, err := src.s.Relations(ctx, id)
				if err != nil {
					return err
				}
				for _, r := range rs {
					if r.A == id && src.member(r.B) {
						page = append(page, r)
					}
				}
			}
			if err := src.relationRefs(ctx, page, fn); err != nil {
				return err
			}
		}
		return nil
	}
	var after [2]int64
	for {
		page, err := src.s.AllRelations(ctx, after, pageSize)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			return nil
		}
		last := page[len(page)-1]
		after = [2]int64{last.A, last.B}
		if err := src.relationRefs(ctx, page, fn); err != nil {
			return err
		}
	}
}

func (src *source) relationRefs(ctx context.Context, page []echotrace.Relation, fn func([]echotrace.Relation, map[int64]store.ArticleRef) error) error {
	if len(page) == 0 {
		return nil
	}
	ids := make([]int64, 0, 2*len(page))
	for _, r := range page {
		ids = append(ids, r.A, r.B)
	}
	refs, err := src.refs(ctx, ids)
	if err != nil {
		return err
	}
	return fn(page, refs)
}

// edges calls fn with each page of immediate-source edges (by ascending
// To) and the references of the articles at their ends. In a story, an
// edge from an article outside it is left out; one from an external
// outlet is kept, since that is where the story may have started.
func (src *source) edges(ctx context.Context, fn func([]store.OutletEdge, map[int64]store.ArticleRef) error) error {
	if src.story != 0 {
		for part := range slices.Chunk(src.members, pageSize) {
			var page []store.OutletEdge
			for _, id := range part {
				e, err := src.s.Parent(ctx, id)
				if err != nil {
					return err
				}
				if e == nil || (e.From != 0 && !src.member(e.From)) {
					continue
				}
				page = append(page, store.OutletEdge{ProvenanceEdge: *e, FromOutlet: e.ExternalOutlet})
			}
			refs, err := src.edgeRefs(ctx, page)
			if err != nil {
				return err
			}
			for i := range page {
				e := &page[i]
				e.ToOutlet = refs[e.To].Outlet
				if e.From != 0 {
					e.FromOutlet = refs[e.From].Outlet
				}
			}
			if err := fn(page, refs); err != nil {
				return err
			}
		}
		return nil
	}
	var after int64
	for {
		page, err := src.s.ParentEdges(ctx, after, pageSize)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			return nil
		}
		after = page[len(page)-1].To
		refs, err := src.edgeRefs(ctx, page)
		if err != nil {
			return err
		}
		if err := fn(page, refs); err != nil {
			return err
		}
	}
}

func (src *source) edgeRefs(ctx context.Context, page []store.OutletEdge) (map[int64]store.ArticleRef, error) {
	ids := make([]int64, 0, 2*len(page))
	for _, e := range page {
		ids = append(ids, e.To)
		if e.From != 0 {
			ids = append(ids, e.From)
		}
	}
	return src.refs(ctx, ids)
}
