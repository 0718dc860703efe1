// Package esigncode: esign's authorization code grant, exchanged.
package esigncode

import (
	"context"

	"github.com/jfcote87/esign"
)

var cfg = &esign.OAuth2Config{IntegratorKey: "ik", Secret: "s", RedirURL: "https://app.example.com/cb", IsDemo: true}

func login(state string) string {
	return cfg.AuthURL(state, "signature", "impersonation") // want `DS402: "impersonation" scope in esign OAuth2Config.AuthURL of a code grant`
}

func loginExtended(state string) string {
	return cfg.AuthURL(state, "signature", "extended")
}

func callback(ctx context.Context, code string) (*esign.OAuth2Credential, error) {
	return cfg.Exchange(ctx, code)
}

// consentOnly is a second config whose code is never exchanged in this package.
var consentOnly = &esign.OAuth2Config{IntegratorKey: "ik", IsDemo: true}

func consentURL(state string) string {
	return consentOnly.AuthURL(state, "signature", "impersonation")
}
