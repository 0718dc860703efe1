// Package cred wraps access tokens for other packages: the helpers are
// fine, their callers are judged by what they keep.
package cred

import (
	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"
)

// Shared wraps an access token in a credential that never refreshes.
func Shared(access string, demo bool) esign.Credential { // want Shared:"returns esign.TokenCredential over parameter 0"
	return esign.TokenCredential(access, demo)
}

// Static wraps an access token in a static source, the token built field
// by field.
func Static(access string) oauth2.TokenSource { // want Static:"returns oauth2.StaticTokenSource over parameter 0"
	t := new(oauth2.Token)
	t.AccessToken = access
	t.TokenType = "Bearer"
	return oauth2.StaticTokenSource(t)
}

// Refreshing is the twin of Shared: esign's JWT credential refreshes.
func Refreshing(cfg *esign.JWTConfig, user string) (esign.Credential, error) {
	return cfg.Credential(user, nil, nil)
}
