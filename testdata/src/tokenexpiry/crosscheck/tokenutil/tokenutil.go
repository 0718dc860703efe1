// Package tokenutil holds token helpers shared by several services; it names
// no DocuSign host.
package tokenutil

import (
	"time"

	"golang.org/x/oauth2"
)

// Fresh reports whether tok is usable for at least another minute.
func Fresh(tok *oauth2.Token) bool { // want Fresh:"checks the expiry of parameter 0"
	return tok != nil && tok.Expiry.After(time.Now().Add(time.Minute))
}

// Usable reports whether a token expiring at exp is usable for another minute.
func Usable(exp time.Time) bool { return time.Until(exp) > time.Minute }

// Bearer reports whether a token type is "Bearer".
func Bearer(typ string) bool { return typ == "" || typ == "Bearer" }

// HasToken reports whether tok holds an access token, whenever it expires.
func HasToken(tok *oauth2.Token) bool { return tok != nil && tok.AccessToken != "" }
