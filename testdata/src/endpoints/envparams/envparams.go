// Package envparams passes the DocuSign auth server to a constructor: the
// call sites choose. One passes each environment, chosen by configuration
// (not reported); the twin constructor is only ever given the demo server
// (DS101).
package envparams

import "os"

type client struct{ authServer string }

func newClient(authServer string) *client { return &client{authServer: authServer} }

// FromEnv calls newClient with either environment.
func FromEnv() *client {
	if os.Getenv("DOCUSIGN_ENV") == "production" {
		return newClient("account.docusign.com")
	}
	return newClient("account-d.docusign.com")
}

type clientAlone struct{ authServer string }

func newClientAlone(authServer string) *clientAlone { return &clientAlone{authServer: authServer} }

// FromEnvAlone gives the twin the demo server on every path.
func FromEnvAlone() *clientAlone {
	if os.Getenv("DOCUSIGN_ENV") == "production" {
		return newClientAlone(os.Getenv("DOCUSIGN_AUTH_SERVER"))
	}
	return newClientAlone("account-d.docusign.com") // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
}
