// Package export writes what echotrace stored in the formats of the tools
// researchers already use, and the evidence report of one trace:
//
//   - tables as JSONL (one JSON object a line) or CSV (encoding/csv, a
//     header row first): articles, relations and provenance edges;
//   - graphs as GEXF 1.3 or GraphML, for Gephi: the outlet graph (who takes
//     from whom) and the article graph (provenance edges between articles);
//   - the evidence report: one trace as a self-contained, printable HTML
//     page (no script, no external resource) with the capture hashes that
//     back it.
//
// Every export can be restricted to one story. Tables stream page by page
// from the store, so a corpus of millions of articles is never held in
// memory; graphs read the store once for nodes and again for edges. The
// package only reads the store, and everything it writes is escaped by
// encoding/csv, encoding/json, encoding/xml or html/template: a title is
// never trusted to be text.
//
// # Table columns
//
// articles: id, url, outlet, title, byline, published, published_source,
// lang, first_seen, versions, story, words. published is RFC 3339 UTC (empty
// in CSV, null in JSON when unknown); story is empty or null for an article
// not related yet; words counts the newest text's words.
//
// relations: a, b, a_url, b_url, relation, score, coverage_a, coverage_b,
// found_at (a is the lower article ID). JSONL adds passages and changes as
// stored (spans in code points of each article's newest text; changes read
// from a to b).
//
// edges: from, to, from_url, to_url, from_outlet, to_outlet, external,
// relation, confidence, conflict, lag_hours. One row per article with an
// immediate source: from is the source article (empty or null when the
// source is an external outlet, named by from_outlet and from_url if
// known), lag_hours is to's publication minus from's when both are dated.
// JSONL adds evidence (PRODUCT.md's evidence items).
//
// A CSV cell of text that begins with =, +, -, @, a tab or a carriage
// return is written with a leading apostrophe, so that a spreadsheet shows
// a hostile page's title instead of running it as a formula; JSONL keeps
// every text exactly.
package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
)

// Formats.
const (
	JSONL   = "jsonl"
	CSV     = "csv"
	GEXF    = "gexf"
	GraphML = "graphml"
)

// Tables and graphs.
const (
	TableArticles  = "articles"
	TableRelations = "relations"
	TableEdges     = "edges"
	GraphOutlets   = "outlets"
	GraphArticles  = "articles"
)

// Request is one export: a table in a table format, or a graph in a graph
// format, of the whole corpus or of one story.
type Request struct {
	Format string
	// Table is for JSONL and CSV (default articles); Graph for GEXF and
	// GraphML (default outlets).
	Table string
	Graph string
	// Story restricts the export to one story's articles and the edges
	// among them; 0 exports the whole corpus.
	Story int64
}

// IsGraph says whether the request's format is a graph format.
func (r Request) IsGraph() bool { return r.Format == GEXF || r.Format == GraphML }

// Normalize checks a request and fills in the default table or graph. Its
// errors are ErrInvalid and say what was wrong and what would be right.
func (r Request) Normalize() (Request, error) {
	r.Format = strings.ToLower(strings.TrimSpace(r.Format))
	r.Table = strings.ToLower(strings.TrimSpace(r.Table))
	r.Graph = strings.ToLower(strings.TrimSpace(r.Graph))
	switch r.Format {
	case "":
		return r, echotrace.Invalidf("choose a format: jsonl, csv, gexf or graphml")
	case JSONL, CSV:
		if r.Graph != "" {
			return r, echotrace.Invalidf("%s exports a table (articles, relations or edges), not a graph: use gexf or graphml for the %s graph", r.Format, r.Graph)
		}
		switch r.Table {
		case "":
			r.Table = TableArticles
		case TableArticles, TableRelations, TableEdges:
		default:
			return r, echotrace.Invalidf("unknown table %q: choose articles, relations or edges", r.Table)
		}
	case GEXF, GraphML:
		if r.Table != "" {
			return r, echotrace.Invalidf("%s exports a graph (outlets or articles), not a table: use jsonl or csv for the %s table", r.Format, r.Table)
		}
		switch r.Graph {
		case "":
			r.Graph = GraphOutlets
		case GraphOutlets, GraphArticles:
		default:
			return r, echotrace.Invalidf("unknown graph %q: choose outlets or articles", r.Graph)
		}
	default:
		return r, echotrace.Invalidf("unknown format %q: choose jsonl, csv, gexf or graphml", r.Format)
	}
	if r.Story < 0 {
		return r, echotrace.Invalidf("a story ID is a positive number, not %d", r.Story)
	}
	return r, nil
}

// ParseStory reads a story ID as given on a command line or in a query
// string ("" is no story).
func ParseStory(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, echotrace.Invalidf("story %q: a story ID is a positive number (see echotrace stories)", s)
	}
	return id, nil
}

// ContentType is the media type of the request's output.
func (r Request) ContentType() string {
	switch r.Format {
	case JSONL:
		return "application/x-ndjson; charset=utf-8"
	case CSV:
		return "text/csv; charset=utf-8"
	case GEXF:
		return "application/gexf+xml; charset=utf-8"
	default:
		return "application/graphml+xml; charset=utf-8"
	}
}

// FileName is a name to save the output under, such as
// "echotrace-story-12-relations.csv".
func (r Request) FileName() string {
	what := r.Table
	if r.IsGraph() {
		what = r.Graph + "-graph"
	}
	if r.Story != 0 {
		what = fmt.Sprintf("story-%d-%s", r.Story, what)
	}
	return "echotrace-" + what + "." + r.Format
}

// Write runs an export into w. A request that is not valid is refused
// before anything is written; a story that does not exist is ErrNotFound,
// also before anything is written.
func Write(ctx context.Context, s store.Store, w io.Writer, r Request) error {
	r, err := r.Normalize()
	if err != nil {
		return err
	}
	var members []int64
	if r.Story != 0 {
		if members, err = s.StoryArticles(ctx, r.Story); err != nil {
			return err
		}
	}
	src := &source{s: s, story: r.Story, members: members}
	bw := bufio.NewWriterSize(w, 64<<10)
	switch {
	case r.IsGraph():
		err = writeGraph(ctx, src, bw, r)
	default:
		err = writeTable(ctx, src, bw, r)
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", r.describe(), err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export %s: %w", r.describe(), err)
	}
	return nil
}

func (r Request) describe() string {
	what := r.Table + " as " + r.Format
	if r.IsGraph() {
		what = r.Graph + " graph as " + r.Format
	}
	if r.Story != 0 {
		what += fmt.Sprintf(" (story %d)", r.Story)
	}
	return what
}
