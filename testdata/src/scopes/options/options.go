// Package options: a JWT grant configured by functional options (the blind
// module's JWTGrant), its scope list a struct field built by appends and
// sent as the scope claim; a scope list passed sliced.
package options

import (
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const aud = "account-d.docusign.com"

// Grant requests tokens with the JWT bearer grant.
type Grant struct {
	ik     string
	scopes []string
}

// Option configures a Grant.
type Option func(*Grant)

// NewGrant builds a grant.
func NewGrant(ik string, opts ...Option) *Grant {
	g := &Grant{ik: ik, scopes: []string{"signature", "impersonation"}}
	for _, o := range opts {
		o(g)
	}
	return g
}

// WithScopes adds scopes.
func WithScopes(s ...string) Option {
	return func(g *Grant) { g.scopes = append(g.scopes, s...) }
}

// WithRooms adds the Rooms scopes.
func WithRooms() Option {
	return func(g *Grant) {
		g.scopes = append(g.scopes, "dtr.rooms.read,dtr.rooms.write") // want `DS404: scopes "dtr.rooms.read,dtr.rooms.write" in JWT scope claim joined with ","`
	}
}

var adminScopes = []string{"signature", "impersonation", "organisation_read", "user_read"} // want `DS405: unknown scope "organisation_read" in JWT scope claim \(invalid_scope; meant "organization_read"\?\)`

// WithAdmin adds the Admin API scopes.
func WithAdmin() Option { return WithScopes(adminScopes[2:]...) }

func (g *Grant) claims(user string) jwt.MapClaims {
	now := time.Now()
	return jwt.MapClaims{"iss": g.ik, "sub": user, "aud": aud, "iat": now.Unix(), "exp": now.Add(time.Hour).Unix(),
		"scope": strings.Join(g.scopes, " ")}
}
