package sqlite

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/echotrace/echotrace"
)

// AliasGroups implements store.Store.
func (db *DB) AliasGroups(ctx context.Context) ([][]string, error) {
	rows, err := db.query(ctx, `SELECT variants FROM alias_groups ORDER BY variants`)
	if err != nil {
		return nil, fmt.Errorf("alias groups: %w", err)
	}
	defer rows.Close()
	var out [][]string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, strings.Split(v, " = "))
	}
	return out, rows.Err()
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
	_, err := db.write.ExecContext(ctx, `INSERT INTO alias_groups (variants) VALUES (?) ON CONFLICT (variants) DO NOTHING`,
		strings.Join(words, " = "))
	return err
}

// DeleteAliasGroup implements store.Store.
func (db *DB) DeleteAliasGroup(ctx context.Context, word string) error {
	groups, err := db.AliasGroups(ctx)
	if err != nil {
		return err
	}
	word = strings.ToLower(strings.TrimSpace(word))
	n := 0
	for _, g := range groups {
		for _, w := range g {
			if w == word {
				if _, err := db.write.ExecContext(ctx, `DELETE FROM alias_groups WHERE variants = ?`, strings.Join(g, " = ")); err != nil {
					return err
				}
				n++
				break
			}
		}
	}
	if n == 0 {
		return fmt.Errorf("alias group with %q: %w", word, echotrace.ErrNotFound)
	}
	return nil
}
