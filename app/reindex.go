package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/echotrace/echotrace/relate"
)

func (a *App) runReindex(ctx context.Context, args []string) error {
	fs := newFlags("reindex", "reindex [--db DSN] [--restart]\n\n"+
		"Rebuilds the reuse index and every relation, for instance after the alias table\n"+
		"changed. Relations are replaced article by article, so none is missing while it runs;\n"+
		"an interrupted reindex resumes where it stopped when run again.", a.Stderr)
	dbFlag(fs, &a.Config)
	restart := fs.Bool("restart", false, "start over even if an earlier reindex was interrupted")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	aliases, err := a.aliasTable(ctx, s)
	if err != nil {
		return err
	}
	if err := a.takeSequencerLock(ctx); err != nil {
		return err
	}
	pending, err := s.PendingIndex(ctx, aliases.Version, 0, 1)
	if err != nil {
		return err
	}
	if len(pending) > 0 && !*restart {
		fmt.Fprintln(a.Stderr, "reindex: resuming: relating the articles not yet indexed with the current alias table")
	} else if err := s.InvalidateIndex(ctx); err != nil {
		return err
	}
	rel, err := relate.New(ctx, s, aliases)
	if err != nil {
		return err
	}
	sum, err := rel.Catchup(ctx, a.Stderr, 2*time.Second)
	fmt.Fprintf(a.Stderr, "reindex: %d articles related in %s, %d relations%s\n", sum.Articles, sum.Elapsed.Round(time.Millisecond), sum.Relations, kinds(sum.ByKind))
	return err
}

func (a *App) runAliases(ctx context.Context, args []string) error {
	usage := "aliases [--db DSN] [list]              the alias table in effect\n" +
		"       echotrace aliases [--db DSN] add WORD WORD...  fold these spellings of one name together\n" +
		"       echotrace aliases [--db DSN] rm WORD           remove the added group containing WORD\n\n" +
		"The default table ships with echotrace; files in ECHOTRACE_ALIASES and the groups added\n" +
		"here extend it. Run echotrace reindex after a change so stored articles follow."
	fs := newFlags("aliases", usage, a.Stderr)
	dbFlag(fs, &a.Config)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	s, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	verb := "list"
	if len(rest) > 0 {
		verb, rest = rest[0], rest[1:]
	}
	switch verb {
	case "list":
		t, err := a.aliasTable(ctx, s)
		if err != nil {
			return err
		}
		for _, g := range t.Groups() {
			fmt.Fprintln(a.Stdout, strings.Join(g, " = "))
		}
		fmt.Fprintf(a.Stderr, "alias table version %s\n", t.Version)
		return nil
	case "add":
		if len(rest) < 2 {
			return usagef("name two spellings or more")
		}
		if err := s.AddAliasGroup(ctx, rest); err != nil {
			return err
		}
	case "rm":
		if len(rest) != 1 {
			return usagef("name one word of the group to remove")
		}
		if err := s.DeleteAliasGroup(ctx, rest[0]); err != nil {
			return err
		}
	default:
		return usagef("unknown aliases command %q (want list, add or rm)", verb)
	}
	fmt.Fprintln(a.Stderr, "aliases changed: run echotrace reindex so that stored articles follow")
	return nil
}
