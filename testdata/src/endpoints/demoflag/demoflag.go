// Package demoflag: esign's IsDemo hardcoded true (DS101) and its
// configuration-driven twins.
package demoflag

import (
	"os"

	"github.com/jfcote87/esign"
)

func Hardcoded(key string) *esign.JWTConfig {
	return &esign.JWTConfig{
		IntegratorKey: "f0e1d2c3-0000-4000-8000-000000000000",
		KeyPairID:     "kp",
		PrivateKey:    key,
		IsDemo:        true, // want `DS101: IsDemo: true hardcodes the DocuSign developer sandbox`
	}
}

func Code() *esign.OAuth2Config {
	return &esign.OAuth2Config{IntegratorKey: "ik", IsDemo: true} // want `DS101: IsDemo: true hardcodes`
}

func Static(tok string) *esign.OAuth2Credential {
	return esign.TokenCredential(tok, true) // want `DS101: esign\.TokenCredential\(\.\.\., true\) hardcodes`
}

func FromEnv(key string) *esign.JWTConfig {
	return &esign.JWTConfig{IntegratorKey: "ik", PrivateKey: key, IsDemo: os.Getenv("DOCUSIGN_ENV") != "production"}
}

func Prod(key string) *esign.JWTConfig {
	return &esign.JWTConfig{IntegratorKey: "ik", PrivateKey: key, IsDemo: false}
}
