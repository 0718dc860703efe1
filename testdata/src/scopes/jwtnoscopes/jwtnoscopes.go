// Package jwtnoscopes: an x/oauth2/jwt Config that never sets Scopes.
package jwtnoscopes

import "golang.org/x/oauth2/jwt"

func noScopes(key []byte) *jwt.Config {
	return &jwt.Config{ // want `DS403: jwt.Config sets no Scopes \(consent_required\)`
		PrivateKey: key,
		TokenURL:   "https://account-d.docusign.com/oauth/token",
		Audience:   "account-d.docusign.com",
	}
}

// google's service account sets no scopes either: not DocuSign.
func google(key []byte) *jwt.Config {
	return &jwt.Config{PrivateKey: key, TokenURL: "https://oauth2.googleapis.com/token"}
}
