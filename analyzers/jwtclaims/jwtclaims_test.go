package jwtclaims_test

import (
	"testing"

	"github.com/dslint/dslint/analyzers/jwtclaims"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

// TestJWTClaims runs every library's fixtures in one load: golang-jwt
// v5/v4, dgrijalva/jwt-go, jwx v2/v3, go-jose v3/v4, x/oauth2/jwt, esign
// options, and the application's own session tokens (never reported).
// Suggested fixes are checked in TestFixes, against golden files kept for
// the fixtures that exist to show them.
func TestJWTClaims(t *testing.T) {
	testutil.Run(t, jwtclaims.New(&config.Config{}),
		"jwtclaims/jwtv5", "jwtclaims/jwtv4", "jwtclaims/dgrijalva", "jwtclaims/session",
		"jwtclaims/jwxv2", "jwtclaims/jwxv3", "jwtclaims/josev3", "jwtclaims/josev4",
		"jwtclaims/esignopts", "jwtclaims/handrolled", "jwtclaims/grantflow", "jwtclaims/scopevar", "jwtclaims/appjwt", "jwtclaims/ownsigner", "jwtclaims/confighost",
		"jwtclaims/appsign", "jwtclaims/dsauth", "jwtclaims/jwxdeferred")
}

// TestFixes checks the suggested fixes: DS306's Audience
// (oauth2jwt.go.golden) and DS303's one-hour exp and seconds
// (expfix/*.golden), with their twins that get none.
func TestFixes(t *testing.T) {
	testutil.RunWithSuggestedFixes(t, jwtclaims.New(&config.Config{}),
		"jwtclaims/oauth2jwt", "jwtclaims/expfix")
}
