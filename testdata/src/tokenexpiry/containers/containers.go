// Package containers keeps DocuSign tokens in a generic cache type and in
// a sync.Map.
package containers

import (
	"context"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

var conf = &jwt.Config{Email: "ik", TokenURL: "https://account.docusign.com/oauth/token", Audience: "account.docusign.com"}

// Memo is a small generic cache.
type Memo[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

// Put keeps v under k.
func (c *Memo[K, V]) Put(k K, v V) { // want Put:"container map m: keeps parameter 2, yields false"
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[K]V{}
	}
	c.m[k] = v
}

// Get returns what Put kept under k.
func (c *Memo[K, V]) Get(k K) (V, bool) { // want Get:"container map m: keeps parameter -1, yields true"
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

var memo Memo[string, string]

// Memoized is flawed: the token is fetched once per user and reused.
func Memoized(ctx context.Context, user string, req *http.Request) error {
	tok, ok := memo.Get(user) // want `^DS501: DocuSign token read from map m of memo`
	if !ok {
		t, err := conf.TokenSource(ctx).Token()
		if err != nil {
			return err
		}
		tok = t.AccessToken
		memo.Put(user, tok)
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	return nil
}

var tokens Memo[string, *oauth2.Token]

// MemoChecked is the twin: the cached token's expiry is checked, with skew.
func MemoChecked(ctx context.Context, user string, req *http.Request) error {
	tok, ok := tokens.Get(user)
	if !ok || time.Until(tok.Expiry) < time.Minute {
		t, err := conf.TokenSource(ctx).Token()
		if err != nil {
			return err
		}
		tok = t
		tokens.Put(user, tok)
	}
	tok.SetAuthHeader(req)
	return nil
}

var github = &oauth2.Config{ClientID: "app", Endpoint: oauth2.Endpoint{TokenURL: "https://github.com/login/oauth/access_token"}}

var others Memo[string, string]

// OtherProvider is the twin: the memoized token is GitHub's.
func OtherProvider(ctx context.Context, user, code string, req *http.Request) error {
	tok, ok := others.Get(user)
	if !ok {
		t, err := github.Exchange(ctx, code)
		if err != nil {
			return err
		}
		tok = t.AccessToken
		others.Put(user, tok)
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	return nil
}

var shared sync.Map

// Synced is flawed: a sync.Map keeps the token.
func Synced(ctx context.Context, user string, req *http.Request) error {
	v, ok := shared.Load(user) // want `^DS501: DocuSign token read from sync.Map shared`
	if !ok {
		t, err := conf.TokenSource(ctx).Token()
		if err != nil {
			return err
		}
		shared.Store(user, t)
		v = t
	}
	v.(*oauth2.Token).SetAuthHeader(req)
	return nil
}

var valid sync.Map

// SyncedValid is the twin: Valid() checks the expiry of what the map kept.
func SyncedValid(ctx context.Context, user string, req *http.Request) error {
	v, ok := valid.Load(user)
	if !ok || !v.(*oauth2.Token).Valid() {
		t, err := conf.TokenSource(ctx).Token()
		if err != nil {
			return err
		}
		valid.Store(user, t)
		v = t
	}
	v.(*oauth2.Token).SetAuthHeader(req)
	return nil
}

var first sync.Map

// FirstWins is flawed: LoadOrStore keeps the first token for good.
func FirstWins(ctx context.Context, user string, req *http.Request) error {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	v, _ := first.LoadOrStore(user, t) // want `^DS501: DocuSign token read from sync.Map first`
	v.(*oauth2.Token).SetAuthHeader(req)
	return nil
}

// Cache wraps a sync.Map for one type.
type Cache struct{ m sync.Map }

// Put keeps tok for user.
func (c *Cache) Put(user string, tok *oauth2.Token) { c.m.Store(user, tok) }

// Get returns the token kept for user.
func (c *Cache) Get(user string) *oauth2.Token {
	v, _ := c.m.Load(user) // want `^DS501: DocuSign token read from sync.Map m`
	return v.(*oauth2.Token)
}

var cache Cache

// Wrapped is flawed: the token goes through Cache.Put into its sync.Map.
func Wrapped(ctx context.Context, user string, req *http.Request) error {
	if t, err := conf.TokenSource(ctx).Token(); err == nil {
		cache.Put(user, t)
	}
	cache.Get(user).SetAuthHeader(req)
	return nil
}
