package docusign

import (
	"fmt"
	"time"
)

// Grant is the OAuth grant a configuration, request or token belongs to: it
// decides which scopes DocuSign accepts with it and how long the access
// token lives (FAQ-0, FAQ-1; RULES.md DS401-DS405, DS501).
type Grant uint8

// The grants dslint tells apart. The values of the first three are stored
// in facts.
const (
	GrantUnknown  Grant = iota // not known (for a token: JWT or authorization code)
	GrantJWT                   // JWT bearer grant: 1-hour tokens, no refresh token; needs impersonation
	GrantCode                  // authorization code grant whose code is exchanged: 8-hour tokens
	GrantConsent               // an authorization request (response_type=code) whose code is not exchanged here: consent only
	GrantImplicit              // implicit grant (response_type=token): 8-hour tokens, no extended scope
)

// String names the grant as messages and facts do ("JWT grant").
func (g Grant) String() string {
	switch g {
	case GrantJWT:
		return "JWT grant"
	case GrantCode:
		return "authorization code grant"
	case GrantConsent:
		return "consent request"
	case GrantImplicit:
		return "implicit grant"
	}
	return "grant unknown"
}

// ExpiresAfter says briefly how long the grant's access tokens live, for
// short messages ("1 hour", "8 hours", "1 or 8 hours" when the grant is
// not known).
func (g Grant) ExpiresAfter() string {
	switch g {
	case GrantJWT:
		return hours(JWTAccessTokenLifetime)
	case GrantCode:
		return hours(CodeGrantAccessTokenLifetime)
	}
	return fmt.Sprintf("%d or %s", int(JWTAccessTokenLifetime/time.Hour), hours(CodeGrantAccessTokenLifetime))
}

// Merge combines the grants of two paths a value may come from: the grant
// when both agree, else GrantUnknown.
func (g Grant) Merge(h Grant) Grant {
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
