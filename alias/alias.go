// Package alias folds spelling variants of names (Kyiv and Kiev, Zelenskyy
// and Zelensky) to one key before texts are fingerprinted, so that a copy
// that swapped the spelling still matches its source; the swap itself is
// then reported as a change of kind "alias". It only maps words to keys: it
// never decides whether two texts are related.
package alias

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/echotrace/echotrace/tokenize"
)

//go:embed default.txt
var defaultTable string

// Table maps normalized words to their group's key. The zero value folds
// nothing. A Table is immutable once built and safe for concurrent use.
type Table struct {
	key map[string]string
	// Version identifies the table's content, so that an index built with
	// another table can be noticed and rebuilt.
	Version string
}

// Fold returns the key of a normalized word: itself unless it is a variant.
func (t *Table) Fold(norm string) string {
	if t == nil || t.key == nil {
		return norm
	}
	if k, ok := t.key[norm]; ok {
		return k
	}
	return norm
}

// Same reports whether two normalized words are variants of one name (and
// not the same word).
func (t *Table) Same(a, b string) bool {
	return a != b && t.Fold(a) == t.Fold(b)
}

// Groups lists the table's groups, each sorted, in a stable order.
func (t *Table) Groups() [][]string {
	by := map[string][]string{}
	for v, k := range t.key {
		by[k] = append(by[k], v)
	}
	var out [][]string
	for _, g := range by {
		sort.Strings(g)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// Default is the table shipped with echotrace.
func Default() *Table {
	t, err := Parse(strings.NewReader(defaultTable), "default.txt")
	if err != nil {
		panic("alias: the embedded default table is malformed: " + err.Error())
	}
	return t
}

// Load builds the default table extended by the files at paths.
func Load(paths ...string) (*Table, error) {
	sources := []io.Reader{strings.NewReader(defaultTable)}
	names := []string{"default.txt"}
	for _, p := range paths {
		if p == "" {
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("alias table: %w", err)
		}
		defer f.Close()
		sources = append(sources, f)
		names = append(names, p)
	}
	return parseAll(sources, names)
}

// Parse reads one table.
func Parse(r io.Reader, name string) (*Table, error) {
	return parseAll([]io.Reader{r}, []string{name})
}

// WithGroups returns a copy of t extended by the given groups.
func (t *Table) WithGroups(groups [][]string) (*Table, error) {
	var b strings.Builder
	for _, g := range groups {
		b.WriteString(strings.Join(g, " = "))
		b.WriteByte('\n')
	}
	var lines strings.Builder
	for _, g := range t.Groups() {
		lines.WriteString(strings.Join(g, " = "))
		lines.WriteByte('\n')
	}
	return parseAll([]io.Reader{strings.NewReader(lines.String()), strings.NewReader(b.String())}, []string{"table", "extra"})
}

// parseAll merges groups: a word in two groups joins them, so that a user
// file can add a variant to a default group by naming any member.
func parseAll(sources []io.Reader, names []string) (*Table, error) {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra != rb {
			if rb < ra {
				ra, rb = rb, ra
			}
			parent[rb] = ra
		}
	}
	for i, src := range sources {
		sc := bufio.NewScanner(src)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			var words []string
			for _, v := range strings.Split(line, "=") {
				v = strings.TrimSpace(v)
				if v == "" {
					return nil, fmt.Errorf("alias table %s:%d: empty variant", names[i], n)
				}
				toks := tokenize.Tokens(v).Tokens
				if len(toks) != 1 {
					return nil, fmt.Errorf("alias table %s:%d: %q is not one word", names[i], n, v)
				}
				words = append(words, toks[0].Norm)
			}
			for _, w := range words {
				if _, ok := parent[w]; !ok {
					parent[w] = w
				}
			}
			for _, w := range words[1:] {
				union(words[0], w)
			}
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("alias table %s: %w", names[i], err)
		}
	}
	// Groups of one word fold nothing and are left out.
	size := map[string]int{}
	for w := range parent {
		size[find(w)]++
	}
	t := &Table{key: map[string]string{}}
	for w := range parent {
		if r := find(w); size[r] > 1 {
			t.key[w] = r
		}
	}
	// The version hashes the sorted groups: the same content in another
	// order or file layout is the same table.
	h := sha256.New()
	for _, g := range t.Groups() {
		io.WriteString(h, strings.Join(g, "=")+"\n")
	}
	t.Version = hex.EncodeToString(h.Sum(nil))[:16]
	return t, nil
}
