// Package literal builds oauth2 tokens from DocuSign token responses.
package literal

import (
	"encoding/json"
	"net/http"

	"golang.org/x/oauth2"
)

const tokenURL = "https://account-d.docusign.com/oauth/token"

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
}

func decode(resp *http.Response) (*oauth2.Token, error) {
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return nil, err
	}
	return &oauth2.Token{AccessToken: tr.AccessToken, TokenType: tr.TokenType}, nil // want `DS504: oauth2.Token built from a DocuSign token response without Expiry, so reused \(401 after 1 or 8 hours\)`
}

func fromMap(m map[string]any) oauth2.Token {
	s, _ := m["access_token"].(string)
	return oauth2.Token{AccessToken: s} // want `DS504: oauth2.Token built from a DocuSign token response without Expiry`
}

// Correct twins.
func decodeGood(tr tokenResponse) *oauth2.Token {
	return &oauth2.Token{AccessToken: tr.AccessToken, Expiry: expiry(tr.ExpiresIn)}
}

func assignedLater(tr tokenResponse) *oauth2.Token {
	t := &oauth2.Token{AccessToken: tr.AccessToken}
	t.Expiry = expiry(tr.ExpiresIn)
	return t
}

func notFromResponse(s string) *oauth2.Token {
	return &oauth2.Token{AccessToken: s}
}

func fetch(resp *http.Response) tokenResponse {
	var tr tokenResponse
	json.NewDecoder(resp.Body).Decode(&tr)
	return tr
}

// The response is a call: no fix (it would call fetch twice).
func fromCall(resp *http.Response) *oauth2.Token {
	return &oauth2.Token{AccessToken: fetch(resp).AccessToken} // want `DS504: oauth2.Token built from a DocuSign token response without Expiry`
}
