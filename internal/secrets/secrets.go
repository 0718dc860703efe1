// Package secrets holds what every rule about a hardcoded secret (a client
// secret, DS203; a Connect HMAC key, DS803) shares: telling a real secret
// from a stand-in, and describing one in a message without printing it.
package secrets

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// placeholderWords mark a value as a stand-in, not a secret.
var placeholderWords = []string{
	"your", "placeholder", "changeme", "change-me", "change_me", "example", "xxx", "todo", "replace",
	"redacted", "dummy", "insert", "<", ">", "{", "}", "$", "%", "***", "...",
	"client_secret", "client-secret", "clientsecret",
}

// Placeholder reports whether a constant secret value is empty or plainly a
// stand-in ("", "<client secret>", "${SECRET}", "changeme", "xxxx", "%s",
// CLIENT_SECRET), so no rule fires on it. Values shorter than 8 characters
// are treated as stand-ins too: real DocuSign secrets are GUIDs, and Connect
// HMAC keys are 44 characters of base64.
func Placeholder(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 8 {
		return true
	}
	l := strings.ToLower(s)
	for _, w := range placeholderWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return strings.Count(s, s[:1]) == len(s) || envName(s)
}

// envName reports whether s is shaped like an environment variable name
// (DOCUSIGN_SECRET, CLIENT_SECRET): the name of the secret, not the secret.
func envName(s string) bool {
	if !strings.Contains(s, "_") {
		return false
	}
	for _, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// Describe names a secret value for a message without revealing any of it:
// only its length ("a 44-character value").
func Describe(s string) string {
	return fmt.Sprintf("a %d-character value", utf8.RuneCountInString(s))
}
