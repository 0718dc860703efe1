// Package presetsok is presets' correct twin: its production entry names
// production DocuSign hosts only, so the demo hosts of the development and
// staging entries are chosen at run time with it (no DS101, no DS102).
package presetsok

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
			AuthServer:  "account-d.docusign.com",
			TokenURL:    "https://account-d.docusign.com/oauth/token",
			Audience:    "account-d.docusign.com",
			RedirectURL: "http://localhost:8080/oauth/callback",
			Scopes:      []string{"signature", "impersonation"},
		},
		SyncInterval: 20 * time.Minute,
	},
	Staging: {
		Env: Staging,
		OAuth: OAuth{
			AuthServer:  "account-d.docusign.com",
			TokenURL:    "https://account-d.docusign.com/oauth/token",
			Audience:    "account-d.docusign.com",
			RedirectURL: "https://staging.signflow.example.com/oauth/callback",
			Scopes:      []string{"signature", "impersonation"},
		},
		SyncInterval: 20 * time.Minute,
	},
	Production: {
		Env: Production,
		OAuth: OAuth{
			AuthServer:  "account.docusign.com",
			TokenURL:    "https://account.docusign.com/oauth/token",
			Audience:    "account.docusign.com",
			RedirectURL: "https://app.signflow.example.com/oauth/callback",
			ClientID:    "3b0f8a52-6c1d-4e97-b2a4-7f5d0c9e1a33",
			Scopes:      []string{"signature", "impersonation"},
		},
		SyncInterval: 30 * time.Minute,
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
