package app

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/echotrace/echotrace/extract"
	"github.com/echotrace/echotrace/ingest"
	"github.com/echotrace/echotrace/outlet"
	"github.com/echotrace/echotrace/source/files"
	"github.com/echotrace/echotrace/store"
)

func (a *App) runImport(ctx context.Context, args []string) error {
	fs := newFlags("import", "import [--db DSN] [--workers N] [--batch N] [--json] PATH...\n\n"+
		"PATH is a .html/.htm file, a .jsonl/.ndjson file (each optionally .gz) or a folder of them.\n"+
		"JSONL fields: url, outlet, title, text or html, published (RFC 3339), lang; url and text-or-html are required.", a.Stderr)
	dbFlag(fs, &a.Config)
	fs.IntVar(&a.Config.Workers, "workers", a.Config.Workers, "parallel extraction workers (0: one per CPU; env ECHOTRACE_WORKERS)")
	batch := fs.Int("batch", 200, "records stored per transaction")
	asJSON := fs.Bool("json", false, "print the summary as JSON on standard output")
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
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	sum, err := a.importInputs(ctx, s, inputs, *batch)
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
	im := &ingest.Importer{
		Store:     s,
		Extractor: &ingest.Extractor{Outlets: outlet.NewResolver(mappings)},
		Config: ingest.Config{
			Workers: a.Config.Workers, BatchSize: batch, Limits: limits,
			Report: a.Stderr, ProgressEvery: 2 * time.Second,
		},
	}
	sum, err := im.Import(ctx, inputs)
	fmt.Fprintln(a.Stderr, sum.Line(sum.Elapsed))
	if sum.Skipped() > 0 {
		fmt.Fprintf(a.Stderr, "import: skipped %d records (%d unreadable, %d without article text): the reasons are above and in `echotrace status`\n",
			sum.Skipped(), sum.Unreadable, sum.NotExtracted)
	}
	return sum, err
}

func (a *App) runReextract(ctx context.Context, args []string) error {
	fs := newFlags("reextract", "reextract [--db DSN]", a.Stderr)
	dbFlag(fs, &a.Config)
	if rest, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usagef("unexpected arguments %q", rest)
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
	if rest, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usagef("unexpected arguments %q", rest)
	}
	if _, err := a.openStore(ctx, true); err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "%s: schema at version %d\n", a.Config.DB, storeSchemaVersion(ctx, a.store))
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
