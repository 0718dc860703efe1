// Package resume resumes esign credentials from stored tokens: esign
// refreshes the token it is given only once its Expiry has passed.
package resume

import (
	"time"

	"github.com/jfcote87/esign"
	"github.com/jfcote87/oauth2"
)

var jc = &esign.JWTConfig{IntegratorKey: "ik", PrivateKey: "key"}

var code = &esign.OAuth2Config{IntegratorKey: "ik"}

// Resume is flawed: the token has no Expiry, so the credential never
// refreshes it.
func Resume(user, access string) (*esign.OAuth2Credential, error) {
	tok := &oauth2.Token{AccessToken: access, TokenType: "Bearer"} // want `^DS504: oauth2.Token without Expiry given to \(\*esign.JWTConfig\).Credential: never refreshed \(401 after 1 hour\)$`
	return jc.Credential(user, tok, nil, "signature")
}

// ResumeWithExpiry is the twin: the stored expiry comes with the token.
func ResumeWithExpiry(user, access string, exp time.Time) (*esign.OAuth2Credential, error) {
	tok := &oauth2.Token{AccessToken: access, TokenType: "Bearer", Expiry: exp}
	return jc.Credential(user, tok, nil, "signature")
}

// ResumeCode is flawed: a token allocated empty and filled field by field.
func ResumeCode(access, refresh string) (*esign.OAuth2Credential, error) {
	t := new(oauth2.Token) // want `^DS504: oauth2.Token without Expiry given to \(\*esign.OAuth2Config\).Credential: never refreshed \(401 after 8 hours\)$`
	t.AccessToken = access
	t.RefreshToken = refresh
	return code.Credential(t, nil)
}

// ResumeCodeWithExpiry is the twin: the Expiry is written too.
func ResumeCodeWithExpiry(access, refresh string, exp time.Time) (*esign.OAuth2Credential, error) {
	t := new(oauth2.Token)
	t.AccessToken = access
	t.RefreshToken = refresh
	t.Expiry = exp
	return code.Credential(t, nil)
}

// ResumeFilled is not judged: another function may set the Expiry.
func ResumeFilled(user, access string) (*esign.OAuth2Credential, error) {
	tok := &oauth2.Token{AccessToken: access}
	fill(tok)
	return jc.Credential(user, tok, nil)
}

func fill(t *oauth2.Token) { t.Expiry = time.Now().Add(time.Hour) }

// Fresh is fine: no token, the credential fetches one.
func Fresh(user string) (*esign.OAuth2Credential, error) {
	return jc.Credential(user, nil, nil)
}

// Stored is fine: a token of unknown origin keeps its own Expiry.
func Stored(user string, tok *oauth2.Token) (*esign.OAuth2Credential, error) {
	return jc.Credential(user, tok, nil)
}
