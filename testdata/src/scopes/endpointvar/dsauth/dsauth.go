// Package dsauth is an application's own package holding its DocuSign
// OAuth endpoint.
package dsauth

import "golang.org/x/oauth2"

// Endpoint is DocuSign's demo authorization server.
var Endpoint = oauth2.Endpoint{
	AuthURL:  "https://account-d.docusign.com/oauth/auth",
	TokenURL: "https://account-d.docusign.com/oauth/token",
}
