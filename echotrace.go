// Package echotrace holds the domain types shared by every stage of the
// pipeline (sources → captures → articles → reuse → provenance) and the small
// set of error kinds that the CLI and the HTTP API map to exit codes and
// status codes. It imports nothing from the rest of the project, so that any
// stage can depend on it without cycles.
package echotrace

import (
	"encoding/json"
	"time"
)

// Outlet is a publisher, identified by its registrable domain.
type Outlet struct {
	ID     int64  `json:"id"`
	Domain string `json:"domain"`
}

// OutletMapping sends a host (and its subdomains) to an outlet domain other
// than the one the public suffix list gives, for exceptions such as a
// newspaper that publishes under several unrelated domains.
type OutletMapping struct {
	Host   string `json:"host"`
	Outlet string `json:"outlet"`
}

// Capture is one fetched or imported raw document, kept so that extraction
// can be re-run without fetching again.
type Capture struct {
	ID int64
	// SHA256 of Body; captures are unique by it.
	SHA256      [32]byte
	URL         string
	Origin      string // one of the Origin* constants
	OriginRef   string // file path, path:line, WARC record id ...
	CapturedAt  time.Time
	ContentType string
	Headers     map[string]string
	Body        []byte
	// ArticleID is set once the capture has been extracted into an article.
	ArticleID int64
	// Error says why the capture could not be made into an article.
	Error string
}

// Origins of captures.
const (
	OriginFile  = "file"
	OriginJSONL = "jsonl"
	OriginFetch = "fetch"
	OriginWARC  = "warc"
	OriginFeed  = "feed"
)

// Content types of captures that are not HTML pages.
const (
	// ContentTypeJSONLRecord marks a capture whose body is one JSONL import
	// record, kept verbatim so that re-extraction sees exactly what was imported.
	ContentTypeJSONLRecord = "application/x-echotrace-jsonl-record"
)

// Extraction is what the extraction stage made of one capture: the fields of
// one article version.
type Extraction struct {
	URL             string // canonical URL: the article's identity
	Outlet          string // registrable domain of URL, or as mapped
	Title           string
	Byline          string
	Text            string
	Lang            string
	Site            string
	Published       time.Time // zero when unknown
	PublishedSource string    // meta, json-ld, url, feed, sitemap, warc, header, first-seen or ""
	Links           []Link
}

// Link is an outbound hyperlink of an article body.
type Link struct {
	URL  string `json:"url"`
	Text string `json:"text"`
}

// Article is a page identified by its canonical URL, shown through its newest
// version.
type Article struct {
	ID        int64
	URL       string
	Outlet    string
	FirstSeen time.Time
	Versions  int
	// Newest is the newest version's content.
	Newest Version
}

// Version is one distinct text of an article. A new capture of the same URL
// with a different text adds a version; nothing is overwritten.
type Version struct {
	ID              int64
	ArticleID       int64
	Number          int // 1 for the first text seen
	CaptureID       int64
	SeenAt          time.Time // capture time of the capture that first had this text
	Title           string
	Byline          string
	Text            string
	TextSHA256      [32]byte
	Lang            string
	Site            string
	Published       time.Time
	PublishedSource string
	Links           []Link
}

// Relation is what the reuse engine found between two articles; A has the
// lower ID. Passages and changes are kept as the engine wrote them (spans
// in code points of each article's newest text).
type Relation struct {
	A, B      int64
	Relation  string
	Score     float64
	CoverageA float64
	CoverageB float64
	Passages  json.RawMessage
	Changes   json.RawMessage
	Measures  json.RawMessage
	FoundAt   time.Time
}

// IndexEntry is an article's entry in the reuse index, as the reuse engine
// encoded it, with what it was computed from.
type IndexEntry struct {
	ArticleID int64
	VersionID int64
	// Aliases is the version of the alias table used.
	Aliases string
	Data    []byte
}

// IndexJob is an article whose reuse index entry is missing or stale.
type IndexJob struct {
	ArticleID int64
	VersionID int64
	Outlet    string
	Text      string
	Published time.Time
}

// ProvenanceEdge is an article's immediate source as the provenance stage
// inferred it: another article (From) or, when From is 0, an outlet that
// the article credits but that is not in the corpus.
type ProvenanceEdge struct {
	To             int64
	From           int64
	ExternalOutlet string
	ExternalURL    string
	ExternalName   string
	Relation       string
	Score          float64
	Confidence     float64
	Conflict       bool
	// Evidence is the JSON list of evidence items (PRODUCT.md's shape).
	Evidence json.RawMessage
	// Lag is To's publication minus From's, when both are known.
	Lag *time.Duration
}

