package sqlite

import (
	"context"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// Once the read statement cache is full, further query texts run
// unprepared: they must not recurse into the full cache forever. Texts
// builds one text per list length, so 200 lengths overflow the cache.
func TestFullStatementCacheRunsQueriesUnprepared(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(64 << 20)) // fail fast, not at 1 GB
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "cache.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ids := make([]int64, 0, maxReadStmts+50)
	for n := 1; n <= maxReadStmts+50; n++ {
		ids = append(ids, int64(n))
		if _, err := db.Texts(context.Background(), ids); err != nil {
			t.Fatalf("texts of %d IDs: %v", n, err)
		}
	}
	if _, err := db.StoryOf(context.Background(), 1); err == nil {
		t.Error("story of a missing article: want an error")
	}
}
