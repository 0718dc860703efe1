package shapes

import (
	"time"

	"golang.org/x/oauth2"
)

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

// fromResponse is flawed: the token is filled field by field and gets no Expiry.
func fromResponse(tr tokenResponse) *oauth2.Token {
	t := new(oauth2.Token) // want `DS504: oauth2.Token allocated empty, given a DocuSign AccessToken but no Expiry, so reused`
	t.AccessToken = tr.AccessToken
	t.TokenType = "Bearer"
	return t
}

// fromResponseValue is flawed the same way with a token variable.
func fromResponseValue(tr tokenResponse) oauth2.Token {
	var t oauth2.Token // want `DS504: oauth2.Token allocated empty`
	t.AccessToken = tr.AccessToken
	return t
}

// withExpiry is the twin: the Expiry comes from expires_in.
func withExpiry(tr tokenResponse) *oauth2.Token {
	t := new(oauth2.Token)
	t.AccessToken = tr.AccessToken
	t.Expiry = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second)
	return t
}

// refreshOnly is correct: no access token from a response is written.
func refreshOnly(refresh string) *oauth2.Token {
	t := new(oauth2.Token)
	t.RefreshToken = refresh
	return t
}
