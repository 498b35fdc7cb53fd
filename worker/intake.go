package worker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/queue"
	"github.com/echotrace/echotrace/store"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ChunkSize is how many staged records one extract job covers: large
// enough that the queue's own cost per record is small, small enough that
// a crashed worker's chunk is redone in seconds.
const ChunkSize = 100

// Intake is the staging area of queued imports (table intake, migration
// 0004): records wait there, in input order, from the moment an import
// reads them until the sequencer has stored them.
type Intake struct {
	pool  *pgxpool.Pool
	queue *queue.Queue
}

// NewIntake returns the intake of the database behind pool.
func NewIntake(pool *pgxpool.Pool, q *queue.Queue) *Intake { return &Intake{pool: pool, queue: q} }

// captureMeta is a capture without its body, as the intake keeps it.
type captureMeta struct {
	URL         string            `json:"url"`
	Origin      string            `json:"origin"`
	OriginRef   string            `json:"origin_ref"`
	CapturedAt  time.Time         `json:"captured_at"`
	ContentType string            `json:"content_type"`
	Headers     map[string]string `json:"headers,omitempty"`
}

// extractJob is an extract job's payload: the staged records it covers.
type extractJob struct {
	Run  int64 `json:"run"`
	From int64 `json:"from"` // first seq
	To   int64 `json:"to"`   // last seq
}

// StartRun records a queued import: its import run (for status and the
// front page) and its intake counters.
func (in *Intake) StartRun(ctx context.Context, s store.Store, source string) (int64, error) {
	now := time.Now()
	id, err := s.StartImportRun(ctx, source, now)
	if err != nil {
		return 0, err
	}
	_, err = in.pool.Exec(ctx, `INSERT INTO intake_runs (run_id, source, started) VALUES ($1, $2, $3)`, id, source, now)
	if err != nil {
		return 0, fmt.Errorf("record queued import: %w", err)
	}
	return id, nil
}

// Stage adds captures, in the order given, to run's intake, with the
// extract jobs that cover them, in one transaction: a crash leaves either
// both or neither. A capture already staged (a re-run after a crash) keeps
// its place and is not staged twice.
func (in *Intake) Stage(ctx context.Context, run int64, captures []echotrace.Capture) error {
	if len(captures) == 0 {
		return nil
	}
	tx, err := in.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("stage: %w", err)
	}
	defer tx.Rollback(ctx)
	// One block of sequence numbers, in order, for the whole batch.
	rows, err := tx.Query(ctx, `SELECT nextval('intake_seq') FROM generate_series(1, $1)`, len(captures))
	if err != nil {
		return fmt.Errorf("stage: %w", err)
	}
	seqs, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return fmt.Errorf("stage: %w", err)
	}
	slices.Sort(seqs)
	refs := make([]string, len(captures))
	hashes := make([][]byte, len(captures))
	metas := make([]string, len(captures))
	bodies := make([][]byte, len(captures))
	for i, c := range captures {
		m, err := json.Marshal(captureMeta{URL: c.URL, Origin: c.Origin, OriginRef: c.OriginRef, CapturedAt: c.CapturedAt,
			ContentType: c.ContentType, Headers: c.Headers})
		if err != nil {
			return err
		}
		refs[i], hashes[i], metas[i], bodies[i] = c.OriginRef, c.SHA256[:], string(m), c.Body
	}
	rows, err = tx.Query(ctx, `
		INSERT INTO intake (seq, run_id, ref, sha256, capture, body)
		SELECT s, $1, r, h, m::jsonb, b FROM unnest($2::bigint[], $3::text[], $4::bytea[], $5::text[], $6::bytea[]) AS u(s, r, h, m, b)
		ON CONFLICT (sha256) DO NOTHING
		RETURNING seq`, run, seqs, refs, hashes, metas, bodies)
	if err != nil {
		return fmt.Errorf("stage %d records: %w", len(captures), err)
	}
	staged, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return fmt.Errorf("stage %d records: %w", len(captures), err)
	}
	slices.Sort(staged)
	var jobs []queue.Job
	for start := 0; start < len(staged); start += ChunkSize {
		part := staged[start:min(start+ChunkSize, len(staged))]
		p, _ := json.Marshal(extractJob{Run: run, From: part[0], To: part[len(part)-1]})
		jobs = append(jobs, queue.Job{Kind: queue.KindExtract, Key: chunkKey(part[0], part[len(part)-1]), Payload: p})
	}
	if _, err := in.queue.EnqueueTx(ctx, tx, jobs); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `UPDATE intake_runs SET staged = staged + $2 WHERE run_id = $1`, run, len(staged)); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

