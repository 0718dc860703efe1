package tokenexpiry

import (
	"fmt"
	"time"

	"github.com/dslint/dslint/internal/docusign"
)

// Grant is the OAuth grant that issued a DocuSign access token; it decides
// the token's lifetime.
type Grant uint8

// The grants dslint tells apart.
const (
	GrantUnknown Grant = iota // JWT or Authorization Code
	GrantJWT                  // JWT grant: 1 hour, no refresh token
	GrantCode                 // Authorization Code grant: 8 hours
)

// String names the grant as messages and facts do ("JWT grant").
func (g Grant) String() string {
	switch g {
	case GrantJWT:
		return "JWT grant"
	case GrantCode:
		return "authorization code grant"
	}
	return "grant unknown"
}

// lifetime names the lifetime that applies, for messages.
func (g Grant) lifetime() string {
	switch g {
	case GrantJWT:
		return "DocuSign JWT access tokens expire after " + hours(docusign.JWTAccessTokenLifetime)
	case GrantCode:
		return "DocuSign authorization code access tokens expire after " + hours(docusign.CodeGrantAccessTokenLifetime)
	}
	return fmt.Sprintf("DocuSign access tokens expire after %s (JWT grant) or %s (authorization code grant)",
		hours(docusign.JWTAccessTokenLifetime), hours(docusign.CodeGrantAccessTokenLifetime))
}

// merge combines the grants of two paths.
func (g Grant) merge(h Grant) Grant {
	if g == h {
		return g
	}
	return GrantUnknown
}

func hours(d time.Duration) string {
	if d == time.Hour {
		return "1 hour"
	}
	return fmt.Sprintf("%d hours", int(d/time.Hour))
}

// consequence is the failure every message ends with.
const consequence = "then every request fails with 401 AUTHORIZATION_INVALID_TOKEN"
