// Package appconfig is an application's own configuration (for the
// jwtclaims and scopes fixtures appjwt and appscopes): presets for
// DocuSign's demo environment, one read from the environment, and another
// provider's. Its fields and methods reach them through values facts.
package appconfig

import "os"

// DocuSign holds the DocuSign settings.
type DocuSign struct {
	TokenURL string
	AuthHost string
}

// Config is the application's configuration.
type Config struct {
	DocuSign DocuSign
}

// Default is the sandbox preset.
func Default() Config {
	return Config{DocuSign: DocuSign{TokenURL: "https://account-d.docusign.com/oauth/token", AuthHost: "account-d.docusign.com"}}
}

// AuthHost returns the auth server host of the preset.
func (c Config) AuthHost() string { return c.DocuSign.AuthHost }

// Env is configuration read from the environment.
type Env struct {
	TokenURL string
}

// FromEnv reads the token URL from the environment: unknown.
func FromEnv() Env { return Env{TokenURL: os.Getenv("TOKEN_URL")} }

// Google is another provider's service-account configuration.
type Google struct {
	TokenURL string
}

// DefaultGoogle is Google's token endpoint.
func DefaultGoogle() Google { return Google{TokenURL: "https://oauth2.googleapis.com/token"} }
