package endpoints

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"golang.org/x/oauth2"
)

// Flawed: the eSignature base URI is pinned to one data center instead of
// the base_uri returned by UserInfo (DS104).
const restBase = "https://na2.docusign.net/restapi"

// envelopeStatus reads an envelope's status from the pinned data center.
func envelopeStatus(ctx context.Context, c *http.Client, accountID, envelopeID string) (string, error) {
	u := fmt.Sprintf("%s/v2.1/accounts/%s/envelopes/%s", restBase, accountID, envelopeID)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return "", err
	}
	resp, err := c.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Status string `json:"status"`
	}
	return out.Status, json.NewDecoder(resp.Body).Decode(&out)
}

// userInfo is the subset of /oauth/userinfo used to find the base URI.
type userInfo struct {
	Accounts []struct {
		AccountID string `json:"account_id"`
		IsDefault bool   `json:"is_default"`
		BaseURI   string `json:"base_uri"`
	} `json:"accounts"`
}

// Correct: the base URI comes from UserInfo on the configured auth server.
// Sandbox accounts get https://demo.docusign.net as their base_uri, production
// accounts one of the data centers (https://na2.docusign.net, ...); a host in
// a comment is not a use.
func baseURI(ctx context.Context, c *http.Client, authServer, accountID string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+authServer+"/oauth/userinfo", nil)
	if err != nil {
		return "", err
	}
	resp, err := c.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var ui userInfo
	if err := json.NewDecoder(resp.Body).Decode(&ui); err != nil {
		return "", err
	}
	for _, a := range ui.Accounts {
		if a.AccountID == accountID || (accountID == "" && a.IsDefault) {
			return strings.TrimSuffix(a.BaseURI, "/") + "/restapi", nil
		}
	}
	return "", fmt.Errorf("account %s not found in userinfo", accountID)
}

// Flawed: the redirect URI has no scheme (DS105).
var codeGrant = &oauth2.Config{
	ClientID:    "integration-key",
	RedirectURL: "app.example.com/oauth/callback",
	Scopes:      []string{"signature"},
	Endpoint:    endpointFor("production"),
}

// Correct: an absolute redirect URI.
var adminGrant = &oauth2.Config{
	ClientID:    "integration-key",
	RedirectURL: "https://admin.example.com/oauth/callback",
	Scopes:      []string{"signature"},
	Endpoint:    endpointFor("production"),
}

// authServers maps each environment to its auth server.
var authServers = map[string]string{
	"demo":       "account-d.docusign.com",
	"production": "account.docusign.com",
}

// endpointFor returns the OAuth endpoint of the given environment.
func endpointFor(env string) oauth2.Endpoint {
	host := authServers[env]
	return oauth2.Endpoint{
		AuthURL:  "https://" + host + "/oauth/auth",
		TokenURL: "https://" + host + "/oauth/token",
	}
}

// isDocuSignHost is a comparison, not a use, of the demo REST host.
func isDocuSignHost(host string) bool {
	return host == "demo.docusign.net" || strings.HasSuffix(host, ".docusign.net")
}
