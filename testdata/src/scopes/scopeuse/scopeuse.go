// Package scopeuse uses scopes declared in scopedefs.
package scopeuse

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"

	"scopes/scopedefs"
)

func jwtConfig() *jwt.Config {
	return &jwt.Config{
		TokenURL: "https://account-d.docusign.com/oauth/token",
		Scopes:   []string{scopedefs.Signature, scopedefs.Impersonation, scopedefs.Extended}, // want `DS401: "extended" scope in jwt.Config`
	}
}

func noImpersonation() *jwt.Config {
	return &jwt.Config{
		TokenURL: "https://account-d.docusign.com/oauth/token",
		Scopes:   []string{scopedefs.Misspelled}, // want `DS405: unknown scope "signatur" in jwt.Config \(invalid_scope; meant "signature"\?\)` `DS403: jwt.Config requests no "impersonation" scope \(consent_required\)`
	}
}

var code = &oauth2.Config{
	Endpoint: oauth2.Endpoint{AuthURL: "https://account-d.docusign.com/oauth/auth", TokenURL: "https://account-d.docusign.com/oauth/token"},
	Scopes:   []string{scopedefs.Signature, scopedefs.Extended},
}

func callback(ctx context.Context, c string) { code.Exchange(ctx, c) }

// consent is the consent URL of the JWT grant configured above: its
// impersonation is right even though the package also exchanges codes.
func consent(ik string) string {
	return scopedefs.ConsentURL + ik
}

func exchange(c string) (*http.Response, error) {
	v := url.Values{}
	v.Set("grant_type", "authorization_code")
	v.Set("code", c)
	return http.Post("https://account-d.docusign.com/oauth/token", "application/x-www-form-urlencoded", strings.NewReader(v.Encode()))
}
