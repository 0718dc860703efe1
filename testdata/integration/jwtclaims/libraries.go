package jwtclaims

import (
	"context"
	"crypto/rsa"
	"time"

	josev3 "github.com/go-jose/go-jose/v3"
	josejwtv3 "github.com/go-jose/go-jose/v3/jwt"
	"github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
	"github.com/jfcote87/esign"
	esignjwt "github.com/jfcote87/oauth2/jwt"
	jwav2 "github.com/lestrrat-go/jwx/v2/jwa"
	jwxv2 "github.com/lestrrat-go/jwx/v2/jwt"
	"github.com/lestrrat-go/jwx/v3/jwa"
	jwxv3 "github.com/lestrrat-go/jwx/v3/jwt"
	"golang.org/x/oauth2"
	oauthjwt "golang.org/x/oauth2/jwt"
)

const demoTokenURL = "https://account-d.docusign.com/oauth/token"

// Flawed: the jwx v2 builder never sets exp (DS301).
func jwxV2WithoutExp(key *rsa.PrivateKey, integrationKey, userID string) ([]byte, error) {
	tok, err := jwxv2.NewBuilder().
		Issuer(integrationKey).
		Subject(userID).
		Audience([]string{audience}).
		IssuedAt(time.Now()).
		Build()
	if err != nil {
		return nil, err
	}
	return jwxv2.Sign(tok, jwxv2.WithKey(jwav2.RS256, key))
}

// Flawed: jwx v3 token completed with Set: nbf in the future (DS302).
func jwxV3NotBefore(key *rsa.PrivateKey, integrationKey, userID string) ([]byte, error) {
	now := time.Now()
	tok := jwxv3.New()
	for k, v := range map[string]any{jwxv3.IssuerKey: integrationKey, jwxv3.SubjectKey: userID} {
		if err := tok.Set(k, v); err != nil {
			return nil, err
		}
	}
	_ = tok.Set(jwxv3.AudienceKey, []string{audience})
	_ = tok.Set(jwxv3.IssuedAtKey, now)
	_ = tok.Set(jwxv3.ExpirationKey, now.Add(time.Hour))
	_ = tok.Set(jwxv3.NotBeforeKey, now.Add(10*time.Minute))
	return jwxv3.Sign(tok, jwxv3.WithKey(jwa.RS256(), key))
}

// Flawed: a go-jose v4 expiry of a day has no effect (DS303, warning).
func joseV4LongExpiry(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	sig, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: key}, nil)
	if err != nil {
		return "", err
	}
	now := time.Now()
	claims := josejwt.Claims{
		Issuer:   integrationKey,
		Subject:  userID,
		Audience: josejwt.Audience{audience},
		IssuedAt: josejwt.NewNumericDate(now),
		Expiry:   josejwt.NewNumericDate(now.Add(24 * time.Hour)),
	}
	return josejwt.Signed(sig).Claims(claims).Serialize()
}

// Flawed: go-jose v3 claims with the user's email as sub (DS305) and no
// aud (DS306).
func joseV3EmailSubject(key *rsa.PrivateKey, integrationKey string) (string, error) {
	sig, err := josev3.NewSigner(josev3.SigningKey{Algorithm: josev3.RS256, Key: key}, nil)
	if err != nil {
		return "", err
	}
	now := time.Now()
	claims := josejwtv3.Claims{
		Issuer:   integrationKey,
		Subject:  "jane.doe@example.com",
		IssuedAt: josejwtv3.NewNumericDate(now),
		Expiry:   josejwtv3.NewNumericDate(now.Add(time.Hour)),
	}
	return josejwtv3.Signed(sig).Claims(claims).Claims(scoped{"signature impersonation"}).CompactSerialize()
}

// grant is a custom v5 claims struct with the scope claim.
type grant struct {
	jwt.RegisteredClaims
	Scope string `json:"scope"`
}

// Flawed: iat in milliseconds (DS304), and no scope claim (DS403).
func v5MillisIat(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	now := time.Now()
	c := jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": audience, "iat": now.UnixMilli(), "exp": now.Add(time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

// Correct: the custom struct completed field by field before signing.
func v5Custom(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	now := time.Now()
	c := grant{Scope: "signature impersonation"}
	c.Issuer, c.Subject = integrationKey, userID
	c.Audience = jwt.ClaimStrings{audience}
	c.IssuedAt = jwt.NewNumericDate(now)
	c.ExpiresAt = jwt.NewNumericDate(now.Add(time.Hour))
	return jwt.NewWithClaims(jwt.SigningMethodRS256, &c).SignedString(key)
}

// Flawed: v4 iat two hours old (DS304), and no scope claim (DS403).
func v4StaleIat(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	issued := time.Now().Add(-2 * time.Hour)
	c := jwtv4.RegisteredClaims{
		Issuer:    integrationKey,
		Subject:   userID,
		Audience:  jwtv4.ClaimStrings{audience},
		IssuedAt:  jwtv4.NewNumericDate(issued),
		ExpiresAt: jwtv4.NewNumericDate(time.Now().Add(time.Hour)),
	}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodRS256, c).SignedString(key)
}

// Flawed: x/oauth2/jwt sends the token URL as aud (DS306, fixed by -fix).
func oauth2Source(ctx context.Context, pemKey []byte, integrationKey, userID string) oauth2.TokenSource {
	cfg := &oauthjwt.Config{
		Email:      integrationKey,
		Subject:    userID,
		PrivateKey: pemKey,
		Scopes:     []string{"signature", "impersonation"},
		TokenURL:   demoTokenURL,
	}
	return cfg.TokenSource(ctx)
}

// Flawed: esign asks for a two-hour assertion, which has no effect (DS303).
func esignConfig(integrationKey, pemKey string) *esign.JWTConfig {
	return &esign.JWTConfig{
		IntegratorKey: integrationKey,
		PrivateKey:    pemKey,
		Options:       (&esignjwt.ConfigOptions{}).SetExpiresIn(7200),
	}
}

// Correct: the application's own session token is not a DocuSign assertion.
func sessionToken(secret []byte, user string) (string, error) {
	c := jwt.MapClaims{"sub": user, "iat": time.Now().Unix(), "exp": time.Now().Add(30 * 24 * time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(secret)
}
