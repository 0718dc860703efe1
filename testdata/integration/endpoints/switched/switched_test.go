package switched

import (
	"testing"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2/jwt"
)

// Tests run against the developer sandbox on purpose: test files are not
// production code, so nothing here is reported by default.

const sandboxAuthServer = "account-d.docusign.com"

func TestJWTConfigSandbox(t *testing.T) {
	t.Setenv("DOCUSIGN_ENV", "demo")
	cfg := jwtConfig(nil, "integration-key", "user-guid")
	if cfg.Audience != sandboxAuthServer {
		t.Errorf("Audience = %q, want %q", cfg.Audience, sandboxAuthServer)
	}
	want := &jwt.Config{Audience: sandboxAuthServer, TokenURL: "https://account-d.docusign.com/oauth/token"}
	if cfg.TokenURL != want.TokenURL {
		t.Errorf("TokenURL = %q, want %q", cfg.TokenURL, want.TokenURL)
	}
}

func TestESignConfigSandbox(t *testing.T) {
	t.Setenv("DOCUSIGN_ENV", "demo")
	want := esign.JWTConfig{IsDemo: true}
	if got := esignConfig(nil); got.IsDemo != want.IsDemo {
		t.Errorf("IsDemo = %v, want %v", got.IsDemo, want.IsDemo)
	}
}
