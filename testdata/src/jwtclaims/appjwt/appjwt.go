// Package appjwt builds x/oauth2/jwt configs from appconfig: the only
// DocuSign evidence is a preset in another package, known through facts.
package appjwt

import (
	"time"

	"golang.org/x/oauth2/jwt"

	"values/appconfig"
)

// Preset takes the token URL from the application's config.
func Preset(cfg appconfig.Config, key []byte) *jwt.Config {
	return &jwt.Config{
		Email:      "ik",
		PrivateKey: key,
		Subject:    "jane@example.com",    // want `DS305: sub is an email address`
		TokenURL:   cfg.DocuSign.TokenURL, // want `DS306: jwt.Config has no Audience: aud is TokenURL, not "account-d.docusign.com" \(invalid_grant\)`
		Expires:    8 * time.Hour,         // want `DS303: Expires of 8h has no effect`
	}
}

// WithAudience sets Audience from a method of the config: DS306 is
// satisfied, sub is still judged.
func WithAudience(cfg appconfig.Config, key []byte, url string) *jwt.Config {
	return &jwt.Config{
		Email:      "ik",
		PrivateKey: key,
		Subject:    "jane@example.com", // want `DS305: sub is an email address`
		TokenURL:   url,
		Audience:   cfg.AuthHost(),
	}
}

// FromEnv is the twin with the token URL read from the environment: no
// DocuSign value reaches the config.
func FromEnv(env appconfig.Env, key []byte) *jwt.Config {
	return &jwt.Config{
		Email:      "ik",
		PrivateKey: key,
		Subject:    "jane@example.com",
		TokenURL:   env.TokenURL,
		Expires:    8 * time.Hour,
	}
}

// Nanoseconds sets Expires to a number without a time unit.
func Nanoseconds(cfg appconfig.Config, key []byte) *jwt.Config {
	return &jwt.Config{Email: "ik", PrivateKey: key, TokenURL: cfg.DocuSign.TokenURL, Audience: cfg.AuthHost(),
		Expires: 3600} // want `DS303: Expires of 3600 has no time unit, nanoseconds, so exp equals iat`
}

// Seconds is the twin with the unit.
func Seconds(cfg appconfig.Config, key []byte) *jwt.Config {
	return &jwt.Config{Email: "ik", PrivateKey: key, TokenURL: cfg.DocuSign.TokenURL, Audience: cfg.AuthHost(), Expires: 3600 * time.Second}
}

// Google is the twin with another provider's preset.
func Google(g appconfig.Google, key []byte) *jwt.Config {
	return &jwt.Config{Email: "sa@project.iam.gserviceaccount.com", PrivateKey: key, Subject: "jane@example.com", TokenURL: g.TokenURL, Expires: 8 * time.Hour}
}
