// Package queue is the shared job queue of a PostgreSQL deployment: the
// pipeline stages (fetch, extract, index, relate, provenance) as rows of
// the jobs table, which workers on any number of machines claim with
// FOR UPDATE SKIP LOCKED and hold with a lease. Delivery is at least once:
// a job whose worker crashed comes back when its lease runs out, so the
// work a job names must have idempotent effects (unique keys, ON CONFLICT);
// enqueueing is idempotent by the job's (kind, key). Failed jobs are
// retried with exponential backoff and, after their last attempt, kept as
// dead with the reason, for `status` to show and an operator to retry.
// A worker applies a job's effects, enqueues the jobs that follow from it,
// then completes it: a crash between any two of those steps is repaired by
// the job's redelivery, which is why none of them needs to share a
// transaction with another.
//
// The queue only hands out and accounts for work: it must never run the
// work itself, nor know what a kind means. Every time it compares or
// stores comes from the database's clock, so that workers on machines
// whose clocks disagree still agree on who holds a lease.
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// State is where a job is in its life.
type State string

const (
	Queued  State = "queued"  // waiting for run_after to pass and a worker to claim it
	Running State = "running" // claimed by LeaseOwner until LeaseUntil
	Done    State = "done"    // completed; kept so that enqueueing it again is a no-op
	Dead    State = "dead"    // failed MaxAttempts times; LastError says why
)

// The pipeline's kinds. The queue accepts any kind; these are the names
// the stages agree on.
const (
	KindFetch      = "fetch"
	KindExtract    = "extract"
	KindIndex      = "index"
	KindRelate     = "relate"
	KindProvenance = "provenance"
)

// ErrLeaseLost: the worker no longer holds the job (its lease ran out and
// another worker claimed it, or it was never the owner). The worker must
// drop the job without reporting on it; whoever holds it now will.
var ErrLeaseLost = errors.New("job lease lost")

// Job is one unit of work. Enqueue reads Kind, Key, Payload and
// MaxAttempts; the other fields are the queue's and are filled in when a
// job is read back.
type Job struct {
	ID   int64
	Kind string
	// Key names the work within its kind: a second job with the same
	// (Kind, Key) is not enqueued, even after the first is done, so a key
	// must change when the work's inputs do (an article's version, say).
	Key         string
	Payload     json.RawMessage
	State       State
	Attempts    int // failed attempts so far, crashes included
	MaxAttempts int // 0 on Enqueue: Options.MaxAttempts
	RunAfter    time.Time
	LeaseOwner  string    // the worker that last claimed the job
	LeaseUntil  time.Time // zero unless Running
	LastError   string
	Created     time.Time
	Updated     time.Time
}

// Options tune a Queue. The zero value gives the defaults.
type Options struct {
	// MaxAttempts is how many failures a job is allowed before it is dead,
	// for jobs enqueued without their own (default 5).
	MaxAttempts int
	// BackoffBase is the delay after a first failure; it doubles with each
	// further failure (default 5s).
	BackoffBase time.Duration
	// BackoffMax caps the delay (default 10 minutes).
	BackoffMax time.Duration
}

// Queue is the job queue in one PostgreSQL database. It is safe for
// concurrent use; it keeps no state of its own, so any number of Queues in
// any number of processes can share one database.
type Queue struct {
	pool *pgxpool.Pool
	opts Options
	// db is set when the Queue opened the database itself, to close it.
	db *postgres.DB
}

// New returns a Queue over pool, whose database must have the store's
// migrations applied (postgres.Open does that).
func New(pool *pgxpool.Pool, opts Options) *Queue {
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = 5
	}
	if opts.BackoffBase <= 0 {
		opts.BackoffBase = 5 * time.Second
	}
	if opts.BackoffMax <= 0 {
		opts.BackoffMax = 10 * time.Minute
	}
	if opts.BackoffMax < opts.BackoffBase {
		opts.BackoffMax = opts.BackoffBase
	}
	return &Queue{pool: pool, opts: opts}
}

// Open connects to the database at dsn through the store, so that a
// schema that is behind is refused here as everywhere else.
func Open(ctx context.Context, dsn string, opts Options) (*Queue, error) {
	db, err := postgres.Open(ctx, dsn, postgres.Options{})
	if err != nil {
		return nil, err
	}
	q := New(db.Pool(), opts)
	q.db = db
	return q, nil
}

