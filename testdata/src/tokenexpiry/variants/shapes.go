package variants

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"

	"github.com/jfcote87/esign"
	fork "github.com/jfcote87/oauth2"
	"golang.org/x/oauth2"
)

var (
	once     sync.Once
	onceTok  *oauth2.Token
	sessions = map[string]string{}
)

// Shared is flawed: fetched once for the life of the process.
func Shared(ctx context.Context) *oauth2.Token {
	once.Do(func() {
		onceTok, _ = jwtConf.TokenSource(ctx).Token() // want `DS502: DocuSign token obtained once in sync.Once.Do, kept in package variable onceTok \(401 after 1 hour\)`
	})
	return onceTok
}

// sharedValue is flawed the same way with sync.OnceValue.
var sharedValue = sync.OnceValue(func() string {
	t, _ := jwtConf.TokenSource(context.Background()).Token() // want `DS502: DocuSign token obtained once in sync.OnceValue`
	return t.AccessToken
})

// sharedValues is flawed the same way with sync.OnceValues.
var sharedValues = sync.OnceValues(func() (*oauth2.Token, error) {
	return jwtConf.TokenSource(context.Background()).Token() // want `DS502: DocuSign token obtained once in sync.OnceValues`
})

var startup *oauth2.Token

func init() {
	startup, _ = jwtConf.TokenSource(context.Background()).Token() // want `DS502: DocuSign token obtained once in init\(\), kept in package variable startup`
}

// initMap is flawed: a map filled in init is never renewed either.
func init() {
	t, _ := jwtConf.TokenSource(context.Background()).Token() // want `DS502: DocuSign token obtained once in init\(\), kept in a map`
	sessions["service"] = t.AccessToken
}

// Service keeps static wrappers around a token.
type Service struct {
	ts   oauth2.TokenSource
	hc   *http.Client
	cred *esign.OAuth2Credential
}

// NewService is flawed three ways: each wrapper outlives the call.
func NewService(ctx context.Context, code string) *Service {
	tok, _ := conf.Exchange(ctx, code)
	return &Service{
		ts:   oauth2.StaticTokenSource(tok),                        // want `DS503: oauth2.StaticTokenSource over a DocuSign token, kept past this call \(401 after 8 hours\)`
		hc:   oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok)), // want `DS503: oauth2.StaticTokenSource over a DocuSign token`
		cred: esign.TokenCredential(tok.AccessToken, true),         // want `DS503: esign.TokenCredential over a DocuSign token`
	}
}

var sharedSource oauth2.TokenSource

// Publish is flawed: the static source goes into a package variable.
func Publish(ctx context.Context) {
	tok, _ := jwtConf.TokenSource(ctx).Token()
	sharedSource = oauth2.StaticTokenSource(tok) // want `DS503: oauth2.StaticTokenSource over a DocuSign token.*401 after 1 hour`
}

// Captured is flawed: the static source lives in the returned handler.
func Captured(ctx context.Context) http.HandlerFunc {
	tok, _ := jwtConf.TokenSource(ctx).Token()
	ts := oauth2.StaticTokenSource(tok) // want `DS503: oauth2.StaticTokenSource over a DocuSign token`
	return func(w http.ResponseWriter, r *http.Request) {
		if t, err := ts.Token(); err == nil {
			t.SetAuthHeader(r)
		}
	}
}

// Reusing is the twin: ReuseTokenSource over the config's source refreshes.
func Reusing(ctx context.Context, code string) *Service {
	tok, _ := conf.Exchange(ctx, code)
	return &Service{ts: oauth2.ReuseTokenSource(tok, conf.TokenSource(ctx, tok))}
}

type tokenJSON struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
}

func decode(resp *http.Response) (tokenJSON, error) {
	var tj tokenJSON
	err := json.NewDecoder(resp.Body).Decode(&tj)
	return tj, err
}

// decoded is flawed: Expiry is not set from expires_in.
func decoded(resp *http.Response) (*oauth2.Token, error) {
	tj, err := decode(resp)
	return &oauth2.Token{AccessToken: tj.AccessToken}, err // want `DS504: oauth2.Token built from a DocuSign token response without Expiry, so reused`
}

// forked is flawed the same way with the esign fork's token type.
func forked(resp *http.Response) *fork.Token {
	tj, _ := decode(resp)
	return &fork.Token{AccessToken: tj.AccessToken, TokenType: tj.TokenType} // want `DS504: oauth2.Token built from a DocuSign token response without Expiry`
}

// fromMap is flawed: the map's access_token, no Expiry.
func fromMap(m map[string]any) oauth2.Token {
	s, _ := m["access_token"].(string)
	return oauth2.Token{AccessToken: s} // want `DS504: oauth2.Token built from a DocuSign token response without Expiry`
}

// forkedEmpty is flawed: the fork's token filled field by field.
func forkedEmpty(resp *http.Response) *fork.Token {
	tj, _ := decode(resp)
	t := new(fork.Token) // want `DS504: oauth2.Token allocated empty, given a DocuSign AccessToken but no Expiry, so reused`
	t.AccessToken = tj.AccessToken
	return t
}
