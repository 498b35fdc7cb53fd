package app

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestProfilesAreServedOnLoopbackOnly(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logged []string
	logf := func(format string, args ...any) { logged = append(logged, fmt.Sprintf(format, args...)) }
	for _, addr := range []string{"0.0.0.0:0", "192.0.2.7:6060", "nonsense"} {
		if err := serveProfiles(ctx, addr, logf); err == nil {
			t.Errorf("--pprof %s was accepted", addr)
		}
	}
	if err := serveProfiles(ctx, "127.0.0.1:0", logf); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`profiles at (http://\S+/debug/pprof/)`).FindStringSubmatch(strings.Join(logged, "\n"))
	if m == nil {
		t.Fatalf("no address logged: %q", logged)
	}
	resp, err := http.Get(m[1] + "goroutine?debug=1")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "goroutine profile") {
		t.Errorf("goroutine profile: %d %.200s", resp.StatusCode, body)
	}
	cancel()
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := http.Get(m[1])
		if err != nil {
			break
		}
		resp.Body.Close()
		if time.Now().After(deadline) {
			t.Fatal("profiles still served after the worker stopped")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
