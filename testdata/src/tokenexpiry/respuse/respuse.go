// Package respuse builds tokens from a response type declared elsewhere; it
// is about DocuSign through respdef's host constant.
package respuse

import (
	"golang.org/x/oauth2"

	"tokenexpiry/respdef"
)

var tokenURL = "https://" + respdef.AccountServer + "/oauth/token"

func convert(tr respdef.TokenResponse) *oauth2.Token {
	return &oauth2.Token{AccessToken: tr.AccessToken} // want `DS504: oauth2.Token built from a DocuSign token response without Expiry`
}
