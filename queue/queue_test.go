package queue_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/echotrace/echotrace"
	"github.com/echotrace/echotrace/queue"
	"github.com/echotrace/echotrace/store/postgres"
	"github.com/echotrace/echotrace/store/postgres/pgtest"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

func TestMain(m *testing.M) {
	pgtest.WarnIfUnset("queue")
	os.Exit(m.Run())
}

// open gives the test a queue in a fresh schema with the store's
// migrations, and the pool, for the few things only SQL can do (moving a
// job's clock forward instead of sleeping).
func open(t *testing.T, opts queue.Options) (*queue.Queue, *pgxpool.Pool) {
	t.Helper()
	// Enough connections for the concurrent test's claimers to race.
	dsn := pgtest.DSN(t) + "&pool_max_conns=10"
	db, err := postgres.Open(context.Background(), dsn, postgres.Options{Migrate: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return queue.New(db.Pool(), opts), db.Pool()
}

func exec(t *testing.T, pool *pgxpool.Pool, sql string, args ...any) {
	t.Helper()
	if _, err := pool.Exec(context.Background(), sql, args...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// expire ends job id's lease now, as if its worker had stopped sending
// heartbeats a while ago (a running job is due again at run_after, which
// is its lease_until).
func expire(t *testing.T, pool *pgxpool.Pool, id int64) {
	t.Helper()
	exec(t, pool, `UPDATE jobs SET lease_until = now() - interval '1 millisecond', run_after = now() - interval '1 millisecond'
		WHERE id = $1 AND state = 'running'`, id)
}

func get(t *testing.T, q *queue.Queue, id int64) queue.Job {
	t.Helper()
	j, err := q.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func claimOne(t *testing.T, q *queue.Queue, worker string, lease time.Duration) queue.Job {
	t.Helper()
	jobs, err := q.Claim(context.Background(), worker, nil, 1, lease)
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 1 {
		t.Fatalf("%s claimed %d jobs, want 1", worker, len(jobs))
	}
	return jobs[0]
}

func claimNone(t *testing.T, q *queue.Queue, worker string) {
	t.Helper()
	jobs, err := q.Claim(context.Background(), worker, nil, 10, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 0 {
		t.Fatalf("%s claimed %d jobs (first %+v), want none", worker, len(jobs), jobs[0])
	}
}

func TestEnqueueIsIdempotent(t *testing.T) {
	ctx := context.Background()
	q, _ := open(t, queue.Options{MaxAttempts: 3})
	batch := []queue.Job{
		{Kind: queue.KindExtract, Key: "capture/1", Payload: json.RawMessage(`{"capture": 1}`)},
		{Kind: queue.KindExtract, Key: "capture/2"},
		{Kind: queue.KindExtract, Key: "capture/1", Payload: json.RawMessage(`{"capture": "again"}`)},
		{Kind: queue.KindRelate, Key: "capture/1", MaxAttempts: 9}, // same key, other kind: other work
	}
	if n, err := q.Enqueue(ctx, batch); err != nil || n != 3 {
		t.Fatalf("first enqueue = %d, %v; want 3 new (the duplicate in the batch skipped)", n, err)
	}
	if n, err := q.Enqueue(ctx, batch); err != nil || n != 0 {
		t.Fatalf("second enqueue = %d, %v; want 0", n, err)
	}
	// Still one job once the first is done: delivery is at least once, and
	// the key is what keeps finished work from being queued again.
	j := claimOne(t, q, "w1", time.Minute)
	if err := q.Complete(ctx, "w1", j.ID); err != nil {
		t.Fatal(err)
	}
	if n, err := q.Enqueue(ctx, batch[:1]); err != nil || n != 0 {
		t.Fatalf("enqueue of done work = %d, %v; want 0", n, err)
	}

	stats, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(stats); got != "map[extract:map[done:1 queued:1] relate:map[queued:1]]" {
		t.Errorf("stats = %s", got)
	}
	// The first payload is kept, and MaxAttempts defaults to the queue's.
	j = get(t, q, j.ID)
	if j.Kind != queue.KindExtract || j.Key != "capture/1" || string(j.Payload) != `{"capture": 1}` || j.MaxAttempts != 3 {
		t.Errorf("stored job = %+v", j)
	}
	all, err := q.Claim(ctx, "w1", nil, 10, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range all {
		want := 3
		if j.Kind == queue.KindRelate {
			want = 9
		}
		if j.MaxAttempts != want || (j.Key == "capture/2" && string(j.Payload) != "{}") {
			t.Errorf("stored job = %+v", j)
		}
	}

	for _, bad := range []queue.Job{
		{Kind: "", Key: "k"},
		{Kind: "fetch", Key: ""},
		{Kind: "fetch", Key: "k", Payload: json.RawMessage(`{not json`)},
	} {
		if _, err := q.Enqueue(ctx, []queue.Job{bad}); !errors.Is(err, echotrace.ErrInvalid) {
			t.Errorf("enqueue %+v: err = %v, want ErrInvalid", bad, err)
		}
	}
}

func TestClaimTakesTheOldestDueJobsOfTheKindsAsked(t *testing.T) {
	ctx := context.Background()
	q, pool := open(t, queue.Options{})
	// One batch per job, so that they are created in this order.
	for _, j := range []queue.Job{
		{Kind: queue.KindFetch, Key: "e"}, {Kind: queue.KindFetch, Key: "d"}, {Kind: queue.KindIndex, Key: "c"},
		{Kind: queue.KindFetch, Key: "b"}, {Kind: queue.KindFetch, Key: "a"},
	} {
		if _, err := q.Enqueue(ctx, []queue.Job{j}); err != nil {
			t.Fatal(err)
		}
	}
	// Not yet due: as if it had failed and were backing off.
	exec(t, pool, `UPDATE jobs SET run_after = now() + interval '1 hour' WHERE key = 'b'`)

	keys := func(jobs []queue.Job) string {
		var ks []string
		for _, j := range jobs {
			ks = append(ks, j.Key)
		}
		return strings.Join(ks, " ")
	}
	got, err := q.Claim(ctx, "w1", []string{queue.KindFetch}, 2, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if keys(got) != "e d" {
		t.Fatalf("first claim = %q, want the two oldest fetch jobs, e d", keys(got))
	}
	for _, j := range got {
		if j.State != queue.Running || j.LeaseOwner != "w1" || !j.LeaseUntil.After(j.Updated.Add(59*time.Second)) ||
			!j.RunAfter.Equal(j.LeaseUntil) {
			t.Errorf("claimed job = %+v, want running for w1 with a lease of a minute", j)
		}
	}
	got, err = q.Claim(ctx, "w2", []string{queue.KindFetch}, 10, time.Minute)
	if err != nil || keys(got) != "a" {
		t.Fatalf("second claim = %q, %v; want a (b is not due, c is another kind)", keys(got), err)
	}
	got, err = q.Claim(ctx, "w2", nil, 10, time.Minute)
	if err != nil || keys(got) != "c" {
		t.Fatalf("claim of any kind = %q, %v; want c", keys(got), err)
	}
	claimNone(t, q, "w3")

	for _, bad := range []struct {
		worker string
		n      int
		lease  time.Duration
	}{{"", 1, time.Minute}, {"w", 0, time.Minute}, {"w", 1, 0}} {
		if _, err := q.Claim(ctx, bad.worker, nil, bad.n, bad.lease); !errors.Is(err, echotrace.ErrInvalid) {
			t.Errorf("claim(%q, %d, %s): err = %v, want ErrInvalid", bad.worker, bad.n, bad.lease, err)
		}
	}
}

// The point of SKIP LOCKED: many workers claiming at once each get their
// own jobs, and every job is processed exactly once.
func TestConcurrentClaimersNeverShareAJob(t *testing.T) {
	ctx := context.Background()
	q, _ := open(t, queue.Options{})
	const total, workers = 1000, 8
	var batch []queue.Job
	for i := range total {
		batch = append(batch, queue.Job{Kind: queue.KindIndex, Key: fmt.Sprintf("article/%04d", i)})
	}
	if n, err := q.Enqueue(ctx, batch); err != nil || n != total {
		t.Fatalf("enqueue = %d, %v", n, err)
	}

	var mu sync.Mutex
	seen := map[int64]string{}
	perWorker := map[string]int{}
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		worker := fmt.Sprintf("w%d", w)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				jobs, err := q.Claim(ctx, worker, nil, 7, time.Minute)
				if err != nil {
					errs <- err
					return
				}
				if len(jobs) == 0 {
					return // nothing ever goes back to the queue here, so it is empty
				}
				for _, j := range jobs {
					mu.Lock()
					if other, ok := seen[j.ID]; ok {
						mu.Unlock()
						errs <- fmt.Errorf("job %d claimed by %s and %s", j.ID, other, worker)
						return
					}
					seen[j.ID] = worker
					perWorker[worker]++
					mu.Unlock()
					if err := q.Complete(ctx, worker, j.ID); err != nil {
						errs <- err
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if len(seen) != total {
		t.Errorf("%d jobs processed, want %d", len(seen), total)
	}
	stats, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := stats[queue.KindIndex]; got[queue.Done] != total || len(got) != 1 {
		t.Errorf("stats = %v, want all %d done", got, total)
	}
	t.Logf("jobs per worker: %v", perWorker)
}

func TestAnExpiredLeaseGivesTheJobBack(t *testing.T) {
	ctx := context.Background()
	q, pool := open(t, queue.Options{})
	if _, err := q.Enqueue(ctx, []queue.Job{{Kind: queue.KindRelate, Key: "a", MaxAttempts: 2}}); err != nil {
		t.Fatal(err)
	}
	first := claimOne(t, q, "crashes", 200*time.Millisecond)
	claimNone(t, q, "w2") // held
	time.Sleep(300 * time.Millisecond)

	// The worker "crashed": its lease ran out, and the job is someone else's,
	// with the lost attempt counted.
	again := claimOne(t, q, "w2", time.Minute)
	if again.ID != first.ID || again.LeaseOwner != "w2" || again.Attempts != 1 ||
		!strings.Contains(again.LastError, "lease of crashes expired") {
		t.Fatalf("reclaimed job = %+v", again)
	}
	// The first worker comes back to life: it holds nothing any more.
	if err := q.Complete(ctx, "crashes", first.ID); !errors.Is(err, queue.ErrLeaseLost) {
		t.Errorf("complete by the old owner: err = %v, want ErrLeaseLost", err)
	}
	if lost, err := q.Extend(ctx, "crashes", []int64{first.ID}, time.Minute); err != nil || len(lost) != 1 {
		t.Errorf("extend by the old owner = %v, %v; want the job lost", lost, err)
	}

	// A job that takes every worker down with it ends dead, not passed
	// round for ever: its second lost attempt is its last.
	expire(t, pool, first.ID)
	claimNone(t, q, "w3")
	j := get(t, q, first.ID)
	if j.State != queue.Dead || j.Attempts != 2 || !strings.Contains(j.LastError, "lease of w2 expired") {
		t.Errorf("job after its last lease ran out = %+v, want dead", j)
	}
}

func TestOnlyTheOwnerCanExtendOrFinishAJob(t *testing.T) {
	ctx := context.Background()
	q, pool := open(t, queue.Options{})
	if _, err := q.Enqueue(ctx, []queue.Job{{Kind: queue.KindFetch, Key: "https://a.example/"}}); err != nil {
		t.Fatal(err)
	}
	j := claimOne(t, q, "w1", time.Minute)

	if err := q.Complete(ctx, "w2", j.ID); !errors.Is(err, queue.ErrLeaseLost) {
		t.Errorf("complete by another worker: err = %v, want ErrLeaseLost", err)
	}
	if _, err := q.Fail(ctx, "w2", j.ID, errors.New("no")); !errors.Is(err, queue.ErrLeaseLost) {
		t.Errorf("fail by another worker: err = %v, want ErrLeaseLost", err)
	}
	if lost, err := q.Extend(ctx, "w2", []int64{j.ID}, time.Hour); err != nil || len(lost) != 1 || lost[0] != j.ID {
		t.Errorf("extend by another worker = %v, %v; want %d lost", lost, err, j.ID)
	}
	if n, err := q.Release(ctx, "w2", []int64{j.ID}); err != nil || n != 0 {
		t.Errorf("release by another worker = %d, %v; want 0", n, err)
	}
	if got := get(t, q, j.ID); got.State != queue.Running || got.LeaseOwner != "w1" || got.Attempts != 0 {
		t.Fatalf("job after another worker's calls = %+v, want untouched", got)
	}

	// A heartbeat, even one a little late, renews the lease from the
	// database's now.
	expire(t, pool, j.ID)
	if lost, err := q.Extend(ctx, "w1", []int64{j.ID}, time.Hour); err != nil || len(lost) != 0 {
		t.Fatalf("extend by the owner = %v, %v", lost, err)
	}
	if got := get(t, q, j.ID); !got.LeaseUntil.After(got.Updated.Add(59 * time.Minute)) {
		t.Errorf("lease after extending by an hour = %+v", got)
	}
	claimNone(t, q, "w2")

	if err := q.Complete(ctx, "w1", j.ID); err != nil {
		t.Fatal(err)
	}
	if err := q.Complete(ctx, "w1", j.ID); err != nil {
		t.Errorf("second complete by the owner: %v, want nil (idempotent)", err)
	}
	if err := q.Complete(ctx, "w2", j.ID); !errors.Is(err, queue.ErrLeaseLost) {
		t.Errorf("complete of a done job by another worker: err = %v, want ErrLeaseLost", err)
	}
	if got := get(t, q, j.ID); got.State != queue.Done || !got.LeaseUntil.IsZero() {
		t.Errorf("completed job = %+v", got)
	}
	if err := q.Complete(ctx, "w1", 999999); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("complete of no job: err = %v, want ErrNotFound", err)
	}
}

func TestFailuresBackOffThenTheJobIsDead(t *testing.T) {
	ctx := context.Background()
	q, pool := open(t, queue.Options{BackoffBase: time.Second, BackoffMax: 3 * time.Second})
	if _, err := q.Enqueue(ctx, []queue.Job{{Kind: queue.KindFetch, Key: "https://down.example/", MaxAttempts: 4}}); err != nil {
		t.Fatal(err)
	}
	// Delays double from BackoffBase up to BackoffMax, and jitter takes
	// each to between half and all of that.
	wants := []time.Duration{time.Second, 2 * time.Second, 3 * time.Second}
	var id int64
	for i, want := range wants {
		j := claimOne(t, q, "w1", time.Minute)
		id = j.ID
		dead, err := q.Fail(ctx, "w1", j.ID, fmt.Errorf("fetch: HTTP 503 (%d)", i+1))
		if err != nil || dead {
			t.Fatalf("fail %d = %v, %v", i+1, dead, err)
		}
		j = get(t, q, id)
		delay := j.RunAfter.Sub(j.Updated)
		if j.State != queue.Queued || j.Attempts != i+1 || j.LastError != fmt.Sprintf("fetch: HTTP 503 (%d)", i+1) ||
			delay < want/2 || delay > want || !j.LeaseUntil.IsZero() {
			t.Fatalf("after failure %d: %+v, delay %s; want queued with a delay in [%s, %s]", i+1, j, delay, want/2, want)
		}
		claimNone(t, q, "w2") // backing off
		exec(t, pool, `UPDATE jobs SET run_after = now() WHERE id = $1`, id)
	}

	j := claimOne(t, q, "w1", time.Minute)
	dead, err := q.Fail(ctx, "w1", j.ID, errors.New("fetch: HTTP 503 (4)\x00 \xff"))
	if err != nil || !dead {
		t.Fatalf("last fail = %v, %v; want dead", dead, err)
	}
	claimNone(t, q, "w2")
	if _, err := q.Enqueue(ctx, []queue.Job{{Kind: queue.KindFetch, Key: "other", MaxAttempts: 1}}); err != nil {
		t.Fatal(err)
	}
	other := claimOne(t, q, "w1", time.Minute)
	if _, err := q.Fail(ctx, "w1", other.ID, errors.New(strings.Repeat("é", 5000))); err != nil {
		t.Fatal(err)
	}

	// Both dead, the latest first, each with its reason.
	deadJobs, err := q.Dead(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(deadJobs) != 2 || deadJobs[0].ID != other.ID || deadJobs[1].ID != id {
		t.Fatalf("dead = %+v", deadJobs)
	}
	if d := deadJobs[1]; d.State != queue.Dead || d.Attempts != 4 || d.LastError != "fetch: HTTP 503 (4) \uFFFD" {
		t.Errorf("dead job = %+v", d)
	}
	if r := []rune(deadJobs[0].LastError); len(r) != 2001 {
		t.Errorf("a long reason is kept to %d characters, want 2001", len(r))
	}
	if one, err := q.Dead(ctx, 1); err != nil || len(one) != 1 {
		t.Errorf("dead(1) = %d jobs, %v", len(one), err)
	}
	stats, err := q.Stats(ctx)
	if err != nil || stats[queue.KindFetch][queue.Dead] != 2 {
		t.Errorf("stats = %v, %v", stats, err)
	}

	// An operator retries it once the site is back: all its attempts again.
	if err := q.Retry(ctx, id); err != nil {
		t.Fatal(err)
	}
	j = claimOne(t, q, "w1", time.Minute)
	if j.ID != id || j.Attempts != 0 {
		t.Errorf("retried job = %+v", j)
	}
	if err := q.Retry(ctx, id); !errors.Is(err, echotrace.ErrInvalid) {
		t.Errorf("retry of a running job: err = %v, want ErrInvalid", err)
	}
	if err := q.Retry(ctx, 999999); !errors.Is(err, echotrace.ErrNotFound) {
		t.Errorf("retry of no job: err = %v, want ErrNotFound", err)
	}
	if err := q.Complete(ctx, "w1", id); err != nil {
		t.Fatal(err)
	}
}

func TestReleaseGivesJobsBackWithoutAnAttempt(t *testing.T) {
	ctx := context.Background()
	q, _ := open(t, queue.Options{})
	var batch []queue.Job
	for _, k := range []string{"a", "b", "c"} {
		batch = append(batch, queue.Job{Kind: queue.KindProvenance, Key: k})
	}
	if _, err := q.Enqueue(ctx, batch); err != nil {
		t.Fatal(err)
	}
	held, err := q.Claim(ctx, "stopping", nil, 3, time.Hour)
	if err != nil || len(held) != 3 {
		t.Fatalf("claim = %d, %v", len(held), err)
	}
	if err := q.Complete(ctx, "stopping", held[0].ID); err != nil {
		t.Fatal(err)
	}
	// On SIGTERM: the finished job stays done, the two unfinished ones go
	// back at once rather than after an hour's lease.
	ids := []int64{held[0].ID, held[1].ID, held[2].ID}
	if n, err := q.Release(ctx, "stopping", ids); err != nil || n != 2 {
		t.Fatalf("release = %d, %v; want 2", n, err)
	}
	got, err := q.Claim(ctx, "w2", nil, 10, time.Minute)
	if err != nil || len(got) != 2 || got[0].ID != held[1].ID || got[1].ID != held[2].ID {
		t.Fatalf("claim after release = %+v, %v", got, err)
	}
	for _, j := range got {
		if j.Attempts != 0 || j.LastError != "" {
			t.Errorf("released job = %+v, want no attempt counted", j)
		}
	}
	if n, err := q.Release(ctx, "stopping", ids); err != nil || n != 0 {
		t.Errorf("release of jobs no longer held = %d, %v; want 0", n, err)
	}
}

// Workers that die holding jobs (here: walk away from them) lose nothing:
// every job is completed exactly once, by whoever held it last.
func TestJobsOfCrashedWorkersAreFinishedByOthers(t *testing.T) {
	ctx := context.Background()
	q, _ := open(t, queue.Options{})
	const total, workers = 200, 4
	var batch []queue.Job
	for i := range total {
		batch = append(batch, queue.Job{Kind: queue.KindRelate, Key: fmt.Sprint(i)})
	}
	if _, err := q.Enqueue(ctx, batch); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	completed := map[int64]int{}
	abandoned := 0
	deadline := time.Now().Add(30 * time.Second)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		worker := fmt.Sprintf("w%d", w)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				jobs, err := q.Claim(ctx, worker, nil, 5, 150*time.Millisecond)
				if err != nil {
					errs <- err
					return
				}
				for _, j := range jobs {
					if j.ID%10 == 0 && j.Attempts == 0 {
						mu.Lock()
						abandoned++
						mu.Unlock()
						continue // the worker "crashed" with this job
					}
					switch err := q.Complete(ctx, worker, j.ID); {
					case err == nil:
						mu.Lock()
						completed[j.ID]++
						mu.Unlock()
					case !errors.Is(err, queue.ErrLeaseLost):
						errs <- err
						return
					}
				}
				if len(jobs) == 0 {
					stats, err := q.Stats(ctx)
					if err != nil {
						errs <- err
						return
					}
					if stats[queue.KindRelate][queue.Done] == total {
						return
					}
					time.Sleep(20 * time.Millisecond)
				}
			}
			errs <- fmt.Errorf("%s: jobs still not done after 30s", worker)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if abandoned != total/10 || len(completed) != total {
		t.Errorf("%d abandoned, %d completed; want %d and %d", abandoned, len(completed), total/10, total)
	}
	for id, n := range completed {
		if n != 1 {
			t.Errorf("job %d completed %d times", id, n)
		}
	}
}

// Two processes enqueueing the same work at once, in different orders,
// make one job of each and never deadlock.
func TestConcurrentEnqueuesOfTheSameWork(t *testing.T) {
	ctx := context.Background()
	q, _ := open(t, queue.Options{})
	const total = 5000
	var wg sync.WaitGroup
	var mu sync.Mutex
	added := 0
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var batch []queue.Job
			for i := range total {
				k := i
				if w%2 == 1 {
					k = total - 1 - i
				}
				batch = append(batch, queue.Job{Kind: queue.KindExtract, Key: fmt.Sprint(k)})
			}
			n, err := q.Enqueue(ctx, batch)
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			added += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	stats, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if added != total || stats[queue.KindExtract][queue.Queued] != total {
		t.Errorf("%d added, stats %v; want %d jobs", added, stats, total)
	}
}

func TestOpenByDSN(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	db, err := postgres.Open(ctx, dsn, postgres.Options{Migrate: true})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	q, err := queue.Open(ctx, dsn, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if n, err := q.Enqueue(ctx, []queue.Job{{Kind: queue.KindFetch, Key: "k"}}); err != nil || n != 1 {
		t.Fatalf("enqueue = %d, %v", n, err)
	}
}

// A job enqueued in a transaction exists only if the transaction commits:
// the work it names and the job go in together.
func TestEnqueueTxCommitsWithTheWork(t *testing.T) {
	ctx := context.Background()
	q, pool := open(t, queue.Options{})
	for _, commit := range []bool{false, true} {
		tx, err := pool.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		key := fmt.Sprintf("chunk-%v", commit)
		if n, err := q.EnqueueTx(ctx, tx, []queue.Job{{Kind: queue.KindExtract, Key: key}}); err != nil || n != 1 {
			t.Fatalf("enqueue in tx = %d, %v", n, err)
		}
		if commit {
			err = tx.Commit(ctx)
		} else {
			err = tx.Rollback(ctx)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	jobs, err := q.Claim(ctx, "w", nil, 10, time.Minute)
	if err != nil || len(jobs) != 1 || jobs[0].Key != "chunk-true" {
		t.Fatalf("claimed %+v, %v; want only the committed job", jobs, err)
	}
}

// A job released for later is not handed out before its delay, and no
// attempt is counted against it.
func TestReleaseAfterWaitsBeforeTheJobIsDueAgain(t *testing.T) {
	ctx := context.Background()
	q, pool := open(t, queue.Options{})
	if _, err := q.Enqueue(ctx, []queue.Job{{Kind: queue.KindRelate, Key: "waits"}}); err != nil {
		t.Fatal(err)
	}
	j := claimOne(t, q, "w1", time.Minute)
	if n, err := q.ReleaseAfter(ctx, "w1", []int64{j.ID}, time.Hour); err != nil || n != 1 {
		t.Fatalf("release after = %d, %v", n, err)
	}
	claimNone(t, q, "w2")
	exec(t, pool, `UPDATE jobs SET run_after = now() - interval '1 second' WHERE id = $1`, j.ID)
	again := claimOne(t, q, "w2", time.Minute)
	if again.ID != j.ID || again.Attempts != 0 {
		t.Errorf("claimed again = %+v, want job %d with no attempt", again, j.ID)
	}
}

// TestPruneDeletesOnlyOldDoneJobs: done jobs older than the retention go;
// newer done jobs, and queued, running and dead jobs of any age, stay.
func TestPruneDeletesOnlyOldDoneJobs(t *testing.T) {
	ctx := context.Background()
	q, pool := open(t, queue.Options{MaxAttempts: 1})
	var batch []queue.Job
	for _, k := range []string{"old-done", "new-done", "old-dead", "old-running", "old-queued"} {
		batch = append(batch, queue.Job{Kind: queue.KindExtract, Key: k})
	}
	if _, err := q.Enqueue(ctx, batch); err != nil {
		t.Fatal(err)
	}
	held, err := q.Claim(ctx, "w", nil, 5, time.Hour)
	if err != nil || len(held) != 5 {
		t.Fatalf("claim = %d, %v", len(held), err)
	}
	for _, j := range held {
		switch j.Key {
		case "old-done", "new-done":
			err = q.Complete(ctx, "w", j.ID)
		case "old-dead":
			_, err = q.Fail(ctx, "w", j.ID, errors.New("broken"))
		case "old-queued":
			_, err = q.Release(ctx, "w", []int64{j.ID})
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	exec(t, pool, `UPDATE jobs SET updated = now() - interval '8 days' WHERE key <> 'new-done'`)
	n, err := q.Prune(ctx, 7*24*time.Hour)
	if err != nil || n != 1 {
		t.Fatalf("prune = %d, %v; want 1", n, err)
	}
	rows, err := pool.Query(ctx, `SELECT key || ' ' || state FROM jobs ORDER BY key`)
	if err != nil {
		t.Fatal(err)
	}
	left, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"new-done done", "old-dead dead", "old-queued queued", "old-running running"}
	if !slices.Equal(left, want) {
		t.Errorf("left after pruning: %v, want %v", left, want)
	}
	// The pruned job's work may be enqueued again: it is a new job.
	if added, err := q.Enqueue(ctx, []queue.Job{{Kind: queue.KindExtract, Key: "old-done"}}); err != nil || added != 1 {
		t.Errorf("enqueue after pruning = %d, %v; want 1", added, err)
	}
}
