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

// Set after the literal: the same hardcoded sandbox.
func Assigned(key string) *esign.JWTConfig {
	c := &esign.JWTConfig{IntegratorKey: "ik", PrivateKey: key}
	c.IsDemo = true // want `DS101: IsDemo = true hardcodes the DocuSign developer sandbox`
	return c
}

// Set on one branch of an environment switch: configuration.
func Switched(key, env string) *esign.JWTConfig {
	c := &esign.JWTConfig{IntegratorKey: "ik", PrivateKey: key}
	if env != "production" {
		c.IsDemo = true
	}
	switch env {
	case "sandbox":
		c.IsDemo = true
	}
	return c
}

// A helper that selects the sandbox for whoever calls it.
func UseSandbox(c *esign.JWTConfig) { c.IsDemo = true }
