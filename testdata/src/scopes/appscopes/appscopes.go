// Package appscopes asks for scopes in x/oauth2/jwt configs whose token URL
// comes from appconfig: DocuSign's only through the preset there.
package appscopes

import (
	"golang.org/x/oauth2/jwt"

	"values/appconfig"
)

// Preset is a DocuSign JWT grant through the config's preset.
func Preset(cfg appconfig.Config) *jwt.Config {
	return &jwt.Config{Email: "ik", TokenURL: cfg.DocuSign.TokenURL,
		Scopes: []string{"signature", "impersonation", "extended"}} // want `DS401: "extended" scope in jwt.Config`
}

// FromEnv is the twin whose token URL is read from the environment.
func FromEnv(env appconfig.Env) *jwt.Config {
	return &jwt.Config{Email: "ik", TokenURL: env.TokenURL,
		Scopes: []string{"signature", "extended"}}
}

// Google is the twin with another provider's preset.
func Google(g appconfig.Google) *jwt.Config {
	return &jwt.Config{Email: "sa", TokenURL: g.TokenURL,
		Scopes: []string{"signature", "extended"}}
}
