package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"html"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/source/files"
	"github.com/echotrace/echotrace/source/warc"
	"github.com/echotrace/echotrace/synth"
	"github.com/nlnwa/gowarc"
)

// WARCStats describe a generated archive.
type WARCStats struct {
	Pages     int   // HTML responses
	Records   int   // every record, requests and metadata included
	HTMLBytes int64 // the pages' HTML, uncompressed
	FileBytes int64 // the .warc.gz on disk
	Undated   int   // pages that state no date (dated by the capture)
	JSONLD    int   // pages dated in JSON-LD only
}

// WriteWARC writes a .warc.gz of pages as a news crawl stores them: the
// reuse generator's articles (synth, with its copies, excerpts and
// rewrites, so that relating does real work) rendered as HTML news pages
// with boilerplate by per-outlet templates, each in a request, a response
// and a metadata record, one gzip member per record as CC-NEWS ships them;
// with a robots.txt and an image now and then, which the import skips.
// The same seed gives the same archive.
func WriteWARC(ctx context.Context, path string, pages int, seed int64) (WARCStats, error) {
	var st WARCStats
	f, err := os.Create(path)
	if err != nil {
		return st, err
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	w := warc.NewWriter(bw, true)

	pr, pw := io.Pipe()
	genErr := make(chan error, 1)
	go func() {
		_, err := synth.Generate(ctx, synth.Config{Seed: seed, Articles: pages}, pw, io.Discard)
		pw.CloseWithError(err)
		genErr <- err
	}()
	r := newPageRenderer(seed)
	if _, err := w.WriteRecord(gowarc.Warcinfo, r.uuid(), "", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), "application/warc-fields",
		[]byte("software: echotrace bench warc\r\nformat: WARC File Format 1.1\r\ndescription: synthetic news pages (fiction), for benchmarks only\r\n")); err != nil {
		return st, err
	}
	st.Records++
	sc := bufio.NewScanner(pr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		rec, err := files.ParseJSONL(sc.Bytes())
		if err != nil {
			pr.CloseWithError(err)
			return st, fmt.Errorf("synthetic article %d: %w", st.Pages+1, err)
		}
		body, kind := r.render(rec)
		switch kind {
		case dateNone:
			st.Undated++
		case dateJSONLD:
			st.JSONLD++
		}
		// Crawled some minutes to hours after publication; an undated
		// article is crawled after its (unstated) time all the same.
		at := rec.Published
		if at.IsZero() {
			at = r.lastDate
		}
		at = at.Add(time.Duration(10+r.next()%(6*60)) * time.Minute)
		r.lastDate = at
		u := rec.URL
		host := hostOf(u)
		if _, err := w.WriteRecord(gowarc.Request, r.uuid(), u, at, "application/http; msgtype=request",
			[]byte("GET "+pathOf(u)+" HTTP/1.1\r\nHost: "+host+"\r\nUser-Agent: echotrace-bench/1.0\r\nAccept: text/html\r\n\r\n")); err != nil {
			return st, err
		}
		hdr := http.Header{
			"Content-Type":  {"text/html; charset=utf-8"},
			"Server":        {"nginx"},
			"Cache-Control": {"max-age=300"},
			"Date":          {at.Format(http.TimeFormat)},
		}
		if _, err := w.WriteResponse(warc.Response{RecordID: r.uuid(), URI: u, Date: at, Header: hdr, Body: body}); err != nil {
			return st, err
		}
		if _, err := w.WriteRecord(gowarc.Metadata, r.uuid(), u, at, "application/warc-fields",
			[]byte(fmt.Sprintf("fetchTimeMs: %d\r\ncharset-detected: UTF-8\r\nlanguages-cld2: {\"languages\":[{\"code\":\"en\",\"text-covered\":0.99}]}\r\n", 40+r.next()%900))); err != nil {
			return st, err
		}
		st.Records += 3
		st.Pages++
		st.HTMLBytes += int64(len(body))
		// What a news crawl also picks up and the import must skip.
		if st.Pages%50 == 0 {
			if _, err := w.WriteResponse(warc.Response{RecordID: r.uuid(), URI: "https://" + host + "/robots.txt", Date: at,
				Header: http.Header{"Content-Type": {"text/plain"}}, Body: []byte("User-agent: *\nDisallow: /search\n")}); err != nil {
				return st, err
			}
			if _, err := w.WriteResponse(warc.Response{RecordID: r.uuid(), URI: "https://" + host + "/img/logo.png", Date: at,
				Header: http.Header{"Content-Type": {"image/png"}}, Body: []byte("\x89PNG\r\n\x1a\n fictional image bytes")}); err != nil {
				return st, err
			}
			if _, err := w.WriteResponse(warc.Response{RecordID: r.uuid(), URI: "https://" + host + "/gone", Date: at, Status: 404,
				Header: http.Header{"Content-Type": {"text/html"}}, Body: []byte("<html><body>Not found</body></html>")}); err != nil {
				return st, err
			}
			st.Records += 3
		}
	}
	if err := sc.Err(); err != nil {
		return st, err
	}
	if err := <-genErr; err != nil {
		return st, err
	}
	if err := bw.Flush(); err != nil {
		return st, err
	}
	fi, err := f.Stat()
	if err != nil {
		return st, err
	}
	st.FileBytes = fi.Size()
	return st, f.Close()
}

