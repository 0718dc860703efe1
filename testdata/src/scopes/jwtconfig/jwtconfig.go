// Package jwtconfig: the JWT grant through golang.org/x/oauth2/jwt.Config.
package jwtconfig

import (
	"golang.org/x/oauth2/jwt"
)

const tokenURL = "https://account-d.docusign.com/oauth/token"

func extended() *jwt.Config {
	return &jwt.Config{
		TokenURL: tokenURL,
		Audience: "account-d.docusign.com",
		Scopes:   []string{"signature", "impersonation", "extended"}, // want `DS401: "extended" scope in jwt.Config: code grant only \(invalid_scope or ignored\)`
	}
}

func good() *jwt.Config {
	return &jwt.Config{
		TokenURL: tokenURL,
		Audience: "account-d.docusign.com",
		Scopes:   []string{"signature", "impersonation"},
	}
}

func noImpersonation() *jwt.Config {
	return &jwt.Config{
		TokenURL: tokenURL,
		Scopes:   []string{"signature"}, // want `DS403: jwt.Config requests no "impersonation" scope \(consent_required\)`
	}
}

func neither() *jwt.Config {
	return &jwt.Config{
		TokenURL: tokenURL,
		Scopes:   []string{"click.manage"}, // want `DS403: jwt.Config requests no "impersonation" scope, nor "signature" \(consent_required\)`
	}
}

func comma() *jwt.Config {
	return &jwt.Config{
		TokenURL: tokenURL,
		Scopes:   []string{"signature,impersonation"}, // want `DS404: scopes "signature,impersonation" in jwt.Config joined with "," \(invalid_scope\)`
	}
}

func spaced() *jwt.Config { // one element with a space: x/oauth2 joins with spaces, fine
	return &jwt.Config{
		TokenURL: tokenURL,
		Scopes:   []string{"signature impersonation"},
	}
}

func encoded() *jwt.Config {
	return &jwt.Config{
		TokenURL: tokenURL,
		Scopes:   []string{"signature%20impersonation"}, // want `DS404: .*joined with "%20"`
	}
}

func typo() *jwt.Config {
	return &jwt.Config{
		TokenURL: tokenURL,
		Scopes:   []string{"signiture", "impersonation"}, // want `DS405: unknown scope "signiture" in jwt.Config \(invalid_scope; meant "signature"\?\)`
	}
}

func farOff() *jwt.Config {
	return &jwt.Config{
		TokenURL: tokenURL,
		Scopes:   []string{"signature", "impersonation", "everything"}, // want `DS405: unknown scope "everything" in jwt.Config \(invalid_scope\)`
	}
}

var defaultScopes = []string{"signature", "extended", "impersonation"} // want `DS401: "extended" scope in jwt.Config`

func viaVar() *jwt.Config {
	return &jwt.Config{TokenURL: tokenURL, Scopes: defaultScopes}
}

func assigned(c *jwt.Config) {
	c.Scopes = []string{"signature"} // want `DS403: jwt.Config requests no "impersonation"`
}

func dynamic(extra string) *jwt.Config { // not every scope is known: no DS403
	return &jwt.Config{TokenURL: tokenURL, Scopes: []string{"signature", extra}}
}

// googleConfig is another provider's JWT grant: never checked.
func googleConfig() *jwt.Config {
	return &jwt.Config{
		TokenURL: "https://oauth2.googleapis.com/token",
		Scopes:   []string{"https://www.googleapis.com/auth/drive", "extended,x"},
	}
}
