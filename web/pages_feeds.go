package web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/watch"
)

// feedsPage lists the feeds and sitemaps followed, with the form to
// follow another.
type feedsPage struct {
	layout
	Feeds []FeedView
	// URLInput and Problem come back with the form when a feed could not
	// be added.
	URLInput string
	Problem  string
}

// watchesPage lists the watches with their latest copies, and the form
// to add one.
type watchesPage struct {
	layout
	Watches []watchRow
	// Outlets offers the stored outlets as suggestions in the form.
	Outlets                   []string
	OutletInput, WebhookInput string
	Problem                   string
}

// watchRow is a watch with its Atom feed and newest copies.
type watchRow struct {
	echotrace.Watch
	Atom   string
	Copies []watch.Copy
	// More: there are copies not listed here (the feed has them).
	More bool
}

// watchCopiesShown is how many copies a watch lists on the page.
const watchCopiesShown = 5

func (p *pages) feeds(w http.ResponseWriter, r *http.Request) {
	p.showFeeds(w, r, http.StatusOK, "", "")
}

func (p *pages) showFeeds(w http.ResponseWriter, r *http.Request, status int, input, problem string) {
	feeds, err := p.srv.opts.Store.Feeds(r.Context())
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	page := feedsPage{layout: p.layoutFor(w, r, "Feeds", "feeds"), Feeds: p.srv.feedViews(feeds).Feeds,
		URLInput: input, Problem: problem}
	render(p, w, r, status, feedsTemplate, page)
}

func (p *pages) addFeed(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimSpace(r.PostFormValue("url"))
	if p.srv.opts.AddFeed == nil {
		p.showFeeds(w, r, statusOf(errUnavailable), raw,
			"This server cannot fetch, so it cannot follow feeds. Use `echotrace feed add URL` and `echotrace crawl` on the command line.")
		return
	}
	u, err := checkWebURL("the address", raw)
	if err != nil {
		p.showFeeds(w, r, statusOf(err), raw, sentence(err.Error()))
		return
	}
	if _, err := p.srv.opts.AddFeed(r.Context(), u); err != nil {
		// Following a feed fetches it: its failures are the remote
		// server's (not a feed, unreachable) and are the reader's to see.
		status := statusOf(err)
		if status == http.StatusInternalServerError {
			status = http.StatusBadGateway
		}
		p.srv.logFailure(r, status, err)
		p.showFeeds(w, r, status, raw, "The feed could not be followed: "+err.Error()+".")
		return
	}
	seeOther(w, r, "/feeds")
}

func (p *pages) deleteFeed(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	feeds, err := p.srv.opts.Store.Feeds(r.Context())
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	for _, f := range feeds {
		if f.ID == id {
			if err := p.srv.opts.Store.DeleteFeed(r.Context(), f.URL); err != nil {
				p.failWith(w, r, err)
				return
			}
			seeOther(w, r, "/feeds")
			return
		}
	}
	p.failWith(w, r, fmt.Errorf("no feed %d is followed (it may have been removed already): %w", id, echotrace.ErrNotFound))
}

func (p *pages) watches(w http.ResponseWriter, r *http.Request) {
	p.showWatches(w, r, http.StatusOK, strings.TrimSpace(r.URL.Query().Get("outlet")), "", "")
}

func (p *pages) showWatches(w http.ResponseWriter, r *http.Request, status int, outlet, webhook, problem string) {
	ctx := r.Context()
	ws, err := p.srv.opts.Store.Watches(ctx)
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	page := watchesPage{layout: p.layoutFor(w, r, "Watches", "watches"), OutletInput: outlet, WebhookInput: webhook, Problem: problem}
	for _, wt := range ws {
		copies, err := watch.Copies(ctx, p.srv.opts.Store, wt.Outlet, nil, watchCopiesShown+1)
		if err != nil {
			p.failWith(w, r, err)
			return
		}
		row := watchRow{Watch: wt, Atom: fmt.Sprintf("/watches/%d/atom", wt.ID), Copies: copies}
		if len(copies) > watchCopiesShown {
			row.Copies, row.More = copies[:watchCopiesShown], true
		}
		page.Watches = append(page.Watches, row)
	}
	outlets, err := p.srv.opts.Store.Outlets(ctx)
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	// Suggestions only: a datalist of thousands of outlets would weigh
	// more than the page.
	for _, o := range outlets[:min(len(outlets), 500)] {
		page.Outlets = append(page.Outlets, o.Domain)
	}
	render(p, w, r, status, watchesTemplate, page)
}

func (p *pages) addWatch(w http.ResponseWriter, r *http.Request) {
	outlet, webhook := strings.TrimSpace(r.PostFormValue("outlet")), strings.TrimSpace(r.PostFormValue("webhook"))
	if _, err := p.srv.createWatch(r, outlet, webhook); err != nil {
		if status := statusOf(err); status == http.StatusBadRequest {
			p.showWatches(w, r, status, outlet, webhook, sentence(err.Error()))
			return
		}
		p.failWith(w, r, err)
		return
	}
	seeOther(w, r, "/watches")
}

func (p *pages) deleteWatch(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	if err := p.srv.opts.Store.DeleteWatch(r.Context(), id); err != nil {
		p.failWith(w, r, err)
		return
	}
	seeOther(w, r, "/watches")
}
