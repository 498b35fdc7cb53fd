package postgres

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// dumpIndex is every row of the index's tables, in key order, as text.
func dumpIndex(t *testing.T, ix *ReuseIndex) map[string]string {
	t.Helper()
	out := map[string]string{}
	for table, order := range map[string]string{
		"fp_meta": "one", "fp_docs": "slot", "fp_postings": "hash, slot", "fp_hashes": "hash",
		"fp_words": "key", "fp_terms": "key, slot", "fp_pending": "slot",
	} {
		rows, err := ix.pool.Query(context.Background(), `SELECT t::text FROM `+table+` t ORDER BY `+order)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for rows.Next() {
			var row string
			if err := rows.Scan(&row); err != nil {
				t.Fatal(err)
			}
			b.WriteString(row)
			b.WriteByte('\n')
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		out[table] = b.String()
	}
	return out
}

// TestLoadMatchesAdds: an index built in memory and copied with Load
// holds, row for row, what the same entries added one by one leave in the
// tables (saved), with new versions, story families, both caps reached
// and stock passages; and it answers the same candidates.
func TestLoadMatchesAdds(t *testing.T) {
	ctx := context.Background()
	docs := synthDocs(t, 600)
	es := entries(t, docs)
	cfg := ReuseIndexConfig{Aliases: "test", Cap: 6, TermCap: 12, StockDF: 4}
	added, _ := tracedIndex(t, cfg)
	for _, e := range es {
		if err := added.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	if err := added.Saved(ctx); err != nil {
		t.Fatal(err)
	}
	loaded, _ := tracedIndex(t, cfg)
	mem := loaded.MemoryIndex()
	for _, e := range es {
		if err := mem.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	if err := loaded.Load(ctx, mem); err != nil {
		t.Fatal(err)
	}
	want, got := dumpIndex(t, added), dumpIndex(t, loaded)
	for table := range want {
		if got[table] != want[table] {
			w, g := strings.Split(want[table], "\n"), strings.Split(got[table], "\n")
			for i := 0; i < max(len(w), len(g)); i++ {
				if i >= len(w) || i >= len(g) || w[i] != g[i] {
					t.Errorf("%s: %d rows added, %d loaded; first difference at row %d: added %q, loaded %q",
						table, len(w)-1, len(g)-1, i, at(w, i), at(g, i))
					break
				}
			}
		}
	}
	var capped, termCapped, stock, retired int
	if err := loaded.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM fp_hashes WHERE over > 0),
		(SELECT count(*) FROM fp_words WHERE top >= 12), (SELECT count(*) FROM fp_hashes WHERE stock),
		(SELECT count(*) FROM fp_docs WHERE NOT alive)`).Scan(&capped, &termCapped, &stock, &retired); err != nil {
		t.Fatal(err)
	}
	if capped == 0 || termCapped == 0 || stock == 0 || retired == 0 {
		t.Errorf("not every rule was exercised: %d capped fingerprints, %d capped names, %d stock, %d retired slots",
			capped, termCapped, stock, retired)
	}
	if loaded.Len() != added.Len() {
		t.Errorf("%d documents loaded, %d added", loaded.Len(), added.Len())
	}
	for _, e := range es[len(es)-40:] {
		w, err := added.Candidates(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		g, err := loaded.Candidates(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(w, g) {
			t.Errorf("candidates of %d: added %v, loaded %v", e.ID, w, g)
		}
	}
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(none)"
}
