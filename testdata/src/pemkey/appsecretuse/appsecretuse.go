// Package appsecretuse hands appsecret's fields to oauth2.Config: the one
// preset to a constant in appsecret's defaults is a hardcoded client secret
// where it reaches the config (DS203), the one read from the environment
// only is not.
package appsecretuse

import (
	"golang.org/x/oauth2"

	"pemkey/appsecret"
)

// Preset hands over the field with the hardcoded default.
func Preset(cfg appsecret.Config) *oauth2.Config {
	return &oauth2.Config{ClientID: cfg.OAuth.IntegrationKey, ClientSecret: cfg.OAuth.ClientSecret} // want `^DS203: oauth2\.Config\.ClientSecret is a hardcoded secret \(field ClientSecret\) \(public to anyone with the source\)$`
}

// FromEnv is the twin: the field is only ever read from the environment.
func FromEnv(cfg appsecret.Config) *oauth2.Config {
	return &oauth2.Config{ClientID: cfg.OAuth.IntegrationKey, ClientSecret: cfg.OAuth.EnvSecret}
}

// Assigned hands the preset over by assignment.
func Assigned(c *oauth2.Config, cfg appsecret.Config) {
	c.ClientSecret = cfg.OAuth.ClientSecret // want `^DS203: oauth2\.Config\.ClientSecret is a hardcoded secret \(field ClientSecret\)`
}

// Local is a secret in a variable of the package.
func Local() *oauth2.Config {
	secret := "b7c9e1a3d2f7d1e9f3a"
	return &oauth2.Config{ClientID: "ik", ClientSecret: secret} // want `^DS203: oauth2\.Config\.ClientSecret is a hardcoded secret \(a local value\)`
}

// Param is the twin whose secret is the caller's.
func Param(secret string) *oauth2.Config {
	return &oauth2.Config{ClientID: "ik", ClientSecret: secret}
}