func chunkKey(from, to int64) string {
	return strconv.FormatInt(from, 10) + "-" + strconv.FormatInt(to, 10)
}

// FinishReading records that the import has read all its inputs, with the
// records it skipped itself (already stored, unreadable, not pages).
func (in *Intake) FinishReading(ctx context.Context, run int64, skipped int) error {
	_, err := in.pool.Exec(ctx, `UPDATE intake_runs SET reading_done = true, skipped_early = $2 WHERE run_id = $1`, run, skipped)
	return err
}

// staged is a record of the intake as the stages read it.
type staged struct {
	seq      int64
	run      int64
	ref      string
	capture  echotrace.Capture
	state    string
	ex       *echotrace.Extraction
	exErr    string
	hasExtra bool
}

func (in *Intake) load(ctx context.Context, query string, args ...any) ([]staged, error) {
	rows, err := in.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []staged
	for rows.Next() {
		var r staged
		var hash, body []byte
		var meta []byte
		var ex []byte
		if err := rows.Scan(&r.seq, &r.run, &r.ref, &hash, &meta, &body, &r.state, &ex, &r.exErr); err != nil {
			return nil, err
		}
		var m captureMeta
		if err := json.Unmarshal(meta, &m); err != nil {
			return nil, fmt.Errorf("staged record %s: %w", r.ref, err)
		}
		r.capture = echotrace.Capture{URL: m.URL, Origin: m.Origin, OriginRef: m.OriginRef, CapturedAt: m.CapturedAt,
			ContentType: m.ContentType, Headers: m.Headers, Body: body}
		copy(r.capture.SHA256[:], hash)
		if len(ex) > 0 {
			r.ex = &echotrace.Extraction{}
			if err := json.Unmarshal(ex, r.ex); err != nil {
				return nil, fmt.Errorf("staged record %s: extraction: %w", r.ref, err)
			}
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

const stagedColumns = `seq, run_id, ref, sha256, capture, body, state, extraction, extract_error`

// raw lists the records of seq from..to that are not extracted yet.
func (in *Intake) raw(ctx context.Context, from, to int64) ([]staged, error) {
	return in.load(ctx, `SELECT `+stagedColumns+` FROM intake WHERE seq BETWEEN $1 AND $2 AND state = 'raw' ORDER BY seq`, from, to)
}

// saveExtracted records what extraction made of records, in one statement.
// A record extracted twice (a redelivered job) gets the same result again:
// extraction depends on the capture alone.
func (in *Intake) saveExtracted(ctx context.Context, seqs []int64, items []store.IngestItem) error {
	exs := make([]*string, len(items))
	errs := make([]string, len(items))
	urls := make([]string, len(items))
	for i, it := range items {
		if it.Extraction != nil {
			b, err := json.Marshal(it.Extraction)
			if err != nil {
				return err
			}
			s := string(b)
			exs[i] = &s
		}
		errs[i], urls[i] = it.ExtractError, it.Capture.URL
	}
	_, err := in.pool.Exec(ctx, `
		UPDATE intake i SET state = 'extracted', extraction = u.x::jsonb, extract_error = u.e,
			capture = jsonb_set(i.capture, '{url}', to_jsonb(u.url))
		FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS u(s, x, e, url)
		WHERE i.seq = u.s`, seqs, exs, errs, urls)
	return err
}

// prefix lists the oldest records of the intake, in input order, as long as
// each is extracted: the sequencer may store those, and nothing after the
// first record that is not.
func (in *Intake) prefix(ctx context.Context, limit int) ([]staged, error) {
	return in.prefixAfter(ctx, math.MinInt64, limit)
}

// prefixAfter is prefix from the first record after seq on: the batch that
// follows one not yet taken off the intake.
func (in *Intake) prefixAfter(ctx context.Context, seq int64, limit int) ([]staged, error) {
	all, err := in.load(ctx, `SELECT `+stagedColumns+` FROM intake WHERE seq > $1 ORDER BY seq LIMIT $2`, seq, limit)
	if err != nil {
		return nil, err
	}
	for i, r := range all {
		if r.state != "extracted" {
			return all[:i], nil
		}
	}
	return all, nil
}

// pendingIn says whether records of seq from..to are still in the intake.
func (in *Intake) pendingIn(ctx context.Context, from, to int64) (bool, error) {
	var n bool
	err := in.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM intake WHERE seq BETWEEN $1 AND $2)`, from, to).Scan(&n)
	return n, err
}

// runCounts is what storing one batch did, for one import run.
type runCounts struct {
	stored, newArticles, newVersions, unchanged, alreadyStored, notExtracted int
}

// done removes stored records from the intake and counts them for their
// runs, in one transaction.
func (in *Intake) done(ctx context.Context, seqs []int64, byRun map[int64]*runCounts) error {
	tx, err := in.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `DELETE FROM intake WHERE seq = ANY($1)`, seqs); err != nil {
		return err
	}
	for run, c := range byRun {
		if _, err := tx.Exec(ctx, `UPDATE intake_runs SET stored = stored + $2, new_articles = new_articles + $3,
			new_versions = new_versions + $4, unchanged = unchanged + $5, already_stored = already_stored + $6,
			not_extracted = not_extracted + $7 WHERE run_id = $1`,
			run, c.stored, c.newArticles, c.newVersions, c.unchanged, c.alreadyStored, c.notExtracted); err != nil {
			return err
		}
	}
	return tx.Commit(ctx)
}

// RunState is a queued import's progress.
type RunState struct {
	Run           int64     `json:"run"`
	Source        string    `json:"source"`
	Started       time.Time `json:"started"`
	ReadingDone   bool      `json:"reading_done"`
	Staged        int       `json:"staged"`
	SkippedEarly  int       `json:"skipped_early"`
	Stored        int       `json:"stored"`
	NewArticles   int       `json:"new_articles"`
	NewVersions   int       `json:"new_versions"`
	Unchanged     int       `json:"unchanged"`
	AlreadyStored int       `json:"already_stored"`
	NotExtracted  int       `json:"not_extracted"`
	Finished      time.Time `json:"finished,omitzero"`
}

// Complete says whether every staged record of the run has been stored.
func (r RunState) Complete() bool { return r.ReadingDone && r.Stored >= r.Staged }

// Run reads a queued import's progress.
func (in *Intake) Run(ctx context.Context, run int64) (RunState, error) {
	var r RunState
	var finished *time.Time
	err := in.pool.QueryRow(ctx, `SELECT run_id, source, started, reading_done, staged, skipped_early, stored, new_articles,
		new_versions, unchanged, already_stored, not_extracted, finished FROM intake_runs WHERE run_id = $1`, run).Scan(
		&r.Run, &r.Source, &r.Started, &r.ReadingDone, &r.Staged, &r.SkippedEarly, &r.Stored, &r.NewArticles,
		&r.NewVersions, &r.Unchanged, &r.AlreadyStored, &r.NotExtracted, &finished)
	if errors.Is(err, pgx.ErrNoRows) {
		return r, fmt.Errorf("queued import %d: %w", run, echotrace.ErrNotFound)
	}
	if finished != nil {
		r.Finished = *finished
	}
	return r, err
}

// Backlog counts the records waiting in the intake, raw and extracted.
func (in *Intake) Backlog(ctx context.Context) (raw, extracted int, err error) {
	err = in.pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE state = 'raw'), count(*) FILTER (WHERE state = 'extracted') FROM intake`).Scan(&raw, &extracted)
	return raw, extracted, err
}

// FinishRuns marks the complete runs among runs finished, and records
// their end in the import runs, once. The sequencer calls it after
// storing records of the runs; an import that staged nothing (everything
// was stored before) calls it itself, since no worker will.
func (in *Intake) FinishRuns(ctx context.Context, s store.Store, runs []int64) error {
	for _, id := range runs {
		var r RunState
		var err error
		if r, err = in.Run(ctx, id); err != nil {
			if errors.Is(err, echotrace.ErrNotFound) {
				continue // staged by an import whose run was not recorded
			}
			return err
		}
		if !r.Complete() || !r.Finished.IsZero() {
			continue
		}
		tag, err := in.pool.Exec(ctx, `UPDATE intake_runs SET finished = now() WHERE run_id = $1 AND finished IS NULL`, id)
		if err != nil || tag.RowsAffected() == 0 {
			return err
		}
		now := time.Now()
		if err := s.UpdateImportRun(ctx, echotrace.ImportRun{ID: id, Source: r.Source, Started: r.Started, Updated: now, Finished: now,
			State: echotrace.ImportDone, Articles: r.NewArticles + r.NewVersions, Skipped: r.SkippedEarly + r.NotExtracted}); err != nil {
			return err
		}
	}
	return nil
}
