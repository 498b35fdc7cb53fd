package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"sync"
)

// txStmts prepares each distinct query once per transaction: a batch of
// hundreds of records runs the same few statements, and parsing them again
// for every record cost about a third of an import's store time.
type txStmts struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func newTxStmts(tx *sql.Tx) *txStmts { return &txStmts{tx: tx, stmts: map[string]*sql.Stmt{}} }

func (t *txStmts) prepare(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := t.stmts[query]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	t.stmts[query] = st
	return st, nil
}

func (t *txStmts) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := t.prepare(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// errRow carries a prepare error to Scan, as *sql.Row would.
type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

func (t *txStmts) QueryRowContext(ctx context.Context, query string, args ...any) rowScanner {
	st, err := t.prepare(ctx, query)
	if err != nil {
		return errRow{err}
	}
	return st.QueryRowContext(ctx, args...)
}

// Close releases the statements; the transaction's end would too, but
// closing them early keeps the connection's statement list short.
func (t *txStmts) Close() {
	for _, st := range t.stmts {
		st.Close()
	}
}

// readStmts prepares each distinct read query once for the read pool.
// The relate stage asks for an article's relations and its neighbours'
// articles thousands of times a minute; letting database/sql prepare the
// same text for every call cost an eighth of a 100,000-article import.
// Queries built with a variable number of placeholders would fill the
// cache with one-offs, so it stops growing at maxReadStmts and runs the
// rest unprepared.
type readStmts struct {
	mu    sync.Mutex
	pool  *sql.DB
	stmts map[string]*sql.Stmt
}

const maxReadStmts = 128

func (c *readStmts) prepare(ctx context.Context, query string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.stmts[query]; ok {
		return st, nil
	}
	if len(c.stmts) >= maxReadStmts {
		return nil, nil
	}
	st, err := c.pool.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.stmts[query] = st
	return st, nil
}

func (c *readStmts) close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for _, st := range c.stmts {
		errs = append(errs, st.Close())
	}
	c.stmts = nil
	return errors.Join(errs...)
}

// query runs a read query through the statement cache.
func (db *DB) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := db.reads.prepare(ctx, query)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return db.read.QueryContext(ctx, query, args...)
	}
	return st.QueryContext(ctx, args...)
}

// queryRow is query for one row.
func (db *DB) queryRow(ctx context.Context, query string, args ...any) rowScanner {
	st, err := db.reads.prepare(ctx, query)
	if err != nil {
		return errRow{err}
	}
	if st == nil {
		return db.read.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}
