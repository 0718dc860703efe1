// Package jwtscopesset: Scopes assigned after the literal.
package jwtscopesset

import "golang.org/x/oauth2/jwt"

func config(key []byte) *jwt.Config {
	c := &jwt.Config{PrivateKey: key, TokenURL: "https://account-d.docusign.com/oauth/token", Audience: "account-d.docusign.com"}
	c.Scopes = []string{"signature", "impersonation"}
	return c
}
