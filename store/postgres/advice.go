package postgres

import (
	"context"
	"fmt"
)

// ServerAdvice names the server settings that will hurt a long-running
// pipeline, one sentence each, for a worker to print when it starts.
//
// Autovacuum is the one that matters: without it no table is ever
// analysed, so the plans a connection prepared while the tables were
// empty stay in its statement cache for good. On a million-article run
// with autovacuum off, the sequencer's one DELETE of an article's old
// relations came to take most of its time at 40,000 articles (43
// articles/s); turned on, the server analysed the tables within a
// minute, the cached plans were replanned, and the rate went to 130/s.
func (db *DB) ServerAdvice(ctx context.Context) ([]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT name, setting FROM pg_settings WHERE name IN ('autovacuum', 'track_counts')`)
	if err != nil {
		return nil, fmt.Errorf("%s: read server settings: %w", db.name, err)
	}
	settings := map[string]string{}
	for rows.Next() {
		var name, setting string
		if err := rows.Scan(&name, &setting); err != nil {
			return nil, fmt.Errorf("%s: read server settings: %w", db.name, err)
		}
		settings[name] = setting
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: read server settings: %w", db.name, err)
	}
	return adviceFor(settings), nil
}

func adviceFor(settings map[string]string) []string {
	var out []string
	if settings["autovacuum"] == "off" {
		out = append(out, "autovacuum is off on this server: tables are never analysed, so queries planned on small tables stay slow as the corpus grows (at 40,000 articles a third of the normal rate); turn it on (ALTER SYSTEM SET autovacuum = on; SELECT pg_reload_conf()), or run ANALYZE after each large import")
	}
	if settings["track_counts"] == "off" {
		out = append(out, "track_counts is off on this server: autovacuum cannot tell which tables to vacuum and analyse; turn it on")
	}
	return out
}
