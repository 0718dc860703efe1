// Package generated calls a client generated from an OpenAPI description
// whose output (api_gen.go: Client, NewClient, Envelope) is not committed,
// next to the real libraries (x/oauth2, golang-jwt, esign): the identifiers
// are undefined, the package does not type-check, and dslint still reports
// every flaw below that it can judge from the code that is there.
package generated

import (
	"context"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v4"
	"github.com/jfcote87/esign"
	oauth2jwt "golang.org/x/oauth2/jwt"
)

// Service sends envelopes through the generated client.
type Service struct {
	client *Client
}

// New connects to the demo REST host, shipped to production (DS101).
func New(hc *http.Client) *Service {
	return &Service{client: NewClient("https://demo.docusign.net/restapi", hc)}
}

// Send sends one envelope.
func (s *Service) Send(ctx context.Context, e *Envelope) error {
	return s.client.CreateEnvelope(ctx, e)
}

// claims sets aud with a path (DS103).
func claims(integrationKey, userID string) jwt.MapClaims {
	now := time.Now()
	return jwt.MapClaims{
		"iss":   integrationKey,
		"sub":   userID,
		"aud":   "account-d.docusign.com/oauth",
		"iat":   now.Unix(),
		"exp":   now.Add(time.Hour).Unix(),
		"scope": "signature impersonation",
	}
}

// grant signs with the embedded key (DS201, key.go) and asks for extended
// with the JWT grant (DS401).
var grant = &oauth2jwt.Config{
	Email:      "7c2b8d31-0f4e-4a7b-9d5c-2e1f6a8b3c90",
	Subject:    DefaultUser,
	PrivateKey: []byte(embeddedKey),
	Scopes:     []string{"signature", "impersonation", "extended"},
	TokenURL:   "https://account.docusign.com/oauth/token",
	Audience:   "account.docusign.com",
}

// legacyHeaders carries legacy credentials (DS601).
func legacyHeaders(creds string) http.Header {
	return http.Header{"X-DocuSign-Authentication": {creds}}
}

// production is esign's production configuration, with its key from the
// generated settings.
var production = &esign.JWTConfig{
	IntegratorKey: DefaultIntegrationKey,
	KeyPairID:     DefaultKeyPairID,
	PrivateKey:    DefaultPrivateKey,
}

var _, _, _ = claims, grant, production
