package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// Column lists, in the order CSV writes them (JSONL objects hold the same
// fields, plus the JSON-only ones).
var (
	ArticleColumns  = []string{"id", "url", "outlet", "title", "byline", "published", "published_source", "lang", "first_seen", "versions", "story", "words"}
	RelationColumns = []string{"a", "b", "a_url", "b_url", "relation", "score", "coverage_a", "coverage_b", "found_at"}
	EdgeColumns     = []string{"from", "to", "from_url", "to_url", "from_outlet", "to_outlet", "external", "relation", "confidence", "conflict", "lag_hours"}
)

// ArticleRow is one line of the articles table.
type ArticleRow struct {
	ID              int64   `json:"id"`
	URL             string  `json:"url"`
	Outlet          string  `json:"outlet"`
	Title           string  `json:"title"`
	Byline          string  `json:"byline"`
	Published       *string `json:"published"`
	PublishedSource string  `json:"published_source"`
	Lang            string  `json:"lang"`
	FirstSeen       string  `json:"first_seen"`
	Versions        int     `json:"versions"`
	Story           *int64  `json:"story"`
	Words           int     `json:"words"`
}

func (r ArticleRow) record() []string {
	return []string{itoa(r.ID), cell(r.URL), cell(r.Outlet), cell(r.Title), cell(r.Byline), deref(r.Published), cell(r.PublishedSource),
		cell(r.Lang), r.FirstSeen, strconv.Itoa(r.Versions), derefInt(r.Story), strconv.Itoa(r.Words)}
}

// RelationRow is one line of the relations table.
type RelationRow struct {
	A         int64           `json:"a"`
	B         int64           `json:"b"`
	AURL      string          `json:"a_url"`
	BURL      string          `json:"b_url"`
	Relation  string          `json:"relation"`
	Score     float64         `json:"score"`
	CoverageA float64         `json:"coverage_a"`
	CoverageB float64         `json:"coverage_b"`
	FoundAt   *string         `json:"found_at"`
	Passages  json.RawMessage `json:"passages"`
	Changes   json.RawMessage `json:"changes"`
}

func (r RelationRow) record() []string {
	return []string{itoa(r.A), itoa(r.B), cell(r.AURL), cell(r.BURL), cell(r.Relation), ftoa(r.Score), ftoa(r.CoverageA), ftoa(r.CoverageB),
		deref(r.FoundAt)}
}

// EdgeRow is one line of the edges table.
type EdgeRow struct {
	From       *int64          `json:"from"`
	To         int64           `json:"to"`
	FromURL    *string         `json:"from_url"`
	ToURL      string          `json:"to_url"`
	FromOutlet string          `json:"from_outlet"`
	ToOutlet   string          `json:"to_outlet"`
	External   bool            `json:"external"`
	Relation   string          `json:"relation"`
	Confidence float64         `json:"confidence"`
	Conflict   bool            `json:"conflict"`
	LagHours   *float64        `json:"lag_hours"`
	Evidence   json.RawMessage `json:"evidence"`
}

func (r EdgeRow) record() []string {
	lag := ""
	if r.LagHours != nil {
		lag = ftoa(*r.LagHours)
	}
	return []string{derefInt(r.From), itoa(r.To), cell(deref(r.FromURL)), cell(r.ToURL), cell(r.FromOutlet), cell(r.ToOutlet),
		strconv.FormatBool(r.External), cell(r.Relation), ftoa(r.Confidence), strconv.FormatBool(r.Conflict), lag}
}

// rowWriter writes rows in one table format.
type rowWriter interface {
	row(json any, record []string) error
	flush() error
}

type jsonlWriter struct{ enc *json.Encoder }

func (w jsonlWriter) row(v any, _ []string) error { return w.enc.Encode(v) }
func (w jsonlWriter) flush() error                { return nil }

type csvWriter struct{ w *csv.Writer }

func (w csvWriter) row(_ any, rec []string) error { return w.w.Write(rec) }
func (w csvWriter) flush() error {
	w.w.Flush()
	return w.w.Error()
}

