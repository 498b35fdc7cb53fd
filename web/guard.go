package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"runtime/debug"
	"strings"

	"github.com/echotrace/echotrace"
)

// guard wraps every route with the server's safety checks, outermost
// first: security headers on every answer, recovery from a handler's
// panic, a bound on request bodies, cross-origin protection, the write
// token, and the CSRF token of forms.
func (s *Server) guard(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.refuse(w, r, fmt.Errorf("cross-origin request refused: %w", errForbidden))
	}))
	checked := cop.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.checkWrite(r); err != nil {
			s.refuse(w, r, err)
			return
		}
		next.ServeHTTP(w, r)
	}))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		securityHeaders(w.Header())
		defer s.recoverPanic(w, r)
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.maxBody())
		}
		checked.ServeHTTP(w, r)
	})
}

// contentSecurityPolicy allows nothing but this server's own files: no
// script at all (the pages need none), no inline style, no frames. Fetched
// and uploaded pages are only ever shown as escaped text, and this is the
// second line of defence should an escape ever be missed.
const contentSecurityPolicy = "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; " +
	"frame-ancestors 'none'; form-action 'self'; img-src 'self' data:; style-src 'self'"

func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

// recoverPanic turns a handler's panic into a 500 with a log line, so
// that one bad request never takes the server down.
func (s *Server) recoverPanic(w http.ResponseWriter, r *http.Request) {
	v := recover()
	if v == nil {
		return
	}
	if v == http.ErrAbortHandler {
		panic(v) // the handler asked to abort the connection
	}
	s.opts.Log.Error("handler panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
	s.refuse(w, r, fmt.Errorf("panic: %v", v))
}

// refuse answers a request that the guard stops, or that failed, as JSON
// for the API and as a short text otherwise (the pages have their own
// error page for what their handlers return).
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, err error) {
	if strings.HasPrefix(r.URL.Path, "/api/") || !acceptsHTML(r) {
		s.writeError(w, r, err)
		return
	}
	status := statusOf(err)
	s.logFailure(r, status, err)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprintln(w, publicMessage(err, status))
}

func acceptsHTML(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept"), "text/html")
}

// multipartSlack is what a multipart upload may add to the page it
// carries: boundaries, part headers and the small form fields.
const multipartSlack = 64 << 10

// maxBody bounds every request body: an uploaded page with its form.
func (s *Server) maxBody() int64 { return s.opts.MaxUpload + multipartSlack }

// writes are the methods that change something.
func isWrite(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

// checkWrite lets a write through when it carries the token (if the
// server has one) and, if it is a form, its CSRF token. An API client
// that sends a bearer token or JSON is no browser form: cross-origin
// protection and the token cover it.
func (s *Server) checkWrite(r *http.Request) error {
	if !isWrite(r.Method) {
		return nil
	}
	bearer, hasBearer := bearerToken(r)
	form := isForm(r)
	if form {
		if err := s.parseForm(r); err != nil {
			return err
		}
	}
	if s.opts.Token != "" {
		given := bearer
		if !hasBearer && form {
			given = r.PostFormValue("token")
		}
		if given == "" {
			return fmt.Errorf("%w", errUnauthorized)
		}
		if !sameSecret(given, s.opts.Token) {
			return fmt.Errorf("wrong token: %w", errForbidden)
		}
	}
	if form && !hasBearer && !s.validCSRF(r) {
		return fmt.Errorf("the form's CSRF token is missing or stale: reload the page and send it again: %w", errForbidden)
	}
	return nil
}

// sameSecret compares in constant time; hashing first hides the length.
func sameSecret(a, b string) bool {
	ha, hb := sha256.Sum256([]byte(a)), sha256.Sum256([]byte(b))
	return subtle.ConstantTimeCompare(ha[:], hb[:]) == 1
}

func bearerToken(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	return strings.TrimSpace(token), true
}

// isForm: the body is one a browser form can send across origins.
func isForm(r *http.Request) bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mt {
	case "application/x-www-form-urlencoded", "multipart/form-data", "text/plain":
		return true
	}
	return false
}

// parseForm reads a form body once (handlers then read r.PostForm and
// r.MultipartForm); a body over the limit is a 413.
func (s *Server) parseForm(r *http.Request) error {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var err error
	switch mt {
	case "multipart/form-data":
		err = r.ParseMultipartForm(s.maxBody())
	case "application/x-www-form-urlencoded":
		err = r.ParseForm()
	default:
		return nil
	}
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return err
	}
	if err != nil {
		return echotrace.Invalidf("unreadable form: %v", err)
	}
	return nil
}

// csrfCookie holds a random nonce per browser; a form's "csrf" field holds
// the nonce's HMAC under the server's secret. A cross-site attacker can
// neither read the cookie nor compute the HMAC, and a cookie planted from
// a sibling domain is useless without the secret.
const csrfCookie = "echotrace_csrf"

// csrfToken returns the CSRF token for the forms of the page being
// written to w, setting the cookie it rests on if the browser has none.
// Templates put it in a hidden field named "csrf".
func (s *Server) csrfToken(r *http.Request, w http.ResponseWriter) string {
	nonce := csrfNonce(r)
	if nonce == "" {
		nonce = pendingCSRFNonce(w)
	}
	if nonce == "" {
		b := make([]byte, 24)
		_, _ = rand.Read(b)
		nonce = base64.RawURLEncoding.EncodeToString(b)
		http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: nonce, Path: "/", HttpOnly: true,
			Secure: r.TLS != nil, SameSite: http.SameSiteLaxMode})
	}
	return s.csrfMAC(nonce)
}

func (s *Server) csrfMAC(nonce string) string {
	m := hmac.New(sha256.New, s.csrfSecret)
	m.Write([]byte(nonce))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func (s *Server) validCSRF(r *http.Request) bool {
	nonce := csrfNonce(r)
	given := r.PostFormValue("csrf")
	if nonce == "" || given == "" {
		return false
	}
	return hmac.Equal([]byte(given), []byte(s.csrfMAC(nonce)))
}

// csrfNonce is the nonce of the request's cookie, "" when it has none
// that could be ours.
func csrfNonce(r *http.Request) string {
	c, err := r.Cookie(csrfCookie)
	if err != nil || len(c.Value) < 16 || len(c.Value) > 64 {
		return ""
	}
	return c.Value
}

// pendingCSRFNonce is the nonce of a cookie this response already sets,
// so that a page with several forms gives them all one token.
func pendingCSRFNonce(w http.ResponseWriter) string {
	for _, line := range w.Header().Values("Set-Cookie") {
		if c, err := http.ParseSetCookie(line); err == nil && c.Name == csrfCookie {
			return c.Value
		}
	}
	return ""
}
