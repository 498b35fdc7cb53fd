package worker

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/echotrace/echotrace/alias"
	"github.com/echotrace/echotrace/relate"
	"github.com/echotrace/echotrace/store"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// sequencerLockSQL takes the PostgreSQL advisory lock held by whichever
// process stores and relates articles in a corpus: a worker that is the
// sequencer, or an in-process import or server. One holder at a time is
// what makes relating follow article ID order, and so gives the same
// relations as one process importing the same records in order. Advisory
// locks belong to the whole database, so the key is made from the schema:
// two corpora in two schemas of one database do not wait for each other.
const sequencerLockSQL = `SELECT pg_try_advisory_lock(` + sequencerKey + `)`

// sequencerKey is the lock's key, as SQL: the same expression takes the
// lock and finds who holds it (SequencerHolder).
const sequencerKey = `hashtextextended('echotrace sequencer ' || current_schema(), 0)`

// errNotSequencer: the job needs the sequencer lock, which this worker
// does not (or no longer) hold; the job goes back for the holder.
var errNotSequencer = errors.New("this worker is not the sequencer")

// Lock is a held session-level advisory lock on a connection of its own:
// the lock lasts exactly as long as the session, so a process that dies or
// loses its connection frees it without anyone's help.
type Lock struct {
	mu   sync.Mutex
	conn *pgx.Conn
}

// Locker tries for the sequencer lock over a connection of its own, kept
// between tries: opening one for every try would cost the server a
// process start each time, several times a second per waiting worker.
type Locker struct {
	dsn  string
	conn *pgx.Conn
}

// NewLocker returns a Locker for the database at dsn.
func NewLocker(dsn string) *Locker { return &Locker{dsn: dsn} }

// TryLock takes the sequencer lock if it is free, returning nil if another
// session holds it. The Lock it returns owns the connection it was taken
// on; the next try opens another.
func (k *Locker) TryLock(ctx context.Context) (*Lock, error) {
	if k.conn == nil || k.conn.IsClosed() {
		// ParseConfig as the pool does, so that the pool's own settings in
		// the DSN (pool_max_conns…) are not sent to the server.
		cfg, err := pgxpool.ParseConfig(k.dsn)
		if err != nil {
			return nil, err
		}
		if k.conn, err = pgx.ConnectConfig(ctx, cfg.ConnConfig); err != nil {
			return nil, err
		}
	}
	var got bool
	if err := k.conn.QueryRow(ctx, sequencerLockSQL).Scan(&got); err != nil {
		k.Close()
		return nil, err
	}
	if !got {
		return nil, nil
	}
	l := &Lock{conn: k.conn}
	k.conn = nil
	return l, nil
}

// Close closes the connection kept for trying.
func (k *Locker) Close() {
	if k.conn != nil {
		k.conn.Close(context.Background())
		k.conn = nil
	}
}

// TryLock takes the sequencer lock if it is free, returning nil if another
// session holds it.
func TryLock(ctx context.Context, dsn string) (*Lock, error) {
	k := NewLocker(dsn)
	defer k.Close()
	return k.TryLock(ctx)
}

