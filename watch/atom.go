package watch

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
)

// The Atom 1.0 elements a watch feed uses (RFC 4287).
type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID        string      `xml:"id"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	Updated   string      `xml:"updated"`
	Links     []atomLink  `xml:"link"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href  string `xml:"href,attr"`
	Rel   string `xml:"rel,attr,omitempty"`
	Type  string `xml:"type,attr,omitempty"`
	Title string `xml:"title,attr,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID        string     `xml:"id"`
	Title     string     `xml:"title"`
	Updated   string     `xml:"updated"`
	Published string     `xml:"published,omitempty"`
	Author    atomPerson `xml:"author"`
	Links     []atomLink `xml:"link"`
	Summary   atomText   `xml:"summary"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

// Atom writes a watch's copies as an Atom 1.0 feed. base is the server's
// address as the reader reached it (http://host:port, no trailing slash):
// entries link to the copy's article page there, and to the copy itself.
func Atom(w echotrace.Watch, copies []Copy, base string) ([]byte, error) {
	base = strings.TrimSuffix(base, "/")
	self := fmt.Sprintf("%s/watches/%d/atom", base, w.ID)
	updated := w.Created
	for _, c := range copies {
		if c.Seen.After(updated) {
			updated = c.Seen
		}
	}
	f := atomFeed{
		ID:       self,
		Title:    "Copies of " + w.Outlet,
		Subtitle: "Articles of other outlets that copied, excerpted or rewrote " + w.Outlet + "'s, with what they changed (echotrace).",
		Updated:  atomTime(updated),
		Links: []atomLink{{Href: self, Rel: "self", Type: "application/atom+xml"},
			{Href: base + "/outlets/" + w.Outlet, Rel: "alternate", Type: "text/html"}},
		Author:    atomPerson{Name: "echotrace"},
		Generator: "echotrace",
	}
	for _, c := range copies {
		page := fmt.Sprintf("%s/articles/%d", base, c.Copy.ID)
		e := atomEntry{
			// One entry per edge: the same copy gets a new entry if its
			// source is found to be another article of the outlet.
			ID:      fmt.Sprintf("%s#source-%d", page, c.Source.ID),
			Title:   fmt.Sprintf("%s: %s (%s of %s)", c.Copy.Outlet, titleOr(c.Copy.Title), c.Relation, c.Source.Outlet),
			Updated: atomTime(c.Seen),
			Author:  atomPerson{Name: c.Copy.Outlet},
			Links: []atomLink{
				{Href: page, Rel: "alternate", Type: "text/html", Title: "the copy's trace on echotrace"},
				{Href: c.Copy.URL, Rel: "related", Title: "the copy"},
				{Href: fmt.Sprintf("%s/compare?a=%d&b=%d", base, c.Source.ID, c.Copy.ID), Rel: "related", Title: "side by side"},
			},
			Summary: atomText{Type: "text", Text: Summary(c)},
		}
		if c.Copy.Published != nil {
			e.Published = *c.Copy.Published
		}
		f.Entries = append(f.Entries, e)
	}
	out, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(out, '\n')...), nil
}

func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func titleOr(t string) string {
	if t == "" {
		return "(untitled)"
	}
	return t
}
