// Package secrets holds OAuth client secrets written in source (DS203),
// each next to a look-alike that is not reported. The secrets are made up.
package secrets

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

const integrationKey = "7c2b8d31-0f4e-4a7b-9d5c-2e1f6a8b3c90"

const clientSecret = "e5a4c1b2-9f7d-4e3a-b6c8-1d2f3a4b5c6d"

var codeGrant = &oauth2.Config{
	ClientID:     integrationKey,
	ClientSecret: "0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d", // want `^DS203: oauth2\.Config\.ClientSecret is a hardcoded client secret \(public, and breaks at Go Live\)`
	Endpoint:     oauth2.Endpoint{TokenURL: "https://account-d.docusign.com/oauth/token"},
}

// A named constant is reported where it is put in the configuration.
var esignGrant = &esign.OAuth2Config{
	IntegratorKey: integrationKey,
	Secret:        clientSecret, // want `^DS203: esign\.OAuth2Config\.Secret is a hardcoded client secret \(`
}

var machine = clientcredentials.Config{ClientID: integrationKey, ClientSecret: clientSecret} // want `^DS203: clientcredentials\.Config\.ClientSecret is a hardcoded client secret \(`

func assign(c *oauth2.Config) {
	c.ClientSecret = clientSecret // want `^DS203: oauth2\.Config\.ClientSecret is a hardcoded client secret \(`
	c.ClientSecret = os.Getenv("DOCUSIGN_CLIENT_SECRET")
}

// Not reported: secrets from the environment, empty, or placeholders.
var fromEnv = &oauth2.Config{ClientID: integrationKey, ClientSecret: os.Getenv("DOCUSIGN_CLIENT_SECRET")}
var public = &oauth2.Config{ClientID: integrationKey, ClientSecret: ""}
var template = &esign.OAuth2Config{IntegratorKey: integrationKey, Secret: "<your client secret>"}
var templated = &oauth2.Config{ClientID: integrationKey, ClientSecret: "${DOCUSIGN_CLIENT_SECRET}"}
var envName = &oauth2.Config{ClientID: integrationKey, ClientSecret: "DOCUSIGN_CLIENT_SECRET"}
var spelled = &oauth2.Config{ClientID: integrationKey, ClientSecret: "my-client-secret"}

func basicPlaceholder(req *http.Request) {
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("CLIENT_ID:CLIENT_SECRET")))
}

// Form values.
func exchange(code string) url.Values {
	v := url.Values{
		"grant_type":    {"authorization_code"},
		"code":          {code},
		"client_id":     {integrationKey},
		"client_secret": {"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"}, // want `^DS203: client_secret form value is a hardcoded client secret \(`
	}
	v.Set("client_secret", clientSecret) // want `^DS203: client_secret form value is a hardcoded client secret \(`
	v.Set("client_secret", os.Getenv("DOCUSIGN_CLIENT_SECRET"))
	v.Set("client_id", integrationKey)
	return v
}

const tokenBody = "grant_type=refresh_token&client_id=abc&client_secret=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" // want `^DS203: client_secret form value is a hardcoded client secret \(`

const bodyFormat = "grant_type=refresh_token&client_secret=%s" // not reported: a format

func jsonBody() map[string]string {
	return map[string]string{"client_id": integrationKey, "client_secret": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"} // want `^DS203: client_secret form value is a hardcoded client secret \(`
}

// Basic auth built from a constant secret.
func basic(req *http.Request) {
	req.SetBasicAuth(integrationKey, "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f") // want `^DS203: Basic auth password is a hardcoded client secret \(`
	req.SetBasicAuth(integrationKey, os.Getenv("DOCUSIGN_CLIENT_SECRET"))
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(integrationKey+":"+clientSecret))) // want `^DS203: Basic auth credentials hold a hardcoded client secret \(`
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(integrationKey+":"+os.Getenv("DOCUSIGN_CLIENT_SECRET"))))
	req.Header.Set("Authorization", "Basic N2MyYjhkMzEtMGY0ZS00YTdiLTlkNWMtMmUxZjZhOGIzYzkwOjRkNWU2ZjdhLThiOWMtNGQwZS05ZjFhLTNiNGM1ZDZlN2Y4YQ==") // want `^DS203: Basic auth credentials hold a hardcoded client secret \(`
	_ = strings.TrimSpace("client_secret")
}

// The same credentials assembled around an integration key from the environment.
func basicBuilt(req *http.Request) {
	ik := os.Getenv("DOCUSIGN_INTEGRATION_KEY")
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(ik+":4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a")))                       // want `^DS203: Basic auth credentials hold a hardcoded client secret \(`
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("%s:%s", ik, "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a")))) // want `^DS203: Basic auth credentials hold a hardcoded client secret \(`
	cred := fmt.Sprintf("%s:%s", ik, "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a")                                                                              // want `^DS203: Basic auth credentials hold a hardcoded client secret \(`
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(cred)))
	secret := os.Getenv("DOCUSIGN_CLIENT_SECRET")
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("%s:%s", ik, secret))))
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(ik+":"+secret)))
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(ik+":CLIENT_SECRET")))
}

// A server comparing an inbound header with the expected credentials does
// not send the secret anywhere (a test double of DocuSign's token endpoint).
func inbound(r *http.Request) bool {
	return r.Header.Get("Authorization") == "Basic N2MyYjhkMzEtMGY0ZS00YTdiLTlkNWMtMmUxZjZhOGIzYzkwOjRkNWU2ZjdhLThiOWMtNGQwZS05ZjFhLTNiNGM1ZDZlN2Y4YQ=="
}
