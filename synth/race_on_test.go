//go:build race

package synth

// raceOn scales the heavier tests down under the race detector, which
// slows generation about tenfold.
const raceOn = true
