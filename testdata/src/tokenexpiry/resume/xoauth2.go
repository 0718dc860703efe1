package resume

// The configs of x/oauth2 wrap the token they are given in a
// ReuseTokenSource (unexported functions: no SourceFunc facts).

import (
	"context"
	"time"

	"golang.org/x/oauth2"
)

var code2 = &oauth2.Config{ClientID: "ik", Endpoint: oauth2.Endpoint{TokenURL: "https://account-d.docusign.com/oauth/token"}}

var dropbox = &oauth2.Config{ClientID: "db", Endpoint: oauth2.Endpoint{TokenURL: "https://api.dropboxapi.com/oauth2/token"}}

// source is flawed: a token without Expiry is reused by the config's
// source until requests fail, its refresh token never used.
func source(ctx context.Context, access, refresh string) oauth2.TokenSource {
	return code2.TokenSource(ctx, &oauth2.Token{AccessToken: access, RefreshToken: refresh}) // want `^DS504: oauth2.Token without Expiry given to \(\*oauth2.Config\).TokenSource: never refreshed \(401 after 8 hours\)$`
}

// sourceWithExpiry is the twin: the stored expiry comes along.
func sourceWithExpiry(ctx context.Context, access, refresh string, exp time.Time) oauth2.TokenSource {
	return code2.TokenSource(ctx, &oauth2.Token{AccessToken: access, RefreshToken: refresh, Expiry: exp})
}

// refreshOnly is fine: no AccessToken, so the first call refreshes.
func refreshOnly(ctx context.Context, refresh string) oauth2.TokenSource {
	return code2.TokenSource(ctx, &oauth2.Token{RefreshToken: refresh})
}

// reuse is flawed: ReuseTokenSource never consults the DocuSign source.
func reuse(ctx context.Context, access, refresh string) oauth2.TokenSource {
	return oauth2.ReuseTokenSource(&oauth2.Token{AccessToken: access}, code2.TokenSource(ctx, &oauth2.Token{RefreshToken: refresh})) // want `^DS504: oauth2.Token without Expiry given to oauth2.ReuseTokenSource: never refreshed \(401 after 8 hours\)$`
}

// fromDropbox is not judged: another provider's tokens.
func fromDropbox(ctx context.Context, access, refresh string) oauth2.TokenSource {
	return dropbox.TokenSource(ctx, &oauth2.Token{AccessToken: access, RefreshToken: refresh})
}

// given is not judged: a config of unknown provider.
func given(ctx context.Context, cfg *oauth2.Config, access string) oauth2.TokenSource {
	return cfg.TokenSource(ctx, &oauth2.Token{AccessToken: access})
}
