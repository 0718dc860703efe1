package tokenexpiry

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

const tokenEndpoint = "https://account.docusign.com/oauth/token"

// tokenResponse is DocuSign's token endpoint answer.
type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
}

// requestToken posts a signed JWT grant assertion.
func requestToken(assertion string) (*tokenResponse, error) {
	form := url.Values{"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"}, "assertion": {assertion}}
	resp, err := http.Post(tokenEndpoint, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return nil, err
	}
	return &tr, nil
}

// Flawed: an oauth2.Token without Expiry is valid forever to x/oauth2.
func toOAuth2(tr *tokenResponse) *oauth2.Token {
	return &oauth2.Token{AccessToken: tr.AccessToken, TokenType: tr.TokenType}
}

// Correct twin.
func toOAuth2WithExpiry(tr *tokenResponse) *oauth2.Token {
	return &oauth2.Token{AccessToken: tr.AccessToken, TokenType: tr.TokenType,
		Expiry: time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second)}
}

// API is flawed: it keeps the access token string of the first response.
type API struct {
	token string
}

func NewAPI(assertion string) (*API, error) {
	tr, err := requestToken(assertion)
	if err != nil {
		return nil, err
	}
	return &API{token: tr.AccessToken}, nil
}

func (a *API) Get(u string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+a.token)
	return http.DefaultClient.Do(req)
}

// CheckedAPI is the correct twin: it renews the token before it expires.
type CheckedAPI struct {
	mu        sync.Mutex
	assertion func() string
	token     string
	expiresAt time.Time
}

func (a *CheckedAPI) bearer() (string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if time.Until(a.expiresAt) < 5*time.Minute {
		tr, err := requestToken(a.assertion())
		if err != nil {
			return "", err
		}
		a.token, a.expiresAt = tr.AccessToken, time.Now().Add(time.Duration(tr.ExpiresIn)*time.Second)
	}
	return "Bearer " + a.token, nil
}

func (a *CheckedAPI) Get(u string) (*http.Response, error) {
	b, err := a.bearer()
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", b)
	return http.DefaultClient.Do(req)
}
