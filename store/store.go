// Package store defines what the pipeline needs from a database and opens
// the right implementation for a DSN. Implementations (store/sqlite, later
// store/postgres) must pass the contract suite in store/storetest; callers
// never see SQL. The store holds no business rules beyond uniqueness and
// versioning: it never extracts, fetches or compares anything.
package store

import (
	"context"
	"encoding/json"
	"time"

	"github.com/echotrace/echotrace"
)

// Store is the persistence every stage shares. Every method takes a ctx and
// is safe for concurrent use.
type Store interface {
	// KnownCaptures reports which of the given body hashes are stored, so
	// that an import can skip work it has already done before extracting.
	KnownCaptures(ctx context.Context, hashes [][32]byte) (map[[32]byte]bool, error)
	// Ingest stores a batch of captures with what extraction made of them,
	// all in one transaction: after a crash either the whole batch is there
	// or none of it. A capture whose hash is already stored is left as it is.
	Ingest(ctx context.Context, items []IngestItem) ([]IngestResult, error)
	// Reextract replaces what extraction made of a stored capture.
	Reextract(ctx context.Context, captureID int64, ex *echotrace.Extraction, extractErr string) (IngestResult, error)
	// Capture returns a stored capture with its body decompressed.
	Capture(ctx context.Context, id int64) (*echotrace.Capture, error)
	// CaptureIDs pages through capture IDs in ascending order.
	CaptureIDs(ctx context.Context, afterID int64, limit int) ([]int64, error)
	// RecordFailure notes a record that could not be read at all.
	RecordFailure(ctx context.Context, f Failure) error
	// Failures lists recorded failures, newest first.
	Failures(ctx context.Context, limit int) ([]Failure, error)

	Article(ctx context.Context, id int64) (*echotrace.Article, error)
	ArticleByURL(ctx context.Context, url string) (*echotrace.Article, error)
	// ArticlesOf is Article of each of ids at once, by ID; an ID that is
	// not an article is left out.
	ArticlesOf(ctx context.Context, ids []int64) (map[int64]*echotrace.Article, error)
	// Articles pages through articles in ascending ID order.
	Articles(ctx context.Context, afterID int64, limit int) ([]echotrace.Article, error)
	// Versions lists every version of an article, oldest first.
	Versions(ctx context.Context, articleID int64) ([]echotrace.Version, error)

	// Outlets lists outlets with their article counts, most articles first.
	Outlets(ctx context.Context) ([]OutletCount, error)
	OutletMappings(ctx context.Context) ([]echotrace.OutletMapping, error)
	SetOutletMapping(ctx context.Context, m echotrace.OutletMapping) error
	DeleteOutletMapping(ctx context.Context, host string) error
	// ReassignOutlet moves the articles whose URL host is host, or a
	// subdomain of it, to the outlet domain, and reports how many moved.
	ReassignOutlet(ctx context.Context, host, outlet string) (int, error)

	// PendingIndex lists articles, in ascending ID order after afterID,
	// whose reuse index entry is missing, was computed from an older
	// version, or with another alias table than aliases.
	PendingIndex(ctx context.Context, aliases string, afterID int64, limit int) ([]echotrace.IndexJob, error)
	// IndexEntries pages through the stored index entries.
	IndexEntries(ctx context.Context, afterID int64, limit int) ([]echotrace.IndexEntry, error)
	// SaveRelated stores, in one transaction, each article's index entry and
	// its relations, replacing every relation the article had before.
	SaveRelated(ctx context.Context, items []Related) error
	// SaveIndexEntries replaces articles' index entries, in one
	// transaction, leaving their relations as they are. Relating saves a
	// batch's relations with unfinished entries first, and its entries last:
	// a batch interrupted between the two is still pending, and is redone.
	SaveIndexEntries(ctx context.Context, entries []echotrace.IndexEntry) error
	// ReviseRelations replaces, in one transaction, the stored relation of
	// each pair in set (inserting it if missing) and deletes the relation
	// of each pair in drop; pairs are (lower ID, higher ID). Relating
	// revises relations that a later article made stale (a passage they
	// share turned out to be stock text).
	ReviseRelations(ctx context.Context, set []echotrace.Relation, drop [][2]int64) error
	// SaveProvenance replaces, in one transaction, the immediate source of
	// each article in u.Articles (deleting it when u.Edges has none for the
	// article), sets stories, and merges stories.
	SaveProvenance(ctx context.Context, u ProvenanceUpdate) error
	// Parent returns an article's stored immediate source; nil for a root.
	Parent(ctx context.Context, articleID int64) (*echotrace.ProvenanceEdge, error)
	// Children lists the stored edges whose source is articleID (the
	// articles that took from it), by ascending To.
	Children(ctx context.Context, articleID int64) ([]echotrace.ProvenanceEdge, error)
	// StoryOf returns an article's story ID (0 when not related yet).
	StoryOf(ctx context.Context, articleID int64) (int64, error)
	// StoriesOf is StoryOf of each of ids at once; an ID that is not an
	// article is left out.
	StoriesOf(ctx context.Context, ids []int64) (map[int64]int64, error)
	// Stories lists stories of at least minArticles articles, largest first.
	Stories(ctx context.Context, minArticles, limit int) ([]echotrace.StorySummary, error)
	// ParentEdges pages through every stored immediate-source edge, by
	// ascending To, with both ends' outlets.
	ParentEdges(ctx context.Context, afterTo int64, limit int) ([]OutletEdge, error)
	// OutletGroups lists the user's outlet groups (suspected networks of
	// sites), name → member domains.
	OutletGroups(ctx context.Context) (map[string][]string, error)
	// SetOutletGroup creates or replaces a group.
	SetOutletGroup(ctx context.Context, name string, domains []string) error
	// DeleteOutletGroup removes a group (ErrNotFound if there is none).
	DeleteOutletGroup(ctx context.Context, name string) error
	// AddFeed stores a feed to poll (due at once); adding a URL again
	// returns the stored feed unchanged.
	AddFeed(ctx context.Context, url, kind string) (echotrace.Feed, error)
	// Feeds lists the feeds, by URL.
	Feeds(ctx context.Context) ([]echotrace.Feed, error)
	// DeleteFeed removes a feed (ErrNotFound if there is none).
	DeleteFeed(ctx context.Context, url string) error
	// DueFeeds lists feeds whose next poll is at or before now, most
	// overdue first.
	DueFeeds(ctx context.Context, now time.Time, limit int) ([]echotrace.Feed, error)
	// SaveFeedPoll stores what a poll learned: validators, times, error,
	// counters (the feed's ID says which).
	SaveFeedPoll(ctx context.Context, f echotrace.Feed) error
	// LogFetches records fetch attempts.
	LogFetches(ctx context.Context, fs []echotrace.Fetch) error
	// Fetches lists logged attempts, newest first; outcome "" means all.
	Fetches(ctx context.Context, outcome string, limit int) ([]echotrace.Fetch, error)
	// StoredURLs reports which URLs already have a capture or an article.
	StoredURLs(ctx context.Context, urls []string) (map[string]bool, error)
	// LatestCaptureHeaders returns the stored response headers of the
	// newest capture fetched from url (nil when there is none), so that
	// fetching it again can ask "changed since?" with its validators.
	LatestCaptureHeaders(ctx context.Context, url string) (map[string]string, error)

	// StartImportRun records an import beginning at started (state
	// running) and returns its ID.
	StartImportRun(ctx context.Context, source string, started time.Time) (int64, error)
	// UpdateImportRun saves an import's progress or its end (run.ID says
	// which); ErrNotFound if there is no such run.
	UpdateImportRun(ctx context.Context, run echotrace.ImportRun) error
	// ImportRuns lists the latest import runs, newest first.
	ImportRuns(ctx context.Context, limit int) ([]echotrace.ImportRun, error)

	// AddWatch stores a watch on an outlet (its ID and creation time are
	// set by the store) and returns it as stored.
	AddWatch(ctx context.Context, w echotrace.Watch) (echotrace.Watch, error)
	// Watches lists the watches, by ID.
	Watches(ctx context.Context) ([]echotrace.Watch, error)
	// DeleteWatch removes a watch (ErrNotFound if there is none).
	DeleteWatch(ctx context.Context, id int64) error
	// SaveWatchDelivery records how the last webhook delivery of a watch went.
	SaveWatchDelivery(ctx context.Context, id int64, at time.Time, status int, deliveryErr string) error
	// WatchedCopies lists stored immediate-source edges whose source is an
	// article of q.Outlet and whose copy is another outlet's, newest copy
	// first (by when the copy was first seen).
	WatchedCopies(ctx context.Context, q WatchQuery) ([]WatchedCopy, error)
	// InvalidateIndex marks every index entry stale, so that all articles
	// are related again (reindex); relations stay until replaced.
	InvalidateIndex(ctx context.Context) error
	// Relations lists the relations of an article.
	Relations(ctx context.Context, articleID int64) ([]echotrace.Relation, error)
	// RelationsOf is Relations of each of ids at once (an ID with none
	// maps to an empty list).
	RelationsOf(ctx context.Context, ids []int64) (map[int64][]echotrace.Relation, error)
	// RelationKinds is the relation of an article with each article it is
	// related to, by the other's ID: kinds only, for callers that route on
	// them and need not read passages and changes.
	RelationKinds(ctx context.Context, articleID int64) (map[int64]string, error)
	// RelationKindsOf is RelationKinds of each of ids at once (an ID with
	// no relations maps to an empty map): on a database server, one round
	// trip instead of one per article.
	RelationKindsOf(ctx context.Context, ids []int64) (map[int64]map[int64]string, error)
	// Texts returns the newest text of each article, with what relating
	// needs, for the IDs that exist.
	Texts(ctx context.Context, ids []int64) ([]echotrace.IndexJob, error)
	// Search finds articles whose newest version's title or text matches
	// q.Text (syntax: ParseSearchText), filtered by q's other fields, most
	// relevant first and, among equals, most recently published first. A
	// store may rank only the most recently stored matches of a very broad
	// query (SQLite: 10,000), to bound its cost. A query with nothing to
	// look for, or a filter out of range, is an ErrInvalid error; no input
	// is passed to the database unquoted.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)

	// AliasGroups lists the alias groups added to the default table.
	AliasGroups(ctx context.Context) ([][]string, error)
	// AddAliasGroup stores a group of spellings of one name.
	AddAliasGroup(ctx context.Context, variants []string) error
	// DeleteAliasGroup removes the stored groups containing the word.
	DeleteAliasGroup(ctx context.Context, word string) error

	// AllRelations pages through every stored relation in (A, B) order,
	// starting after the pair after ({0, 0} for the first page), so that
	// exports stream a corpus's relations without holding them.
	AllRelations(ctx context.Context, after [2]int64, limit int) ([]echotrace.Relation, error)
	// StoryArticles lists the IDs of a story's articles in ascending order
	// (ErrNotFound when no article belongs to the story).
	StoryArticles(ctx context.Context, story int64) ([]int64, error)
	// ArticleRefs names the articles of ids that exist, in ascending ID
	// order, without their text: what listings and graphs label them with.
	ArticleRefs(ctx context.Context, ids []int64) ([]ArticleRef, error)

	Counts(ctx context.Context) (Counts, error)
	Close() error
}

