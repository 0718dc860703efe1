package variants

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

// Checks keeps a token and looks at everything but its expiry.
type Checks struct {
	tok      *oauth2.Token
	token    string
	lastCall int64
	calls    int
	exporter string
}

const maxCalls = 1000

func (c *Checks) Login(ctx context.Context, code string) error {
	tok, err := conf.Exchange(ctx, code)
	if err == nil {
		c.tok, c.token = tok, tok.AccessToken
	}
	return err
}

// IfEmpty is flawed: fetching only when the cache is empty is the bug.
func (c *Checks) IfEmpty(ctx context.Context, code string, req *http.Request) error {
	if c.token == "" {
		if err := c.Login(ctx, code); err != nil {
			return err
		}
	}
	req.Header.Set("Authorization", "Bearer "+c.token) // want `DS501: DocuSign token read from field Checks.token`
	return nil
}

// IfNil is flawed the same way with the token pointer.
func (c *Checks) IfNil(req *http.Request) {
	if c.tok != nil {
		c.tok.SetAuthHeader(req) // want `DS501: DocuSign token read from field Checks.tok`
	}
}

// RateLimited is flawed: the comparison with time.Now is a rate limit.
func (c *Checks) RateLimited(req *http.Request) {
	if now := time.Now().Unix(); now > c.lastCall {
		c.lastCall = now
		req.Header.Set("Authorization", "Bearer "+c.token) // want `DS501: DocuSign token read from field Checks.token`
	}
}

// Counted is flawed: a call budget is no expiry.
func (c *Checks) Counted(req *http.Request) {
	if c.calls < maxCalls {
		c.calls++
		req.Header.Set("Authorization", "Bearer "+c.token) // want `DS501: DocuSign token read from field Checks.token`
	}
}

// ZeroExpiry is flawed: IsZero says whether an Expiry was set, not whether it passed.
func (c *Checks) ZeroExpiry(req *http.Request) {
	if !c.tok.Expiry.IsZero() {
		c.tok.SetAuthHeader(req) // want `DS501: DocuSign token read from field Checks.tok`
	}
}

// Length is flawed: the token's length says nothing of its age.
func (c *Checks) Length(req *http.Request) {
	if len(c.token) > 10 {
		req.Header.Set("Authorization", "Bearer "+c.token) // want `DS501: DocuSign token read from field Checks.token`
	}
}

// Exporter is flawed: a string field whose name starts with "exp".
func (c *Checks) Exporter(req *http.Request) {
	if c.exporter > "" {
		req.Header.Set("Authorization", "Bearer "+c.token) // want `DS501: DocuSign token read from field Checks.token`
	}
}

// Valid is correct: the token's own check.
func (c *Checks) Valid(req *http.Request) {
	if c.tok.Valid() {
		c.tok.SetAuthHeader(req)
	}
}

// Expiring is correct: the token's Expiry against time.Now with skew.
func (c *Checks) Expiring(req *http.Request) {
	if time.Now().Add(time.Minute).Unix() < c.tok.Expiry.Unix() {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
}

// get is flawed: its caller authorizes with the unchecked token.
func (c *Checks) get() string { return c.token } // want `DS501: DocuSign token read from field Checks.token`

func (c *Checks) ViaGetter(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.get())
}

// Copy is flawed: the token goes to SetAuthHeader through a copy.
func (c *Checks) Copy(req *http.Request) {
	t := *c.tok // want `DS501: DocuSign token read from field Checks.tok`
	t.SetAuthHeader(req)
}

// Header is flawed: the header value is built first, set later.
func (c *Checks) Header(req *http.Request) {
	h := http.Header{}
	h.Set("Authorization", "Bearer "+c.token) // want `DS501: DocuSign token read from field Checks.token`
	req.Header = h
}
