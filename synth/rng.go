package synth

import (
	"math"
	"math/bits"
)

// rng is a splitmix64 generator. It is used instead of math/rand/v2 because
// every family gets its own stream derived from (seed, family number): that
// keeps output identical for a seed whatever the order or concurrency of
// generation, and a concrete type with no interface call keeps the hot path
// of template expansion cheap.
type rng struct{ s uint64 }

func newRNG(seed int64, stream uint64) rng {
	r := rng{s: uint64(seed)*0x9E3779B97F4A7C15 ^ (stream+1)*0xD1B54A32D192ED03}
	r.next()
	r.next()
	return r
}

func (r *rng) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31
}

// intn returns a number in [0, n); n must be positive.
func (r *rng) intn(n int) int {
	hi, _ := bits.Mul64(r.next(), uint64(n))
	return int(hi)
}

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + r.intn(hi-lo+1)
}

func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

func (r *rng) chance(p float64) bool { return r.float() < p }

// normal returns an approximately standard normal number (Irwin–Hall with 6
// uniforms): good enough for lengths and delays, and branch-free.
func (r *rng) normal() float64 {
	s := 0.0
	for i := 0; i < 6; i++ {
		s += r.float()
	}
	return (s - 3) * 1.4142135623730951
}

// pickCum returns an index drawn with the weights whose running sums are cum,
// by binary search (inversion).
func (r *rng) pickCum(cum []float64) int {
	x := r.float() * cum[len(cum)-1]
	lo, hi := 0, len(cum)-1
	for lo < hi {
		m := (lo + hi) / 2
		if cum[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func pick[T any](r *rng, xs []T) T { return xs[r.intn(len(xs))] }

func shuffle[T any](r *rng, xs []T) {
	for i := len(xs) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		xs[i], xs[j] = xs[j], xs[i]
	}
}

// zipfCum builds the cumulative weights of a Zipf law with exponent s over n
// items, for pickCum.
func zipfCum(n int, s float64) []float64 {
	cum := make([]float64, n)
	t := 0.0
	for i := range cum {
		t += math.Pow(float64(i+1), -s)
		cum[i] = t
	}
	return cum
}
