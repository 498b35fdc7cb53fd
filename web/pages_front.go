package web

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/report"
)

// frontPage is the front page: the trace box, the stories that moved
// last, and how ingestion is going.
type frontPage struct {
	layout
	View FrontView
	// Input and Problem come back with the trace box when what was
	// submitted could not be traced, so that nothing typed is lost.
	Input   string
	Problem string
}

// passagePage answers "who else ran this?" for a pasted passage.
type passagePage struct {
	layout
	Passage report.Passage
	// Preview is the start of the passage, to remind the reader what was
	// pasted.
	Preview string
}

func (p *pages) front(w http.ResponseWriter, r *http.Request) {
	p.showFront(w, r, http.StatusOK, "", "")
}

func (p *pages) showFront(w http.ResponseWriter, r *http.Request, status int, input, problem string) {
	v, err := p.srv.frontView(r.Context())
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	page := frontPage{layout: p.layoutFor(w, r, "Where did this story come from?", "front"), View: *v,
		Input: input, Problem: problem}
	render(p, w, r, status, frontTemplate, page)
}

// trace takes what the trace box was given: an uploaded page is imported,
// a URL is fetched, and anything else is traced as a passage of text.
func (p *pages) trace(w http.ResponseWriter, r *http.Request) {
	// The guard has read the form already (bounded by the upload limit);
	// reading it here again is free, and keeps this handler correct on
	// its own.
	if err := p.srv.parseForm(r); err != nil {
		p.failWith(w, r, err)
		return
	}
	input := strings.TrimSpace(r.PostFormValue("q"))
	file := fileChosen(r, "page")
	switch {
	case file && input != "":
		p.showFront(w, r, http.StatusBadRequest, input, "Give one thing to trace: either a URL or a passage in the box, or a page to upload, not both.")
	case file:
		p.tracePage(w, r)
	case input == "":
		p.showFront(w, r, http.StatusBadRequest, input, "Paste a URL or a passage of text, or choose a saved page to upload.")
	case isWebURL(input):
		p.traceURL(w, r, input)
	default:
		p.tracePassage(w, r, input)
	}
}

// fileChosen says whether the form carries a file in field: browsers send
// an empty part without a file name when none was chosen.
func fileChosen(r *http.Request, field string) bool {
	if r.MultipartForm == nil {
		return false
	}
	for _, h := range r.MultipartForm.File[field] {
		if h.Filename != "" || h.Size > 0 {
			return true
		}
	}
	return false
}

// isWebURL says whether the box holds one http(s) address and nothing
// else; a passage that merely contains a link is still a passage.
func isWebURL(s string) bool {
	if strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func (p *pages) traceURL(w http.ResponseWriter, r *http.Request, raw string) {
	add := p.srv.opts.AddURL
	if add == nil {
		p.showFront(w, r, statusOf(errUnavailable), raw,
			"This server cannot fetch pages from the web: it was started without fetching. Save the page and upload it, paste its text, or add it with `echotrace add URL` on the command line.")
		return
	}
	id, err := add(r.Context(), raw)
	if err != nil {
		p.traceFailed(w, r, raw, "The page could not be added", err, true)
		return
	}
	seeOther(w, r, "/articles/"+strconv.FormatInt(id, 10))
}

func (p *pages) tracePage(w http.ResponseWriter, r *http.Request) {
	importPage := p.srv.opts.ImportPage
	if importPage == nil {
		p.showFront(w, r, statusOf(errUnavailable), "",
			"This server does not accept uploaded pages. Paste the article's text instead, or import the file with `echotrace import FILE` on the command line.")
		return
	}
	name, body, err := p.srv.uploadedPage(r)
	if err != nil {
		if statusOf(err) == http.StatusBadRequest {
			p.showFront(w, r, http.StatusBadRequest, "", sentence(err.Error()))
			return
		}
		p.failWith(w, r, err)
		return
	}
	id, err := importPage(r.Context(), name, body)
	if err != nil {
		p.traceFailed(w, r, "", name+" could not be imported", err, false)
		return
	}
	seeOther(w, r, "/articles/"+strconv.FormatInt(id, 10))
}

// traceFailed explains a failed fetch or import next to the trace box,
// in the hook's words when they are about the reader's own URL or file (a
// page with no article in it). A fetch that failed otherwise is the remote
// server's doing (a refusal, an unreachable host): that is shown too, as
// a 502; an import that failed otherwise is the server's own fault.
func (p *pages) traceFailed(w http.ResponseWriter, r *http.Request, input, what string, err error, remote bool) {
	status := statusOf(err)
	if status == http.StatusInternalServerError {
		if !remote {
			p.failWith(w, r, err)
			return
		}
		status = http.StatusBadGateway
	}
	p.srv.logFailure(r, status, err)
	if r.Context().Err() != nil {
		return
	}
	p.showFront(w, r, status, input, what+": "+err.Error()+".")
}

func (p *pages) tracePassage(w http.ResponseWriter, r *http.Request, text string) {
	finder, err := p.srv.passageFinder(r.Context())
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	rep, err := report.TracePassage(r.Context(), p.srv.opts.Store, finder, text)
	if errors.Is(err, echotrace.ErrInvalid) {
		p.showFront(w, r, http.StatusBadRequest, text, sentence(err.Error()))
		return
	}
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	page := passagePage{layout: p.layoutFor(w, r, "Who else ran this passage", "front"), Passage: *rep,
		Preview: clip(text, 280)}
	render(p, w, r, http.StatusOK, passageTemplate, page)
}