func hostOf(u string) string {
	rest := u[strings.Index(u, "//")+2:]
	host, _, _ := strings.Cut(rest, "/")
	return host
}

func pathOf(u string) string {
	rest := u[strings.Index(u, "//")+2:]
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		return rest[i:]
	}
	return "/"
}

// Where a page states its publication date.
const (
	dateMeta   = iota // <meta property="article:published_time">
	dateJSONLD        // JSON-LD NewsArticle datePublished only
	dateTime          // <time datetime> in the byline only
	dateNone          // nowhere: the capture time stands in
)

// pageRenderer renders articles as the pages of their outlets: every
// outlet gets one of a few templates (markup, boilerplate, where the date
// goes) by a hash of its domain, as real sites each have their CMS.
type pageRenderer struct {
	mostRead []relatedLink
	state    uint64
	idState  uint64
	lastDate time.Time
	recent   map[string][]relatedLink // an outlet's latest articles, for its "related" box
}

type relatedLink struct{ url, title string }

func newPageRenderer(seed int64) *pageRenderer {
	return &pageRenderer{state: uint64(seed)*0x9e3779b97f4a7c15 + 1, idState: uint64(seed) ^ 0x5851f42d4c957f2d, lastDate: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), recent: map[string][]relatedLink{}}
}

// uuid is a record ID drawn from the seed, so that the same seed gives the
// same archive byte for byte.
func (r *pageRenderer) uuid() string {
	// A stream of its own, so that IDs do not shift what pages are drawn.
	next := func() uint64 {
		r.idState += 0x9e3779b97f4a7c15
		z := r.idState
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	a, b := next(), next()
	return fmt.Sprintf("urn:uuid:%08x-%04x-4%03x-8%03x-%012x", a>>32, a>>16&0xffff, a&0xfff, b>>48&0xfff, b&0xffffffffffff)
}

// next is a splitmix64 step: deterministic and cheap.
func (r *pageRenderer) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

var (
	sections    = []string{"News", "World", "Politics", "Business", "Sport", "Culture", "Opinion", "Science", "Travel", "Weather"}
	subsections = []string{"Latest", "Local", "Analysis", "Video", "Pictures", "Live"}
	logoSVG     = `<svg class="logo-mark" viewBox="0 0 120 24" width="120" height="24" aria-hidden="true"><path d="` +
		strings.Repeat("M4 4h16v16H4z m24 0h6l8 16h-6z m18 0h16v4H50v4h10v4H50v4h12v4H46z ", 6) + `"/></svg>`
)

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// A kilobyte-scale inline script and style, as news pages carry (consent
// managers, analytics, ad slots): bytes the extractor must wade through.
var (
	inlineScript = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());" +
		strings.Repeat("(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'event':'page.view','slot':i});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','ad-slot');\n", 40)
	inlineStyle = strings.Repeat(".nav a{color:#222;text-decoration:none;padding:0 .5em}.teaser h3{font:600 1.1em/1.3 Georgia,serif}.footer li{display:inline-block;margin:0 1em}\n", 40)
)

