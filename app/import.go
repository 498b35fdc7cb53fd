package app

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/extract"
	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/relate"
	"github.com/echotrace/echotrace/source/files"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/worker"
)

func (a *App) runImport(ctx context.Context, args []string) error {
	fs := newFlags("import", "import [--db DSN] [--workers N] [--batch N] [--json] PATH...\n\n"+
		"PATH is a .html/.htm file, a .jsonl/.ndjson file, a .warc web archive (each optionally .gz)\n"+
		"or a folder of them. From archives, HTTP responses with HTML are imported, with the capture\n"+
		"time as the date of pages that state none; other records are counted and skipped.\n"+
		"JSONL fields: url, outlet, title, text or html, published (RFC 3339), lang; url and text-or-html are required.", a.Stderr)
	dbFlag(fs, &a.Config)
	fs.IntVar(&a.Config.Workers, "workers", a.Config.Workers, "parallel extraction workers (0: one per CPU; env ECHOTRACE_WORKERS)")
	batch := fs.Int("batch", 200, "records stored per transaction")
	asJSON := fs.Bool("json", false, "print the summary as JSON on standard output")
	queued := fs.Bool("queue", false, "PostgreSQL: stage the records for `echotrace worker` processes instead of extracting and relating them here")
	wait := fs.Bool("wait", false, "with --queue: wait until the workers have stored and related every record, then print the summary")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usagef("name at least one file or folder to import")
	}
	var inputs []files.Input
	for _, p := range paths {
		in, err := files.OSInput(p)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		inputs = append(inputs, in)
	}
	if *wait && !*queued {
		return usagef("--wait goes with --queue")
	}
	if *queued && !isPostgres(a.Config.DB) {
		return usagef("--queue needs a postgres:// database: workers share one; on SQLite, import runs every stage here")
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	var sum ingest.Summary
	if *queued {
		sum, err = a.queueInputs(ctx, s, inputs, *batch, *wait)
	} else {
		sum, err = a.importInputs(ctx, s, inputs, *batch)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	}
	if sum.Interrupted {
		return fmt.Errorf("interrupted after %d records; everything stored so far is kept, and running the same command again finishes the import: %w", sum.Read, context.Canceled)
	}
	return nil
}

// importInputs runs the importer with progress on standard error and ends
// with a summary line there, skips included.
func (a *App) importInputs(ctx context.Context, s store.Store, inputs []files.Input, batch int) (ingest.Summary, error) {
	mappings, err := s.OutletMappings(ctx)
	if err != nil {
		return ingest.Summary{}, err
	}
	limits := files.DefaultOptions
	limits.MaxPageBytes = extract.DefaultMaxBytes
	rel, err := a.relater(ctx, s)
	if err != nil {
		return ingest.Summary{}, err
	}
	var relSum relate.Summary
	run, err := startRun(ctx, s, inputs)
	if err != nil {
		return ingest.Summary{}, err
	}
	im := &ingest.Importer{
		Store:     s,
		Extractor: &ingest.Extractor{Outlets: outlet.NewResolver(mappings)},
		Config: ingest.Config{
			Workers: a.Config.Workers, BatchSize: batch, Limits: limits,
			Report: a.Stderr, ProgressEvery: 2 * time.Second,
		},
		// Each batch is related as soon as it is stored: new articles are
		// compared with everything indexed so far, incrementally.
		AfterBatch: func(ctx context.Context, changed []int64) error {
			s, err := rel.RelateArticles(ctx, changed)
			relSum.Add(s)
			run.progress(ctx, len(changed))
			return err
		},
	}
	sum, err := im.Import(ctx, inputs)
	run.finish(ctx, sum, err)
	fmt.Fprintln(a.Stderr, sum.Line(sum.Elapsed))
	if relSum.Articles > 0 {
		fmt.Fprintf(a.Stderr, "relate: %d articles related in %s, %d relations found%s\n", relSum.Articles, relSum.Elapsed.Round(time.Millisecond), relSum.Relations, kinds(relSum.ByKind))
	}
	if sum.Skipped() > 0 {
		notPages := ""
		if sum.NotPages > 0 {
			notPages = fmt.Sprintf(", %d not pages (archive records that are not HTML responses)", sum.NotPages)
		}
		fmt.Fprintf(a.Stderr, "import: skipped %d records (%d unreadable, %d without article text%s): the reasons are above and in `echotrace status`\n",
			sum.Skipped(), sum.Unreadable, sum.NotExtracted, notPages)
	}
	return sum, err
}