// Close closes the database if Open opened it; a Queue made by New leaves
// its pool to its owner.
func (q *Queue) Close() error {
	if q.db != nil {
		return q.db.Close()
	}
	return nil
}

// columns is what every statement that reads jobs returns, in scanJob's order.
const columns = `id, kind, key, payload, state, attempts, max_attempts, run_after,
	lease_owner, lease_until, last_error, created, updated`

// Enqueue adds jobs and returns how many were new: a job whose (Kind, Key)
// is already in the queue, in any state, is skipped, so enqueueing the same
// work twice (a retried import, two processes noticing the same article)
// makes one job.
func (q *Queue) Enqueue(ctx context.Context, jobs []Job) (int, error) {
	return q.enqueue(ctx, q.pool, jobs)
}

// EnqueueTx is Enqueue inside the caller's transaction, so that the work a
// job names and the job itself are committed together (or not at all).
func (q *Queue) EnqueueTx(ctx context.Context, tx pgx.Tx, jobs []Job) (int, error) {
	return q.enqueue(ctx, tx, jobs)
}

// execer is what enqueue writes through: the pool or a transaction.
type execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

func (q *Queue) enqueue(ctx context.Context, db execer, jobs []Job) (int, error) {
	if len(jobs) == 0 {
		return 0, nil
	}
	// Inserted in key order: two batches with keys in common then wait for
	// each other's unique-index entries in the same order, never in a cycle.
	sorted := append([]Job(nil), jobs...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].Kind != sorted[j].Kind {
			return sorted[i].Kind < sorted[j].Kind
		}
		return sorted[i].Key < sorted[j].Key
	})
	kinds := make([]string, len(sorted))
	keys := make([]string, len(sorted))
	payloads := make([]string, len(sorted))
	maxes := make([]int32, len(sorted))
	for i, j := range sorted {
		if j.Kind == "" || j.Key == "" {
			return 0, echotrace.Invalidf("enqueue: a job needs a kind and a key (got kind %q, key %q)", j.Kind, j.Key)
		}
		payloads[i] = "{}"
		if len(j.Payload) > 0 {
			if !json.Valid(j.Payload) {
				return 0, echotrace.Invalidf("enqueue %s %s: payload is not JSON", j.Kind, j.Key)
			}
			payloads[i] = string(j.Payload)
		}
		kinds[i], keys[i] = j.Kind, j.Key
		maxes[i] = int32(q.opts.MaxAttempts)
		if j.MaxAttempts > 0 {
			maxes[i] = int32(j.MaxAttempts)
		}
	}
	tag, err := db.Exec(ctx, `
		INSERT INTO jobs (kind, key, payload, max_attempts)
		SELECT k, key, p::jsonb, m FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS u(k, key, p, m)
		ON CONFLICT (kind, key) DO NOTHING`,
		kinds, keys, payloads, maxes)
	if err != nil {
		return 0, fmt.Errorf("enqueue %d jobs: %w", len(jobs), err)
	}
	return int(tag.RowsAffected()), nil
}

