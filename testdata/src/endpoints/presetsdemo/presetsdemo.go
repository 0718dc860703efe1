// Package presetsdemo is presets' twin without a production entry: nothing
// switches its demo hosts to production (DS101 at each).
package presetsdemo

import (
	"os"
	"time"
)

// Environment names a deployment.
type Environment string

const (
	Development Environment = "development"
	Staging     Environment = "staging"
	Production  Environment = "production"
)

// OAuth is the DocuSign OAuth part of the configuration.
type OAuth struct {
	AuthServer   string
	TokenURL     string
	Audience     string
	RedirectURL  string
	ClientID     string
	ClientSecret string
	Scopes       []string
}

// ESign is the eSignature REST part of the configuration.
type ESign struct {
	APIBase   string
	AccountID string
}

// DocuSign is everything needed to talk to DocuSign.
type DocuSign struct {
	OAuth
	ESign

	Env          Environment
	UserID       string
	SyncInterval time.Duration
}

var presets = map[Environment]DocuSign{
	Development: {
		Env: Development,
		OAuth: OAuth{
			AuthServer:  "account-d.docusign.com",                     // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
			TokenURL:    "https://account-d.docusign.com/oauth/token", // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
			Audience:    "account-d.docusign.com",                     // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
			RedirectURL: "http://localhost:8080/oauth/callback",
			Scopes:      []string{"signature", "impersonation"},
		},
		SyncInterval: 20 * time.Minute,
	},
	Staging: {
		Env: Staging,
		OAuth: OAuth{
			AuthServer:  "account-d.docusign.com",                     // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
			TokenURL:    "https://account-d.docusign.com/oauth/token", // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
			Audience:    "account-d.docusign.com",                     // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
			RedirectURL: "https://staging.signflow.example.com/oauth/callback",
			Scopes:      []string{"signature", "impersonation"},
		},
		SyncInterval: 20 * time.Minute,
	},
}

// Load returns the preset of $SIGNFLOW_ENV, overridden by the environment.
func Load() (DocuSign, bool) {
	cfg, ok := presets[Environment(os.Getenv("SIGNFLOW_ENV"))]
	override(&cfg.RedirectURL, "DS_REDIRECT_URL")
	override(&cfg.AccountID, "DS_ACCOUNT_ID")
	return cfg, ok
}

func override(dst *string, key string) {
	if v := os.Getenv(key); v != "" {
		*dst = v
	}
}

// IsProduction reports whether this configuration targets production.
func (d DocuSign) IsProduction() bool { return d.Env == Production }
