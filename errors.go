package echotrace

import (
	"errors"
	"fmt"
)

// Error kinds. Callers wrap them with context (fmt.Errorf("import %s: %w",
// ...)) and test them with errors.Is; the CLI turns them into exit codes in
// one place.
var (
	// ErrNotFound: the thing asked for does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: the input is malformed; the caller can fix it.
	ErrInvalid = errors.New("invalid input")
	// ErrSchemaBehind: the database needs `echotrace migrate` first.
	ErrSchemaBehind = errors.New("database schema is behind this binary")
	// ErrSchemaAhead: the database was written by a newer echotrace.
	ErrSchemaAhead = errors.New("database schema is newer than this binary")
	// ErrNotYetAvailable: the command exists in the contract but is not built yet.
	ErrNotYetAvailable = errors.New("not yet available")
)

// Invalidf returns an error of kind ErrInvalid whose message is only the
// formatted text, for messages shown to users as they are.
func Invalidf(format string, args ...any) error {
	return &kindError{kind: ErrInvalid, msg: fmt.Sprintf(format, args...)}
}

type kindError struct {
	kind error
	msg  string
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }
