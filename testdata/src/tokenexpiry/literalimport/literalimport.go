// Package literalimport already imports "time": the fix reuses it.
package literalimport

import (
	"encoding/json"
	tm "time"

	"golang.org/x/oauth2"
)

const tokenURL = "https://account.docusign.com/oauth/token"

type response struct {
	Token   string  `json:"access_token"`
	Seconds float64 `json:"expires_in"`
}

var started = tm.Now()

func parse(b []byte) (*oauth2.Token, error) {
	var r response
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	return &oauth2.Token{AccessToken: r.Token}, nil // want `DS504: oauth2.Token built from a DocuSign token response without Expiry`
}

// noSeconds has no expires_in: reported, without a fix.
type noSeconds struct {
	Token string `json:"access_token"`
}

func parseNoSeconds(r noSeconds) oauth2.Token {
	tok := r.Token
	return oauth2.Token{AccessToken: tok} // want `DS504: oauth2.Token built from a DocuSign token response without Expiry`
}
