package endpoints

import (
	"context"
	"os"

	"github.com/jfcote87/esign"
	"github.com/jfcote87/esign/v2.1/envelopes"
	"github.com/jfcote87/esign/v2.1/model"
)

// Flawed: the redirect URI carries a fragment (DS105).
var consentConfig = &esign.OAuth2Config{
	IntegratorKey: os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
	Secret:        os.Getenv("DOCUSIGN_SECRET"),
	RedirURL:      "https://app.example.com/docusign/callback#done",
	IsDemo:        os.Getenv("DOCUSIGN_ENV") != "production",
}

// Correct: an absolute redirect URI with no fragment.
var loginConfig = &esign.OAuth2Config{
	IntegratorKey: os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
	Secret:        os.Getenv("DOCUSIGN_SECRET"),
	RedirURL:      "https://app.example.com/docusign/callback",
	IsDemo:        os.Getenv("DOCUSIGN_ENV") != "production",
}

// sendDraft creates a draft envelope through the esign SDK, which resolves
// the account's base URI from UserInfo itself.
func sendDraft(ctx context.Context, cred *esign.OAuth2Credential, subject string) (string, error) {
	env := &model.EnvelopeDefinition{
		EmailSubject: subject,
		Status:       "created",
	}
	summary, err := envelopes.New(cred).Create(env).Do(ctx)
	if err != nil {
		return "", err
	}
	return summary.EnvelopeID, nil
}
