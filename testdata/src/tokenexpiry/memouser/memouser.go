// Package memouser keeps DocuSign tokens in package memo's generic cache.
package memouser

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"

	"tokenexpiry/memouser/memo"
)

var conf = &jwt.Config{Email: "ik", TokenURL: "https://account.docusign.com/oauth/token", Audience: "account.docusign.com"}

var tokens memo.Memo[string, *oauth2.Token]

// Cached is flawed: the first token of each user is reused for good.
func Cached(ctx context.Context, user string, req *http.Request) error {
	tok, ok := tokens.Lookup(user) // want `^DS501: DocuSign token read from map items of tokens with no expiry check \(401 after 1 hour\)$`
	if !ok {
		t, err := conf.TokenSource(ctx).Token()
		if err != nil {
			return err
		}
		tokens.Set(user, t)
		tok = t
	}
	tok.SetAuthHeader(req)
	return nil
}

var checked memo.Memo[string, *oauth2.Token]

// Checked is the twin: the kept token's expiry is checked, with skew.
func Checked(ctx context.Context, user string, req *http.Request) error {
	tok, ok := checked.Lookup(user)
	if !ok || time.Until(tok.Expiry) < time.Minute {
		t, err := conf.TokenSource(ctx).Token()
		if err != nil {
			return err
		}
		checked.Set(user, t)
		tok = t
	}
	tok.SetAuthHeader(req)
	return nil
}

var names memo.Memo[string, string]

// Names is the twin: another Memo of the same type keeps no token.
func Names(user string, req *http.Request) {
	name, _ := names.Lookup(user)
	req.Header.Set("Authorization", "Bearer "+name)
}
