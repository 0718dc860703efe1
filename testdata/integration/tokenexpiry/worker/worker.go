// Package worker keeps the tokens package auth obtains for its jobs. The
// per-account sync.Map, the per-user memo.Memo and the token renewed only when
// tokenutil.HasToken says there is none expire (flawed); the token renewed
// when tokenutil.Fresh says so is fine.
package worker

import (
	"context"
	"net/http"
	"sync"

	"golang.org/x/oauth2"

	"dslint.test/integration/tokenexpiry/auth"
	"dslint.test/integration/tokenexpiry/memo"
	"dslint.test/integration/tokenexpiry/tokenutil"
)

// Pool runs jobs for several accounts.
type Pool struct {
	key      []byte
	accounts sync.Map // account ID -> *oauth2.Token

	mu  sync.Mutex
	tok *oauth2.Token
}

// ForAccount authorizes a job with the account's first token, for good.
func (p *Pool) ForAccount(ctx context.Context, account string, req *http.Request) error {
	v, ok := p.accounts.Load(account)
	if !ok {
		t, err := auth.Token(ctx, p.key)
		if err != nil {
			return err
		}
		v, _ = p.accounts.LoadOrStore(account, t)
	}
	v.(*oauth2.Token).SetAuthHeader(req)
	return nil
}

// Present renews the token only when there is none.
func (p *Pool) Present(ctx context.Context, req *http.Request) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !tokenutil.HasToken(p.tok) {
		t, err := auth.Token(ctx, p.key)
		if err != nil {
			return err
		}
		p.tok = t
	}
	p.tok.SetAuthHeader(req)
	return nil
}

// Fresh renews the token when it expires within a minute.
func (p *Pool) Fresh(ctx context.Context, req *http.Request) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !tokenutil.Fresh(p.tok) {
		t, err := auth.Token(ctx, p.key)
		if err != nil {
			return err
		}
		p.tok = t
	}
	p.tok.SetAuthHeader(req)
	return nil
}

var users memo.Memo[string, *oauth2.Token]

// ForUser authorizes a job with the token memo.Memo keeps for the user,
// however old it is: flawed.
func (p *Pool) ForUser(ctx context.Context, user string, req *http.Request) error {
	tok, ok := users.Get(user)
	if !ok {
		t, err := auth.Token(ctx, p.key)
		if err != nil {
			return err
		}
		users.Set(user, t)
		tok = t
	}
	tok.SetAuthHeader(req)
	return nil
}

var fresh memo.Memo[string, *oauth2.Token]

// ForUserFresh is the twin: the kept token is renewed when it expires
// within a minute.
func (p *Pool) ForUserFresh(ctx context.Context, user string, req *http.Request) error {
	tok, ok := fresh.Get(user)
	if !ok || !tokenutil.Fresh(tok) {
		t, err := auth.Token(ctx, p.key)
		if err != nil {
			return err
		}
		fresh.Set(user, t)
		tok = t
	}
	tok.SetAuthHeader(req)
	return nil
}