// StorySummary is a story as `stories` lists it.
type StorySummary struct {
	ID       int64     `json:"id"`
	Title    string    `json:"title"`
	Articles int       `json:"articles"`
	Outlets  int       `json:"outlets"`
	First    time.Time `json:"first"`
	Last     time.Time `json:"last"`
	// Root is the story's earliest article without a source in the corpus.
	Root    int64  `json:"root"`
	RootURL string `json:"root_url"`
}

// Feed is an RSS, Atom or JSON feed, or a sitemap, that echotrace polls.
type Feed struct {
	ID           int64     `json:"id"`
	URL          string    `json:"url"`
	Kind         string    `json:"kind"` // feed or sitemap
	Title        string    `json:"title"`
	ETag         string    `json:"-"`
	LastModified string    `json:"-"`
	LastPoll     time.Time `json:"last_poll"`
	NextPoll     time.Time `json:"next_poll"`
	LastNew      time.Time `json:"last_new"`
	LastError    string    `json:"last_error"`
	// Unchanged and Failures count consecutive polls with nothing new and
	// failed polls; the schedule backs off on both.
	Unchanged int       `json:"unchanged"`
	Failures  int       `json:"failures"`
	Items     int       `json:"items"`
	CreatedAt time.Time `json:"created_at"`
}

// Fetch outcomes.
const (
	FetchStored    = "stored"
	FetchUnchanged = "unchanged"
	FetchSkipped   = "skipped"
	FetchFailed    = "failed"
)

// Fetch is one logged attempt to fetch a URL.
type Fetch struct {
	URL     string    `json:"url"`
	FeedID  int64     `json:"feed_id,omitempty"`
	At      time.Time `json:"at"`
	Status  int       `json:"status"`
	Outcome string    `json:"outcome"`
	Error   string    `json:"error,omitempty"`
}

// Feed health, as `status`, the API and the front page say it.
const (
	FeedNew     = "new"     // never polled
	FeedOK      = "ok"      // polled, bringing new pages
	FeedQuiet   = "quiet"   // polled, but nothing new for a day
	FeedFailing = "failing" // its last poll failed
)

// Health says whether a feed needs a look at time now.
func (f Feed) Health(now time.Time) string {
	switch {
	case f.LastPoll.IsZero():
		return FeedNew
	case f.Failures > 0:
		return FeedFailing
	case (f.LastNew.IsZero() && now.Sub(f.CreatedAt) > 24*time.Hour) || (!f.LastNew.IsZero() && now.Sub(f.LastNew) > 24*time.Hour):
		return FeedQuiet
	}
	return FeedOK
}

// States of an import run.
const (
	ImportRunning     = "running"
	ImportDone        = "done"
	ImportFailed      = "failed"
	ImportInterrupted = "interrupted"
	// ImportStalled is shown, never stored: a run still marked running
	// that has recorded no progress for ImportStallAfter, because its
	// process was killed or crashed before it could say how it ended.
	ImportStalled = "stalled"
)

// ImportStallAfter is how long a running import may go without storing a
// batch before it is shown as stalled; a live import stores one every few
// seconds.
const ImportStallAfter = 15 * time.Minute

// AsOf is the run as it should be shown at now: a running run without
// progress for ImportStallAfter is stalled.
func (r ImportRun) AsOf(now time.Time) ImportRun {
	last := r.Updated
	if last.IsZero() {
		last = r.Started
	}
	if r.State == ImportRunning && now.Sub(last) > ImportStallAfter {
		r.State = ImportStalled
	}
	return r
}

// ImportRun is one import (a command line import, or a page uploaded to
// the server), recorded so that a long import can be followed and a failed
// one explained after the fact.
type ImportRun struct {
	ID int64 `json:"id"`
	// Source says what was imported: paths, or an uploaded page's name.
	Source   string    `json:"source"`
	Started  time.Time `json:"started"`
	Updated  time.Time `json:"updated"`
	Finished time.Time `json:"finished,omitzero"`
	State    string    `json:"state"`
	// Articles counts new articles and new versions stored; Skipped the
	// records that did not become articles.
	Articles int    `json:"articles"`
	Skipped  int    `json:"skipped"`
	Error    string `json:"error"`
}

// Watch asks to be told when another outlet copies or rewrites an
// outlet's articles: an Atom feed always, and a webhook when one is set.
type Watch struct {
	ID      int64     `json:"id"`
	Outlet  string    `json:"outlet"`
	Webhook string    `json:"webhook"`
	Created time.Time `json:"created"`
	// The last webhook delivery: when, the HTTP status (0 when none was
	// received) and the error, if it failed.
	LastDelivery time.Time `json:"last_delivery,omitzero"`
	LastStatus   int       `json:"last_status"`
	LastError    string    `json:"last_error"`
}
