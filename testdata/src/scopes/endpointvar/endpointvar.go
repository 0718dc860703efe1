// Package endpointvar: an Endpoint variable of another package is another
// provider's only when it is one of x/oauth2's provider endpoints; the
// application's own endpoint variable leaves the config to the package's
// evidence (it was once taken for another provider's, and the code grant
// below went unchecked).
package endpointvar

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/endpoints"
	"golang.org/x/oauth2/jwt"

	"scopes/endpointvar/dsauth"
)

var login = &oauth2.Config{
	Endpoint: dsauth.Endpoint,
	Scopes:   []string{"signature", "impersonation"}, // want `DS402: "impersonation" scope in oauth2.Config of a code grant`
}

var github = &oauth2.Config{
	Endpoint: endpoints.GitHub,
	Scopes:   []string{"signature", "impersonation"},
}

func callback(ctx context.Context, code string) {
	login.Exchange(ctx, code)
	github.Exchange(ctx, code)
}

// docusign makes the package a DocuSign integration.
var docusign = &jwt.Config{
	TokenURL: "https://account-d.docusign.com/oauth/token",
	Audience: "account-d.docusign.com",
	Scopes:   []string{"signature", "impersonation"},
}
