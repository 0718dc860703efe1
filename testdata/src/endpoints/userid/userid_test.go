package userid

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// Tests use the sandbox user on purpose: not production code.
func TestAssertion(t *testing.T) {
	claims := jwt.MapClaims{"iss": integrationKey, "sub": "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a", "aud": "account-d.docusign.com"}
	if _, err := jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key); err != nil {
		t.Log(err)
	}
}
