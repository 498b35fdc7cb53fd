// Package outlet decides which publisher a URL belongs to: its registrable
// domain (eTLD+1 through the public suffix list, so www.rt.com and
// de.rt.com are both rt.com), unless the user mapped the host elsewhere.
package outlet

import (
	"net"
	"net/url"
	"strings"

	"github.com/echotrace/echotrace"
	"golang.org/x/net/publicsuffix"
)

// LocalFiles is the outlet of file: URLs, pages imported from disk with no
// URL of their own.
const LocalFiles = "local-files"

// Resolver maps URLs to outlets. It is immutable and safe for concurrent use.
type Resolver struct {
	mappings map[string]string // host → outlet
}

// NewResolver builds a resolver honouring the user's mappings.
func NewResolver(mappings []echotrace.OutletMapping) *Resolver {
	r := &Resolver{mappings: make(map[string]string, len(mappings))}
	for _, m := range mappings {
		r.mappings[strings.ToLower(m.Host)] = strings.ToLower(m.Outlet)
	}
	return r
}

// ForURL returns the outlet of an absolute URL.
func (r *Resolver) ForURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if u.Scheme == "file" {
		return LocalFiles
	}
	return r.ForHost(u.Hostname())
}

// ForHost returns the outlet of a host name. A mapping of a host covers its
// subdomains too; the most specific mapping wins.
func (r *Resolver) ForHost(host string) string {
	host = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(host)), ".")
	if host == "" {
		return ""
	}
	for h := host; h != ""; {
		if o, ok := r.mappings[h]; ok {
			return o
		}
		_, rest, found := strings.Cut(h, ".")
		if !found {
			break
		}
		h = rest
	}
	if net.ParseIP(host) != nil {
		return host
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		// A bare public suffix or a single label (localhost): the host is
		// the best name there is.
		return host
	}
	return d
}
