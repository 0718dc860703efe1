// Package embedfile embeds key files with //go:embed.
package embedfile

import (
	"embed"
	_ "embed"
)

// want +2 `^DS201: RSA 2048-bit private key \(PEM\) in "key\.pem" \(//go:embed\) \(`
//
//go:embed key.pem
var privateKey []byte

// want +2 `^DS201: EC P-256 private key \(PEM\) in "secrets/ec\.pem" \(//go:embed\) \(`
//
//go:embed secrets
var secrets embed.FS

// want +2 `^DS202: malformed RSA 2048-bit private key \(PEM\) in "broken\.pem" \(//go:embed\): it has no END line \(key fails to load\)`
//
//go:embed "broken.pem"
var broken string

// Not reported: a certificate and a public key.
//
//go:embed cert.pem public.pem
var certs embed.FS

// Patterns separated by a tab, as the go command accepts.
// want +2 `^DS201: RSA 2048-bit private key \(PEM\) in "key\.pem" \(//go:embed\) \(`
//
//go:embed cert.pem	key.pem
var tabbed embed.FS

// A tab right after the directive makes it an ordinary comment for the go
// command: nothing is embedded, nothing to report.
//
//go:embed	key.pem
var notEmbedded embed.FS

// A binary DER key file.
// want +2 `^DS201: EC P-256 private key \(binary DER\) in "key\.der" \(//go:embed\) \(`
//
//go:embed key.der
var derKey []byte
