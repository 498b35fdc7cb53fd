// Package urlkey turns the URL a page was found under into the key its
// article is stored under, so that the same page reached through different
// spellings of its URL is one article. It only rewrites strings: it never
// fetches or follows anything.
package urlkey

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/echotrace/echotrace"
)

// trackingParams are query parameters that say how a reader arrived, not
// which page they read.
var trackingParams = []string{"utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "at_medium", "at_campaign"}

// Normalize returns the storage key of an absolute http(s) or file URL:
// scheme and host lower-cased, default port, fragment and tracking
// parameters dropped. Anything else is an ErrInvalid.
func Normalize(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("url %q: %w", raw, echotrace.ErrInvalid)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	switch u.Scheme {
	case "http", "https":
		if u.Host == "" {
			return "", fmt.Errorf("url %q has no host: %w", raw, echotrace.ErrInvalid)
		}
	case "file":
		u.Fragment, u.RawFragment = "", ""
		return u.String(), nil
	default:
		return "", fmt.Errorf("url %q: not an http(s) or file URL: %w", raw, echotrace.ErrInvalid)
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	u.Host = host
	if port != "" {
		u.Host = host + ":" + port
	}
	u.Fragment, u.RawFragment, u.User = "", "", nil
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			lk := strings.ToLower(k)
			for _, p := range trackingParams {
				if strings.HasPrefix(lk, p) {
					q.Del(k)
					break
				}
			}
		}
		u.RawQuery = q.Encode()
	}
	return u.String(), nil
}

// FromPath is the file: URL of a local file without a URL of its own.
func FromPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String(), nil
}
