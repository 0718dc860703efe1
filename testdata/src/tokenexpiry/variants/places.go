package variants

import (
	"context"
	"net/http"
	"sync"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

var jwtConf = &jwt.Config{Email: "integration-key", TokenURL: "https://account-d.docusign.com/oauth/token"}

// API keeps a JWT token in a field, a token pointer and a map.
type API struct {
	token  string
	tok    *oauth2.Token
	tokens map[string]string
	mu     sync.Mutex
}

func NewAPI(ctx context.Context) (*API, error) {
	t, err := jwtConf.TokenSource(ctx).Token()
	if err != nil {
		return nil, err
	}
	return &API{token: t.AccessToken, tok: t, tokens: map[string]string{}}, nil
}

func (a *API) Field(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+a.token) // want `DS501: DocuSign token read from field API.token with no expiry check \(401 after 1 hour\)`
}

func (a *API) Locked(req *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	req.Header.Set("Authorization", "Bearer "+a.token) // want `DS501: DocuSign token read from field API.token`
}

func (a *API) Pointer(req *http.Request) {
	a.tok.SetAuthHeader(req) // want `DS501: DocuSign token read from field API.tok`
}

func (a *API) PointerField(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+a.tok.AccessToken) // want `DS501: DocuSign token read from field API.tok`
}

func (a *API) Login(ctx context.Context, user string) {
	if t, err := jwtConf.TokenSource(ctx).Token(); err == nil {
		a.tokens[user] = t.AccessToken
	}
}

func (a *API) Map(req *http.Request, user string) {
	req.Header.Set("Authorization", "Bearer "+a.tokens[user]) // want `DS501: DocuSign token read from map tokens`
}

func (a *API) MapOK(req *http.Request, user string) {
	if t, ok := a.tokens[user]; ok { // want `DS501: DocuSign token read from map tokens`
		req.Header.Set("Authorization", "Bearer "+t)
	}
}

// Checked is the twin of Pointer: Valid() first.
func (a *API) Checked(req *http.Request) {
	if a.tok.Valid() {
		a.tok.SetAuthHeader(req)
	}
}

var users = map[string]*oauth2.Token{}

func Remember(ctx context.Context, user, code string) {
	users[user], _ = conf.Exchange(ctx, code)
}

func ForUser(req *http.Request, user string) {
	users[user].SetAuthHeader(req) // want `DS501: DocuSign token read from map users`
}

// Goroutine is flawed: the worker outlives the call with the token.
func Goroutine(ctx context.Context, code string, reqs <-chan *http.Request) {
	tok, _ := conf.Exchange(ctx, code)
	go func() {
		for req := range reqs {
			tok.SetAuthHeader(req) // want `DS501: DocuSign token read from variable tok captured by a closure`
		}
	}()
}

// Returned is flawed: the authorizer outlives the call with the token.
func Returned(ctx context.Context, code string) func(*http.Request) {
	tok, _ := conf.Exchange(ctx, code)
	return func(req *http.Request) {
		req.Header.Set("Authorization", "Bearer "+tok.AccessToken) // want `DS501: DocuSign token read from variable tok captured by a closure`
	}
}

// Each is correct: the closure runs within the call.
func Each(ctx context.Context, code string, reqs []*http.Request) {
	tok, _ := conf.Exchange(ctx, code)
	for _, set := range []func(*http.Request){tok.SetAuthHeader} {
		for _, r := range reqs {
			set(r)
		}
	}
}
