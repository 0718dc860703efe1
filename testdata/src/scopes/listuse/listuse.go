// Package listuse uses scope lists declared in listdefs.
package listuse

import (
	"strings"

	"golang.org/x/oauth2/jwt"

	"scopes/listdefs"
)

const tokenURL = "https://account-d.docusign.com/oauth/token"

func complete() *jwt.Config {
	return &jwt.Config{TokenURL: tokenURL, Scopes: listdefs.JWT}
}

func noImpersonation() *jwt.Config {
	return &jwt.Config{TokenURL: tokenURL, Scopes: listdefs.NoImpersonation} // want `DS403: jwt.Config requests no "impersonation" scope \(consent_required\)`
}

func extended() *jwt.Config {
	return &jwt.Config{TokenURL: tokenURL, Scopes: listdefs.WithExtended} // want `DS401: "extended" scope in jwt.Config`
}

// A list written in its package may hold anything.
func mutable() *jwt.Config {
	return &jwt.Config{TokenURL: tokenURL, Scopes: listdefs.Mutable}
}

// The list joined into an implicit-grant URL.
func implicit(ik string) string {
	return "https://account-d.docusign.com/oauth/auth?response_type=token&client_id=" + ik + "&scope=" + strings.Join(listdefs.WithExtended, "%20") // want `DS401: "extended" scope in implicit-grant URL`
}

func implicitOK(ik string) string {
	return "https://account-d.docusign.com/oauth/auth?response_type=token&client_id=" + ik + "&scope=" + strings.Join(listdefs.NoImpersonation, "%20")
}
