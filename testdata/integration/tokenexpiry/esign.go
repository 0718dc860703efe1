package tokenexpiry

import (
	"context"
	"time"

	"github.com/jfcote87/esign"
	dsoauth2 "github.com/jfcote87/oauth2"
)

// Service is flawed: esign.TokenCredential never refreshes its token.
type Service struct {
	cred *esign.OAuth2Credential
}

func NewService(accessToken string, isDemo bool) *Service {
	return &Service{cred: esign.TokenCredential(accessToken, isDemo)}
}

// Correct twin: JWTConfig.Credential refreshes the token itself.
type RefreshingService struct {
	cred *esign.OAuth2Credential
}

func NewRefreshingService(cfg *esign.JWTConfig, apiUserID string) (*RefreshingService, error) {
	cred, err := cfg.Credential(apiUserID, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RefreshingService{cred: cred}, nil
}

// Correct: a code-grant credential from OAuth2Config.Exchange refreshes too.
func codeGrant(ctx context.Context, cfg *esign.OAuth2Config, code string) (*esign.OAuth2Credential, error) {
	return cfg.Exchange(ctx, code)
}

// SharedCredential is a helper: the credential it returns never refreshes,
// so its callers are judged by what they keep (package poller).
func SharedCredential(accessToken string, isDemo bool) esign.Credential {
	return esign.TokenCredential(accessToken, isDemo)
}

// Resume is flawed: the fork's token has no Expiry, so the credential's
// Valid check never asks the JWT refresher for a new one.
func Resume(cfg *esign.JWTConfig, apiUserID, accessToken string) (*esign.OAuth2Credential, error) {
	tok := &dsoauth2.Token{AccessToken: accessToken, TokenType: "Bearer"}
	return cfg.Credential(apiUserID, tok, nil)
}

// Correct twin: the stored expiry comes with the token.
func ResumeWithExpiry(cfg *esign.JWTConfig, apiUserID, accessToken string, exp time.Time) (*esign.OAuth2Credential, error) {
	tok := &dsoauth2.Token{AccessToken: accessToken, TokenType: "Bearer", Expiry: exp}
	return cfg.Credential(apiUserID, tok, nil)
}
