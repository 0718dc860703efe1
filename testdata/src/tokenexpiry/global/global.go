// Package global caches a DocuSign JWT token in package variables.
package global

import (
	"context"
	"net/http"
	"sync"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

var conf = &jwt.Config{
	Email:    "6f1c2c6e-0000-4000-8000-000000000001",
	TokenURL: "https://account-d.docusign.com/oauth/token",
	Audience: "account-d.docusign.com",
}

var (
	mu     sync.Mutex
	cached *oauth2.Token
)

// Flawed: fetched when nil, then reused forever.
func authHeader(ctx context.Context) (string, error) {
	mu.Lock()
	defer mu.Unlock()
	if cached == nil {
		tok, err := conf.TokenSource(ctx).Token()
		if err != nil {
			return "", err
		}
		cached = tok
	}
	return "Bearer " + cached.AccessToken, nil // want `DS501: DocuSign token read from package variable cached with no expiry check \(401 after 1 hour\)`
}

var (
	good   *oauth2.Token
	goodMu sync.Mutex
)

// Correct twin: Valid() before use, refresh otherwise.
func goodHeader(ctx context.Context, req *http.Request) error {
	goodMu.Lock()
	defer goodMu.Unlock()
	if good == nil || !good.Valid() {
		tok, err := conf.TokenSource(ctx).Token()
		if err != nil {
			return err
		}
		good = tok
	}
	good.SetAuthHeader(req)
	return nil
}

var accessToken string

// Flawed: the string is stored by login and read by send.
func login(ctx context.Context) error {
	tok, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	accessToken = tok.AccessToken
	return nil
}

func send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+accessToken) // want `DS501: DocuSign token read from package variable accessToken`
}

// Correct: fetched and used within one call.
func perRequest(ctx context.Context, req *http.Request) error {
	tok, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	return nil
}

// Correct: a refreshing source kept in a package variable.
var source = oauth2.ReuseTokenSource(nil, conf.TokenSource(context.Background()))

func viaSource(req *http.Request) error {
	tok, err := source.Token()
	if err != nil {
		return err
	}
	tok.SetAuthHeader(req)
	return nil
}

// The header written as a map entry authorizes the request just the same.
func headerIndex(req *http.Request) {
	req.Header["Authorization"] = []string{"Bearer " + accessToken} // want `DS501: DocuSign token read from package variable accessToken`
}

func headerLiteral(req *http.Request) {
	req.Header = http.Header{"Authorization": {"Bearer " + accessToken}} // want `DS501: DocuSign token read from package variable accessToken`
}

// Another header is not authorization.
func headerOther(req *http.Request) {
	req.Header["X-Request-Token"] = []string{accessToken}
}