// relater loads the reuse index and relates whatever an interrupted run
// left pending, before new work starts.
func (a *App) relater(ctx context.Context, s store.Store) (*relate.Relater, error) {
	if err := a.takeSequencerLock(ctx); err != nil {
		return nil, err
	}
	aliases, err := a.aliasTable(ctx, s)
	if err != nil {
		return nil, err
	}
	rel, err := relate.New(ctx, s, aliases)
	if err != nil {
		return nil, err
	}
	sum, err := rel.Catchup(ctx, a.Stderr, 2*time.Second)
	if err != nil {
		return nil, err
	}
	if sum.Articles > 0 {
		fmt.Fprintf(a.Stderr, "relate: caught up on %d articles left pending, %d relations\n", sum.Articles, sum.Relations)
	}
	return rel, nil
}

// aliasTable is the default alias table, extended by the configured files
// and by the groups stored in the database.
func (a *App) aliasTable(ctx context.Context, s store.Store) (*alias.Table, error) {
	t, err := alias.Load(splitPaths(a.Config.AliasFiles)...)
	if err != nil {
		return nil, err
	}
	if s == nil {
		return t, nil
	}
	groups, err := s.AliasGroups(ctx)
	if err != nil || len(groups) == 0 {
		return t, err
	}
	return t.WithGroups(groups)
}

// kinds is " (2 copy, 1 rewrite)" to end a summary line, or "" when there
// is nothing to count, so that the line ends without a stray space.
func kinds(by map[string]int) string {
	var parts []string
	for _, k := range []string{"duplicate", "copy", "excerpt", "rewrite", "related"} {
		if by[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", by[k], k))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

func (a *App) runReextract(ctx context.Context, args []string) error {
	fs := newFlags("reextract", "reextract [--db DSN]", a.Stderr)
	dbFlag(fs, &a.Config)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	mappings, err := s.OutletMappings(ctx)
	if err != nil {
		return err
	}
	sum, err := ingest.Reextract(ctx, s, &ingest.Extractor{Outlets: outlet.NewResolver(mappings)}, a.Stderr, 2*time.Second)
	fmt.Fprintf(a.Stderr, "reextract: %d captures in %s: %d refreshed, %d new articles, %d new versions, %d failed\n",
		sum.Captures, sum.Elapsed.Round(time.Millisecond), sum.Refreshed, sum.NewArticles, sum.NewVersions, sum.Failed)
	return err
}

func (a *App) runMigrate(ctx context.Context, args []string) error {
	fs := newFlags("migrate", "migrate [--db DSN]", a.Stderr)
	dbFlag(fs, &a.Config)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if _, err := a.openStore(ctx, true); err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "%s: schema at version %d\n", a.dbName(), storeSchemaVersion(ctx, a.store))
	if f, ok := a.store.(interface {
		FoldsDiacritics(context.Context) (bool, error)
	}); ok {
		if folds, err := f.FoldsDiacritics(ctx); err == nil && !folds {
			fmt.Fprintln(a.Stderr, "echotrace migrate: warning: the server has no unaccent extension, so search tells diacritics apart "+
				"(Kyïv is not Kyiv); install PostgreSQL's contrib package before migrating a new database to fold them")
		}
	}
	return nil
}

func storeSchemaVersion(ctx context.Context, s store.Store) int {
	if v, ok := s.(interface {
		SchemaVersion(context.Context) (int, error)
	}); ok {
		n, _ := v.SchemaVersion(ctx)
		return n
	}
	return 0
}

// relateBatches returns what relates each stored batch for a long-running
// process (crawl --loop, serve). On SQLite that is one relater for the
// whole run. On PostgreSQL, workers and other processes relate the same
// database, so each batch takes the sequencer lock and a relater built
// for it (caught up with what others left pending), and lets go after:
// holding the lock for the life of the process would stop the workers.
func (a *App) relateBatches(ctx context.Context, s store.Store) (func(context.Context, []int64) (relate.Summary, error), error) {
	if !isPostgres(a.Config.DB) {
		rel, err := a.relater(ctx, s)
		if err != nil {
			return nil, err
		}
		return rel.RelateArticles, nil
	}
	dsn := a.Config.DB
	return func(ctx context.Context, changed []int64) (relate.Summary, error) {
		lock, err := worker.WaitLock(ctx, dsn, nil)
		if err != nil {
			return relate.Summary{}, fmt.Errorf("take the sequencer lock: %w", err)
		}
		defer lock.Unlock()
		aliases, err := a.aliasTable(ctx, s)
		if err != nil {
			return relate.Summary{}, err
		}
		rel, err := relate.New(ctx, s, aliases)
		if err != nil {
			return relate.Summary{}, err
		}
		if _, err := rel.Catchup(ctx, nil, 0); err != nil {
			return relate.Summary{}, err
		}
		return rel.RelateArticles(ctx, changed)
	}, nil
}
