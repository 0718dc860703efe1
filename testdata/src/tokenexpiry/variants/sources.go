package variants

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/jfcote87/esign"
	fork "github.com/jfcote87/oauth2"
	forkjwt "github.com/jfcote87/oauth2/jwt"
)

// Sources keeps tokens from each kind of source, each read unchecked.
type Sources struct {
	fromJWT    string
	fromFork   *fork.Token
	fromCode   string
	fromCred   string
	fromJSON   string
	fromMap    string
	refreshed  string
	retried    string
	checkedTok string
	expiry     time.Time
}

var forkJWT = &forkjwt.Config{Issuer: "integration-key", TokenURL: "https://account-d.docusign.com/oauth/token"}

var forkCode = &fork.Config{ClientID: "integration-key", Endpoint: fork.Endpoint{TokenURL: "https://account-d.docusign.com/oauth/token"}}

func (s *Sources) LoginJWT(ctx context.Context) {
	if t, err := forkJWT.Token(ctx); err == nil {
		s.fromJWT = t.AccessToken
	}
}

func (s *Sources) UseJWT(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.fromJWT) // want `DS501: DocuSign token read from field Sources.fromJWT.*401 after 1 hour`
}

func (s *Sources) LoginFork(ctx context.Context, code string) {
	s.fromFork, _ = forkCode.Exchange(ctx, code)
}

func (s *Sources) UseFork(req *http.Request) {
	s.fromFork.SetAuthHeader(req) // want `DS501: DocuSign token read from field Sources.fromFork.*401 after 8 hours`
}

func (s *Sources) UseForkField(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.fromFork.AccessToken) // want `DS501: DocuSign token read from field Sources.fromFork`
}

func (s *Sources) Refresh(ctx context.Context, refresh string) {
	if t, err := forkCode.RefreshToken(ctx, refresh); err == nil {
		s.fromCode = t.AccessToken
	}
}

func (s *Sources) UseCode(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.fromCode) // want `DS501: DocuSign token read from field Sources.fromCode`
}

func (s *Sources) FromCredential(ctx context.Context, cred *esign.OAuth2Credential) {
	if t, err := cred.Token(ctx); err == nil {
		s.fromCred = t.AccessToken
	}
}

func (s *Sources) UseCredential(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.fromCred) // want `DS501: DocuSign token read from field Sources.fromCred`
}

func (s *Sources) Decode(resp *http.Response) error {
	var body struct {
		Token string `json:"access_token"`
	}
	err := json.NewDecoder(resp.Body).Decode(&body)
	s.fromJSON = body.Token
	return err
}

func (s *Sources) UseJSON(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.fromJSON) // want `DS501: DocuSign token read from field Sources.fromJSON`
}

func (s *Sources) DecodeMap(resp *http.Response) error {
	var m map[string]any
	err := json.NewDecoder(resp.Body).Decode(&m)
	s.fromMap, _ = m["access_token"].(string)
	return err
}

func (s *Sources) UseMap(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.fromMap) // want `DS501: DocuSign token read from field Sources.fromMap`
}

// Backoff is flawed: the ticker loop retries a failed login, but the
// token is stored after the loop, once.
func (s *Sources) Backoff(ctx context.Context) {
	t, err := forkJWT.Token(ctx)
	for tick := time.NewTicker(time.Second); err != nil; <-tick.C {
		t, err = forkJWT.Token(ctx)
	}
	s.retried = t.AccessToken
}

func (s *Sources) UseRetried(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.retried) // want `DS501: DocuSign token read from field Sources.retried`
}

// Renew is the twin: the ticker loop stores each new token.
func (s *Sources) Renew(ctx context.Context) {
	for range time.Tick(30 * time.Minute) {
		if t, err := forkJWT.Token(ctx); err == nil {
			s.refreshed = t.AccessToken
		}
	}
}

func (s *Sources) UseRefreshed(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.refreshed)
}

// LoginChecked stores the expiry with the token.
func (s *Sources) LoginChecked(ctx context.Context) {
	if t, err := forkJWT.Token(ctx); err == nil {
		s.checkedTok, s.expiry = t.AccessToken, t.Expiry
	}
}

// UseChecked is correct: it compares the stored expiry.
func (s *Sources) UseChecked(req *http.Request) {
	if s.expiry.After(time.Now().Add(time.Minute)) {
		req.Header.Set("Authorization", "Bearer "+s.checkedTok)
	}
}

// UseUnchecked is flawed: the same token, its expiry ignored.
func (s *Sources) UseUnchecked(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.checkedTok) // want `DS501: DocuSign token read from field Sources.checkedTok`
}
