package app

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/report"
)

const storiesUsage = `stories [--db DSN] [--json] [--min N] [--limit N]

Stories are groups of articles linked by reuse (copies, excerpts,
rewrites) or written independently about one event, largest first. A
story's ID is the lowest article ID in it, so it stays the same as later
articles join. Its root is its earliest article with no source in the corpus.`

func (a *App) runStories(ctx context.Context, args []string) error {
	fs := newFlags("stories", storiesUsage, a.Stderr)
	dbFlag(fs, &a.Config)
	asJSON := fs.Bool("json", false, "print JSON")
	minArticles := fs.Int("min", 2, "list stories of at least this many articles")
	limit := fs.Int("limit", 100, "list at most this many stories")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	stories, err := s.Stories(ctx, *minArticles, *limit)
	if err != nil {
		return err
	}
	if stories == nil {
		stories = []echotrace.StorySummary{}
	}
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(stories)
	}
	if len(stories) == 0 {
		fmt.Fprintln(a.Stdout, "no stories yet: import articles, and stories form as they are related")
		return nil
	}
	tw := tabwriter.NewWriter(a.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "STORY\tARTICLES\tOUTLETS\tFIRST\tLAST\tTITLE (of the root)")
	for _, st := range stories {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%s\t%s\t%s\n", st.ID, st.Articles, st.Outlets, st.First.Format("2006-01-02 15:04"),
			st.Last.Format("2006-01-02 15:04"), clip(report.Untitled(st.Title), 70))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(a.Stdout, "\nechotrace trace ID shows where an article came from.")
	return nil
}
