//go:build unix

package bench

import (
	"syscall"
	"time"
)

// CPUTime is the CPU time this process has used, user and system, every
// thread. On a machine shared with other work a benchmark's wall time
// measures the neighbours too; its CPU time much less so.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
