package feeds

import (
	"hash/fnv"
	"time"
)

// Schedule is the polling policy. The rule, for a feed whose base interval
// is B:
//
//   - a poll that brings new items resets the feed to B;
//   - each consecutive unchanged poll (304 Not Modified, or nothing new)
//     doubles the wait, up to MaxUnchanged: a quiet outlet is polled
//     every B, 2B, 4B ... 6 h;
//   - each consecutive failure doubles the wait too, up to MaxFailing, and
//     never brings the next poll sooner than the unchanged back-off alone
//     would: B·2^failures ... 24 h. The caller keeps the last error, to show
//     in `echotrace status`;
//   - a server's Retry-After (PollState.NotBefore) is honoured as a floor;
//   - feeds with a Key are spread by up to a tenth of their wait, by a hash
//     of the key, so that 500 feeds added together do not all poll in the
//     same second. The spread is the same for a feed every time: no
//     randomness, so tests and restarts see the same times.
//
// The zero Schedule is DefaultSchedule.
type Schedule struct {
	Base         time.Duration
	MaxUnchanged time.Duration
	MaxFailing   time.Duration
}

// DefaultSchedule polls every 15 minutes, backs off to 6 hours for a quiet
// feed and to 24 hours for a failing one.
var DefaultSchedule = Schedule{Base: 15 * time.Minute, MaxUnchanged: 6 * time.Hour, MaxFailing: 24 * time.Hour}

// PollState is what the scheduler remembers of a feed between polls.
type PollState struct {
	// Interval is the feed's base interval; zero means the schedule's Base.
	Interval time.Duration
	// Unchanged counts consecutive polls that brought nothing new.
	Unchanged int
	// Failures counts consecutive polls that failed.
	Failures int
	// NotBefore is the earliest time the server allows (Retry-After).
	NotBefore time.Time
	// Key identifies the feed (its URL) for spreading polls; may be empty.
	Key string
}

// Outcome is what one poll found.
type Outcome int

const (
	// Changed: the poll brought at least one new item.
	Changed Outcome = iota + 1
	// Unchanged: 304 Not Modified, or a listing with nothing new.
	Unchanged
	// Failed: the fetch or the parse failed.
	Failed
)

// After returns the state after a poll with outcome o. NotBefore is cleared:
// set it again from the response that carried a Retry-After.
func (p PollState) After(o Outcome) PollState {
	p.NotBefore = time.Time{}
	switch o {
	case Changed:
		p.Unchanged, p.Failures = 0, 0
	case Unchanged:
		p.Unchanged++
		p.Failures = 0
	case Failed:
		// Unchanged is kept: a quiet feed that starts failing should not
		// be polled more often than when it was merely quiet.
		p.Failures++
	}
	return p
}

// NextPoll is DefaultSchedule.Next.
func NextPoll(last PollState, now time.Time) time.Time {
	return DefaultSchedule.Next(last, now)
}

// Next returns when to poll a feed again, given its state after the poll
// that finished at now.
func (s Schedule) Next(p PollState, now time.Time) time.Time {
	s = s.withDefaults()
	base := p.Interval
	if base <= 0 {
		base = s.Base
	}
	wait := backoff(base, p.Unchanged, s.MaxUnchanged)
	if p.Failures > 0 {
		wait = max(wait, backoff(base, p.Failures, s.MaxFailing))
	}
	if p.Key != "" {
		h := fnv.New32a()
		h.Write([]byte(p.Key))
		wait += time.Duration(int64(wait) / 10 * int64(h.Sum32()%1000) / 1000)
	}
	next := now.Add(wait)
	if p.NotBefore.After(next) {
		next = p.NotBefore
	}
	return next
}

func (s Schedule) withDefaults() Schedule {
	if s.Base <= 0 {
		s.Base = DefaultSchedule.Base
	}
	if s.MaxUnchanged <= 0 {
		s.MaxUnchanged = DefaultSchedule.MaxUnchanged
	}
	if s.MaxFailing <= 0 {
		s.MaxFailing = DefaultSchedule.MaxFailing
	}
	return s
}

// backoff is base doubled n times, capped at limit; never below base, so that
// a feed whose own interval exceeds the cap keeps its interval.
func backoff(base time.Duration, n int, limit time.Duration) time.Duration {
	d := base
	for i := 0; i < n && d < limit; i++ {
		if d > limit/2 {
			d = limit
			break
		}
		d *= 2
	}
	return max(base, min(d, limit))
}
