package alias

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaultTable(t *testing.T) {
	tab := Default()
	for _, pair := range [][2]string{{"kyiv", "kiev"}, {"kharkiv", "kharkov"}, {"bakhmut", "artyomovsk"}, {"artemovsk", "bakhmut"},
		{"zelenskyy", "zelensky"}, {"zelenskiy", "zelensky"}, {"beijing", "peking"}, {"mumbai", "bombay"}} {
		if !tab.Same(pair[0], pair[1]) {
			t.Errorf("%s and %s do not fold together", pair[0], pair[1])
		}
	}
	if tab.Same("kyiv", "kyiv") || tab.Same("kyiv", "moscow") {
		t.Error("Same is true for a word and itself or unrelated words")
	}
	if tab.Fold("harbour") != "harbour" {
		t.Error("a word outside the table changed")
	}
	if tab.Version == "" {
		t.Error("no version")
	}
}

func TestUserFileExtendsAndMergesGroups(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "mine.txt")
	os.WriteFile(p, []byte("# invented\nHolvanka = Golvanka\nKyjiw = Kyiv\n"), 0o644)
	tab, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if !tab.Same("holvanka", "golvanka") || !tab.Same("kyjiw", "kiev") {
		t.Error("user groups not applied, or not merged with the default group")
	}
	if tab.Version == Default().Version {
		t.Error("version unchanged by a user file")
	}
	again, _ := Load(p)
	if again.Version != tab.Version {
		t.Error("version not stable")
	}
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{"kyiv = \n", "new york = nyc\n"} {
		if _, err := Parse(strings.NewReader(bad), "bad.txt"); err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
			t.Errorf("Parse(%q) error = %v, want one naming bad.txt:1", bad, err)
		}
	}
	if _, err := Load("/nonexistent/aliases.txt"); err == nil {
		t.Error("missing file accepted")
	}
}
