// Package fork uses the esign SDK and its oauth2 fork.
package fork

import (
	"context"
	"net/http"

	"github.com/jfcote87/esign"
	"github.com/jfcote87/oauth2"
	"github.com/jfcote87/oauth2/jwt"
)

// Sender keeps a token of the fork's JWT config: flawed.
type Sender struct {
	cfg *jwt.Config
	tok *oauth2.Token
}

func (s *Sender) Login(ctx context.Context) error {
	tok, err := s.cfg.Token(ctx)
	if err != nil {
		return err
	}
	s.tok = tok
	return nil
}

func (s *Sender) Send(req *http.Request) {
	s.tok.SetAuthHeader(req) // want `DS501: DocuSign token read from field Sender.tok with no expiry check \(401 after 1 hour\)`
}

// Checked is the twin: Valid() is checked and the token refreshed.
type Checked struct {
	cfg *jwt.Config
	tok *oauth2.Token
}

func (s *Checked) Send(ctx context.Context, req *http.Request) error {
	if s.tok == nil || !s.tok.Valid() {
		tok, err := s.cfg.Token(ctx)
		if err != nil {
			return err
		}
		s.tok = tok
	}
	s.tok.SetAuthHeader(req)
	return nil
}

// fromCredential copies the token out of a refreshing credential and keeps
// it: flawed.
var copied *oauth2.Token

func fromCredential(ctx context.Context, cred *esign.OAuth2Credential) {
	copied, _ = cred.Token(ctx)
}

func useCopied(req *http.Request) {
	copied.SetAuthHeader(req) // want `DS501: DocuSign token read from package variable copied with no expiry check \(401 after 1 or 8 hours\)`
}

// static wraps a fork token in a static source kept in a struct: flawed.
type static struct {
	ts oauth2.TokenSource
}

func newStatic(ctx context.Context, cfg *jwt.Config) *static {
	tok, _ := cfg.Token(ctx)
	return &static{ts: oauth2.StaticTokenSource(tok)} // want `DS503: oauth2.StaticTokenSource over a DocuSign token, kept past this call`
}

// Correct: the fork's refreshing source and the SDK's credentials.
func refreshing(cfg *jwt.Config, jc *esign.JWTConfig) (oauth2.TokenSource, *esign.OAuth2Credential, error) {
	cred, err := jc.Credential("5a1c2c6e-0000-4000-8000-000000000002", nil, nil)
	return oauth2.ReuseTokenSource(nil, cfg.TokenSource(nil)), cred, err
}
