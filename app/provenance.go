package app

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/provenance"
	"github.com/echotrace/echotrace/store"
)

// maxStoryLoad bounds how many articles a trace reads around its article:
// a story larger than this is traced within its nearest part.
const maxStoryLoad = 5000

// storyGraph reads the articles connected to id by stored relations
// (breadth first) and infers their provenance.
func storyGraph(ctx context.Context, s store.Store, id int64) (*provenance.Graph, map[[2]int64]echotrace.Relation, error) {
	articles := map[int64]*provenance.Article{}
	rels := map[[2]int64]echotrace.Relation{}
	queue := []int64{id}
	for len(queue) > 0 && len(articles) < maxStoryLoad {
		cur := queue[0]
		queue = queue[1:]
		if articles[cur] != nil {
			continue
		}
		a, err := s.Article(ctx, cur)
		if err != nil {
			return nil, nil, err
		}
		articles[cur] = provenance.FromArticle(a)
		rs, err := s.Relations(ctx, cur)
		if err != nil {
			return nil, nil, err
		}
		for _, r := range rs {
			rels[[2]int64{r.A, r.B}] = r
			other := r.A + r.B - cur
			if articles[other] == nil {
				queue = append(queue, other)
			}
		}
	}
	var pairs []provenance.Pair
	for _, r := range rels {
		pairs = append(pairs, provenance.PairOf(r))
	}
	return provenance.Build(articles, pairs), rels, nil
}

// changeView is a change oriented from the source to the article.
type changeView struct {
	Kind  string `json:"kind"`
	A     [2]int `json:"a"`
	B     [2]int `json:"b"`
	AText string `json:"a_text"`
	BText string `json:"b_text"`
}

// orientedChanges returns the stored changes of a relation as edits from
// `from` to `to`: stored changes read from the lower ID to the higher.
func orientedChanges(r echotrace.Relation, from int64) ([]changeView, error) {
	var cs []changeView
	if len(r.Changes) > 0 {
		if err := json.Unmarshal(r.Changes, &cs); err != nil {
			return nil, fmt.Errorf("changes of %d–%d: %w", r.A, r.B, err)
		}
	}
	if from == r.A {
		return cs, nil
	}
	for i := range cs {
		c := &cs[i]
		c.A, c.B, c.AText, c.BText = c.B, c.A, c.BText, c.AText
		switch c.Kind {
		case "insert":
			c.Kind = "delete"
		case "delete":
			c.Kind = "insert"
		}
	}
	return cs, nil
}
