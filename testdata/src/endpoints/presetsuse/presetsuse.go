// Package presetsuse configures DocuSign from the presets of package
// presets (values facts): the production preset's redirect URI has a
// fragment and the staging one has no scheme (DS105), and the production
// preset hardcodes an account ID (DS107), reported where each is used,
// even though the environment may override them, as DS203 judges a preset
// secret. The twins read presetsok, whose presets are right, and a field
// no package presets.
package presetsuse

import (
	"os"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"

	"endpoints/presets"
	"endpoints/presetsok"
)

// CodeGrant is the user-facing code grant.
func CodeGrant(cfg presets.DocuSign) *oauth2.Config {
	return &oauth2.Config{
		ClientID:    cfg.ClientID,
		RedirectURL: cfg.RedirectURL, // want `DS105: redirect URI "staging\.signflow\.example\.com/oauth/callback" \(field RedirectURL\) has no scheme` `DS105: redirect URI "https://app\.example\.com/cb#signed-in" \(field RedirectURL\) has a fragment`
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://" + cfg.AuthServer + "/oauth/auth",
			TokenURL: cfg.TokenURL,
		},
		Scopes: []string{"signature"},
	}
}

// CodeGrantOK is the twin over the right presets.
func CodeGrantOK(cfg presetsok.DocuSign) *oauth2.Config {
	return &oauth2.Config{
		ClientID:    cfg.ClientID,
		RedirectURL: cfg.RedirectURL,
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://" + cfg.AuthServer + "/oauth/auth",
			TokenURL: cfg.TokenURL,
		},
		Scopes: []string{"signature"},
	}
}

// SDK builds an esign credential from the configuration.
func SDK(cfg presets.DocuSign, key string) (*esign.OAuth2Credential, error) {
	jc := &esign.JWTConfig{
		IntegratorKey: cfg.ClientID,
		PrivateKey:    key,
		AccountID:     cfg.AccountID, // want `DS107: AccountID \(field AccountID\) hardcodes a DocuSign account ID`
		IsDemo:        !cfg.IsProduction(),
	}
	return jc.Credential(os.Getenv("DS_USER_ID"), nil, nil)
}

// SDKOK is the twin whose account ID field no package presets.
func SDKOK(cfg presetsok.DocuSign, key string) (*esign.OAuth2Credential, error) {
	jc := &esign.JWTConfig{
		IntegratorKey: cfg.ClientID,
		PrivateKey:    key,
		AccountID:     cfg.AccountID,
		IsDemo:        !cfg.IsProduction(),
	}
	return jc.Credential(os.Getenv("DS_USER_ID"), nil, nil)
}

// EnvelopesPath is the REST path of the configured account.
func EnvelopesPath(cfg presets.DocuSign) string {
	return "/restapi/v2.1/accounts/" + cfg.AccountID + "/envelopes" // want `DS107: the REST path \(field AccountID\) hardcodes a DocuSign account ID`
}

// EnvelopesPathOK is its twin.
func EnvelopesPathOK(cfg presetsok.DocuSign) string {
	return "/restapi/v2.1/accounts/" + cfg.AccountID + "/envelopes"
}

// Copied copies a library config's redirect URI, which is judged where it
// is written, once.
func Copied() *oauth2.Config {
	base := &oauth2.Config{RedirectURL: "https://app.example.com/cb#copied"} // want `DS105: redirect URI "https://app\.example\.com/cb#copied" has a fragment`
	return &oauth2.Config{RedirectURL: base.RedirectURL, Endpoint: base.Endpoint}
}
