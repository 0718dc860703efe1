// Package provider hands out DocuSign tokens to other packages.
package provider

import (
	"context"

	"golang.org/x/oauth2/jwt"
)

var conf = &jwt.Config{
	Email:    "6f1c2c6e-0000-4000-8000-000000000001",
	TokenURL: "https://account-d.docusign.com/oauth/token",
	Audience: "account-d.docusign.com",
}

// AccessToken returns a fresh DocuSign access token.
func AccessToken(ctx context.Context) (string, error) { // want AccessToken:"returns DocuSign token \\(result 0, JWT grant\\)"
	tok, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return "", err
	}
	return tok.AccessToken, nil
}

// Name returns something that is not a token.
func Name() string { return "docusign" }

// Response is DocuSign's token response.
type Response struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

// Fetch returns the decoded token response, whole.
func Fetch(ctx context.Context) (*Response, error) { // want Fetch:"returns DocuSign token \\(result 0, JWT grant\\)"
	tok, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return nil, err
	}
	return &Response{AccessToken: tok.AccessToken}, nil
}
