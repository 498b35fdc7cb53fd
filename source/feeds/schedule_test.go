package feeds

import (
	"testing"
	"time"
)

func TestNextPollBackoffAndReset(t *testing.T) {
	now := time.Date(2026, 3, 6, 12, 0, 0, 0, time.UTC)
	var st PollState
	wait := func() time.Duration { return NextPoll(st, now).Sub(now) }

	if w := wait(); w != 15*time.Minute {
		t.Fatalf("fresh feed waits %v", w)
	}
	// Quiet feed: 30m, 1h, 2h, 4h, then 6h for good.
	for _, want := range []time.Duration{30 * time.Minute, time.Hour, 2 * time.Hour, 4 * time.Hour, 6 * time.Hour, 6 * time.Hour} {
		st = st.After(Unchanged)
		if w := wait(); w != want {
			t.Errorf("after %d unchanged polls: wait %v, want %v", st.Unchanged, w, want)
		}
	}
	// New items: back to the base interval.
	st = st.After(Changed)
	if w := wait(); w != 15*time.Minute || st.Unchanged != 0 {
		t.Errorf("after new items: wait %v, state %+v", w, st)
	}
	// Failing feed: 30m ... 16h, then 24h for good.
	for _, want := range []time.Duration{30 * time.Minute, time.Hour, 2 * time.Hour, 4 * time.Hour, 8 * time.Hour, 16 * time.Hour, 24 * time.Hour, 24 * time.Hour} {
		st = st.After(Failed)
		if w := wait(); w != want {
			t.Errorf("after %d failures: wait %v, want %v", st.Failures, w, want)
		}
	}
	// A success that brings nothing new ends the failure back-off.
	st = st.After(Unchanged)
	if w := wait(); w != 30*time.Minute || st.Failures != 0 {
		t.Errorf("after recovering: wait %v, state %+v", w, st)
	}
}

func TestNextPollRules(t *testing.T) {
	now := time.Date(2026, 3, 6, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		s    Schedule
		st   PollState
		want time.Duration
	}{
		{"own interval", DefaultSchedule, PollState{Interval: time.Hour, Unchanged: 1}, 2 * time.Hour},
		{"interval above the cap is kept", DefaultSchedule, PollState{Interval: 12 * time.Hour, Unchanged: 3}, 12 * time.Hour},
		{"a failing quiet feed waits no less than a quiet one", DefaultSchedule, PollState{Unchanged: 5, Failures: 1}, 6 * time.Hour},
		{"many failures do not overflow", DefaultSchedule, PollState{Failures: 1000}, 24 * time.Hour},
		{"custom schedule", Schedule{Base: time.Minute, MaxUnchanged: 5 * time.Minute}, PollState{Unchanged: 10}, 5 * time.Minute},
		{"zero schedule is the default", Schedule{}, PollState{}, 15 * time.Minute},
		{"Retry-After is a floor", DefaultSchedule, PollState{NotBefore: now.Add(3 * time.Hour)}, 3 * time.Hour},
		{"Retry-After sooner than the back-off", DefaultSchedule, PollState{Failures: 2, NotBefore: now.Add(time.Minute)}, time.Hour},
	} {
		if got := tc.s.Next(tc.st, now).Sub(now); got != tc.want {
			t.Errorf("%s: wait %v, want %v", tc.name, got, tc.want)
		}
	}
}

// Keys spread feeds over up to a tenth of their wait, the same way every time.
func TestNextPollSpread(t *testing.T) {
	now := time.Date(2026, 3, 6, 12, 0, 0, 0, time.UTC)
	seen := map[time.Duration]bool{}
	for _, key := range []string{"https://a.example/feed", "https://b.example/feed", "https://c.example/rss", "https://d.example/atom.xml"} {
		st := PollState{Key: key, Unchanged: 2}
		w := NextPoll(st, now).Sub(now)
		if w < time.Hour || w >= time.Hour+6*time.Minute {
			t.Errorf("%s: wait %v outside [1h, 1h06m)", key, w)
		}
		if again := NextPoll(st, now).Sub(now); again != w {
			t.Errorf("%s: %v then %v", key, w, again)
		}
		seen[w] = true
	}
	if len(seen) < 3 {
		t.Errorf("keys not spread: %v", seen)
	}
}

func TestAfterClearsNotBefore(t *testing.T) {
	st := PollState{NotBefore: time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)}.After(Failed)
	if !st.NotBefore.IsZero() || st.Failures != 1 {
		t.Errorf("state %+v", st)
	}
}
