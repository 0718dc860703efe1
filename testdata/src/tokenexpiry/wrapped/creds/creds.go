// Package creds wraps access tokens for other packages through helpers of
// helpers: each wrapper is fine by itself, the callers that keep what it
// returns are judged.
package creds

import (
	"context"
	"net/http"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"
)

// static wraps an access token in a credential that never refreshes.
func static(access string) esign.Credential { return esign.TokenCredential(access, true) }

// Credential wraps static.
func Credential(access string) esign.Credential { // want Credential:"returns esign.TokenCredential over parameter 0"
	return static(access)
}

// Demo wraps Credential: a third level.
func Demo(access string) esign.Credential { // want Demo:"returns esign.TokenCredential over parameter 0"
	return Credential(access)
}

// source wraps an access token in a static source.
func source(access string) oauth2.TokenSource {
	return oauth2.StaticTokenSource(&oauth2.Token{AccessToken: access, TokenType: "Bearer"})
}

// Client builds a client over source: never refreshed either.
func Client(ctx context.Context, access string) *http.Client { // want Client:"returns oauth2.StaticTokenSource over parameter 1"
	return oauth2.NewClient(ctx, source(access))
}

// reusing wraps a refreshing source.
func reusing(ts oauth2.TokenSource) oauth2.TokenSource { return oauth2.ReuseTokenSource(nil, ts) }

// Refreshing is the twin of Client: the source it wraps refreshes.
func Refreshing(ctx context.Context, ts oauth2.TokenSource) *http.Client {
	return oauth2.NewClient(ctx, reusing(ts))
}
