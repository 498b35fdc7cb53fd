package web_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is where Debian's chromium package puts the browser
// (.ci/run installs it); elsewhere, a chromium on the PATH will do.
const chromiumPath = "/usr/bin/chromium"

func findChromium() (string, bool) {
	if _, err := os.Stat(chromiumPath); err == nil {
		return chromiumPath, true
	}
	p, err := exec.LookPath("chromium")
	return p, err == nil
}

// TestEndToEndInChromium drives a real headless Chromium through the demo
// corpus served on 127.0.0.1: the main story's timeline has one circle per
// article and one arrow per provenance edge, the stylesheet applies under
// the Content-Security-Policy, the page fits a 320 px screen, and a click
// on "compare with its source" opens the comparison with its aligned
// passages. Screenshots are kept for people to look at.
//
// chromedp only speaks the DevTools protocol to the installed browser
// (ExecPath); it downloads nothing.
func TestEndToEndInChromium(t *testing.T) {
	browserPath, ok := findChromium()
	if !ok {
		t.Skipf("\n\n*** SKIPPED: no Chromium at %s, so the pages were NOT tested in a browser. ***\n"+
			"*** Install it (apt-get install -y chromium; .ci/run does) and run again.    ***\n\n", chromiumPath)
	}
	s := newSite(t)
	storyID, urls := s.mainStory()
	edges := storyEdges(t, s, urls)
	a, b := s.articleID(s.demoURL("A")), s.articleID(s.demoURL("B"))
	out := e2eOutputDir(t)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browserPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(allocCtx, chromedp.WithLogf(t.Logf))
	defer cancelBrowser()

	// The story page and its timeline.
	storyURL := fmt.Sprintf("%s/stories/%d", s.server.URL, storyID)
	resp, err := chromedp.Run(browser, chromedp.NavigateResponse(storyURL))
	if err != nil {
		t.Fatalf("open %s: %v", storyURL, err)
	}
	if resp.Status != 200 {
		t.Fatalf("%s: status %d", storyURL, resp.Status)
	}
	if err := chromedp.Do(browser, chromedp.WaitVisible(chromedp.CSS("svg.timeline"))); err != nil {
		t.Fatalf("no timeline: %v", err)
	}
	circles := evaluate[int](t, browser, `document.querySelectorAll("svg.timeline circle.article").length`)
	arrows := evaluate[int](t, browser, `document.querySelectorAll("svg.timeline path.edge").length`)
	headerColour := evaluate[string](t, browser, `getComputedStyle(document.querySelector("header.site")).backgroundColor`)
	title := run(t, browser, chromedp.Title())
	saveShot(t, out, "story.png", run(t, browser, chromedp.FullScreenshot(100)))
	if circles != len(urls) {
		t.Errorf("the timeline shows %d articles, want %d (truth.json)", circles, len(urls))
	}
	if arrows != edges {
		t.Errorf("the timeline shows %d edges, want %d (the stored provenance)", arrows, edges)
	}
	if headerColour != "rgb(31, 58, 95)" {
		t.Errorf("the stylesheet did not apply (header colour %q)", headerColour)
	}
	if !strings.Contains(title, "Holvanka") {
		t.Errorf("title %q", title)
	}

	// At 320 px no page may scroll sideways: tables and pictures scroll
	// inside their own boxes, long words and addresses wrap.
	if err := chromedp.Do(browser, chromedp.EmulateViewport(320, 800)); err != nil {
		t.Fatal(err)
	}
	for name, path := range s.everyPage() {
		if err := chromedp.Do(browser, chromedp.Navigate(s.server.URL+path), chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
			t.Fatalf("%s at 320 px: %v", name, err)
		}
		if width := evaluate[int](t, browser, `document.documentElement.scrollWidth`); width > 320 {
			wide := evaluate[[]string](t, browser, `[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > 320 && !(e.parentElement && e.parentElement.closest(".svg-scroll, .table-wrap"))).map(e => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right))`)
			t.Errorf("%s at 320 px is %d px wide; too wide: %v", name, width, wide)
		}
		if name == "story" {
			saveShot(t, out, "story-320px.png", run(t, browser, chromedp.CaptureScreenshot()))
		}
	}
	if err := chromedp.Do(browser, chromedp.EmulateViewport(1280, 1000), chromedp.Navigate(storyURL),
		chromedp.WaitVisible(chromedp.CSS("svg.timeline"))); err != nil {
		t.Fatal(err)
	}

	// Follow the wire copy's "compare with its source" link, as a reader.
	link := chromedp.CSS(fmt.Sprintf(`tr[data-id="%d"] a.compare-link`, b))
	resp, err = chromedp.RunResponse(browser, chromedp.Click(link))
	if err != nil {
		t.Fatalf("clicking %s: %v", link, err)
	}
	if resp.Status != 200 {
		t.Fatalf("the comparison answered %d", resp.Status)
	}
	if err := chromedp.Do(browser, chromedp.WaitVisible(chromedp.CSS("div.compare"))); err != nil {
		t.Fatalf("no comparison: %v", err)
	}
	location := run(t, browser, chromedp.Location())
	passages := evaluate[int](t, browser, `document.querySelectorAll("div.compare mark.passage").length`)
	anchors := evaluate[int](t, browser, `document.querySelectorAll("div.compare a.pnum").length`)
	heading := run(t, browser, chromedp.Text(chromedp.CSS("h1")))
	saveShot(t, out, "compare.png", run(t, browser, chromedp.FullScreenshot(100)))
	if want := fmt.Sprintf("/compare?a=%d&b=%d", a, b); !strings.HasSuffix(location, want) {
		t.Errorf("the link led to %s, want %s", location, want)
	}
	if heading != "Compare harbourgazette.example and northwire.example" {
		t.Errorf("comparison heading %q", heading)
	}
	// Passages are numbered alike on both sides: every number twice.
	if passages == 0 || anchors == 0 || anchors%2 != 0 {
		t.Errorf("comparison shows %d marked runs and %d passage numbers", passages, anchors)
	}
}

func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func evaluate[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	return run(t, ctx, chromedp.Evaluate[T](js))
}

// storyEdges counts the stored provenance edges between members of a
// story.
func storyEdges(t *testing.T, s *site, urls []string) int {
	t.Helper()
	members := map[int64]bool{}
	for _, u := range urls {
		members[s.articleID(u)] = true
	}
	n := 0
	for id := range members {
		e, err := s.store.Parent(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if e != nil && members[e.From] {
			n++
		}
	}
	return n
}

// e2eOutputDir is where the screenshots go: $ECHOTRACE_E2E_OUT, or
// web/testdata/e2e-output (git-ignored), which outlive the test's
// temporary directories.
func e2eOutputDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("ECHOTRACE_E2E_OUT")
	if dir == "" {
		dir = filepath.Join("testdata", "e2e-output")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		t.Fatal(err)
	}
	return abs
}

func saveShot(t *testing.T, dir, name string, png []byte) {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}
