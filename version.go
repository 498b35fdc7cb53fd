package echotrace

import "runtime/debug"

// BuildVersion names the running build, for what must say what made it (an
// evidence report, an export's header): the module version of a release
// build, else the commit it was built from, else "dev" (tests, and builds
// outside a repository).
func BuildVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev string
	var modified bool
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if modified {
		return "dev (commit " + rev + ", with uncommitted changes)"
	}
	return "dev (commit " + rev + ")"
}
