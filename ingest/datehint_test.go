package ingest

import (
	"testing"
	"time"

	"github.com/echotrace/echotrace"
)

func TestWithDateHint(t *testing.T) {
	day := time.Date(2026, 4, 12, 0, 0, 0, 0, time.UTC)
	feedTime := day.Add(9*time.Hour + 30*time.Minute)
	listed := func(when time.Time, by string) *echotrace.Capture {
		return &echotrace.Capture{Origin: echotrace.OriginFeed, Headers: map[string]string{
			HeaderListedDate: when.Format(time.RFC3339), HeaderListedBy: by}}
	}
	archived := &echotrace.Capture{Origin: echotrace.OriginWARC, CapturedAt: day.Add(30 * time.Hour)}
	for _, tc := range []struct {
		name       string
		published  time.Time
		source     string
		capture    *echotrace.Capture
		want       time.Time
		wantSource string
	}{
		{"the page's own date wins", day.Add(8 * time.Hour), "meta", listed(feedTime, "feed"), day.Add(8 * time.Hour), "meta"},
		{"an undated page takes the feed's", time.Time{}, "", listed(feedTime, "feed"), feedTime, "feed"},
		{"an undated page takes the sitemap's", time.Time{}, "", listed(feedTime, "sitemap"), feedTime, "sitemap"},
		{"a feed's time refines the URL's day", day, "url", listed(feedTime, "feed"), feedTime, "feed"},
		{"a feed's time days away leaves the URL's", day, "url", listed(day.Add(5*24*time.Hour), "feed"), day, "url"},
		{"an unknown lister is ignored", time.Time{}, "", listed(feedTime, "blog"), time.Time{}, ""},
		{"an archive's capture time for an undated page", time.Time{}, "", archived, archived.CapturedAt, "warc"},
		{"a capture time does not refine a URL's day", day, "url", archived, day, "url"},
		{"nothing to go on", time.Time{}, "", &echotrace.Capture{Origin: echotrace.OriginFetch}, time.Time{}, ""},
	} {
		got, gotSource := withDateHint(tc.published, tc.source, tc.capture)
		if !got.Equal(tc.want) || gotSource != tc.wantSource {
			t.Errorf("%s: got %v (%s), want %v (%s)", tc.name, got, gotSource, tc.want, tc.wantSource)
		}
	}
}