func writeTable(ctx context.Context, src *source, bw *bufio.Writer, r Request) error {
	var rw rowWriter
	if r.Format == CSV {
		cw := csv.NewWriter(bw)
		header := map[string][]string{TableArticles: ArticleColumns, TableRelations: RelationColumns, TableEdges: EdgeColumns}[r.Table]
		if err := cw.Write(header); err != nil {
			return err
		}
		rw = csvWriter{cw}
	} else {
		enc := json.NewEncoder(bw)
		// Texts go to files and pipes, not into HTML: "<" stays "<".
		enc.SetEscapeHTML(false)
		rw = jsonlWriter{enc}
	}
	var err error
	switch r.Table {
	case TableArticles:
		err = src.articles(ctx, func(page []echotrace.Article, refs map[int64]store.ArticleRef) error {
			for _, a := range page {
				row := articleRow(a, refs[a.ID].Story)
				if err := rw.row(row, row.record()); err != nil {
					return err
				}
			}
			return ctx.Err()
		})
	case TableRelations:
		err = src.relations(ctx, func(page []echotrace.Relation, refs map[int64]store.ArticleRef) error {
			for _, rel := range page {
				row, err := relationRow(rel, refs)
				if err != nil {
					return err
				}
				if err := rw.row(row, row.record()); err != nil {
					return err
				}
			}
			return ctx.Err()
		})
	case TableEdges:
		err = src.edges(ctx, func(page []store.OutletEdge, refs map[int64]store.ArticleRef) error {
			for _, e := range page {
				row, err := edgeRow(e, refs)
				if err != nil {
					return err
				}
				if err := rw.row(row, row.record()); err != nil {
					return err
				}
			}
			return ctx.Err()
		})
	}
	if err != nil {
		return err
	}
	return rw.flush()
}

func articleRow(a echotrace.Article, story int64) ArticleRow {
	v := a.Newest
	row := ArticleRow{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: v.Title, Byline: v.Byline, Published: timeText(v.Published),
		PublishedSource: v.PublishedSource, Lang: v.Lang, FirstSeen: a.FirstSeen.UTC().Format(time.RFC3339Nano),
		Versions: a.Versions, Words: len(strings.Fields(v.Text))}
	if story != 0 {
		row.Story = &story
	}
	return row
}

func relationRow(r echotrace.Relation, refs map[int64]store.ArticleRef) (RelationRow, error) {
	row := RelationRow{A: r.A, B: r.B, AURL: refs[r.A].URL, BURL: refs[r.B].URL, Relation: r.Relation, Score: r.Score,
		CoverageA: r.CoverageA, CoverageB: r.CoverageB}
	var err error
	if row.Passages, err = storedJSON(r.Passages, "passages of relation %d–%d", r.A, r.B); err != nil {
		return row, err
	}
	if row.Changes, err = storedJSON(r.Changes, "changes of relation %d–%d", r.A, r.B); err != nil {
		return row, err
	}
	if !r.FoundAt.IsZero() {
		s := r.FoundAt.UTC().Format(time.RFC3339Nano)
		row.FoundAt = &s
	}
	return row, nil
}

func edgeRow(e store.OutletEdge, refs map[int64]store.ArticleRef) (EdgeRow, error) {
	row := EdgeRow{To: e.To, ToURL: refs[e.To].URL, FromOutlet: e.FromOutlet, ToOutlet: e.ToOutlet, External: e.From == 0,
		Relation: e.Relation, Confidence: e.Confidence, Conflict: e.Conflict, LagHours: lagHours(e.Lag)}
	var err error
	if row.Evidence, err = storedJSON(e.Evidence, "evidence of article %d's source", e.To); err != nil {
		return row, err
	}
	if e.From != 0 {
		from, u := e.From, refs[e.From].URL
		row.From, row.FromURL = &from, &u
	} else if e.ExternalURL != "" {
		u := e.ExternalURL
		row.FromURL = &u
	}
	return row, nil
}

// lagHours rounds a lag to hundredths of an hour (36 seconds): the dates
// it comes from are rarely more exact than that.
func lagHours(d *time.Duration) *float64 {
	if d == nil {
		return nil
	}
	h := math.Round(d.Hours()*100) / 100
	return &h
}

func timeText(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.UTC().Format(time.RFC3339)
	return &s
}

// storedJSON passes stored JSON through as it is, an empty list for a
// missing value. Damaged JSON is an error naming the row: dropping it
// quietly would lose evidence, and writing it would break the line.
func storedJSON(b json.RawMessage, what string, args ...any) (json.RawMessage, error) {
	if len(b) == 0 {
		return json.RawMessage("[]"), nil
	}
	if !json.Valid(b) {
		return nil, fmt.Errorf(what+": stored JSON is damaged", args...)
	}
	return b, nil
}

// cell keeps a spreadsheet from running page text as a formula: text
// from the web that begins with =, +, -, @, a tab or a carriage return gets
// a leading apostrophe (OWASP's advice on CSV injection). Only CSV needs
// it; JSONL keeps every text exactly.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func derefInt(n *int64) string {
	if n == nil {
		return ""
	}
	return itoa(*n)
}
