package app

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
)

// Config is everything a command may need to know about its environment. It
// is built once, from ECHOTRACE_* variables and then flags, and passed down;
// nothing reads the environment elsewhere.
type Config struct {
	// DB is the database: a SQLite file path, or a postgres:// DSN.
	DB string
	// DBSet says DB came from the user rather than the default.
	DBSet bool
	// LogLevel filters the diagnostic log on standard error.
	LogLevel slog.Level
	// Workers bounds parallel extraction; 0 means one per CPU.
	Workers int
	// AliasFiles extend the default alias table, separated by ':'.
	AliasFiles string
	// AEBDir is the extraction benchmark's folder; "" means look beside the project.
	AEBDir string
	// Contact goes in the fetcher's User-Agent, so that site operators can
	// reach whoever runs echotrace (a URL or mailto:); "" means the
	// project's page.
	Contact string
	// Rate is the most requests per second sent to one server.
	Rate float64
	// CPUProfile, when set, is a file that receives a CPU profile of the
	// whole command (to see where an import's time goes).
	CPUProfile string
	// Token is what changes to a served database must carry (serve).
	Token string
}

// DefaultRate is one request per second per server.
const DefaultRate = 1.0

// DefaultDB is the SQLite file used when no database is named.
const DefaultDB = "echotrace.db"

// ConfigFromEnv reads ECHOTRACE_DB, ECHOTRACE_LOG_LEVEL, ECHOTRACE_WORKERS,
// ECHOTRACE_AEB, ECHOTRACE_CONTACT, ECHOTRACE_RATE, ECHOTRACE_ALIASES,
// ECHOTRACE_CPUPROFILE and ECHOTRACE_TOKEN.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	c := Config{DB: DefaultDB, LogLevel: slog.LevelWarn, Rate: DefaultRate}
	if v := getenv("ECHOTRACE_DB"); v != "" {
		c.DB, c.DBSet = v, true
	}
	if v := getenv("ECHOTRACE_LOG_LEVEL"); v != "" {
		if err := c.LogLevel.UnmarshalText([]byte(strings.ToUpper(v))); err != nil {
			return c, fmt.Errorf("ECHOTRACE_LOG_LEVEL=%q: want debug, info, warn or error", v)
		}
	}
	if v := getenv("ECHOTRACE_WORKERS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return c, fmt.Errorf("ECHOTRACE_WORKERS=%q: want a number ≥ 0", v)
		}
		c.Workers = n
	}
	if v := getenv("ECHOTRACE_RATE"); v != "" {
		r, err := strconv.ParseFloat(v, 64)
		if err != nil || !(r > 0) {
			return c, fmt.Errorf("ECHOTRACE_RATE=%q: want requests per second per server, a number > 0", v)
		}
		c.Rate = r
	}
	c.Contact = getenv("ECHOTRACE_CONTACT")
	c.AEBDir = getenv("ECHOTRACE_AEB")
	c.AliasFiles = getenv("ECHOTRACE_ALIASES")
	c.CPUProfile = getenv("ECHOTRACE_CPUPROFILE")
	c.Token = getenv("ECHOTRACE_TOKEN")
	return c, nil
}
