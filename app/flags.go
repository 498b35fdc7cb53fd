package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// usageError is bad usage: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// errHelp: the user asked for help, which was printed.
var errHelp = errors.New("help shown")

// newFlags makes a flag set for a command that reports to stderr.
func newFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: echotrace %s\n", usage)
		var has bool
		fs.VisitAll(func(*flag.Flag) { has = true })
		if has {
			fmt.Fprintln(stderr, "\nflags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses flags wherever they stand among the arguments (so that
// `echotrace extract page.html --format text` works), and returns the
// positional arguments. Everything after "--" is positional.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, &usageError{err.Error()}
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// dbFlag adds --db to a command, defaulting to the configured database.
func dbFlag(fs *flag.FlagSet, cfg *Config) {
	fs.Func("db", "database: a SQLite file or a postgres:// DSN (env ECHOTRACE_DB, default "+DefaultDB+")", func(v string) error {
		if strings.TrimSpace(v) == "" {
			return errors.New("empty database name")
		}
		cfg.DB, cfg.DBSet = v, true
		return nil
	})
}

// parseNoArgs parses flags for a command that takes no positional argument.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected arguments %q", rest)
	}
	return nil
}
