package postgres

import (
	"context"

	"github.com/echotrace/echotrace"
	"github.com/jackc/pgx/v5"
)

// SaveIndexEntries implements store.Store.
func (db *DB) SaveIndexEntries(ctx context.Context, entries []echotrace.IndexEntry) error {
	if len(entries) == 0 {
		return nil
	}
	now := ts(db.now())
	var b pgx.Batch
	for _, e := range entries {
		b.Queue(`INSERT INTO reuse_index (article_id, version_id, aliases, entry, indexed_at)
			VALUES ($1, $2, $3, $4, $5) ON CONFLICT (article_id) DO UPDATE SET version_id = excluded.version_id,
			aliases = excluded.aliases, entry = excluded.entry, indexed_at = excluded.indexed_at`,
			e.ArticleID, e.VersionID, e.Aliases, e.Data, now)
	}
	return db.tx(ctx, func(tx pgx.Tx) error {
		return tx.SendBatch(ctx, &b).Close()
	})
}