// IngestItem is one capture and what extraction made of it. Exactly one of
// Extraction and ExtractError is set.
type IngestItem struct {
	Capture      echotrace.Capture
	Extraction   *echotrace.Extraction
	ExtractError string
}

// IngestResult says what storing one item did.
type IngestResult struct {
	CaptureID int64
	ArticleID int64 // 0 when extraction failed
	VersionID int64 // the version the capture's text belongs to
	Version   int
	// CaptureExisted: the capture was already stored; nothing changed.
	CaptureExisted bool
	NewArticle     bool
	NewVersion     bool
}

// ProvenanceUpdate is what the provenance stage changes after relating a
// batch of articles.
type ProvenanceUpdate struct {
	// Articles whose immediate source was recomputed; Edges holds the new
	// ones (an article of Articles missing from Edges is a root).
	Articles []int64
	Edges    []echotrace.ProvenanceEdge
	// Stories sets articles' story IDs.
	Stories map[int64]int64
	// Merges renames stories: every article of story [0] moves to [1].
	Merges [][2]int64
}

// OutletEdge is a stored immediate-source edge with the outlets at both
// ends (FromOutlet is the external outlet for an external source).
type OutletEdge struct {
	echotrace.ProvenanceEdge
	ToOutlet, FromOutlet string
	// Changes of the pair's relation, as stored (lower ID to higher).
	Changes json.RawMessage
	// RelationA is the pair's lower ID, to orient Changes.
	RelationA int64
}

