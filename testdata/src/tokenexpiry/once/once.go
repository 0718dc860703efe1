// Package once fetches DocuSign tokens once.
package once

import (
	"context"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

var conf = &jwt.Config{
	Email:    "6f1c2c6e-0000-4000-8000-000000000001",
	TokenURL: "https://account-d.docusign.com/oauth/token",
	Audience: "account-d.docusign.com",
}

var (
	once  sync.Once
	token *oauth2.Token
)

func get(ctx context.Context) *oauth2.Token {
	once.Do(func() {
		token, _ = conf.TokenSource(ctx).Token() // want `DS502: DocuSign token obtained once in sync.Once.Do, kept in package variable token \(401 after 1 hour\)`
	})
	return token
}

var initTok string

func init() {
	tok, err := conf.TokenSource(context.Background()).Token() // want `DS502: DocuSign token obtained once in init\(\), kept in package variable initTok`
	if err == nil {
		initTok = tok.AccessToken
	}
}

var pkgTok, _ = conf.TokenSource(context.Background()).Token() // want `DS502: DocuSign token obtained once in a package initializer`

var lazy = sync.OnceValues(func() (*oauth2.Token, error) {
	return conf.TokenSource(context.Background()).Token() // want `DS502: DocuSign token obtained once in sync.OnceValues`
})

// Correct: the once creates a refreshing source, not a token.
var (
	srcOnce sync.Once
	src     oauth2.TokenSource
)

func source(ctx context.Context) oauth2.TokenSource {
	srcOnce.Do(func() { src = oauth2.ReuseTokenSource(nil, conf.TokenSource(ctx)) })
	return src
}

func use(req *http.Request) {
	tok, err := source(context.Background()).Token()
	if err == nil {
		tok.SetAuthHeader(req)
	}
}

// Correct: init starts a goroutine that renews the token.
func init() {
	go func() {
		for {
			t, err := conf.TokenSource(context.Background()).Token()
			if err == nil && t.Valid() {
				return
			}
		}
	}()
}

// Session logs in once through a method value: flawed.
type Session struct {
	once sync.Once
	tok  *oauth2.Token
}

func (s *Session) login() {
	s.tok, _ = conf.TokenSource(context.Background()).Token() // want `DS502: DocuSign token obtained once in sync.Once.Do, kept in field Session.tok`
}

func (s *Session) Do(req *http.Request) {
	s.once.Do(s.login)
	s.tok.SetAuthHeader(req)
}

// Correct: fetched in init, and renewed by ensure when it expires.
var (
	early    *oauth2.Token
	earlyExp time.Time
)

func init() {
	early, _ = conf.TokenSource(context.Background()).Token()
}

func ensure(ctx context.Context, req *http.Request) {
	if time.Now().After(earlyExp) {
		early, _ = conf.TokenSource(ctx).Token()
		earlyExp = early.Expiry
	}
	early.SetAuthHeader(req)
}
