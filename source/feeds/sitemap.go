package feeds

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// sitemapURL is one <url> of a sitemap (sitemaps.org 0.9), with the Google
// News extension. Elements are matched by local name only: sitemaps in the
// wild get the namespace URIs wrong (http for https, a missing trailing
// slash) more often than they use clashing names.
type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	News    *struct {
		Publication struct {
			Name string `xml:"name"`
		} `xml:"publication"`
		PublicationDate string `xml:"publication_date"`
		Title           string `xml:"title"`
	} `xml:"news"`
}

// sitemapRef is one <sitemap> of a sitemap index.
type sitemapRef struct {
	Loc string `xml:"loc"`
}

// eachElement calls fn for every child element of the root named name,
// streaming, so that a 50 MB sitemap is never held as a tree.
func eachElement(body []byte, name string, fn func(d *xml.Decoder, se xml.StartElement) error) error {
	d := newXMLDecoder(body)
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			if depth != 0 {
				return invalid("malformed sitemap: unexpected end of document")
			}
			return nil
		}
		if err != nil {
			return invalid("malformed sitemap: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 1 && t.Name.Local == name {
				if err := fn(d, t); err != nil {
					return err
				}
				continue // DecodeElement consumed the end tag
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
}

// parseSitemap reads a <urlset>. A <lastmod> goes to Item.Modified, never
// to Published (see Item.Modified); a Google News <news:publication_date> is
// a publication date and goes to Published.
func parseSitemap(body []byte, sourceURL string) (*Listing, error) {
	l := &Listing{Kind: KindSitemap}
	c := newCollector(l, sourceURL)
	n := 0
	err := eachElement(body, "url", func(d *xml.Decoder, se xml.StartElement) error {
		n++
		var su sitemapURL
		if err := d.DecodeElement(&su, &se); err != nil {
			return invalid("malformed sitemap at entry %d: %v", n, err)
		}
		u, err := c.resolve(su.Loc)
		if err != nil {
			l.skip("entry %d: %v", n, err)
			return nil
		}
		it := Item{URL: u}
		if s := strings.TrimSpace(su.LastMod); s != "" {
			if t, ok := parseTime(s); ok {
				it.Modified = t
			} else {
				l.warn("entry %d (%s): lastmod %q not understood; ignored", n, u, s)
			}
		}
		if news := su.News; news != nil {
			it.Title = strings.TrimSpace(news.Title)
			if l.Title == "" {
				l.Title = strings.TrimSpace(news.Publication.Name)
			}
			if s := strings.TrimSpace(news.PublicationDate); s != "" {
				if t, ok := parseTime(s); ok {
					it.Published, it.PublishedSource = t, SourceSitemap
				} else {
					l.warn("entry %d (%s): publication date %q not understood; kept undated", n, u, s)
				}
			}
		}
		c.add(it)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// parseSitemapIndex reads a <sitemapindex>: the child sitemaps to fetch next.
func parseSitemapIndex(body []byte, sourceURL string) (*Listing, error) {
	l := &Listing{Kind: KindSitemapIndex}
	c := newCollector(l, sourceURL)
	seen := map[string]bool{}
	n := 0
	err := eachElement(body, "sitemap", func(d *xml.Decoder, se xml.StartElement) error {
		n++
		var ref sitemapRef
		if err := d.DecodeElement(&ref, &se); err != nil {
			return invalid("malformed sitemap index at entry %d: %v", n, err)
		}
		u, err := c.resolve(ref.Loc)
		if err != nil {
			l.skip("sitemap %d: %v", n, err)
			return nil
		}
		if !seen[u] {
			seen[u] = true
			l.Sitemaps = append(l.Sitemaps, u)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// parseTextSitemap reads the protocol's plain-text form: one URL a line.
func parseTextSitemap(body []byte, sourceURL string) *Listing {
	l := &Listing{Kind: KindSitemap}
	c := newCollector(l, sourceURL)
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(nil, 64<<10)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		u, err := c.resolve(line)
		if err != nil {
			l.skip("line %d: %v", n, err)
			continue
		}
		c.add(Item{URL: u})
	}
	if err := sc.Err(); err != nil {
		l.skip("line %d: %v; the rest of the file was not read", n+1, err)
	}
	return l
}
