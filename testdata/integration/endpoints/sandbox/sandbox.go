// Package sandbox is a service that never left the developer sandbox: every
// host and flag below is the demo environment, with no production
// counterpart anywhere in the package (DS101).
package sandbox

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"
)

// restBase is the demo eSignature REST host; reported once, here, not at its uses.
const restBase = "https://demo.docusign.net/restapi/v2.1"

// smokeAuthServer is a sandbox-only smoke test; the finding is suppressed with
// a reason, so it is not reported.
//
//dslint:ignore DS101 nightly smoke test runs against the developer sandbox on purpose
const smokeAuthServer = "account-d.docusign.com"

// Flawed: a suppression without a reason is itself reported, and suppresses
// nothing.
//
//dslint:ignore DS101
const smokeRESTHost = "demo.docusign.net"

// Flawed: the demo auth server in the code-grant endpoint.
var codeGrant = &oauth2.Config{
	ClientID:     os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
	ClientSecret: os.Getenv("DOCUSIGN_SECRET"),
	RedirectURL:  "https://app.example.com/oauth/callback",
	Scopes:       []string{"signature"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://account-d.docusign.com/oauth/auth",
		TokenURL: "https://account-d.docusign.com/oauth/token",
	},
}

// Flawed: esign's JWT configuration pinned to the sandbox.
func credential(userID string, pemKey []byte) (*esign.OAuth2Credential, error) {
	cfg := &esign.JWTConfig{
		IntegratorKey: os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
		KeyPairID:     os.Getenv("DOCUSIGN_KEYPAIR_ID"),
		PrivateKey:    string(pemKey),
		IsDemo:        true,
	}
	return cfg.Credential(userID, nil, nil, "signature")
}

// envelopeURL uses restBase twice; the constant is reported at its declaration.
func envelopeURL(accountID, envelopeID string) string {
	return fmt.Sprintf("%s/accounts/%s/envelopes/%s", restBase, accountID, envelopeID)
}

// voidEnvelope uses the demo host again through restBase.
func voidEnvelope(ctx context.Context, c *http.Client, accountID, envelopeID string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, restBase+"/accounts/"+accountID+"/envelopes/"+envelopeID, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}
