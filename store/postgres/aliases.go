package postgres

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/echotrace/echotrace"
	"github.com/jackc/pgx/v5"
)

// AliasGroups implements store.Store.
func (db *DB) AliasGroups(ctx context.Context) ([][]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT variants FROM alias_groups ORDER BY variants`)
	if err != nil {
		return nil, fmt.Errorf("alias groups: %w", err)
	}
	variants, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("alias groups: %w", err)
	}
	var out [][]string
	for _, v := range variants {
		out = append(out, strings.Split(v, " = "))
	}
	return out, nil
}

// AddAliasGroup implements store.Store.
func (db *DB) AddAliasGroup(ctx context.Context, variants []string) error {
	var words []string
	for _, v := range variants {
		if v = strings.ToLower(strings.TrimSpace(v)); v != "" {
			words = append(words, v)
		}
	}
	sort.Strings(words)
	words = slices.Compact(words)
	if len(words) < 2 {
		return fmt.Errorf("an alias group needs two spellings or more: %w", echotrace.ErrInvalid)
	}
	if _, err := db.pool.Exec(ctx, `INSERT INTO alias_groups (variants) VALUES ($1) ON CONFLICT (variants) DO NOTHING`,
		strings.Join(words, " = ")); err != nil {
		return fmt.Errorf("alias group %v: %w", words, err)
	}
	return nil
}

// DeleteAliasGroup implements store.Store. A group is matched by its
// words, split as stored, so that "kiev" never matches "kievan".
func (db *DB) DeleteAliasGroup(ctx context.Context, word string) error {
	word = strings.ToLower(strings.TrimSpace(word))
	tag, err := db.pool.Exec(ctx, `DELETE FROM alias_groups WHERE $1 = ANY(string_to_array(variants, ' = '))`, word)
	if err != nil {
		return fmt.Errorf("alias group with %q: %w", word, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("alias group with %q: %w", word, echotrace.ErrNotFound)
	}
	return nil
}
