// Package respdef declares the DocuSign token response and host.
package respdef

// AccountServer is the DocuSign production account server.
const AccountServer = "account.docusign.com"

// TokenResponse is the body of POST /oauth/token.
type TokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}
