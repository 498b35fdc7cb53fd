package web

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strings"

	"github.com/echotrace/echotrace"
)

// The API's writes. Each checks its input and names what was wrong; the
// guard has already checked the token and bounded the body.

type groupRequest struct {
	Members []string `json:"members"`
}

func (s *Server) putGroup(w http.ResponseWriter, r *http.Request) error {
	name := strings.TrimSpace(r.PathValue("name"))
	if name == "" || len([]rune(name)) > 100 {
		return echotrace.Invalidf("a group's name must be 1 to 100 characters")
	}
	var req groupRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	members, err := cleanDomains(req.Members)
	if err != nil {
		return err
	}
	if err := s.opts.Store.SetOutletGroup(r.Context(), name, members); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, Group{Name: name, Members: members})
	return nil
}

// cleanDomains checks a group's member list: outlet domains, each once.
func cleanDomains(in []string) ([]string, error) {
	seen := map[string]bool{}
	out := []string{}
	for _, d := range in {
		d = strings.ToLower(strings.TrimSpace(d))
		if err := checkDomain(d); err != nil {
			return nil, err
		}
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	if len(out) == 0 {
		return nil, echotrace.Invalidf("a group needs at least one member: list outlet domains in \"members\"")
	}
	sort.Strings(out)
	return out, nil
}

// checkDomain accepts what looks like an outlet domain: a host name
// without scheme, path or port.
func checkDomain(d string) error {
	if d == "" || len(d) > 253 || strings.ContainsAny(d, " /:@?#\\") || !strings.Contains(d, ".") {
		return echotrace.Invalidf("%q is not an outlet domain (such as example.com)", d)
	}
	return nil
}

func (s *Server) deleteGroup(w http.ResponseWriter, r *http.Request) error {
	if err := s.opts.Store.DeleteOutletGroup(r.Context(), r.PathValue("name")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

type feedList struct {
	Feeds []FeedView `json:"feeds"`
}

func (s *Server) listFeeds(w http.ResponseWriter, r *http.Request) error {
	feeds, err := s.opts.Store.Feeds(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, s.feedViews(feeds))
	return nil
}

func (s *Server) feedViews(feeds []echotrace.Feed) feedList {
	now := s.opts.Now()
	out := feedList{Feeds: []FeedView{}}
	for _, f := range feeds {
		out.Feeds = append(out.Feeds, FeedView{Feed: f, Health: f.Health(now)})
	}
	return out
}

type urlRequest struct {
	URL string `json:"url"`
}

func (s *Server) addFeed(w http.ResponseWriter, r *http.Request) error {
	if s.opts.AddFeed == nil {
		return fmt.Errorf("this server does not fetch (it was started without the crawler), so it cannot follow feeds: %w", errUnavailable)
	}
	var req urlRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	u, err := checkWebURL("url", req.URL)
	if err != nil {
		return err
	}
	feeds, err := s.opts.AddFeed(r.Context(), u)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, s.feedViews(feeds))
	return nil
}

// checkWebURL accepts an absolute http or https URL.
func checkWebURL(field, raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", echotrace.Invalidf("%s is missing", field)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", echotrace.Invalidf("%s %q is not an http or https URL", field, raw)
	}
	return u.String(), nil
}

func (s *Server) deleteFeed(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	feeds, err := s.opts.Store.Feeds(r.Context())
	if err != nil {
		return err
	}
	for _, f := range feeds {
		if f.ID == id {
			if err := s.opts.Store.DeleteFeed(r.Context(), f.URL); err != nil {
				return err
			}
			w.WriteHeader(http.StatusNoContent)
			return nil
		}
	}
	return fmt.Errorf("feed %d: %w", id, echotrace.ErrNotFound)
}

type importList struct {
	Imports []echotrace.ImportRun `json:"imports"`
}

func (s *Server) listImports(w http.ResponseWriter, r *http.Request) error {
	limit, err := queryInt(r, "limit", 20, 1, 500)
	if err != nil {
		return err
	}
	runs, err := s.opts.Store.ImportRuns(r.Context(), limit)
	if err != nil {
		return err
	}
	out := importList{Imports: []echotrace.ImportRun{}}
	now := s.opts.Now()
	for _, run := range runs {
		out.Imports = append(out.Imports, run.AsOf(now))
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// stored is what a write that stored an article answers.
type stored struct {
	Article ArticleRef `json:"article"`
}

func (s *Server) addURL(w http.ResponseWriter, r *http.Request) error {
	if s.opts.AddURL == nil {
		return fmt.Errorf("this server does not fetch (it was started without the crawler): upload the page instead: %w", errUnavailable)
	}
	var req urlRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	u, err := checkWebURL("url", req.URL)
	if err != nil {
		return err
	}
	id, err := s.opts.AddURL(r.Context(), u)
	if err != nil {
		return err
	}
	return s.answerStored(w, r, id)
}

func (s *Server) answerStored(w http.ResponseWriter, r *http.Request, id int64) error {
	art, err := s.opts.Store.Article(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, stored{Article: refOf(art)})
	return nil
}

// upload stores an HTML page sent as the file field "page" of a multipart
// form, or as the body itself (Content-Type: text/html, ?name= naming it).
func (s *Server) upload(w http.ResponseWriter, r *http.Request) error {
	if s.opts.ImportPage == nil {
		return fmt.Errorf("this server does not import pages: %w", errUnavailable)
	}
	name, body, err := s.uploadedPage(r)
	if err != nil {
		return err
	}
	id, err := s.opts.ImportPage(r.Context(), name, body)
	if err != nil {
		return err
	}
	return s.answerStored(w, r, id)
}

// uploadedPage reads an upload's name and bytes, bounded by MaxUpload.
func (s *Server) uploadedPage(r *http.Request) (string, []byte, error) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var name string
	var src io.Reader
	switch mt {
	case "multipart/form-data":
		if err := s.parseForm(r); err != nil {
			return "", nil, err
		}
		f, h, err := r.FormFile("page")
		if err != nil {
			if errors.Is(err, http.ErrMissingFile) {
				return "", nil, echotrace.Invalidf("the form has no file in its \"page\" field")
			}
			return "", nil, echotrace.Invalidf("unreadable upload: %v", err)
		}
		defer f.Close()
		name, src = h.Filename, f
	case "text/html", "application/xhtml+xml":
		name, src = r.URL.Query().Get("name"), r.Body
	default:
		return "", nil, echotrace.Invalidf("upload an HTML page as the \"page\" field of a multipart form, or as the body with Content-Type: text/html (got %q)", r.Header.Get("Content-Type"))
	}
	body, err := io.ReadAll(io.LimitReader(src, s.opts.MaxUpload+1))
	if err != nil {
		if tooLarge := asMaxBytes(err); tooLarge != nil {
			return "", nil, tooLarge
		}
		return "", nil, echotrace.Invalidf("unreadable upload: %v", err)
	}
	if int64(len(body)) > s.opts.MaxUpload {
		return "", nil, &http.MaxBytesError{Limit: s.opts.MaxUpload}
	}
	if len(body) == 0 {
		return "", nil, echotrace.Invalidf("the uploaded page is empty")
	}
	name = path.Base(strings.ReplaceAll(strings.TrimSpace(name), "\\", "/"))
	if name == "" || name == "." || name == "/" {
		name = "upload.html"
	}
	return name, body, nil
}
