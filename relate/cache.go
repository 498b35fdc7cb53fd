package relate

import (
	"container/list"

	"github.com/echotrace/echotrace/reuse"
)

// docCache keeps recently prepared texts: a story's articles arrive close
// together, and each new one is compared with the same few earlier ones.
type docCache struct {
	max   int
	order *list.List // front: most recent
	byID  map[int64]*list.Element
}

type cached struct {
	id, version int64
	doc         *reuse.Doc
}

func newDocCache(max int) *docCache {
	return &docCache{max: max, order: list.New(), byID: map[int64]*list.Element{}}
}

func (c *docCache) get(id, version int64) *reuse.Doc {
	if el, ok := c.byID[id]; ok && el.Value.(*cached).version == version {
		c.order.MoveToFront(el)
		return el.Value.(*cached).doc
	}
	return nil
}

// getAny returns the cached text whatever its version: candidates are
// always the newest version, which is the one cached once prepared.
func (c *docCache) getAny(id int64) *reuse.Doc {
	if el, ok := c.byID[id]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*cached).doc
	}
	return nil
}

func (c *docCache) put(id, version int64, d *reuse.Doc) {
	if el, ok := c.byID[id]; ok {
		el.Value = &cached{id, version, d}
		c.order.MoveToFront(el)
		return
	}
	c.byID[id] = c.order.PushFront(&cached{id, version, d})
	for c.order.Len() > c.max {
		el := c.order.Back()
		c.order.Remove(el)
		delete(c.byID, el.Value.(*cached).id)
	}
}
