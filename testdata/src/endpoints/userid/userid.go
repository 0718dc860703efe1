// Package userid: the impersonated user's GUID hardcoded as the JWT sub
// (DS106), next to the look-alikes that stay silent: the integration key,
// a user ID from configuration, claims of another audience.
package userid

import (
	"flag"
	"os"
	"time"

	"endpoints/userid/ids"

	josejwt "github.com/go-jose/go-jose/v4/jwt"
	"github.com/golang-jwt/jwt/v5"
	"github.com/jfcote87/esign"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
	oauthjwt "golang.org/x/oauth2/jwt"
)

const (
	integrationKey = "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b" // the same GUID in production: never reported
	userGUID       = "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"
)

var key any

func mapClaims() (string, error) {
	claims := jwt.MapClaims{
		"iss":   integrationKey,
		"sub":   "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a", // want `DS106: JWT sub hardcodes a user ID GUID \(user_not_found after Go Live\)`
		"aud":   "account.docusign.com",
		"scope": "signature impersonation",
		"exp":   time.Now().Add(time.Hour).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// The twin: the same claims with the user from the environment.
func mapClaimsFromEnv() (string, error) {
	claims := jwt.MapClaims{
		"iss":   integrationKey,
		"sub":   os.Getenv("DOCUSIGN_USER_ID"),
		"aud":   "account.docusign.com",
		"scope": "signature impersonation",
		"exp":   time.Now().Add(time.Hour).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func registered() (string, error) {
	c := jwt.RegisteredClaims{
		Issuer:    integrationKey,
		Subject:   userGUID, // want `DS106: JWT sub hardcodes`
		Audience:  jwt.ClaimStrings{"account.docusign.com"},
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

// Claims of the application's own session token (another audience, HMAC):
// a GUID there is not DocuSign's user.
func session(secret []byte) (string, error) {
	c := jwt.RegisteredClaims{
		Issuer:   "https://app.example.com",
		Subject:  userGUID,
		Audience: jwt.ClaimStrings{"https://app.example.com"},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(secret)
}

// An HMAC-signed token in a function that also names a DocuSign host.
func hmacSession(secret []byte) (string, error) {
	const base = "https://demo.docusign.net/restapi" //dslint:ignore DS101 fixture: the sandbox on purpose
	_ = base
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": userGUID}).SignedString(secret)
}

func assigned() (string, error) {
	claims := jwt.MapClaims{"iss": integrationKey, "aud": "account.docusign.com"}
	sub := "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"
	claims["sub"] = sub // want `DS106: JWT sub hardcodes`
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// A constant of another package.
func otherPackage() *oauthjwt.Config {
	return &oauthjwt.Config{
		Email:    integrationKey,
		Subject:  ids.SandboxUser, // want `DS106: jwt.Config.Subject hardcodes a user ID GUID`
		Audience: "account.docusign.com",
		TokenURL: "https://account.docusign.com/oauth/token",
		Scopes:   []string{"signature", "impersonation"},
	}
}

// Config is read at start-up.
type Config struct{ UserID string }

// The twin: Subject from configuration, Email (the integration key) a GUID.
func oauth2Config(cfg Config) *oauthjwt.Config {
	return &oauthjwt.Config{
		Email:    "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b",
		Subject:  cfg.UserID,
		Audience: "account.docusign.com",
		TokenURL: "https://account.docusign.com/oauth/token",
	}
}

// Another provider's JWT config (Google's token endpoint).
func google() *oauthjwt.Config {
	return &oauthjwt.Config{
		Email:    "svc@project.iam.gserviceaccount.com",
		Subject:  userGUID,
		TokenURL: "https://oauth2.googleapis.com/token",
	}
}

// defaultUser is never reassigned: it stands for its initializer.
var defaultUser = "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"

func credential(cfg *esign.JWTConfig) (*esign.OAuth2Credential, error) {
	return cfg.Credential(defaultUser, nil, nil, "signature", "impersonation") // want `DS106: the apiUserName of esign JWTConfig\.Credential hardcodes`
}

// currentUser is set from the environment at start-up.
var currentUser = "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"

func init() { currentUser = os.Getenv("DOCUSIGN_USER_ID") }

func credentialFromEnv(cfg *esign.JWTConfig) (*esign.OAuth2Credential, error) {
	return cfg.Credential(currentUser, nil, nil)
}

// A flag's default is configuration, overridden at run time.
var userFlag = flag.String("user", "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a", "DocuSign user ID")

func credentialFromFlag(cfg *esign.JWTConfig) (*esign.OAuth2Credential, error) {
	return cfg.Credential(*userFlag, nil, nil)
}

func jwx() (jwxjwt.Token, error) {
	return jwxjwt.NewBuilder().
		Issuer(integrationKey).
		Subject(userGUID). // want `DS106: JWT sub hardcodes`
		Audience([]string{"account.docusign.com"}).
		Build()
}

// The twin: a chain with the application's own audience.
func jwxSession() (jwxjwt.Token, error) {
	const docs = "https://developers.docusign.com" // named in the function
	_ = docs
	return jwxjwt.NewBuilder().
		Issuer("https://app.example.com").
		Subject(userGUID).
		Audience([]string{"https://app.example.com"}).
		Build()
}

func jose() josejwt.Claims {
	return josejwt.Claims{
		Issuer:   integrationKey,
		Subject:  userGUID, // want `DS106: JWT sub hardcodes`
		Audience: josejwt.Audience{"account.docusign.com"},
	}
}