// Claim gives worker up to n jobs of the given kinds (any kind when kinds
// is empty), oldest due first, each leased to it for lease. It claims
// queued jobs whose run_after has passed and running jobs whose lease has
// run out: those were a worker's that crashed or lost the database, and
// that lost attempt counts as a failure, so a job that kills every worker
// that runs it ends dead rather than passed around for ever. Rows another
// worker is claiming at the same moment are skipped, not waited for, so
// workers never get the same job and never queue behind each other.
func (q *Queue) Claim(ctx context.Context, worker string, kinds []string, n int, lease time.Duration) ([]Job, error) {
	if worker == "" || n <= 0 || lease <= 0 {
		return nil, echotrace.Invalidf("claim: need a worker name, n > 0 and a lease > 0 (got %q, %d, %s)", worker, n, lease)
	}
	if len(kinds) == 0 {
		kinds = nil // NULL: any kind
	}
	// One statement, so that choosing and taking are one step. The CTE is
	// MATERIALIZED so that its locking LIMIT runs once, whatever the plan.
	rows, err := q.pool.Query(ctx, `
		WITH picked AS MATERIALIZED (
			SELECT id, state = 'running' AS expired FROM jobs
			WHERE state IN ('queued', 'running') AND run_after <= now()
			  AND ($2::text[] IS NULL OR kind = ANY($2::text[]))
			ORDER BY run_after, id
			LIMIT $3
			FOR UPDATE SKIP LOCKED
		), next AS (
			SELECT p.id, p.expired, p.expired AND j.attempts + 1 >= j.max_attempts AS dies
			FROM picked p JOIN jobs j USING (id)
		)
		UPDATE jobs j SET
			-- A running job's run_after is its lease_until (see 0003_queue.sql).
			attempts    = j.attempts + CASE WHEN x.expired THEN 1 ELSE 0 END,
			last_error  = CASE WHEN x.expired
			              THEN 'lease of ' || j.lease_owner || ' expired at ' || j.lease_until::text
			              ELSE j.last_error END,
			state       = CASE WHEN x.dies THEN 'dead' ELSE 'running' END,
			lease_owner = CASE WHEN x.dies THEN j.lease_owner ELSE $1 END,
			lease_until = CASE WHEN x.dies THEN NULL ELSE now() + $4::bigint * interval '1 microsecond' END,
			run_after   = CASE WHEN x.dies THEN j.run_after ELSE now() + $4::bigint * interval '1 microsecond' END,
			updated     = now()
		FROM next x WHERE j.id = x.id
		RETURNING `+prefixed("j.", columns),
		worker, kinds, n, lease.Microseconds())
	if err != nil {
		return nil, fmt.Errorf("claim for %s: %w", worker, err)
	}
	all, err := scanJobs(rows)
	if err != nil {
		return nil, fmt.Errorf("claim for %s: %w", worker, err)
	}
	// Jobs whose crashed attempt was their last went dead on the way.
	claimed := all[:0]
	for _, j := range all {
		if j.State == Running {
			claimed = append(claimed, j)
		}
	}
	// RETURNING has no order; the worker gets them in the order chosen.
	sort.Slice(claimed, func(a, b int) bool {
		if !claimed[a].RunAfter.Equal(claimed[b].RunAfter) {
			return claimed[a].RunAfter.Before(claimed[b].RunAfter)
		}
		return claimed[a].ID < claimed[b].ID
	})
	return claimed, nil
}

// Extend renews worker's leases on ids for lease from now (a heartbeat),
// and returns the ids it no longer holds, whose work it should abandon. A
// lease that has run out but whose job nobody has claimed yet is still the
// worker's and is renewed.
func (q *Queue) Extend(ctx context.Context, worker string, ids []int64, lease time.Duration) (lost []int64, err error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if lease <= 0 {
		return nil, echotrace.Invalidf("extend: lease must be > 0, not %s", lease)
	}
	rows, err := q.pool.Query(ctx, `
		UPDATE jobs SET lease_until = now() + $3::bigint * interval '1 microsecond',
			run_after = now() + $3::bigint * interval '1 microsecond', updated = now()
		WHERE id = ANY($2) AND state = 'running' AND lease_owner = $1
		RETURNING id`, worker, ids, lease.Microseconds())
	if err != nil {
		return nil, fmt.Errorf("extend leases of %s: %w", worker, err)
	}
	held, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("extend leases of %s: %w", worker, err)
	}
	kept := make(map[int64]bool, len(held))
	for _, id := range held {
		kept[id] = true
	}
	for _, id := range ids {
		if !kept[id] {
			lost = append(lost, id)
		}
	}
	return lost, nil
}

// Complete marks worker's job id done. Completing it again is a no-op, so
// a worker that is unsure whether its first call got through can repeat
// it; a worker that no longer holds the job gets ErrLeaseLost.
func (q *Queue) Complete(ctx context.Context, worker string, id int64) error {
	tag, err := q.pool.Exec(ctx, `
		UPDATE jobs SET state = 'done', lease_until = NULL, updated = now()
		WHERE id = $1 AND state = 'running' AND lease_owner = $2`, id, worker)
	if err != nil {
		return fmt.Errorf("complete job %d: %w", id, err)
	}
	if tag.RowsAffected() == 1 {
		return nil
	}
	j, err := q.get(ctx, id)
	if err != nil {
		return fmt.Errorf("complete job %d: %w", id, err)
	}
	if j.State == Done && j.LeaseOwner == worker {
		return nil
	}
	return fmt.Errorf("complete job %d: %s by %s: %w", id, j.State, j.LeaseOwner, ErrLeaseLost)
}

