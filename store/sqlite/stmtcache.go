package sqlite

import (
	"context"
	"database/sql"
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
