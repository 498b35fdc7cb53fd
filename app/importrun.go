package app

import (
	"context"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/source/files"
	"github.com/echotrace/echotrace/store"
)

// importRun records an import in the store as it goes, so that `status`,
// the API and the front page show imports running, and how the last ones
// ended. Progress is a courtesy: failing to record it never fails an import.
type importRun struct {
	store store.Store
	run   echotrace.ImportRun
}

// runSource names what an import reads, for its run: the inputs, cut to
// a length a listing can show.
func runSource(inputs []files.Input) string {
	var names []string
	for _, in := range inputs {
		names = append(names, in.Display)
	}
	source := strings.Join(names, " ")
	if len(source) > 500 {
		source = source[:497] + "..."
	}
	return source
}

func startRun(ctx context.Context, s store.Store, inputs []files.Input) (*importRun, error) {
	source := runSource(inputs)
	now := time.Now()
	id, err := s.StartImportRun(ctx, source, now)
	if err != nil {
		return nil, err
	}
	return &importRun{store: s, run: echotrace.ImportRun{ID: id, Source: source, Started: now, State: echotrace.ImportRunning}}, nil
}

// progress counts a stored batch's new articles and versions.
func (r *importRun) progress(ctx context.Context, stored int) {
	r.run.Articles += stored
	r.run.Updated = time.Now()
	_ = r.store.UpdateImportRun(context.WithoutCancel(ctx), r.run)
}

// finish records how the import ended.
func (r *importRun) finish(ctx context.Context, sum ingest.Summary, err error) {
	r.run.Articles = sum.NewArticles + sum.NewVersions
	r.run.Skipped = sum.Skipped()
	r.run.Updated, r.run.Finished = time.Now(), time.Now()
	switch {
	case err != nil:
		r.run.State, r.run.Error = echotrace.ImportFailed, err.Error()
	case sum.Interrupted:
		r.run.State = echotrace.ImportInterrupted
	default:
		r.run.State = echotrace.ImportDone
	}
	_ = r.store.UpdateImportRun(context.WithoutCancel(ctx), r.run)
}
