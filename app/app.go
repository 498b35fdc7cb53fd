// Package app is the echotrace command line: it parses arguments, builds
// the configuration, wires the pipeline's packages together for one command
// and turns errors into exit statuses (0 success, 1 failure, 2 bad usage).
// It holds no pipeline logic of its own.
package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/store/sqlite"
	"github.com/echotrace/echotrace/worker"
)

// App is one run of the echotrace command.
type App struct {
	Config Config
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Log    *slog.Logger

	store store.Store
	// seqLock is held, on PostgreSQL, while this process relates: the one
	// writer of relations at a time (see package worker).
	seqLock *worker.Lock
}

// Main runs one command and returns its exit status.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	cfg, err := ConfigFromEnv(getenv)
	if err != nil {
		fmt.Fprintf(stderr, "echotrace: %v\n", err)
		return 2
	}
	a := &App{
		Config: cfg, Stdin: stdin, Stdout: stdout, Stderr: stderr,
		Log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel})),
	}
	if cfg.CPUProfile != "" {
		stop, err := startCPUProfile(cfg.CPUProfile)
		if err != nil {
			fmt.Fprintf(stderr, "echotrace: ECHOTRACE_CPUPROFILE: %v\n", err)
			return 1
		}
		defer stop()
	}
	code := a.Run(ctx, args)
	if err := a.Close(); err != nil {
		fmt.Fprintf(stderr, "echotrace: %v\n", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// command is one subcommand of the contract.
type command struct {
	name    string
	summary string
	// run is nil for commands a later release builds.
	run func(a *App, ctx context.Context, args []string) error
}

func commands() []command {
	return []command{
		{"extract", "extract article text and metadata from HTML files", (*App).runExtract},
		{"compare", "compare two texts or pages: relation, passages, changes", (*App).runCompare},
		{"import", "import HTML files, JSONL and folders of them", (*App).runImport},
		{"add", "fetch and ingest pages", (*App).runAdd},
		{"feed", "manage feeds and sitemaps", (*App).runFeed},
		{"crawl", "poll every due feed", (*App).runCrawl},
		{"trace", "provenance of one article", (*App).runTrace},
		{"stories", "story clusters, largest first", (*App).runStories},
		{"outlets", "outlets and their article counts; outlet mappings", (*App).runOutlets},
		{"search", "full-text search of titles and texts, with filters", (*App).runSearch},
		{"export", "export articles, relations and graphs", (*App).runExport},
		{"reextract", "re-run extraction on stored captures", (*App).runReextract},
		{"reindex", "rebuild fingerprints and relations", (*App).runReindex},
		{"aliases", "the alias table: list, add and remove spellings", (*App).runAliases},
		{"status", "what is stored, what failed and why", (*App).runStatus},
		{"bench", "the project's own benchmarks", (*App).runBench},
		{"serve", "web UI, API, scheduler and workers", (*App).runServe},
		{"demo", "load the bundled demo corpus", (*App).runDemo},
		{"worker", "process queued jobs (PostgreSQL)", (*App).runWorker},
		{"migrate", "apply the schema migrations", (*App).runMigrate},
		{"copy", "move a corpus between databases", (*App).runCopy},
	}
}

// Run runs the command named by args[0] and returns its exit status.
func (a *App) Run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		a.usage()
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		if c.run == nil {
			return a.exit(c.name, fmt.Errorf("%s is %w in this version of echotrace", c.name, echotrace.ErrNotYetAvailable))
		}
		return a.exit(c.name, c.run(a, ctx, args[1:]))
	}
	fmt.Fprintf(a.Stderr, "echotrace: unknown command %q\n\n", args[0])
	a.usage()
	return 2
}

// exit is the one place where errors become exit statuses and messages.
func (a *App) exit(cmd string, err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(a.Stderr, "echotrace %s: %v (see echotrace %s -h)\n", cmd, err, cmd)
		return 2
	case errors.Is(err, echotrace.ErrNotYetAvailable):
		fmt.Fprintf(a.Stderr, "echotrace %s: %v\n", cmd, err)
		return 2
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(a.Stderr, "echotrace %s: interrupted\n", cmd)
		return 1
	default:
		fmt.Fprintf(a.Stderr, "echotrace %s: %v\n", cmd, err)
		return 1
	}
}

func (a *App) usage() {
	fmt.Fprintln(a.Stderr, "echotrace: where did this story come from, and who changed what?\n\nusage: echotrace COMMAND [flags] [args]\n\ncommands:")
	cs := commands()
	sort.SliceStable(cs, func(i, j int) bool { return (cs[i].run != nil) && (cs[j].run == nil) })
	for _, c := range cs {
		note := ""
		if c.run == nil {
			note = " (not yet available)"
		}
		fmt.Fprintf(a.Stderr, "  %-10s %s%s\n", c.name, c.summary, note)
	}
	fmt.Fprintln(a.Stderr, "\nRun echotrace COMMAND -h for a command's flags. The database is --db, or ECHOTRACE_DB, or ./"+DefaultDB+".")
}

// openStore opens the configured database once per run.
func (a *App) openStore(ctx context.Context, migrate bool) (store.Store, error) {
	if a.store != nil {
		return a.store, nil
	}
	dsn := a.Config.DB
	if isPostgres(dsn) {
		db, err := postgres.Open(ctx, dsn, postgres.Options{Migrate: migrate})
		if err != nil {
			return nil, err
		}
		a.store = db
		return db, nil
	}
	path := strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite://"), "sqlite:")
	db, err := sqlite.Open(ctx, path, sqlite.Options{Migrate: migrate})
	if err != nil {
		return nil, err
	}
	a.store = db
	return db, nil
}

// isPostgres reports whether a --db value names a PostgreSQL database
// rather than a SQLite file.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// dbName names the configured database in messages and reports: a
// PostgreSQL DSN without its password.
func (a *App) dbName() string {
	if isPostgres(a.Config.DB) {
		return postgres.RedactDSN(a.Config.DB)
	}
	return a.Config.DB
}

// takeSequencerLock makes this process, on PostgreSQL, the only one that
// stores relations until it ends, waiting for a worker or another import
// that holds the lock to let go. On SQLite it does nothing: the database
// takes one writer at a time anyway.
func (a *App) takeSequencerLock(ctx context.Context) error {
	if !isPostgres(a.Config.DB) || a.seqLock != nil {
		return nil
	}
	l, err := worker.WaitLock(ctx, a.Config.DB, func() {
		fmt.Fprintln(a.Stderr, "echotrace: waiting for the sequencer lock: another process (a worker or an import) is relating this database")
	})
	if err != nil {
		return fmt.Errorf("take the sequencer lock: %w", err)
	}
	a.seqLock = l
	return nil
}

// Close releases what the run opened.
func (a *App) Close() error {
	if a.seqLock != nil {
		a.seqLock.Unlock()
		a.seqLock = nil
	}
	if a.store != nil {
		err := a.store.Close()
		a.store = nil
		return err
	}
	return nil
}
