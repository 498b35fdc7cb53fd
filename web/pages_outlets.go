package web

import (
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/provenance"
)

// outletsPage lists every outlet with its statistics.
type outletsPage struct {
	layout
	Outlets []provenance.OutletStats
}

// outletPage is one outlet, or one group of outlets, and who copies whom.
type outletPage struct {
	layout
	View OutletView
	// Graph is the drawn SVG of its sources and copiers.
	Graph template.HTML
	// Relations and Changes are View's counts in a fixed order, for the
	// tables.
	Relations []kindCount
	Changes   []kindCount
	Watched   bool
}

type kindCount struct {
	Kind  string
	Count int
}

// groupsPage lists the groups and the form to define one.
type groupsPage struct {
	layout
	Groups []outletGroup
	// NameInput and DomainsInput keep what was typed when the form comes
	// back with a problem.
	NameInput, DomainsInput string
	Problem                 string
}

type outletGroup struct {
	Name    string
	Members []string
}

func (p *pages) outlets(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	groups, err := p.srv.opts.Store.OutletGroups(ctx)
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	stats, _, err := p.srv.outletStats(ctx, groups)
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	// Most articles first: the outlets a reader has heard of.
	slices.SortStableFunc(stats, func(a, b provenance.OutletStats) int {
		return cmp.Or(cmp.Compare(b.Articles, a.Articles), cmp.Compare(a.Domain, b.Domain))
	})
	page := outletsPage{layout: p.layoutFor(w, r, "Outlets", "outlets"), Outlets: stats}
	render(p, w, r, http.StatusOK, outletsTemplate, page)
}

func (p *pages) outlet(w http.ResponseWriter, r *http.Request) {
	p.showOutlet(w, r, r.PathValue("domain"), false)
}

func (p *pages) group(w http.ResponseWriter, r *http.Request) {
	p.showOutlet(w, r, r.PathValue("name"), true)
}

func (p *pages) showOutlet(w http.ResponseWriter, r *http.Request, name string, group bool) {
	v, err := p.srv.outletView(r.Context(), name, group)
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	in := outletGraphInput{Outlet: v.Domain, IsGroup: group}
	for _, l := range v.CopiesFrom {
		in.CopiesFrom = append(in.CopiesFrom, outletFlow{Outlet: l.Outlet, Articles: l.Articles})
	}
	for _, l := range v.CopiedBy {
		in.CopiedBy = append(in.CopiedBy, outletFlow{Outlet: l.Outlet, Articles: l.Articles})
	}
	graph, err := p.renderSVG(drawOutletGraph(in))
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	title, section := v.Domain, "outlets"
	if group {
		title, section = "Group "+v.Domain, "groups"
	}
	page := outletPage{layout: p.layoutFor(w, r, title, section), View: *v, Graph: graph,
		Relations: countsInOrder(v.Relations, relationOrder), Changes: countsInOrder(v.Changes, changeOrder)}
	if !group {
		watches, err := p.srv.opts.Store.Watches(r.Context())
		if err != nil {
			p.failWith(w, r, err)
			return
		}
		page.Watched = slices.ContainsFunc(watches, func(w echotrace.Watch) bool { return w.Outlet == v.Domain })
	}
	render(p, w, r, http.StatusOK, outletTemplate, page)
}

var (
	relationOrder = []string{"duplicate", "copy", "excerpt", "rewrite", "related"}
	changeOrder   = []string{"attribution", "insert", "delete", "alias", "number", "quote", "edit"}
)

// countsInOrder lists a map's counts in a fixed order of kinds, then any
// kind not in it, so that tables read the same from page to page.
func countsInOrder(m map[string]int, order []string) []kindCount {
	var out []kindCount
	for _, k := range order {
		if m[k] > 0 {
			out = append(out, kindCount{k, m[k]})
		}
	}
	var rest []string
	for k, n := range m {
		if n > 0 && !slices.Contains(order, k) {
			rest = append(rest, k)
		}
	}
	slices.Sort(rest)
	for _, k := range rest {
		out = append(out, kindCount{k, m[k]})
	}
	return out
}

