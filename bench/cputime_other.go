//go:build !unix

package bench

import "time"

// processCPU is not measured on this system; reports then omit it.
func processCPU() time.Duration { return 0 }
