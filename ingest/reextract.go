package ingest

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/echotrace/echotrace/store"
)

// ReextractSummary counts what re-extraction did.
type ReextractSummary struct {
	Captures    int           `json:"captures"`
	NewArticles int           `json:"new_articles"`
	NewVersions int           `json:"new_versions"`
	Refreshed   int           `json:"refreshed"`
	Failed      int           `json:"failed"`
	Elapsed     time.Duration `json:"-"`
}

// Reextract runs extraction again over every stored capture, without
// fetching anything, and stores what it now finds. Versions are refreshed in
// place; a capture that now fails keeps what it produced before.
func Reextract(ctx context.Context, s store.Store, x *Extractor, report io.Writer, every time.Duration) (ReextractSummary, error) {
	var sum ReextractSummary
	start := time.Now()
	last := start
	var after int64
	for {
		ids, err := s.CaptureIDs(ctx, after, 500)
		if err != nil {
			return sum, err
		}
		if len(ids) == 0 {
			break
		}
		for _, id := range ids {
			if err := ctx.Err(); err != nil {
				return sum, err
			}
			after = id
			c, err := s.Capture(ctx, id)
			if err != nil {
				return sum, err
			}
			sum.Captures++
			ex, exErr := x.Extract(c)
			msg := ""
			if exErr != nil {
				msg = exErr.Error()
				sum.Failed++
				if report != nil {
					fmt.Fprintf(report, "skip capture %d (%s): %s\n", id, c.OriginRef, msg)
				}
			}
			r, err := s.Reextract(ctx, id, ex, msg)
			if err != nil {
				return sum, fmt.Errorf("reextract capture %d: %w", id, err)
			}
			switch {
			case exErr != nil:
			case r.NewArticle:
				sum.NewArticles++
			case r.NewVersion:
				sum.NewVersions++
			default:
				sum.Refreshed++
			}
			if report != nil && every > 0 && time.Since(last) >= every {
				last = time.Now()
				fmt.Fprintf(report, "reextract: %d captures (%.0f/s)\n", sum.Captures, float64(sum.Captures)/time.Since(start).Seconds())
			}
		}
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}
