// Package ownsigner builds DocuSign assertions in json-tagged structs and
// signs them with a helper of its own (json.Marshal and crypto/rsa): the
// claims are judged at the literal, by what they say themselves.
package ownsigner

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"strings"
	"time"
)

var baseScopes = []string{"signature"}

// config switches the auth host between demo and production.
type config struct{ demo bool }

func (c config) authHost() string {
	if c.demo {
		return "account-d.docusign.com"
	}
	return "account.docusign.com"
}

type legacyClaims struct {
	Iss   string `json:"iss"`
	Sub   string `json:"sub"`
	Aud   string `json:"aud"`
	Iat   int64  `json:"iat"`
	Scope string `json:"scope"`
}

// legacy has no exp field at all, whatever signJWS does: its scope asks for
// impersonation, which makes it a DocuSign assertion.
func legacy(cfg config, key *rsa.PrivateKey, ik, user string) (string, error) {
	now := time.Now()
	c := legacyClaims{ // want `DS301: DocuSign JWT assertion has no exp`
		Iss:   ik,
		Sub:   user,
		Aud:   "https://" + cfg.authHost(),
		Iat:   now.UnixMilli(), // want `DS304: iat is in milliseconds`
		Scope: strings.Join(append(baseScopes, "impersonation"), " "),
	}
	return signJWS(key, c)
}

// legacyHost: its aud, the switched auth host, makes it DocuSign's.
func legacyHost(cfg config, key *rsa.PrivateKey, ik, user string) (string, error) {
	return signJWS(key, legacyClaims{Iss: ik, Sub: user, Aud: cfg.authHost(), Iat: time.Now().Unix()}) // want `DS301: DocuSign JWT assertion has no exp`
}

// unattributed: nothing in the claims says DocuSign (aud from a
// parameter, no impersonation), and a helper signs them.
func unattributed(key *rsa.PrivateKey, ik, user, aud string) (string, error) {
	_ = "account-d.docusign.com"
	return signJWS(key, legacyClaims{Iss: ik, Sub: user, Aud: aud, Iat: time.Now().UnixMilli(), Scope: "signature"})
}

// withExp embeds the legacy claims next to an exp: the literal alone lacks
// nothing.
type withExp struct {
	legacyClaims
	Exp int64 `json:"exp"`
}

func embedded(cfg config, key *rsa.PrivateKey, ik, user string) (string, error) {
	c := legacyClaims{Iss: ik, Sub: user, Aud: cfg.authHost(), Iat: time.Now().Unix()}
	return signJWS(key, withExp{legacyClaims: c, Exp: time.Now().Add(time.Hour).Unix()})
}

func embeddedLit(cfg config, key *rsa.PrivateKey, ik, user string) (string, error) {
	return signJWS(key, withExp{legacyClaims: legacyClaims{Iss: ik, Sub: user, Aud: cfg.authHost(), Iat: time.Now().Unix()}, Exp: time.Now().Add(time.Hour).Unix()})
}

type sessionClaims struct {
	Sub string `json:"sub"`
	Aud string `json:"aud"`
	Iat int64  `json:"iat"`
}

// session is the application's own token: its aud is its own.
func session(key *rsa.PrivateKey, user string) (string, error) {
	return signJWS(key, sessionClaims{Sub: "jane@example.com", Aud: "dashboard.example.com", Iat: time.Now().UnixMilli()})
}

type assertionClaims struct {
	Iss string `json:"iss"`
	Sub string `json:"sub"`
	Aud string `json:"aud"`
	Iat int64  `json:"iat"`
	Exp int64  `json:"exp"`
}

// laterExp sets exp after the literal: its type has the field.
func laterExp(cfg config, key *rsa.PrivateKey, ik, user string) (string, error) {
	now := time.Now()
	c := assertionClaims{Iss: ik, Sub: user, Aud: cfg.authHost(), Iat: now.Unix()}
	c.Exp = now.Add(time.Hour).Unix()
	return signJWS(key, c)
}

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

// signJWS signs claims with RS256.
func signJWS(key *rsa.PrivateKey, claims any) (string, error) {
	hdr, _ := json.Marshal(map[string]string{"alg": "RS256", "typ": "JWT"})
	body, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	in := b64(hdr) + "." + b64(body)
	sum := sha256.Sum256([]byte(in))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:])
	if err != nil {
		return "", err
	}
	return in + "." + b64(sig), nil
}
