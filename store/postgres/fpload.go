package postgres

import (
	"context"
	"fmt"

	"github.com/echotrace/echotrace/reuse"
	"github.com/jackc/pgx/v5"
)

// Load replaces the whole index with the state of an in-memory index, in
// one transaction of COPYs: the rebuild from stored entries, which Add by
// Add costs some 17 ms an article (20,000 articles in 5 min 46 s, 37 s
// this way), builds the index in memory and copies it. The tables then
// hold exactly what the same Adds, one by one, would have left
// (TestLoadMatchesAdds): slot
// n here is the in-memory slot n-1, since Add numbers slots from 1. The
// copied index counts as saved (Saved): nothing is pending, nothing to
// undo. Readers wait for the transaction (TRUNCATE locks the tables), so
// none sees half an index.
func (ix *ReuseIndex) Load(ctx context.Context, mem *reuse.Index) error {
	if mem.Cap != ix.cfg.Cap || mem.TermCap != ix.cfg.TermCap || mem.StockDF != ix.cfg.StockDF {
		return fmt.Errorf("load the reuse index: built with caps %d/%d/%d, this index wants %d/%d/%d",
			mem.Cap, mem.TermCap, mem.StockDF, ix.cfg.Cap, ix.cfg.TermCap, ix.cfg.StockDF)
	}
	var lastSlot int64
	alive := 0
	// The family of each slot, for its postings' rows: 8 bytes a slot.
	var family []int64
	err := pgx.BeginFunc(ctx, ix.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, truncateIndex); err != nil {
			return err
		}
		if err := copyRows(ctx, tx, "fp_docs", []string{"slot", "article_id", "published", "nfp", "family", "alive"}, func(emit func(...any) error) error {
			return mem.ExportDocs(func(d reuse.IndexedDoc) error {
				slot := int64(d.Slot) + 1
				lastSlot = slot
				family = append(family, int64(d.Family)+1)
				if d.Alive {
					alive++
				}
				return emit(slot, d.ID, d.Published, int32(d.Fingerprints), int64(d.Family)+1, d.Alive)
			})
		}); err != nil {
			return err
		}
		if err := copyRows(ctx, tx, "fp_postings", []string{"hash", "slot", "family"}, func(emit func(...any) error) error {
			return mem.ExportFingerprints(func(f reuse.IndexedFingerprint) error {
				for _, s := range f.Slots {
					if err := emit(int64(f.Hash), int64(s)+1, family[s]); err != nil {
						return err
					}
				}
				return nil
			})
		}); err != nil {
			return err
		}
		if err := copyRows(ctx, tx, "fp_hashes", []string{"hash", "n", "over", "families", "stock"}, func(emit func(...any) error) error {
			return mem.ExportFingerprints(func(f reuse.IndexedFingerprint) error {
				return emit(int64(f.Hash), int32(len(f.Slots)), int32(f.Over), int32(f.Families), f.Stock)
			})
		}); err != nil {
			return err
		}
		if err := copyRows(ctx, tx, "fp_words", []string{"key", "df", "top"}, func(emit func(...any) error) error {
			return mem.ExportWords(func(w reuse.IndexedWord) error {
				return emit(int64(w.Key), w.DF, int32(len(w.Slots)))
			})
		}); err != nil {
			return err
		}
		if err := copyRows(ctx, tx, "fp_terms", []string{"key", "slot"}, func(emit func(...any) error) error {
			return mem.ExportWords(func(w reuse.IndexedWord) error {
				for _, s := range w.Slots {
					if err := emit(int64(w.Key), int64(s)+1); err != nil {
						return err
					}
				}
				return nil
			})
		}); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO fp_meta (aliases, cap, term_cap, stock_df, synced) VALUES ($1, $2, $3, $4, $5)`,
			ix.cfg.Aliases, ix.cfg.Cap, ix.cfg.TermCap, ix.cfg.StockDF, lastSlot)
		return err
	})
	if err != nil {
		return fmt.Errorf("load the reuse index: %w", err)
	}
	// Freshly copied tables have no statistics and no page marked all
	// visible, so every posting read is a heap visit until autovacuum gets
	// there: candidates took 9.0 ms (p99 73 ms) at 20,000 articles before
	// this, 7.0 ms (p99 14 ms) after; it took 0.8 s. A failure costs only
	// that speed, which autovacuum brings later, so it is not the load's.
	_, _ = ix.pool.Exec(ctx, `VACUUM (ANALYZE) fp_docs, fp_postings, fp_hashes, fp_words, fp_terms`)
	ix.restart(alive)
	return nil
}

// MemoryIndex is an empty in-memory index with this index's caps, to be
// filled and then copied here by Load.
func (ix *ReuseIndex) MemoryIndex() *reuse.Index {
	mem := reuse.NewIndex()
	mem.Cap, mem.TermCap, mem.StockDF = ix.cfg.Cap, ix.cfg.TermCap, ix.cfg.StockDF
	return mem
}

// copyRowsPerChunk is how many rows travel together from the export to
// the COPY: a channel send per row would cost more than the row.
const copyRowsPerChunk = 4096

// copyRows COPYs into table the rows produce emits. produce runs in its
// own goroutine and hands rows over in chunks, as COPY reads them.
func copyRows(ctx context.Context, tx pgx.Tx, table string, cols []string, produce func(emit func(...any) error) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chunks := make(chan [][]any, 4)
	done := make(chan error, 1)
	go func() {
		defer close(chunks)
		var chunk [][]any
		emit := func(row ...any) error {
			chunk = append(chunk, row)
			if len(chunk) < copyRowsPerChunk {
				return nil
			}
			select {
			case chunks <- chunk:
				chunk = make([][]any, 0, copyRowsPerChunk)
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		err := produce(emit)
		if err == nil && len(chunk) > 0 {
			select {
			case chunks <- chunk:
			case <-ctx.Done():
				err = ctx.Err()
			}
		}
		done <- err
	}()
	var cur [][]any
	src := pgx.CopyFromFunc(func() ([]any, error) {
		for len(cur) == 0 {
			next, ok := <-chunks
			if !ok {
				return nil, nil
			}
			cur = next
		}
		row := cur[0]
		cur = cur[1:]
		return row, nil
	})
	_, copyErr := tx.CopyFrom(ctx, pgx.Identifier{table}, cols, src)
	cancel()
	for range chunks {
		// Drain, so that the exporting goroutine ends.
	}
	if err := <-done; err != nil && copyErr == nil {
		return fmt.Errorf("export for %s: %w", table, err)
	}
	if copyErr != nil {
		return fmt.Errorf("copy %s: %w", table, copyErr)
	}
	return nil
}
