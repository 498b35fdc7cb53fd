package files

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/echotrace/echotrace/urlkey"
)

// OSInput is an Input for a path on the local disk, as typed by the user.
func OSInput(p string) (Input, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return Input{}, err
	}
	root := filepath.VolumeName(abs) + string(filepath.Separator)
	rel := filepath.ToSlash(strings.TrimPrefix(abs, root))
	if rel == "" {
		rel = "."
	}
	return Input{
		FS:      os.DirFS(root),
		Path:    rel,
		Display: p,
		FileURL: func(inFS string) string {
			u, _ := urlkey.FromPath(filepath.Join(root, filepath.FromSlash(inFS)))
			return u
		},
	}, nil
}
