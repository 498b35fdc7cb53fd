package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/echotrace/echotrace"
)

// SaveIndexEntries implements store.Store.
func (db *DB) SaveIndexEntries(ctx context.Context, entries []echotrace.IndexEntry) error {
	now := formatTime(db.now())
	return db.tx(ctx, func(sqlTx *sql.Tx) error {
		tx := newTxStmts(sqlTx)
		defer tx.Close()
		for _, e := range entries {
			if _, err := tx.ExecContext(ctx, `INSERT INTO reuse_index (article_id, version_id, aliases, entry, indexed_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET version_id = excluded.version_id,
				aliases = excluded.aliases, entry = excluded.entry, indexed_at = excluded.indexed_at`,
				e.ArticleID, e.VersionID, e.Aliases, e.Data, now); err != nil {
				return fmt.Errorf("index entry of %d: %w", e.ArticleID, err)
			}
		}
		return nil
	})
}
