// Package generated calls a client generated from an OpenAPI description
// whose output (api_gen.go: Client, NewClient, Envelope) is not committed:
// the identifiers are undefined, the package does not type-check, and
// dslint still reports every flaw below that it can judge from the code
// that is there.
package generated

import (
	"context"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// demoBase is the demo REST host, shipped to production (DS101).
const demoBase = "https://demo.docusign.net/restapi"

// Service sends envelopes through the generated client.
type Service struct {
	client *Client
}

// New connects to the demo host.
func New(hc *http.Client) *Service {
	return &Service{client: NewClient(demoBase, hc)}
}

// Send sends one envelope.
func (s *Service) Send(ctx context.Context, e *Envelope) error {
	return s.client.CreateEnvelope(ctx, e)
}

// claims sets aud with a path (DS103).
func claims(integrationKey, userID string) jwt.RegisteredClaims {
	now := time.Now()
	return jwt.RegisteredClaims{
		Issuer:    integrationKey,
		Subject:   userID,
		Audience:  jwt.ClaimStrings{"account-d.docusign.com/oauth"},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour)),
	}
}

// consentURL asks for extended in an implicit grant (DS401).
func consentURL(ik string) string {
	return "https://account.docusign.com/oauth/auth?response_type=token&scope=signature+extended&client_id=" + ik
}

// legacyHeaders carries legacy credentials (DS601).
func legacyHeaders(creds string) http.Header {
	return http.Header{"X-DocuSign-Authentication": {creds}}
}

// sign signs the assertion with the embedded key.
func sign(c jwt.RegisteredClaims) (string, error) {
	key, err := jwt.ParseRSAPrivateKeyFromPEM([]byte(embeddedKey))
	if err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

var _ = sign
