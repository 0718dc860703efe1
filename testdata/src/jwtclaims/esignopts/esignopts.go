// Package esignopts configures github.com/jfcote87/esign's JWT credential.
package esignopts

import (
	"github.com/jfcote87/esign"
	"github.com/jfcote87/oauth2/jwt"
)

func tooLong(key string) *esign.JWTConfig {
	return &esign.JWTConfig{
		IntegratorKey: "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b",
		PrivateKey:    key,
		Options:       (&jwt.ConfigOptions{}).SetExpiresIn(7200), // want `DS303: ExpiresIn of 7200 s has no effect \(DocuSign JWT access tokens live one hour\)`
	}
}

func oneHour(key string) *esign.JWTConfig {
	return &esign.JWTConfig{IntegratorKey: "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b", PrivateKey: key, Options: jwt.DefaultCfgOptions().SetExpiresIn(3600)}
}

func iatOffsets() []*jwt.ConfigOptions {
	return []*jwt.ConfigOptions{
		jwt.DefaultCfgOptions().SetIatOffset(7200), // want `DS304: IatOffset of 7200 s puts iat over an hour in the past`
		jwt.DefaultCfgOptions().SetIatOffset(-30),  // want `DS304: negative IatOffset puts iat in the future`
		jwt.DefaultCfgOptions().SetIatOffset(10),
		jwt.DefaultCfgOptions().SetExpiryDelta(7200), // not the assertion: fine
	}
}

func onField(cfg *esign.JWTConfig) {
	cfg.Options = cfg.Options.SetExpiresIn(86400) // want `DS303: ExpiresIn of 86400 s has no effect`
}

// Credential's apiUserName is the assertion's sub: the user ID GUID.
func credentials(cfg *esign.JWTConfig, userID string) {
	_, _ = cfg.Credential("ops@example.com", nil, nil) // want `DS305: sub is an email address`
	_, _ = cfg.Credential("4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a", nil, nil)
	_, _ = cfg.Credential(userID, nil, nil)
}