func (r *pageRenderer) render(a *files.JSONLRecord) ([]byte, int) {
	h := fnv.New32a()
	h.Write([]byte(a.Outlet))
	tmpl := int(h.Sum32() % 4)
	site := siteName(a.Outlet)
	where := []int{dateMeta, dateJSONLD, dateTime, dateMeta}[tmpl]
	if a.Published.IsZero() || r.next()%100 < 3 {
		where = dateNone
	}
	date := a.Published.UTC().Format(time.RFC3339)
	title := html.EscapeString(a.Title)

	var b strings.Builder
	b.Grow(len(a.Text)*2 + 24<<10)
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">`)
	fmt.Fprintf(&b, "<title>%s | %s</title>\n", title, site)
	fmt.Fprintf(&b, `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="%s">`+"\n", a.URL)
	fmt.Fprintf(&b, `<meta property="og:title" content="%s"><meta property="og:site_name" content="%s"><meta property="og:type" content="article">`+"\n", title, site)
	if where == dateMeta {
		fmt.Fprintf(&b, `<meta property="article:published_time" content="%s">`+"\n", date)
	}
	if where == dateJSONLD || (tmpl == 3 && where == dateMeta) {
		fmt.Fprintf(&b, `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":%q,"author":{"@type":"Person","name":%q},"publisher":{"@type":"Organization","name":%q}}</script>`+"\n",
			a.Title, date, a.Byline, site)
	}
	fmt.Fprintf(&b, "<style>%s</style><link rel=\"stylesheet\" href=\"/static/site.%d.css\">\n", inlineStyle, tmpl)
	fmt.Fprintf(&b, "<script>%s</script></head>\n<body class=\"tmpl-%d\">\n", inlineScript, tmpl)
	b.WriteString(`<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <a href="/privacy">Settings</a></div>` + "\n")
	fmt.Fprintf(&b, "<header><a class=\"logo\" href=\"/\">%s%s</a><nav class=\"nav\"><ul>", logoSVG, site)
	// A mega menu: every section with its subsections, as most news
	// sites have in their header.
	for _, s := range sections {
		sl := strings.ToLower(s)
		fmt.Fprintf(&b, `<li class="menu"><a href="/%s/">%s</a><ul class="sub">`, sl, s)
		for _, sub := range subsections {
			fmt.Fprintf(&b, `<li><a href="/%s/%s/">%s %s</a></li>`, sl, strings.ToLower(sub), s, sub)
		}
		b.WriteString("</ul></li>")
	}
	b.WriteString("</ul></nav><form action=\"/search\"><input name=\"q\" placeholder=\"Search\"></form></header>\n")
	sec := sections[r.next()%uint64(len(sections))]
	fmt.Fprintf(&b, "<main><div class=\"breadcrumbs\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/%s/\">%s</a></div>\n", strings.ToLower(sec), sec)

	open, closeTag := "<article>", "</article>"
	if tmpl == 1 {
		open, closeTag = `<div class="post-content entry">`, "</div>"
	}
	b.WriteString(open)
	fmt.Fprintf(&b, "<h1>%s</h1>\n", title)
	byline := html.EscapeString(a.Byline)
	if byline == "" {
		byline = "Staff reporter"
	}
	if where == dateTime {
		fmt.Fprintf(&b, `<p class="byline">By %s · <time datetime="%s">%s</time></p>`+"\n", byline, date, a.Published.UTC().Format("2 January 2006, 15:04"))
	} else {
		fmt.Fprintf(&b, "<p class=\"byline\">By %s</p>\n", byline)
	}
	b.WriteString(`<div class="share"><a href="#">Share on social</a> <a href="#">Email</a> <a href="#">Print</a></div>` + "\n")
	paras := strings.Split(a.Text, "\n")
	n := 0
	for _, p := range paras {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
		n++
		if n == 3 {
			b.WriteString(`<aside class="ad"><div class="ad-slot" data-slot="mid-article">Advertisement</div></aside>` + "\n")
		}
	}
	b.WriteString(closeTag + "\n")
	b.WriteString(`<div class="newsletter"><h3>Get the morning briefing</h3><p>Our editors' pick of the day's news, in your inbox at 7am.</p><form><input type="email"><button>Sign up</button></form></div>` + "\n")
	rel := r.recent[a.Outlet]
	if len(rel) > 0 {
		b.WriteString("<section class=\"related\"><h2>Read more</h2><ul>")
		for _, l := range rel {
			fmt.Fprintf(&b, `<li class="teaser"><a href="%s"><h3>%s</h3></a></li>`, l.url, html.EscapeString(l.title))
		}
		b.WriteString("</ul></section>\n")
	}
	rel = append(rel, relatedLink{a.URL, a.Title})
	if len(rel) > 6 {
		rel = rel[1:]
	}
	r.recent[a.Outlet] = rel
	b.WriteString(`<div class="comments"><h3>Leave a Reply</h3><p>You must be logged in to post a comment.</p></div></main>` + "\n")
	// A "most read" sidebar of the site's latest headlines.
	b.WriteString(`<aside class="sidebar"><h2>Most read</h2><ol>`)
	for i, l := range r.mostRead {
		fmt.Fprintf(&b, `<li><a href="%s"><span class="rank">%d</span> %s</a></li>`, l.url, i+1, html.EscapeString(l.title))
	}
	b.WriteString("</ol></aside>\n")
	r.mostRead = append(r.mostRead, relatedLink{a.URL, a.Title})
	if len(r.mostRead) > 10 {
		r.mostRead = r.mostRead[1:]
	}
	b.WriteString("<footer class=\"footer\"><ul>")
	for _, l := range []string{"About us", "Contact", "Advertise", "Jobs", "Privacy policy", "Cookie settings", "Terms of use", "Corrections", "RSS"} {
		fmt.Fprintf(&b, `<li><a href="/%s">%s</a></li>`, strings.ReplaceAll(strings.ToLower(l), " ", "-"), l)
	}
	fmt.Fprintf(&b, "</ul><p>&copy; %d %s. All rights reserved.</p><a href=\"#top\">Scroll to Top</a></footer>\n", a.Published.Year(), site)
	b.WriteString(`<script async src="/static/app.js"></script><script>window.__CONFIG__={"ads":true,"paywall":false,"experiments":["a","b"]};</script>` + "\n")
	if tmpl == 2 {
		// Server-rendered apps ship the page's data again as JSON for
		// the client: the article's paragraphs inside a script.
		b.WriteString(`<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"headline":`)
		b.WriteString(jsonString(a.Title))
		b.WriteString(`,"body":[`)
		first := true
		for _, p := range paras {
			if p = strings.TrimSpace(p); p == "" {
				continue
			}
			if !first {
				b.WriteByte(',')
			}
			first = false
			b.WriteString(`{"type":"paragraph","text":`)
			b.WriteString(jsonString(p))
			b.WriteByte('}')
		}
		b.WriteString("]}}}}</script>\n")
	}
	b.WriteString("</body></html>\n")
	return []byte(b.String()), where
}

