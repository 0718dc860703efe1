// Package embedkey embeds the integration's key file in the binary.
package embedkey

import (
	_ "embed"

	"github.com/jfcote87/esign"
)

// Flawed: the key file is compiled into every build (DS201).
//
//go:embed docusign_private.pem
var privateKey string

// Correct to embed: a certificate is public.
//
//go:embed connect_cert.pem
var connectCert []byte

// Config returns the JWT configuration.
func Config(ik, keyPairID string) *esign.JWTConfig {
	return &esign.JWTConfig{IntegratorKey: ik, KeyPairID: keyPairID, PrivateKey: privateKey}
}

// ConnectCert returns the certificate DocuSign Connect presents.
func ConnectCert() []byte { return connectCert }