// WaitLock takes the sequencer lock, waiting for its holder to let go; it
// calls waiting once if it has to wait.
func WaitLock(ctx context.Context, dsn string, waiting func()) (*Lock, error) {
	k := NewLocker(dsn)
	defer k.Close()
	for first := true; ; first = false {
		l, err := k.TryLock(ctx)
		if err != nil || l != nil {
			return l, err
		}
		if first && waiting != nil {
			waiting()
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

// Held checks that the lock's session is still alive, and so the lock
// still held. Writers check before each batch: a holder whose connection
// died must stop, since another process may hold the lock by now.
func (l *Lock) Held(ctx context.Context) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.conn == nil {
		return false
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return l.conn.Ping(ctx) == nil
}

// Unlock lets go of the lock by ending its session.
func (l *Lock) Unlock() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.conn != nil {
		l.conn.Close(context.Background())
		l.conn = nil
	}
}

// sequencer is a worker's part in the sequencer role: it tries for the
// lock, and while holding it keeps a relater and runs the relate jobs one
// at a time.
type sequencer struct {
	dsn     string
	store   store.Store
	aliases func(context.Context) (*alias.Table, error)
	logf    func(format string, args ...any)
	// inMemory keeps the reuse index in this process (loaded from the
	// stored entries when the lock is taken) instead of in the database.
	inMemory bool
	// due says whether relate jobs are waiting.
	due func(context.Context) (bool, error)

	ready atomic.Bool // the lock is held

	// mu serializes relate jobs; it guards lock and rel.
	mu   sync.Mutex
	lock *Lock
	// locker tries for the lock while it is not held.
	locker *Locker
	// last is when the last relate job ended (or the lock was taken).
	last time.Time
	// rel is built on the first relate job after the lock is taken (and
	// again after any error), caught up with whatever the previous holder
	// left unrelated: other processes may have related articles while this
	// one did not hold the lock, so nothing is kept from an earlier hold.
	rel *relate.Relater
}

// run takes the lock when relate jobs are waiting and it is free, checks
// that a held lock is still held, and lets go of it once no relate job has
// come for idle, so that an import or a server on the same database can
// relate in between.
func (s *sequencer) run(stop context.Context, interval, idle time.Duration) {
	for {
		s.mu.Lock()
		switch {
		case s.lock == nil:
			due, err := s.due(stop)
			if err != nil && stop.Err() == nil {
				s.logf("sequencer: %v", err)
			}
			if !due {
				break
			}
			if s.locker == nil {
				s.locker = NewLocker(s.dsn)
			}
			l, err := s.locker.TryLock(stop)
			if err != nil && stop.Err() == nil {
				s.logf("sequencer lock: %v", err)
			}
			if l != nil {
				s.lock, s.last = l, time.Now()
				s.ready.Store(true)
				s.logf("this worker is now the sequencer: it stores and relates the extracted records, in input order")
			}
		case time.Since(s.last) > idle:
			s.publishLocked(stop)
			s.dropLocked("no relate job for " + idle.String())
		case !s.lock.Held(stop) && stop.Err() == nil:
			s.dropLocked("its database session was lost")
		}
		s.mu.Unlock()
		select {
		case <-stop.Done():
			return
		case <-time.After(interval):
		}
	}
}

// publishLocked writes an in-memory reuse index into the database's
// tables before the lock goes, so that whoever relates next with the
// index kept there (a server, a crawl, a worker with the default index)
// need not rebuild it. It is done when the role is left for want of work,
// not when the worker stops: at a million articles the copy takes minutes,
// which a stop should not wait for (the next writer rebuilds instead).
func (s *sequencer) publishLocked(ctx context.Context) {
	if s.rel == nil || !s.inMemory || !s.lock.Held(ctx) {
		return
	}
	start := time.Now()
	wrote, err := s.rel.PublishIndex(ctx)
	switch {
	case err != nil:
		s.logf("sequencer: could not write the reuse index to the database (the next process relating with it rebuilds it): %v", err)
	case wrote:
		s.logf("sequencer: reuse index of %d articles written to the database in %s", s.rel.Indexed(), time.Since(start).Round(time.Millisecond))
	}
}

func (s *sequencer) dropLocked(why string) {
	if s.lock == nil {
		return
	}
	s.lock.Unlock()
	s.lock, s.rel = nil, nil
	s.ready.Store(false)
	s.logf("this worker is no longer the sequencer: %s", why)
}

// close lets go of the lock, once no relate job runs.
func (s *sequencer) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropLocked("it is stopping")
	if s.locker != nil {
		s.locker.Close()
	}
}

// relater returns the relater, building it if needed; the caller holds mu
// and the lock.
func (s *sequencer) relaterLocked(ctx context.Context) (*relate.Relater, error) {
	if s.rel != nil {
		return s.rel, nil
	}
	aliases, err := s.aliases(ctx)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	rel, err := relate.NewWithOptions(ctx, s.store, aliases, relate.Options{InMemory: s.inMemory})
	if err != nil {
		return nil, fmt.Errorf("load the reuse index: %w", err)
	}
	sum, err := rel.Catchup(ctx, nil, 0)
	if err != nil {
		return nil, fmt.Errorf("relate what was left pending: %w", err)
	}
	s.logf("sequencer: reuse index of %d articles ready in %s; caught up on %d articles left pending",
		rel.Indexed(), time.Since(start).Round(time.Millisecond), sum.Articles)
	s.rel = rel
	return rel, nil
}

// SequencerHolder names the session holding the sequencer lock of the
// pool's schema ("" when none does): its application name, or its client
// address and process ID, for `status`.
func SequencerHolder(ctx context.Context, pool *pgxpool.Pool) (string, error) {
	var holder string
	err := pool.QueryRow(ctx, `
		SELECT coalesce(nullif(a.application_name, ''), 'session') || ' (pid ' || a.pid || coalesce(', ' || host(a.client_addr), '') || ')'
		FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
		WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
		  AND ((l.classid::bigint << 32) | l.objid::bigint) = `+sequencerKey+`
		LIMIT 1`).Scan(&holder)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return holder, err
}
