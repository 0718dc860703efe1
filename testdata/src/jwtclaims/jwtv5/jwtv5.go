// Package jwtv5 builds DocuSign JWT grant assertions with golang-jwt/jwt/v5.
package jwtv5

import (
	"crypto/rsa"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const (
	integrationKey = "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b"
	userID         = "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"
	demoAud        = "account-d.docusign.com"
	tokenURL       = "https://account-d.docusign.com/oauth/token"
)

var key *rsa.PrivateKey

// --- MapClaims literals ---

func noExp() (string, error) {
	claims := jwt.MapClaims{ // want `DS301: DocuSign JWT assertion has no exp claim \(invalid_grant, no_valid_keys_or_signatures\)`
		"iss":   integrationKey,
		"sub":   userID,
		"aud":   demoAud,
		"iat":   time.Now().Unix(),
		"scope": "signature impersonation",
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func good() (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"iss":   integrationKey,
		"sub":   userID,
		"aud":   demoAud,
		"iat":   now.Unix(),
		"exp":   now.Add(time.Hour).Unix(),
		"scope": "signature impersonation",
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func expLater() (string, error) {
	claims := jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": time.Now().Unix()}
	claims["exp"] = time.Now().Unix() + 3600 // set before signing: fine
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	claims["scope"] = "signature impersonation"
	return tok.SignedString(key)
}

func expAfterSigning() (string, error) {
	claims := jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": time.Now().Unix()} // want `DS301: DocuSign JWT assertion has no exp`
	s, err := jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
	claims["exp"] = time.Now().Unix() + 3600 // too late
	return s, err
}

func setExp(c jwt.MapClaims) { c["exp"] = time.Now().Add(time.Hour).Unix() }

func expInHelper() (string, error) {
	claims := jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": time.Now().Unix()}
	setExp(claims) // the helper may set exp: not reported
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func expFromParam(exp int64) (string, error) {
	claims := jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": time.Now().Unix(), "exp": exp}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func plainMap() (string, error) {
	m := map[string]any{"iss": integrationKey, "sub": userID, "aud": demoAud} // want `DS301: DocuSign JWT assertion has no exp`
	return jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims(m)).SignedString(key)
}

func badTimes() (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"iss": integrationKey,
		"sub": "jane@example.com", // want `DS305: sub is an email address, not the DocuSign user ID GUID \(invalid_grant, user_not_found\)`
		"aud": demoAud,
		"iat": now.UnixMilli(),                 // want `DS304: iat is in milliseconds, not Unix seconds \(invalid_grant\)`
		"nbf": now.Add(5 * time.Minute).Unix(), // want `DS302: nbf is 5m in the future \(invalid_grant until then\)`
		"exp": now.Add(24 * time.Hour).Unix(),  // want `DS303: exp is 24h after now \(no effect: DocuSign JWT access tokens live one hour\)`
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func expired() (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"iss": integrationKey, "sub": "jdoe", // want `DS305: sub is not a DocuSign user ID GUID`
		"aud": demoAud,
		"iat": now.Add(-2 * time.Hour).Unix(), // want `DS304: iat is 2h in the past \(invalid_grant: over an hour old\)`
		"exp": now.Unix() - 60,                // want `DS303: exp is 1m ago, not in the future \(invalid_grant, expired_grant\)`
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func iatFuture() (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"iss": integrationKey, "sub": userID, "aud": demoAud,
		"iat": now.Add(10 * time.Minute).Unix(), // want `DS304: iat is 10m in the future`
		"exp": now.Add(5 * time.Minute).Unix(),  // want `DS303: exp is not after iat \(invalid_grant, expired_grant\)`
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func noAud() (string, error) {
	// The token endpoint below is what makes this a DocuSign assertion.
	_ = tokenURL
	claims := jwt.MapClaims{"iss": integrationKey, "sub": userID, "iat": time.Now().Unix(), "exp": time.Now().Add(time.Hour).Unix()} // want `DS306: DocuSign JWT assertion has no aud claim \(invalid_grant, issuer_not_found\)`
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// --- RegisteredClaims and custom structs ---

func registered() (string, error) {
	now := time.Now()
	c := jwt.RegisteredClaims{ // want `DS301: DocuSign JWT assertion has no exp`
		Issuer:   integrationKey,
		Subject:  userID,
		Audience: jwt.ClaimStrings{demoAud},
		IssuedAt: jwt.NewNumericDate(now),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

func registeredGood() (string, error) {
	now := time.Now()
	c := &jwt.RegisteredClaims{Issuer: integrationKey, Subject: userID, Audience: []string{demoAud}, IssuedAt: jwt.NewNumericDate(now)}
	c.ExpiresAt = jwt.NewNumericDate(now.Add(time.Hour))
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

type assertion struct {
	jwt.RegisteredClaims
	Scope string `json:"scope"`
}

func custom() (string, error) {
	now := time.Now()
	c := assertion{ // want `DS306: DocuSign JWT assertion has no aud claim`
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    integrationKey,
			Subject:   "jane@example.com", // want `DS305: sub is an email address`
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(2 * time.Hour)), // want `DS303: exp is 2h after iat \(no effect`
		},
		Scope: "signature impersonation",
	} // no aud; the scope shows it is a DocuSign assertion
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

func customGood() (string, error) {
	now := time.Now()
	c := assertion{Scope: "signature impersonation"}
	c.Issuer = integrationKey
	c.Subject = userID
	c.Audience = jwt.ClaimStrings{demoAud}
	c.IssuedAt = jwt.NewNumericDate(now)
	c.ExpiresAt = jwt.NewNumericDate(now.Add(time.Hour))
	return jwt.NewWithClaims(jwt.SigningMethodRS256, &c).SignedString(key)
}

// claimsFor builds claims signed elsewhere: values are still checked.
func claimsFor(user string) jwt.MapClaims {
	return jwt.MapClaims{"iss": integrationKey, "sub": user, "aud": demoAud, "iat": time.Now().Unix(), "exp": time.Now().Add(3 * time.Hour).Unix()} // want `DS303: exp is 3h after iat \(no effect`
}

func copied(extra map[string]any) (string, error) {
	claims := jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": time.Now().Unix()}
	for k, v := range extra {
		claims[k] = v // may be exp: not reported
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func embeddedAssigned() (string, error) {
	now := time.Now()
	var c assertion
	c.Scope = "signature impersonation"
	c.RegisteredClaims = jwt.RegisteredClaims{
		Issuer:    integrationKey,
		Subject:   userID,
		Audience:  jwt.ClaimStrings{demoAud},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(30 * time.Minute)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

func embeddedAssignedNoExp() (string, error) {
	var c assertion // want `DS301: DocuSign JWT assertion has no exp`
	c.Scope = "signature impersonation"
	c.RegisteredClaims = jwt.RegisteredClaims{Issuer: integrationKey, Subject: userID, Audience: jwt.ClaimStrings{demoAud}}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

// registered builds the registered claims in a helper: a custom literal
// that embeds its result carries whatever it sets, so no claim is missing.
func registeredClaims(now time.Time) jwt.RegisteredClaims {
	return jwt.RegisteredClaims{Issuer: integrationKey, Subject: userID, Audience: jwt.ClaimStrings{demoAud},
		IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour))}
}

func embeddedFromHelper() (string, error) {
	c := assertion{RegisteredClaims: registeredClaims(time.Now()), Scope: "signature impersonation"}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

func embeddedFromVar(rc jwt.RegisteredClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodRS256, &assertion{RegisteredClaims: rc, Scope: "signature impersonation"}).SignedString(key)
}

func embeddedAssignedFromHelper() (string, error) {
	var c assertion
	c.Scope = "signature impersonation"
	c.RegisteredClaims = registeredClaims(time.Now())
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

func skewedIat() (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"iss": integrationKey, "sub": userID, "aud": demoAud,
		"iat": now.Add(-30 * time.Second).Unix(), // clock-skew allowance
		"exp": now.Add(time.Hour).Unix(),         // one hour from now: fine
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func staleishIat() (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"iss": integrationKey, "sub": userID, "aud": demoAud,
		"iat": now.Add(-30 * time.Minute).Unix(),
		"exp": now.Add(time.Hour).Unix(), // want `DS303: exp is 90m after iat \(no effect`
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func withOptions() (string, error) {
	claims := jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud} // want `DS301: DocuSign JWT assertion has no exp`
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims, func(*jwt.Token) {}).SignedString(key)
}

// The jwt-go style: jwt.New, then the Claims field, then SignedString.
func newThenClaims() (string, error) {
	token := jwt.New(jwt.SigningMethodRS256)
	token.Claims = jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": time.Now().Unix()} // want `DS301: DocuSign JWT assertion has no exp`
	return token.SignedString(key)
}

func newThenClaimsGood() (string, error) {
	token := jwt.New(jwt.SigningMethodRS256)
	token.Claims = jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": time.Now().Unix(), "exp": time.Now().Add(time.Hour).Unix()}
	return token.SignedString(key)
}

// exp added through the token afterwards: not missing.
func newThenClaimsLater() (string, error) {
	token := jwt.New(jwt.SigningMethodRS256)
	token.Claims = jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": time.Now().Unix()}
	token.Claims.(jwt.MapClaims)["exp"] = time.Now().Add(time.Hour).Unix()
	return token.SignedString(key)
}

// The application's own HS256 token in the same style.
func newThenClaimsSession(user string) (string, error) {
	token := jwt.New(jwt.SigningMethodHS256)
	token.Claims = jwt.MapClaims{"sub": user, "iss": "https://account-d.docusign.com"}
	return token.SignedString([]byte("secret"))
}

// exp in milliseconds: read as seconds, far beyond any date DocuSign takes.
func millisExp() (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp":   now.Add(time.Hour).UnixMilli(), // want `^DS303: exp is in milliseconds, not Unix seconds \(thousands of years ahead: invalid_grant\)$`
		"scope": "signature impersonation"}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// Milliseconds brought back to seconds: not reported.
func millisToSeconds() (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(time.Hour).UnixMilli() / 1000, "scope": "signature impersonation"}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// now.Add(3600) adds 3600 nanoseconds: exp is iat.
func expNanoseconds() (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(3600).Unix(), // want `DS303: exp adds a number without a time unit, nanoseconds, so exp equals iat \(invalid_grant\)`
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// The same through NumericDate.
func expNanosecondsNumericDate() (string, error) {
	now := time.Now()
	c := jwt.RegisteredClaims{
		Issuer: integrationKey, Subject: userID, Audience: jwt.ClaimStrings{demoAud},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(3600)), // want `DS303: exp adds a number without a time unit`
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

// The twin with the unit: an hour.
func expSecondsUnit() (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(3600 * time.Second).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}