// Fail records that worker's attempt at job id failed with cause. The job
// goes back to the queue after an exponential backoff with jitter (so
// that jobs failing together, say when a site is down, do not come back
// together), or, if that was its last attempt, is dead with cause as the
// reason. It reports whether the job is dead.
func (q *Queue) Fail(ctx context.Context, worker string, id int64, cause error) (dead bool, err error) {
	reason := "failed"
	if cause != nil {
		reason = cause.Error()
	}
	// PostgreSQL text refuses NUL and invalid UTF-8, and a reason is for
	// reading, not for keeping a whole response body.
	reason = strings.ToValidUTF8(strings.ReplaceAll(reason, "\x00", ""), "\uFFFD")
	if r := []rune(reason); len(r) > 2000 {
		reason = string(r[:2000]) + "…"
	}
	// The delay is BackoffBase·2^(attempts-1), at most BackoffMax, and
	// then between half of that and all of it.
	var state State
	err = q.pool.QueryRow(ctx, `
		UPDATE jobs SET
			attempts    = attempts + 1,
			last_error  = $3,
			state       = CASE WHEN attempts + 1 >= max_attempts THEN 'dead' ELSE 'queued' END,
			run_after   = CASE WHEN attempts + 1 >= max_attempts THEN run_after ELSE
			              now() + least($5::float8, $4::float8 * power(2, least(attempts, 40)))
			                      * (0.5 + random() / 2) * interval '1 microsecond' END,
			lease_until = NULL,
			updated     = now()
		WHERE id = $1 AND state = 'running' AND lease_owner = $2
		RETURNING state`,
		id, worker, reason, float64(q.opts.BackoffBase.Microseconds()), float64(q.opts.BackoffMax.Microseconds())).Scan(&state)
	if errors.Is(err, pgx.ErrNoRows) {
		j, gerr := q.get(ctx, id)
		if gerr != nil {
			return false, fmt.Errorf("fail job %d: %w", id, gerr)
		}
		return false, fmt.Errorf("fail job %d: %s by %s: %w", id, j.State, j.LeaseOwner, ErrLeaseLost)
	}
	if err != nil {
		return false, fmt.Errorf("fail job %d: %w", id, err)
	}
	return state == Dead, nil
}

// Release gives worker's jobs ids back to the queue without counting an
// attempt, for a worker shutting down before it finished them: another
// worker can take them at once instead of waiting for the leases to run
// out. It returns how many it gave back (ids it no longer held are skipped).
func (q *Queue) Release(ctx context.Context, worker string, ids []int64) (int, error) {
	return q.ReleaseAfter(ctx, worker, ids, 0)
}

// ReleaseAfter is Release with the jobs due again only after delay: for a
// job that cannot make progress yet (it waits for other jobs' work), so
// that it is not claimed again at once, over and over. No attempt is
// counted.
func (q *Queue) ReleaseAfter(ctx context.Context, worker string, ids []int64, delay time.Duration) (int, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	tag, err := q.pool.Exec(ctx, `
		UPDATE jobs SET state = 'queued', lease_until = NULL, updated = now(),
			run_after = now() + $3::bigint * interval '1 microsecond'
		WHERE id = ANY($2) AND state = 'running' AND lease_owner = $1`, worker, ids, delay.Microseconds())
	if err != nil {
		return 0, fmt.Errorf("release jobs of %s: %w", worker, err)
	}
	return int(tag.RowsAffected()), nil
}

// Prune deletes the done jobs last updated longer ago than keep, and says
// how many. A done job is only the record that its work was done, so that
// enqueueing it again is a no-op; once its work can no longer be asked for
// again (an intake range long stored, a fetch keyed by a past day) the
// record only makes the table grow. Queued, running and dead jobs stay.
func (q *Queue) Prune(ctx context.Context, keep time.Duration) (int, error) {
	tag, err := q.pool.Exec(ctx, `DELETE FROM jobs WHERE state = 'done' AND updated < now() - $1::bigint * interval '1 microsecond'`,
		keep.Microseconds())
	if err != nil {
		return 0, fmt.Errorf("prune done jobs: %w", err)
	}
	return int(tag.RowsAffected()), nil
}

