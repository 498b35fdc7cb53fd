package web

import (
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Error kinds of Fetch. Every error Fetch returns names the requested URL
// (and the redirect target when that is where it failed) and wraps one of
// these, a *StatusError, or the caller's context error; test them with
// errors.Is and errors.As, never by message.
var (
	// ErrDisallowed: robots.txt of the site does not let echotrace fetch the
	// URL, or robots.txt could not be read (RFC 9309: unreachable means
	// complete disallow).
	ErrDisallowed = errors.New("disallowed by robots.txt")
	// ErrRobotsUnreachable comes with ErrDisallowed when robots.txt could
	// not be read (a 5xx, a 429, a network error): the site did not say
	// no, so asking again later may succeed, unlike a disallow by its
	// rules.
	ErrRobotsUnreachable = errors.New("robots.txt unreachable")
	// ErrPacing: the Pacer of Config.Pacer failed to give the server's
	// turn (its database is away, say, or the turn is further off than it
	// waits); the error it returned is wrapped too. Nothing was asked of
	// the server.
	ErrPacing = errors.New("waiting for the server's turn")
	// ErrUnreachable: the server could not be reached at all (refused
	// connection, unknown host, reset, timeout) when its robots.txt was
	// asked for, so nothing of it was fetched. Kept apart from
	// ErrDisallowed, which is the site's own answer.
	ErrUnreachable = errors.New("server unreachable")
	// ErrPrivateAddress: the host is, or resolves to, a loopback, private,
	// link-local, unspecified, multicast or otherwise reserved address.
	ErrPrivateAddress = errors.New("refusing to connect to a private address")
	// ErrTooLarge: the decoded body is longer than Config.MaxBody.
	ErrTooLarge = errors.New("response body too large")
	// ErrContentType: the response is not of a kind the request accepts.
	ErrContentType = errors.New("unacceptable content type")
	// ErrTimeout: one HTTP exchange took longer than Config.Timeout.
	ErrTimeout = errors.New("timed out")
	// ErrRedirectLoop: a redirect led back to a URL already visited.
	ErrRedirectLoop = errors.New("redirect loop")
	// ErrTooManyRedirects: more than Config.MaxRedirects redirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrUnsupportedURL: not an absolute http or https URL.
	ErrUnsupportedURL = errors.New("unsupported URL")
)

// StatusError is an HTTP answer that is neither a success, a redirect nor
// "not modified". Temporary tells a caller's scheduler whether coming back
// later may help.
type StatusError struct {
	URL      string // the URL that answered (after redirects)
	Code     int
	Attempts int // how many times the URL was asked
	// RetryAt is when the server asked to be asked again (Retry-After),
	// set when that is further away than this fetcher is willing to wait.
	RetryAt time.Time
	// Wait is how long RetryAt was from the moment of the answer.
	Wait time.Duration
	// RetryAfter is what the server's Retry-After header asked for, when
	// it sent one with a 408, 429 or 5xx, whether or not the fetcher
	// waited for it: a caller that retries later itself waits as long.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	msg := fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
	if !e.RetryAt.IsZero() {
		msg += fmt.Sprintf(": server asks to retry after %s (in %s), longer than this fetcher waits",
			e.RetryAt.UTC().Format(time.RFC3339), e.Wait.Round(time.Second))
	}
	if e.Attempts > 1 {
		msg += fmt.Sprintf(" (after %d attempts)", e.Attempts)
	}
	return msg
}

// Temporary reports whether the same request may succeed later: 408, 429
// and 5xx other than 501 and 505. 404 and 410 are permanent.
func (e *StatusError) Temporary() bool { return retryable(e.Code) }

func retryable(code int) bool {
	switch code {
	case http.StatusRequestTimeout, http.StatusTooManyRequests:
		return true
	case http.StatusNotImplemented, http.StatusHTTPVersionNotSupported:
		return false
	}
	return code >= 500 && code < 600
}
