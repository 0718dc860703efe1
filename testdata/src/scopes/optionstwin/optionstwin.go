// Package optionstwin: the twins of options. The Rooms scopes appended by
// an option are space-separated, the admin list is sliced to its valid
// elements, and the comma-joined Google scopes an option appends go to a
// Google service account; a helper shared by the DocuSign and the Google
// grant joins the scopes of both.
package optionstwin

import (
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	xjwt "golang.org/x/oauth2/jwt"
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
		g.scopes = append(g.scopes, "dtr.rooms.read dtr.rooms.write")
	}
}

var adminScopes = []string{"organisation_read", "user_read", "signature", "impersonation"}

// WithAdmin adds the eSignature scopes of the admin list.
func WithAdmin() Option { return WithScopes(adminScopes[2:]...) }

func (g *Grant) claims(user string) jwt.MapClaims {
	now := time.Now()
	return jwt.MapClaims{"iss": g.ik, "sub": user, "aud": aud, "iat": now.Unix(), "exp": now.Add(time.Hour).Unix(),
		"scope": strings.Join(g.scopes, " ")}
}

// storage is a Google service account configured by options.
type storage struct {
	scopes []string
}

type storageOption func(*storage)

func withBuckets() storageOption {
	return func(s *storage) {
		s.scopes = append(s.scopes, "https://www.googleapis.com/auth/devstorage.read_only,https://www.googleapis.com/auth/cloud-platform")
	}
}

func (s *storage) config(email string) *xjwt.Config {
	return &xjwt.Config{Email: email, TokenURL: "https://oauth2.googleapis.com/token", Scopes: s.scopes}
}

// newJWT is shared by the DocuSign and the Google grant.
func newJWT(tokenURL, user string, scopes ...string) *xjwt.Config {
	return &xjwt.Config{Email: user, TokenURL: tokenURL, Audience: "account-d.docusign.com", Scopes: scopes}
}

func docuSign(user string) *xjwt.Config {
	return newJWT("https://account-d.docusign.com/oauth/token", user, "signature", "impersonation")
}

func google(email string) *xjwt.Config {
	return newJWT("https://oauth2.googleapis.com/token", email, "https://www.googleapis.com/auth/drive.readonly")
}
