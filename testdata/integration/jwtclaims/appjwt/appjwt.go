// Package appjwt builds an x/oauth2/jwt config from appconfig: its only
// DocuSign evidence is the preset in that package.
package appjwt

import (
	"golang.org/x/oauth2/jwt"

	"dslint.test/integration/jwtclaims/appconfig"
)

// Config sends TokenURL as aud and an email address as sub.
func Config(cfg appconfig.Config, key []byte) *jwt.Config {
	return &jwt.Config{
		Email:      "integration-key",
		PrivateKey: key,
		Subject:    "jane@example.com",
		TokenURL:   cfg.DocuSign.TokenURL,
	}
}
