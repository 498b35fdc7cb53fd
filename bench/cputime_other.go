//go:build !unix

package bench

import "time"

// CPUTime is not measured on this system; reports then omit it.
func CPUTime() time.Duration { return 0 }