// siteName is an outlet's display name from its domain: "coast-herald.example"
// → "Coast Herald".
func siteName(domain string) string {
	name, _, _ := strings.Cut(domain, ".")
	words := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// WARCStage is what one stage of the WARC benchmark did.
type WARCStage struct {
	Name      string
	Records   int
	Pages     int // pages read (read), extracted (extract), stored as new articles (import)
	FileBytes int64
	Elapsed   time.Duration
	CPU       time.Duration // processor time the process used meanwhile (all threads)
}

func (s WARCStage) String() string {
	secs := s.Elapsed.Seconds()
	line := fmt.Sprintf("%-8s %6d records %6d pages in %7.1fs: %7.1f pages/s, %6.2f MB/s of archive",
		s.Name, s.Records, s.Pages, secs, float64(s.Pages)/secs, float64(s.FileBytes)/1e6/secs)
	if s.CPU > 0 {
		cpu := s.CPU.Seconds()
		line += fmt.Sprintf("; %.1f CPU-s: %.1f pages and %.2f MB per CPU-second", cpu, float64(s.Pages)/cpu, float64(s.FileBytes)/1e6/cpu)
	}
	return line
}

// RunWARCRead times reading the archive alone: gzip, WARC parsing, HTTP
// decoding, as the import's reader does it.
func RunWARCRead(ctx context.Context, path string) (WARCStage, error) {
	st := WARCStage{Name: "read"}
	in, err := files.OSInput(path)
	if err != nil {
		return st, err
	}
	start := time.Now()
	err = files.Read(ctx, []files.Input{in}, files.DefaultOptions, func(r files.Record) error {
		st.Records++
		st.FileBytes += r.Bytes
		if r.Err == nil && r.Skip == "" {
			st.Pages++
		}
		return nil
	})
	st.Elapsed = time.Since(start)
	return st, err
}

// RunWARCExtract times reading and extraction, with workers extractors in
// parallel, without storing anything.
func RunWARCExtract(ctx context.Context, path string, x *ingest.Extractor, workers int) (WARCStage, error) {
	st := WARCStage{Name: "extract"}
	in, err := files.OSInput(path)
	if err != nil {
		return st, err
	}
	start := time.Now()
	jobs := make(chan files.Record, workers*4)
	var extracted atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range jobs {
				p := r.Page
				c := echotrace.Capture{Origin: p.Origin, URL: p.URL, CapturedAt: p.CapturedAt, ContentType: p.ContentType, Headers: p.Headers, Body: r.Body}
				if _, err := x.Extract(&c); err == nil {
					extracted.Add(1)
				}
			}
		}()
	}
	err = files.Read(ctx, []files.Input{in}, files.DefaultOptions, func(r files.Record) error {
		st.Records++
		st.FileBytes += r.Bytes
		if r.Err == nil && r.Skip == "" {
			jobs <- r
		}
		return nil
	})
	close(jobs)
	wg.Wait()
	st.Pages = int(extracted.Load())
	st.Elapsed = time.Since(start)
	return st, err
}