// Stats counts jobs by kind and state, for `status`.
func (q *Queue) Stats(ctx context.Context) (map[string]map[State]int, error) {
	rows, err := q.pool.Query(ctx, `SELECT kind, state, count(*) FROM jobs GROUP BY kind, state`)
	if err != nil {
		return nil, fmt.Errorf("job stats: %w", err)
	}
	defer rows.Close()
	out := map[string]map[State]int{}
	for rows.Next() {
		var kind string
		var state State
		var n int
		if err := rows.Scan(&kind, &state, &n); err != nil {
			return nil, fmt.Errorf("job stats: %w", err)
		}
		if out[kind] == nil {
			out[kind] = map[State]int{}
		}
		out[kind][state] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("job stats: %w", err)
	}
	return out, nil
}

// Due says whether a job of kind is waiting to be claimed now.
func (q *Queue) Due(ctx context.Context, kind string) (bool, error) {
	var due bool
	err := q.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM jobs
		WHERE state IN ('queued', 'running') AND run_after <= now() AND kind = $1)`, kind).Scan(&due)
	if err != nil {
		return false, fmt.Errorf("due %s jobs: %w", kind, err)
	}
	return due, nil
}

// Dead lists up to limit dead jobs, the most recently dead first, with
// their reasons.
func (q *Queue) Dead(ctx context.Context, limit int) ([]Job, error) {
	if limit <= 0 {
		return nil, nil
	}
	rows, err := q.pool.Query(ctx, `SELECT `+columns+` FROM jobs WHERE state = 'dead'
		ORDER BY updated DESC, id DESC LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("dead jobs: %w", err)
	}
	jobs, err := scanJobs(rows)
	if err != nil {
		return nil, fmt.Errorf("dead jobs: %w", err)
	}
	return jobs, nil
}

// Retry puts dead job id back in the queue with all its attempts again,
// once its cause has been dealt with. Its last error is kept until it
// fails again or completes.
func (q *Queue) Retry(ctx context.Context, id int64) error {
	tag, err := q.pool.Exec(ctx, `
		UPDATE jobs SET state = 'queued', attempts = 0, run_after = now(), updated = now()
		WHERE id = $1 AND state = 'dead'`, id)
	if err != nil {
		return fmt.Errorf("retry job %d: %w", id, err)
	}
	if tag.RowsAffected() == 1 {
		return nil
	}
	j, err := q.get(ctx, id)
	if err != nil {
		return fmt.Errorf("retry job %d: %w", id, err)
	}
	return echotrace.Invalidf("retry job %d: it is %s, not dead", id, j.State)
}

// Get returns job id.
func (q *Queue) Get(ctx context.Context, id int64) (Job, error) {
	j, err := q.get(ctx, id)
	if err != nil {
		return Job{}, fmt.Errorf("job %d: %w", id, err)
	}
	return j, nil
}

func (q *Queue) get(ctx context.Context, id int64) (Job, error) {
	rows, err := q.pool.Query(ctx, `SELECT `+columns+` FROM jobs WHERE id = $1`, id)
	if err != nil {
		return Job{}, err
	}
	jobs, err := scanJobs(rows)
	if err != nil {
		return Job{}, err
	}
	if len(jobs) == 0 {
		return Job{}, echotrace.ErrNotFound
	}
	return jobs[0], nil
}

func scanJobs(rows pgx.Rows) ([]Job, error) {
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (Job, error) {
		var j Job
		var payload []byte
		var leaseUntil *time.Time
		err := row.Scan(&j.ID, &j.Kind, &j.Key, &payload, &j.State, &j.Attempts, &j.MaxAttempts, &j.RunAfter,
			&j.LeaseOwner, &leaseUntil, &j.LastError, &j.Created, &j.Updated)
		if err != nil {
			return Job{}, err
		}
		j.Payload = json.RawMessage(payload)
		if leaseUntil != nil {
			j.LeaseUntil = *leaseUntil
		}
		return j, nil
	})
}

// prefixed qualifies each of a comma-separated list of columns with p.
func prefixed(p, cols string) string {
	fields := strings.Split(cols, ",")
	for i, f := range fields {
		fields[i] = p + strings.TrimSpace(f)
	}
	return strings.Join(fields, ", ")
}
