// Package exemptions holds the twins of tokenexpiry's exemptions: a timed
// refresher is a loop around a timer that stores a fresh token, and an
// expiry check compares a value that came from the token's expiry. Each
// positive case differs from its negative twin only in that detail.
package exemptions

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

const dsToken = "https://account-d.docusign.com/oauth/token"

var conf = &oauth2.Config{ClientID: "integration-key", Endpoint: oauth2.Endpoint{TokenURL: dsToken}}

const backoff = 2 * time.Second

// Retry is flawed: the time.Sleep is a retry backoff, not a refresher; the
// token is stored once, after the loop.
type Retry struct{ token string }

func (r *Retry) Login(ctx context.Context, code string) error {
	var tok *oauth2.Token
	var err error
	for range 3 {
		if tok, err = conf.Exchange(ctx, code); err == nil {
			break
		}
		time.Sleep(backoff)
	}
	if err != nil {
		return err
	}
	r.token = tok.AccessToken
	return nil
}

func (r *Retry) Do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+r.token) // want `DS501: DocuSign token read from field Retry.token`
}

// Renewing is the twin: the same sleep loop stores every token it obtains.
type Renewing struct{ token string }

func (r *Renewing) Run(ctx context.Context, code string) {
	for ctx.Err() == nil {
		if tok, err := conf.Exchange(ctx, code); err == nil {
			r.token = tok.AccessToken
		}
		time.Sleep(backoff)
	}
}

func (r *Renewing) Do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+r.token)
}

// RetryInLoop is flawed too: the store is inside the retry loop, but on the
// path that leaves it.
type RetryInLoop struct{ token string }

func (r *RetryInLoop) Login(ctx context.Context, code string) error {
	for {
		tok, err := conf.Exchange(ctx, code)
		if err == nil {
			r.token = tok.AccessToken
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
	}
}

func (r *RetryInLoop) Do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+r.token) // want `DS501: DocuSign token read from field RetryInLoop.token`
}

// Pinger is flawed: its ticker loop renews nothing (it pings); the token is
// stored once, by Login.
type Pinger struct {
	token string
	alive bool
}

func (p *Pinger) Login(ctx context.Context, code string) {
	if tok, err := conf.Exchange(ctx, code); err == nil {
		p.token = tok.AccessToken
	}
	go func() {
		for range time.NewTicker(time.Minute).C {
			p.alive = true
		}
	}()
}

func (p *Pinger) Do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+p.token) // want `DS501: DocuSign token read from field Pinger.token`
}

// Ticking is the twin: its ticker loop calls the login helper.
type Ticking struct{ token string }

func (t *Ticking) login(ctx context.Context, code string) {
	if tok, err := conf.Exchange(ctx, code); err == nil {
		t.token = tok.AccessToken
	}
}

func (t *Ticking) Start(ctx context.Context, code string) {
	t.login(ctx, code)
	go func() {
		for range time.NewTicker(time.Minute).C {
			t.login(ctx, code)
		}
	}()
}

func (t *Ticking) Do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+t.token)
}

// Limited is flawed: exportLimit has "exp" in its name but is no expiry.
type Limited struct {
	token       string
	exportLimit int64
	sent        int64
}

func (l *Limited) Login(ctx context.Context, code string) {
	tok, _ := conf.Exchange(ctx, code)
	l.token = tok.AccessToken
}

func (l *Limited) Do(req *http.Request) {
	if l.exportLimit < l.sent {
		return
	}
	req.Header.Set("Authorization", "Bearer "+l.token) // want `DS501: DocuSign token read from field Limited.token`
}

// Expected is flawed: comparing time.Now against a field named expected is
// no expiry check either.
type Expected struct {
	token    string
	expected int64
}

func (e *Expected) Login(ctx context.Context, code string) error {
	tok, err := conf.Exchange(ctx, code)
	if err == nil {
		e.token = tok.AccessToken
	}
	return err
}

func (e *Expected) Do(req *http.Request) {
	if now := time.Now().Unix(); now <= e.expected {
		req.Header.Set("Authorization", "Bearer "+e.token) // want `DS501: DocuSign token read from field Expected.token`
	}
}

// ExpiresAt is the twin: the same comparison on a field named exactly for
// the expiry.
type ExpiresAt struct {
	token     string
	expiresAt int64
}

func (e *ExpiresAt) Login(ctx context.Context, code string) {
	tok, _ := conf.Exchange(ctx, code)
	e.token, e.expiresAt = tok.AccessToken, tok.Expiry.Unix()
}

func (e *ExpiresAt) Do(req *http.Request) {
	if time.Now().Unix() > e.expiresAt {
		return
	}
	req.Header.Set("Authorization", "Bearer "+e.token)
}

// Deadline is correct: its field has another name, but it is stored from
// the token's Expiry, and that value is what is compared.
type Deadline struct {
	token    string
	deadline int64
}

func (d *Deadline) Login(ctx context.Context, code string) {
	tok, _ := conf.Exchange(ctx, code)
	d.token, d.deadline = tok.AccessToken, tok.Expiry.Add(-time.Minute).Unix()
}

func (d *Deadline) Do(req *http.Request) {
	if time.Now().Unix() > d.deadline {
		return
	}
	req.Header.Set("Authorization", "Bearer "+d.token)
}

// Kept is correct: it compares the kept token's own Expiry.
type Kept struct{ tok *oauth2.Token }

func (k *Kept) Login(ctx context.Context, code string) {
	k.tok, _ = conf.Exchange(ctx, code)
}

func (k *Kept) Do(req *http.Request) {
	if k.tok.Expiry.Before(time.Now()) {
		return
	}
	req.Header.Set("Authorization", "Bearer "+k.tok.AccessToken)
}

// Seconds is correct: the deadline is computed from the response's
// expires_in, in integer seconds.
type Seconds struct {
	token string
	until int64
}

type response struct {
	AccessToken string `json:"access_token"`
	Lifetime    int64  `json:"expires_in"`
}

func (s *Seconds) Set(tr response) {
	s.token, s.until = tr.AccessToken, time.Now().Unix()+tr.Lifetime
}

func (s *Seconds) Do(req *http.Request) {
	if time.Now().Unix() >= s.until {
		return
	}
	req.Header.Set("Authorization", "Bearer "+s.token)
}

// Counted is flawed: the same integer comparison, but until counts calls.
type Counted struct {
	token string
	until int64
	calls int64
}

func (s *Counted) Set(tr response) {
	s.token, s.until = tr.AccessToken, s.calls+100
}

func (s *Counted) Do(req *http.Request) {
	if s.calls >= s.until {
		return
	}
	req.Header.Set("Authorization", "Bearer "+s.token) // want `DS501: DocuSign token read from field Counted.token`
}