// Related is an article's reuse index entry and every relation it has.
type Related struct {
	Entry     echotrace.IndexEntry
	Relations []echotrace.Relation
}

// Failure is a record that could not be read (not a capture whose
// extraction failed: those are kept as captures with an error).
type Failure struct {
	Origin    string
	OriginRef string
	Error     string
	At        time.Time
}

// OutletCount is an outlet with the number of its articles.
type OutletCount struct {
	echotrace.Outlet
	Articles int `json:"articles"`
}

// ArticleRef is an article named by its newest version's title and date,
// with its story (0 when it has not been related yet).
type ArticleRef struct {
	ID              int64
	URL             string
	Outlet          string
	Title           string
	Published       time.Time // zero when unknown
	PublishedSource string
	FirstSeen       time.Time
	Story           int64
}

// Counts sizes the corpus.
type Counts struct {
	Outlets        int `json:"outlets"`
	Articles       int `json:"articles"`
	Versions       int `json:"versions"`
	Captures       int `json:"captures"`
	CaptureErrors  int `json:"capture_errors"`
	IngestFailures int `json:"ingest_failures"`
	Indexed        int `json:"indexed"`
	Relations      int `json:"relations"`
}

// WatchQuery selects the copies a watch reports.
type WatchQuery struct {
	Outlet string
	// Copies, when set, keeps only the edges into these articles (the ones
	// just related), for webhook events.
	Copies []int64
	Limit  int
}

// WatchedCopy is an article of another outlet whose immediate source is an
// article of the watched outlet.
type WatchedCopy struct {
	echotrace.ProvenanceEdge
	Source WatchedArticle
	Copy   WatchedArticle
	// Changes of the pair's relation, as stored (lower ID to higher), and
	// the pair's lower ID, to orient them.
	Changes   json.RawMessage
	RelationA int64
}

// WatchedArticle names one end of a watched copy.
type WatchedArticle struct {
	ID        int64
	URL       string
	Outlet    string
	Title     string
	Published time.Time // zero when unknown
	FirstSeen time.Time
}
