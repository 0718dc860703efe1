// Package accountid: a DocuSign account ID GUID hardcoded in an esign
// field or a REST path (DS107), next to the look-alikes that stay silent:
// IDs from configuration, other IDs in the path, other services' paths,
// paths in messages and comparisons, the integration key.
package accountid

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"path"

	"endpoints/accountid/ids"

	"github.com/jfcote87/esign"
)

const accountGUID = "9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c"

// A constant path built from constants is reported at the account.
const (
	apiPath       = "/restapi/v2.1"
	envelopesPath = apiPath + "/accounts/" + accountGUID + "/envelopes" // want `DS107: the REST path hardcodes`
)

// Config is read at start-up.
type Config struct {
	AccountID, BaseURI string
}

func jwtConfig(key string) *esign.JWTConfig {
	return &esign.JWTConfig{
		IntegratorKey: "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b", // the integration key: the same GUID in production
		PrivateKey:    key,
		AccountID:     "9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c", // want `DS107: AccountID hardcodes a DocuSign account ID \(USER_LACKS_MEMBERSHIP after Go Live\)`
	}
}

func jwtConfigFromEnv(key string) *esign.JWTConfig {
	return &esign.JWTConfig{
		IntegratorKey: "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b",
		PrivateKey:    key,
		AccountID:     os.Getenv("DOCUSIGN_ACCOUNT_ID"),
	}
}

func assigned(c *esign.OAuth2Config, cfg Config) {
	c.AccountID = accountGUID // want `DS107: AccountID hardcodes`
	c.AccountID = cfg.AccountID
}

func withAccount(cred *esign.OAuth2Credential, cfg Config) (*esign.OAuth2Credential, *esign.OAuth2Credential) {
	return cred.WithAccountID(ids.SandboxAccount), // want `DS107: WithAccountID hardcodes`
		cred.WithAccountID(cfg.AccountID)
}

func paths(cfg Config, envelopeID string) []string {
	acct := "9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c"
	return []string{
		cfg.BaseURI + "/restapi/v2.1/accounts/" + accountGUID + "/envelopes",                          // want `DS107: the REST path hardcodes`
		fmt.Sprintf("%s/restapi/v2.1/accounts/%s/envelopes/%s", cfg.BaseURI, accountGUID, envelopeID), // want `DS107: the REST path hardcodes`
		cfg.BaseURI + "/restapi/v2/accounts/" + acct + "/templates",                                   // want `DS107: the REST path hardcodes`
		cfg.BaseURI + "/restapi/v2.1/accounts/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c/users",             // want `DS107: the REST path hardcodes`
		"https://api.docusign.com/v1/accounts/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c/agreements",        // want `DS107: the REST path hardcodes`
		cfg.BaseURI + "/clickapi/v1/accounts/" + ids.SandboxAccount + "/clickwraps",                   // want `DS107: the REST path hardcodes`
		cfg.BaseURI + ids.EnvelopesPath,                                                               // reported in package ids
		cfg.BaseURI + envelopesPath,                                                                   // reported at its declaration
		// The twins: the account from configuration, a constant envelope ID.
		cfg.BaseURI + "/restapi/v2.1/accounts/" + cfg.AccountID + "/envelopes",
		fmt.Sprintf("%s/restapi/v2.1/accounts/%s/envelopes", cfg.BaseURI, cfg.AccountID),
		cfg.BaseURI + "/restapi/v2.1/accounts/" + cfg.AccountID + "/envelopes/" + accountGUID,
		// Another service's accounts.
		"https://api.example.com/v1/accounts/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c/invoices",
	}
}

func joined(base string) string {
	u, err := url.JoinPath(base, "restapi/v2.1/accounts/", accountGUID) // want `DS107: the REST path hardcodes`
	if err != nil {
		return ""
	}
	return u
}

// A whole path in a constant is reported once, at the constant.
const usersPath = "/restapi/v2.1/accounts/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c/users" // want `DS107: the REST path hardcodes`

func users(cfg Config) (*http.Response, error) {
	return http.Get(cfg.BaseURI + usersPath)
}

// A mock server matching a path and a log line name an account; neither
// sends a request to it.
func mock(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/restapi/v2.1/accounts/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c/envelopes" {
		log.Printf("mock: POST /restapi/v2.1/accounts/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c/envelopes from %s", r.RemoteAddr)
		w.WriteHeader(http.StatusCreated)
	}
}

// A template's placeholder account ID (the nil GUID) works in no
// environment: it is not an ID that changes at Go Live. Its twin with a
// real GUID is jwtConfig above.
func jwtConfigTemplate(key string) *esign.JWTConfig {
	return &esign.JWTConfig{
		IntegratorKey: "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b",
		PrivateKey:    key,
		AccountID:     "00000000-0000-0000-0000-000000000000",
	}
}

const templatePath = "/restapi/v2.1/accounts/00000000-0000-0000-0000-000000000000/envelopes"

func templateEnvelopes(cfg Config) (*http.Response, error) {
	return http.Get(cfg.BaseURI + templatePath)
}
