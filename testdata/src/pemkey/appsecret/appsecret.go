// Package appsecret is an application's own configuration: a client secret
// preset in its defaults (overridden from the environment only when set)
// and one read from the environment alone, next to the auth host of
// DocuSign's demo environment. Nothing here hands either to an
// OAuth API, so nothing is reported here: appsecretuse does (DS203).
package appsecret

import "os"

// OAuth holds the OAuth settings.
type OAuth struct {
	AuthHost       string
	IntegrationKey string
	ClientSecret   string
	EnvSecret      string
}

// Config is the application's configuration.
type Config struct {
	OAuth OAuth
}

// Defaults returns the configuration with its defaults.
func Defaults() Config {
	return Config{OAuth: OAuth{AuthHost: "account-d.docusign.com", IntegrationKey: "ik", ClientSecret: "7d1e9f3a-c2b4-4a6e-8f0d-5b7c9e1a3d2f"}}
}

// Load overrides the defaults from the environment.
func Load() Config {
	c := Defaults()
	if s := os.Getenv("CLIENT_SECRET"); s != "" {
		c.OAuth.ClientSecret = s
	}
	c.OAuth.EnvSecret = os.Getenv("CLIENT_SECRET")
	return c
}
