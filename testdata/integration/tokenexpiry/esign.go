package tokenexpiry

import (
	"context"

	"github.com/jfcote87/esign"
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
