// Package tokenutil holds the token helpers the services share.
package tokenutil

import (
	"time"

	"golang.org/x/oauth2"
)

// Fresh reports whether tok is usable for at least another minute.
func Fresh(tok *oauth2.Token) bool {
	return tok != nil && tok.Expiry.After(time.Now().Add(time.Minute))
}

// HasToken reports whether tok holds an access token, whenever it expires.
func HasToken(tok *oauth2.Token) bool { return tok != nil && tok.AccessToken != "" }
