// Package esignjwt: esign's JWT credential adds impersonation itself, and its
// consent URL is right to ask for impersonation.
package esignjwt

import (
	"github.com/jfcote87/esign"
)

var cfg = &esign.JWTConfig{IntegratorKey: "ik", IsDemo: true}

func credential() (*esign.OAuth2Credential, error) {
	return cfg.Credential("user-guid", nil, nil, "signature") // no DS403: Credential adds impersonation
}

func credentialDefault() (*esign.OAuth2Credential, error) {
	return cfg.Credential("user-guid", nil, nil)
}

func credentialExtended() (*esign.OAuth2Credential, error) {
	return cfg.Credential("user-guid", nil, nil, "signature", "extended") // want `DS401: "extended" scope in esign JWTConfig.Credential`
}

var jwtScopes = []string{"signature", "click.manage", "impersonate"} // want `DS405: unknown scope "impersonate" in esign JWTConfig.Credential \(invalid_scope; meant "impersonation"\?\)`

func credentialSlice() (*esign.OAuth2Credential, error) {
	return cfg.Credential("user-guid", nil, nil, jwtScopes...)
}

func consent() string {
	return cfg.UserConsentURL("https://app.example.com/cb", "signature", "impersonation")
}

func consentDefault() string {
	return cfg.UserConsentURL("https://app.example.com/cb")
}

func consentComma() string {
	return cfg.UserConsentURL("https://app.example.com/cb", "signature,impersonation") // want `DS404: scopes "signature,impersonation" in esign JWTConfig.UserConsentURL joined with ","`
}
