// Package consumer uses key constants declared in package keys.
package consumer

import (
	"pemkey/keys"

	"github.com/jfcote87/esign"
)

// Not reported: a use of a constant reported at its declaration.
var cfg = &esign.JWTConfig{PrivateKey: keys.PrivateKey}

// Reported: the key is assembled here from another package's pieces.
var assembled = &esign.JWTConfig{
	PrivateKey: keys.Begin + keys.Body + keys.End, // want `^DS201: RSA 2048-bit private key \(PEM\) in source for esign\.JWTConfig\.PrivateKey \(`
}
