// Package dsconfig: the FieldFacts and ResultFacts of an application's
// config type, with presets.
package dsconfig

import "os"

// DocuSign holds the DocuSign settings.
type DocuSign struct {
	TokenURL string // want TokenURL:`field\[https://account-d.docusign.com/oauth/token\|https://account.docusign.com/oauth/token\]` TokenURL:`consts\[https://account-d.docusign.com/oauth/token https://account.docusign.com/oauth/token\]`
	AuthHost string // want AuthHost:`field\[account-d.docusign.com\|account.docusign.com\]` AuthHost:`consts\[account-d.docusign.com account.docusign.com\]`
	// Mode is preset and overridden from the environment: its values are
	// unknown (no field fact), the constant written to it is known.
	Mode string // want Mode:`consts\[sandbox\]`
	// UserID is read from the environment: no fact.
	UserID string
}

// Config is the application's configuration.
type Config struct {
	DocuSign DocuSign
}

// Demo is the sandbox preset.
func Demo() Config {
	return Config{DocuSign: DocuSign{TokenURL: "https://account-d.docusign.com/oauth/token", AuthHost: "account-d.docusign.com", Mode: "sandbox", UserID: os.Getenv("DS_USER")}}
}

// Override reads the mode from the environment when it is set.
func Override(c *Config) {
	if m := os.Getenv("DS_MODE"); m != "" {
		c.DocuSign.Mode = m
	}
}

// Production is the production preset.
func Production() Config {
	return Config{DocuSign: DocuSign{TokenURL: "https://account.docusign.com/oauth/token", AuthHost: "account.docusign.com"}}
}

// AuthHost returns the auth server host.
func (c Config) AuthHost() string { return c.DocuSign.AuthHost } // want AuthHost:`results\[account-d.docusign.com\|account.docusign.com\]`

// User returns the user ID: unknown.
func (c Config) User() string { return c.DocuSign.UserID }
