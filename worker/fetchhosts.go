package worker

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// hostTurns is the web.Pacer of workers: each server's turn kept in the
// database (fetch_hosts, migration 0007), so that every worker process
// together asks a server no more often than one fetcher alone would. A
// turn is claimed with one statement on the database's clock; waits are
// durations the database computed, so the workers' clocks do not matter.
//
// A turn further away than maxWait is not waited for: the fetch fails with
// a *hostBusy, and the worker gives the job back to the queue until then,
// free to fetch from other servers meanwhile.
type hostTurns struct {
	pool *pgxpool.Pool
	// inFlight is the longest a request may take (the fetcher's timeout,
	// with a margin): a claimed turn holds the server that long at most,
	// should its worker die before it says the request ended.
	inFlight time.Duration
	// maxWait is the longest a fetch waits here for a turn.
	maxWait time.Duration
	// poll is how often a fetch waiting behind a request in flight asks
	// whether it has ended.
	poll time.Duration
	logf func(format string, args ...any)
}

// hostBusy: the server's turn is further away than the worker waits.
type hostBusy struct {
	server string
	// wait is how long until the turn, when known; 0 while another
	// worker's request to the server is in flight (it may end any time).
	wait time.Duration
}

func (e *hostBusy) Error() string {
	if e.wait == 0 {
		return fmt.Sprintf("%s is busy with another worker's requests", e.server)
	}
	return fmt.Sprintf("%s's next turn is in %s", e.server, e.wait.Round(time.Millisecond))
}

// micros is a duration as the bigint of microseconds the statements take.
func micros(d time.Duration) int64 { return d.Microseconds() }

// Turn claims server's turn, waiting up to maxWait for it.
func (h *hostTurns) Turn(ctx context.Context, server string, interval time.Duration) (func(), error) {
	var b [12]byte
	rand.Read(b[:])
	token := hex.EncodeToString(b[:])
	var waited time.Duration
	for {
		// One statement: the claim, when the turn is free, and otherwise
		// how long until it is (the CTE's SELECT sees the row as it was).
		var got, busy bool
		var waitUS int64
		err := h.pool.QueryRow(ctx, `
			WITH claim AS (
				INSERT INTO fetch_hosts AS h (server, next_allowed, holder)
				VALUES ($1, now() + $2::bigint * interval '1 microsecond', $3)
				ON CONFLICT (server) DO UPDATE SET next_allowed = excluded.next_allowed, holder = excluded.holder
				WHERE h.next_allowed <= now()
				RETURNING 1
			)
			SELECT EXISTS (SELECT 1 FROM claim),
				coalesce((SELECT holder <> '' FROM fetch_hosts WHERE server = $1), false),
				coalesce((SELECT greatest(0, (extract(epoch FROM next_allowed - now()) * 1e6)::bigint)
					FROM fetch_hosts WHERE server = $1), 0)`,
			server, micros(h.inFlight), token).Scan(&got, &busy, &waitUS)
		if err != nil {
			return nil, fmt.Errorf("claim a turn at %s: %w", server, err)
		}
		if got {
			return func() { h.done(server, token, interval) }, nil
		}
		wait := time.Duration(waitUS) * time.Microsecond
		if busy {
			// The request in flight may end any moment: ask again soon.
			wait = min(wait, h.poll)
		}
		if waited+wait > h.maxWait {
			if busy {
				return nil, &hostBusy{server: server}
			}
			return nil, &hostBusy{server: server, wait: wait}
		}
		// A little more than the wait, so that the next try finds the turn
		// free rather than a microsecond early.
		wait += time.Millisecond
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		waited += wait
	}
}

// done ends the request that holds server's turn: the next may start after
// the interval (or the Crawl-delay, or a Retry-After told meanwhile). If it
// cannot reach the database, the turn ends when its in-flight bound does.
func (h *hostTurns) done(server, token string, interval time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := h.pool.Exec(ctx, `
		UPDATE fetch_hosts SET holder = '',
			next_allowed = greatest(now() + greatest($3::bigint * interval '1 microsecond', delay), held_until)
		WHERE server = $1 AND holder = $2`, server, token, micros(interval))
	if err != nil && h.logf != nil {
		h.logf("end of a request to %s not recorded (the server's turn comes back in at most %s): %v", server, h.inFlight, err)
	}
}

// Hold keeps every worker's requests to server waiting for d from now.
func (h *hostTurns) Hold(ctx context.Context, server string, d time.Duration) error {
	_, err := h.pool.Exec(ctx, `
		INSERT INTO fetch_hosts AS h (server, next_allowed, held_until)
		VALUES ($1, now() + $2::bigint * interval '1 microsecond', now() + $2::bigint * interval '1 microsecond')
		ON CONFLICT (server) DO UPDATE SET
			next_allowed = greatest(h.next_allowed, excluded.next_allowed),
			held_until = greatest(h.held_until, excluded.held_until)`, server, micros(d))
	if err != nil {
		return fmt.Errorf("hold %s for %s: %w", server, d, err)
	}
	return nil
}

// SetDelay records server's Crawl-delay for every worker.
func (h *hostTurns) SetDelay(ctx context.Context, server string, d time.Duration) error {
	_, err := h.pool.Exec(ctx, `
		INSERT INTO fetch_hosts AS h (server, next_allowed, delay)
		VALUES ($1, '-infinity', $2::bigint * interval '1 microsecond')
		ON CONFLICT (server) DO UPDATE SET delay = excluded.delay,
			-- Told just after robots.txt was read: the next request waits
			-- the delay from now, not the interval its end set.
			next_allowed = CASE WHEN h.holder = '' THEN greatest(h.next_allowed, now() + excluded.delay)
			               ELSE h.next_allowed END`, server, micros(d))
	if err != nil {
		return fmt.Errorf("record the Crawl-delay of %s: %w", server, err)
	}
	return nil
}
