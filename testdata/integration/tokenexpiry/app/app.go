// Package app names no DocuSign host: its tokens come from dsconf. The
// worker token fetched once at start-up and the per-user tokens kept in a
// map expire (flawed); the cache that asks tokenutil.Fresh first, and the
// Dropbox token, are fine.
package app

import (
	"context"
	"net/http"
	"os"
	"sync"

	"golang.org/x/oauth2"

	"dslint.test/integration/tokenexpiry/dsconf"
	"dslint.test/integration/tokenexpiry/tokenutil"
)

var workerToken *oauth2.Token

func init() {
	ts := dsconf.JWTSource(context.Background(), os.Getenv("DS_IK"), os.Getenv("DS_USER"), []byte(os.Getenv("DS_KEY")))
	var err error
	if workerToken, err = ts.Token(); err != nil {
		panic(err)
	}
}

// Server keeps users' DocuSign and Dropbox tokens.
type Server struct {
	mu      sync.Mutex
	users   map[string]*oauth2.Token
	archive *oauth2.Token
	jwt     *oauth2.Token
}

// Callback exchanges a user's DocuSign code and the Dropbox one.
func (s *Server) Callback(ctx context.Context, user, code, boxCode string) error {
	tok, err := dsconf.CodeGrant(os.Getenv("DS_IK"), os.Getenv("DS_SECRET"), os.Getenv("DS_REDIRECT")).Exchange(ctx, code)
	if err != nil {
		return err
	}
	box, err := dsconf.Dropbox(os.Getenv("DBX_ID"), os.Getenv("DBX_SECRET")).Exchange(ctx, boxCode)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users[user] = tok
	s.archive = box
	return nil
}

// Envelopes calls DocuSign for a user with the stored token.
func (s *Server) Envelopes(req *http.Request, user string) (*http.Response, error) {
	s.mu.Lock()
	tok := s.users[user]
	s.mu.Unlock()
	tok.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}

// Archive uploads to Dropbox with its token.
func (s *Server) Archive(req *http.Request) (*http.Response, error) {
	s.archive.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}

// Worker calls DocuSign with the start-up token.
func Worker(req *http.Request) (*http.Response, error) {
	workerToken.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}

// Send renews the JWT token when tokenutil.Fresh says it must.
func (s *Server) Send(ctx context.Context, req *http.Request) (*http.Response, error) {
	s.mu.Lock()
	if !tokenutil.Fresh(s.jwt) {
		t, err := dsconf.JWTSource(ctx, os.Getenv("DS_IK"), os.Getenv("DS_USER"), []byte(os.Getenv("DS_KEY"))).Token()
		if err != nil {
			s.mu.Unlock()
			return nil, err
		}
		s.jwt = t
	}
	tok := s.jwt
	s.mu.Unlock()
	tok.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}