func (p *pages) groups(w http.ResponseWriter, r *http.Request) {
	p.showGroups(w, r, http.StatusOK, "", "", "")
}

func (p *pages) showGroups(w http.ResponseWriter, r *http.Request, status int, name, domains, problem string) {
	m, err := p.srv.opts.Store.OutletGroups(r.Context())
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	page := groupsPage{layout: p.layoutFor(w, r, "Outlet groups", "groups"), NameInput: name, DomainsInput: domains, Problem: problem}
	for name, members := range m {
		page.Groups = append(page.Groups, outletGroup{Name: name, Members: slices.Sorted(slices.Values(members))})
	}
	slices.SortFunc(page.Groups, func(a, b outletGroup) int { return strings.Compare(a.Name, b.Name) })
	render(p, w, r, status, groupsTemplate, page)
}

// maxGroupName and maxGroupMembers keep a group something a page can show.
const (
	maxGroupName    = 80
	maxGroupMembers = 500
)

func (p *pages) saveGroup(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PostFormValue("name"))
	rawDomains := r.PostFormValue("domains")
	mappings, err := p.srv.opts.Store.OutletMappings(r.Context())
	if err != nil {
		p.failWith(w, r, err)
		return
	}
	domains, err := groupMembers(rawDomains, outlet.NewResolver(mappings))
	if err == nil {
		err = checkGroupName(name)
	}
	if err != nil {
		p.showGroups(w, r, http.StatusBadRequest, name, rawDomains, sentence(err.Error()))
		return
	}
	if err := p.srv.opts.Store.SetOutletGroup(r.Context(), name, domains); err != nil {
		if errors.Is(err, echotrace.ErrInvalid) {
			p.showGroups(w, r, http.StatusBadRequest, name, rawDomains, sentence(err.Error()))
			return
		}
		p.failWith(w, r, err)
		return
	}
	seeOther(w, r, "/groups/"+url.PathEscape(name))
}

func checkGroupName(name string) error {
	switch {
	case name == "":
		return echotrace.Invalidf("name the group")
	case utf8.RuneCountInString(name) > maxGroupName:
		return echotrace.Invalidf("a group's name has at most %d characters", maxGroupName)
	case strings.ContainsAny(name, "/\\") || strings.ContainsFunc(name, func(r rune) bool { return r < ' ' }):
		// The name is part of the group's address, /groups/NAME.
		return echotrace.Invalidf("a group's name cannot contain slashes or control characters")
	}
	return nil
}

// groupMembers reads the domains typed into the form: separated by
// spaces, commas or lines, given as domains, host names or URLs, each
// reduced to its outlet (www.example.com and news.example.com are both
// example.com, unless mapped otherwise).
func groupMembers(raw string, resolver *outlet.Resolver) ([]string, error) {
	fields := strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\n' || r == '\r' || r == '\t' })
	var out []string
	for _, f := range fields {
		host := f
		if strings.Contains(f, "://") {
			u, err := url.Parse(f)
			if err != nil || u.Hostname() == "" {
				return nil, echotrace.Invalidf("%q is not a domain or a web address", f)
			}
			host = u.Hostname()
		}
		if strings.ContainsAny(host, "/?#@:") || !strings.Contains(host, ".") {
			return nil, echotrace.Invalidf("%q is not a domain (a domain looks like example.org)", f)
		}
		d := resolver.ForHost(host)
		if d == "" {
			return nil, echotrace.Invalidf("%q is not a domain", f)
		}
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	switch {
	case len(out) == 0:
		return nil, echotrace.Invalidf("list the group's domains, one per line or separated by spaces")
	case len(out) > maxGroupMembers:
		return nil, echotrace.Invalidf("a group has at most %d domains", maxGroupMembers)
	}
	slices.Sort(out)
	return out, nil
}

func (p *pages) deleteGroup(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if err := p.srv.opts.Store.DeleteOutletGroup(r.Context(), name); err != nil {
		if errors.Is(err, echotrace.ErrNotFound) {
			p.fail(w, r, http.StatusNotFound, fmt.Sprintf("There is no outlet group named %q.", name))
			return
		}
		p.failWith(w, r, err)
		return
	}
	seeOther(w, r, "/groups")
}
