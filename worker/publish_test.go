package worker_test

import (
	"context"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/store/postgres/pgtest"
)

// TestMemoryIndexIsWrittenBackWhenIdle: a sequencer keeping the reuse
// index in memory writes it into the database's tables when it leaves the
// role for want of work, so that the index kept there is in sync with the
// stored entries and whoever relates with it next need not rebuild it.
func TestMemoryIndexIsWrittenBackWhenIdle(t *testing.T) {
	dsn := pgtest.DSN(t)
	corpus := synthCorpus(t, 300, 5)
	runBinary(t, nil, "migrate", "--db", dsn)
	runBinary(t, nil, "import", "--queue", "--db", dsn, corpus)
	ctx := context.Background()
	db, err := postgres.Open(ctx, dsn, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ix, err := db.ReuseIndex(ctx, postgres.ReuseIndexConfig{Aliases: alias.Default().Version})
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := ix.InSync(ctx); err != nil || ok {
		t.Fatalf("before any worker, the database's index is in sync = %v (%v)", ok, err)
	}
	w := start(t, "worker", nil, "worker", "--db", dsn, "--index", "memory", "--name", "mem")
	waitFor(t, "the index written back", 3*time.Minute, func() bool {
		return strings.Contains(w.err.String(), "written to the database")
	})
	w.cmd.Process.Signal(syscall.SIGTERM)
	<-w.done
	if n := storedArticles(t, dsn); n != 300 {
		t.Fatalf("%d articles stored, want 300", n)
	}
	ix, err = db.ReuseIndex(ctx, postgres.ReuseIndexConfig{Aliases: alias.Default().Version})
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := ix.InSync(ctx); err != nil || !ok {
		t.Errorf("after the worker, the database's index is in sync = %v (%v)\n%s", ok, err, w.err.String())
	}
	if ix.Len() != 300 {
		t.Errorf("the database's index holds %d articles, want 300", ix.Len())
	}
}
