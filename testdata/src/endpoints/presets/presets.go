// Package presets holds the configuration presets of an application keyed
// by deployment environment, the shape of a blind test's settings package:
// the development and staging entries use DocuSign's demo auth host, which
// is right there, since the production entry names production hosts (an
// environment switch). The production entry's Audience is the demo host
// while its TokenURL is production's: a mix (DS102). Its RedirectURL and
// AccountID presets reach presetsuse (DS105, DS107 there).
package presets

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
			RedirectURL: "staging.signflow.example.com/oauth/callback",
			Scopes:      []string{"signature", "impersonation"},
		},
		SyncInterval: 20 * time.Minute,
	},
	Production: {
		Env: Production,
		OAuth: OAuth{
			AuthServer:  "account.docusign.com",
			TokenURL:    "https://account.docusign.com/oauth/token",
			Audience:    "account-d.docusign.com", // want `DS102: demo host account-d\.docusign\.com and production host account\.docusign\.com in one config`
			RedirectURL: "https://app.example.com/cb#signed-in",
			ClientID:    "3b0f8a52-6c1d-4e97-b2a4-7f5d0c9e1a33",
			Scopes:      []string{"signature", "impersonation"},
		},
		ESign: ESign{
			AccountID: "5e9a2c7f-1b3d-4f80-8a6e-d2c4b0f91e57",
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
