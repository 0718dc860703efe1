// Package appended: JWT scopes built with append onto a base list.
package appended

import (
	"golang.org/x/oauth2/jwt"
)

const tokenURL = "https://account-d.docusign.com/oauth/token"

var baseScopes = []string{"signature"}

func withImpersonation() *jwt.Config {
	return &jwt.Config{
		TokenURL: tokenURL,
		Scopes:   append(baseScopes, "impersonation"),
	}
}

func withoutImpersonation() *jwt.Config {
	return &jwt.Config{
		TokenURL: tokenURL,
		Scopes:   append(baseScopes, "click.manage"), // want `DS403: jwt.Config requests no "impersonation" scope \(consent_required\)`
	}
}

func spread() *jwt.Config {
	extra := []string{"signiture", "impersonation"} // want `DS405: unknown scope "signiture" in jwt.Config \(invalid_scope; meant "signature"\?\)`
	return &jwt.Config{
		TokenURL: tokenURL,
		Scopes:   append(baseScopes, extra...),
	}
}

func unknownTail(more string) *jwt.Config {
	return &jwt.Config{
		TokenURL: tokenURL,
		Scopes:   append(baseScopes, more), // an unknown element may be "impersonation"
	}
}
