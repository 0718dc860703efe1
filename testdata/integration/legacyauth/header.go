package legacyauth

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

// credentials is the JSON form of the legacy authentication header.
type credentials struct {
	Username      string `json:"Username"`
	Password      string `json:"Password"`
	IntegratorKey string `json:"IntegratorKey"`
}

// Flawed: legacy header authentication with a JSON credential (DS601).
func listTemplates(ctx context.Context, baseURI, accountID string) (*http.Response, error) {
	creds, err := json.Marshal(credentials{
		Username:      os.Getenv("DOCUSIGN_USER"),
		Password:      os.Getenv("DOCUSIGN_PASSWORD"),
		IntegratorKey: os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
	})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURI+"/v2.1/accounts/"+accountID+"/templates", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-DocuSign-Authentication", string(creds))
	req.Header.Set("Accept", "application/json")
	return http.DefaultClient.Do(req)
}

// Flawed: the XML credential form, added with a lower-case header name (DS601).
func listFolders(ctx context.Context, baseURI, accountID, user, password, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURI+"/v2.1/accounts/"+accountID+"/folders", nil)
	if err != nil {
		return nil, err
	}
	xml := fmt.Sprintf("<DocuSignCredentials><Username>%s</Username><Password>%s</Password><IntegratorKey>%s</IntegratorKey></DocuSignCredentials>", user, password, key)
	req.Header.Add("x-docusign-authentication", xml)
	return http.DefaultClient.Do(req)
}

// legacyHeaders is a header map literal carrying legacy credentials (DS601).
func legacyHeaders(creds string) http.Header {
	return http.Header{
		"X-DocuSign-Authentication": {creds},
		"Content-Type":              {"application/json"},
	}
}

// Correct: an OAuth access token in the Authorization header.
func listUsers(ctx context.Context, baseURI, accountID, accessToken string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURI+"/v2.1/accounts/"+accountID+"/users", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+accessToken)
	return http.DefaultClient.Do(req)
}

// Correct: other X-DocuSign-* headers are fine (send on behalf of another
// user with an OAuth token; a correlation header for support tickets).
func sendAsUser(req *http.Request, accessToken, userID, correlationID string) {
	req.Header.Set("Authorization", "Bearer "+accessToken)
	req.Header.Set("X-DocuSign-Act-As-User", userID)
	req.Header.Set("X-DocuSign-Correlation-Id", correlationID)
}
