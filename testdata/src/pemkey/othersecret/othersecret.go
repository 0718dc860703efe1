// Package othersecret hardcodes a GitHub OAuth client secret: still a
// leaked secret (DS203), but the message does not talk about DocuSign.
package othersecret

import "golang.org/x/oauth2"

var github = &oauth2.Config{
	ClientID:     "Iv1.8a61f9b3a7aba766",
	ClientSecret: "4c2d8e1f0a9b7c6d5e4f3a2b1c0d9e8f7a6b5c4d", // want `^DS203: oauth2\.Config\.ClientSecret is a hardcoded client secret \(public to anyone with the source\)$`
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://github.com/login/oauth/authorize",
		TokenURL: "https://github.com/login/oauth/access_token",
	},
}
