// Package switched chooses the DocuSign environment at run time, so its demo
// hosts are correct (no DS101): an if/else on os.Getenv, a switch, a map keyed
// by environment, and esign's IsDemo from configuration.
package switched

import (
	"os"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

// Environment is a DocuSign environment name from configuration.
type Environment string

// The environments a deployment can select.
const (
	Demo       Environment = "demo"
	Production Environment = "production"
)

// current reads the environment from DOCUSIGN_ENV (default demo).
func current() Environment {
	if os.Getenv("DOCUSIGN_ENV") == string(Production) {
		return Production
	}
	return Demo
}

// authServer returns the auth server host of env.
func authServer(env Environment) string {
	switch env {
	case Production:
		return "account.docusign.com"
	default:
		return "account-d.docusign.com"
	}
}

// restHosts maps each environment to its eSignature REST host (used only
// before UserInfo answers, e.g. for health checks).
var restHosts = map[Environment]string{
	Demo:       "https://demo.docusign.net",
	Production: "https://www.docusign.net",
}

// jwtConfig builds an x/oauth2/jwt config whose aud and token URL agree.
func jwtConfig(key []byte, integrationKey, userID string) *jwt.Config {
	host := authServer(current())
	return &jwt.Config{
		Email:      integrationKey,
		Subject:    userID,
		PrivateKey: key,
		Scopes:     []string{"signature", "impersonation"},
		Audience:   host,
		TokenURL:   "https://" + host + "/oauth/token",
	}
}

// codeGrant builds the authorization-code config for the current environment.
func codeGrant() *oauth2.Config {
	host := authServer(current())
	return &oauth2.Config{
		ClientID:     os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
		ClientSecret: os.Getenv("DOCUSIGN_SECRET"),
		RedirectURL:  "https://app.example.com/oauth/callback",
		Scopes:       []string{"signature"},
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://" + host + "/oauth/auth",
			TokenURL: "https://" + host + "/oauth/token",
		},
	}
}

// esignConfig leaves IsDemo to configuration.
func esignConfig(pemKey []byte) *esign.JWTConfig {
	return &esign.JWTConfig{
		IntegratorKey: os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
		KeyPairID:     os.Getenv("DOCUSIGN_KEYPAIR_ID"),
		PrivateKey:    string(pemKey),
		IsDemo:        current() == Demo,
	}
}

// healthURL is the REST host of the current environment.
func healthURL() string {
	return restHosts[current()] + "/restapi/service_information"
}
