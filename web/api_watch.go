package web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/watch"
)

type watchList struct {
	Watches []echotrace.Watch `json:"watches"`
}

func (s *Server) listWatches(w http.ResponseWriter, r *http.Request) error {
	ws, err := s.opts.Store.Watches(r.Context())
	if err != nil {
		return err
	}
	out := watchList{Watches: []echotrace.Watch{}}
	out.Watches = append(out.Watches, ws...)
	writeJSON(w, http.StatusOK, out)
	return nil
}

type watchRequest struct {
	Outlet  string `json:"outlet"`
	Webhook string `json:"webhook"`
}

func (s *Server) addWatch(w http.ResponseWriter, r *http.Request) error {
	var req watchRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	added, err := s.createWatch(r, req.Outlet, req.Webhook)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, added)
	return nil
}

// createWatch checks and stores a watch; the pages' form uses it too.
func (s *Server) createWatch(r *http.Request, outlet, webhook string) (echotrace.Watch, error) {
	outlet = strings.ToLower(strings.TrimSpace(outlet))
	if err := checkDomain(outlet); err != nil {
		return echotrace.Watch{}, err
	}
	if strings.TrimSpace(webhook) != "" {
		u, err := checkWebURL("webhook", webhook)
		if err != nil {
			return echotrace.Watch{}, err
		}
		webhook = u
	}
	return s.opts.Store.AddWatch(r.Context(), echotrace.Watch{Outlet: outlet, Webhook: strings.TrimSpace(webhook)})
}

// WatchView is a watch with its latest copies.
type WatchView struct {
	Watch echotrace.Watch `json:"watch"`
	// Atom is the path of the watch's Atom feed.
	Atom   string       `json:"atom"`
	Copies []watch.Copy `json:"copies"`
}

func (s *Server) getWatch(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	v, err := s.watchView(r, id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

// watchView builds a watch with its copies, newest first.
func (s *Server) watchView(r *http.Request, id int64) (*WatchView, error) {
	wt, err := s.findWatch(r, id)
	if err != nil {
		return nil, err
	}
	copies, err := watch.Copies(r.Context(), s.opts.Store, wt.Outlet, nil, watch.MaxCopies)
	if err != nil {
		return nil, err
	}
	return &WatchView{Watch: wt, Atom: fmt.Sprintf("/watches/%d/atom", wt.ID), Copies: copies}, nil
}

func (s *Server) findWatch(r *http.Request, id int64) (echotrace.Watch, error) {
	ws, err := s.opts.Store.Watches(r.Context())
	if err != nil {
		return echotrace.Watch{}, err
	}
	for _, wt := range ws {
		if wt.ID == id {
			return wt, nil
		}
	}
	return echotrace.Watch{}, fmt.Errorf("watch %d: %w", id, echotrace.ErrNotFound)
}

func (s *Server) deleteWatch(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.opts.Store.DeleteWatch(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// watchAtom serves a watch's copies as an Atom feed, linking to this
// server as the reader reached it.
func (s *Server) watchAtom(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	v, err := s.watchView(r, id)
	if err != nil {
		return err
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	body, err := watch.Atom(v.Watch, v.Copies, scheme+"://"+r.Host)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	_, err = w.Write(body)
	return err
}
