// want package:`declares JWT claim signers: Sign, \(\*Signer\).Sign, SignJose, SignMap, SignSplit, SignLogged`

// Package appsign is an application's signing helpers, used by package
// dsauth: some sign the value they are given as the claims of a JWT (a
// SignsClaims fact), the others only serialise it or MAC it.
package appsign

import (
	"crypto"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"

	jose "github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	"github.com/golang-jwt/jwt/v5"
)

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

// signJWS signs claims with RS256 by hand. It is not exported: no fact.
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

// Sign signs claims through signJWS.
func Sign(key *rsa.PrivateKey, claims any) (string, error) { // want Sign:"signs parameter 1 as JWT claims"
	return signJWS(key, claims)
}

// Signer holds the key.
type Signer struct{ key *rsa.PrivateKey }

// Sign signs claims with the signer's key.
func (s *Signer) Sign(claims any) (string, error) { // want Sign:"signs parameter 0 as JWT claims"
	return Sign(s.key, claims)
}

// SignJose signs claims with go-jose.
func SignJose(sig jose.Signer, claims any) (string, error) { // want SignJose:"signs parameter 1 as JWT claims"
	return josejwt.Signed(sig).Claims(claims).Serialize()
}

// SignMap serialises claims and signs them as golang-jwt MapClaims.
func SignMap(key *rsa.PrivateKey, claims any) (string, error) { // want SignMap:"signs parameter 1 as JWT claims"
	b, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	var m jwt.MapClaims
	if err := json.Unmarshal(b, &m); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, m).SignedString(key)
}

// rs256 signs a JWS signing input.
func rs256(key *rsa.PrivateKey, in string) (string, error) {
	sum := sha256.Sum256([]byte(in))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:])
	return b64(sig), err
}

// SignSplit serialises the claims here and signs in rs256.
func SignSplit(key *rsa.PrivateKey, claims any) (string, error) { // want SignSplit:"signs parameter 1 as JWT claims"
	body, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	in := `eyJhbGciOiJSUzI1NiJ9.` + b64(body)
	sig, err := rs256(key, in)
	return in + "." + sig, err
}

// SignLogged signs claims and prints note, which it does not sign.
func SignLogged(key *rsa.PrivateKey, claims, note any) (string, error) { // want SignLogged:"signs parameter 1 as JWT claims"
	fmt.Println(note)
	return signJWS(key, claims)
}

// WebhookSignature MACs a payload for a webhook receiver: no JWT.
func WebhookSignature(secret []byte, payload any) (string, error) {
	body, err := json.Marshal(payload)
	if err != nil {
		return "", err
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil)), nil
}

// Save writes v as JSON: no JWT.
func Save(w io.Writer, v any) error {
	return json.NewEncoder(w).Encode(v)
}
