// Package field keeps a DocuSign authorization-code token in a struct field.
package field

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "integration-key",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://account-d.docusign.com/oauth/auth",
		TokenURL: "https://account-d.docusign.com/oauth/token",
	},
	Scopes: []string{"signature"},
}

// Client is flawed: the token is kept and reused.
type Client struct {
	tok *oauth2.Token
}

func New(ctx context.Context, code string) (*Client, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	return &Client{tok: tok}, nil
}

func (c *Client) Do(req *http.Request) (*http.Response, error) {
	c.tok.SetAuthHeader(req) // want `DS501: DocuSign token read from field Client.tok with no expiry check \(401 after 8 hours\)`
	return http.DefaultClient.Do(req)
}

// Checked is the correct twin: its expiry is checked (in a method it calls).
type Checked struct {
	token   string
	expires time.Time
}

func (c *Checked) Login(ctx context.Context, code string) error {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return err
	}
	c.token, c.expires = tok.AccessToken, tok.Expiry
	return nil
}

func (c *Checked) fresh() bool { return time.Now().Before(c.expires.Add(-time.Minute)) }

func (c *Checked) Do(ctx context.Context, req *http.Request) error {
	if !c.fresh() {
		return context.DeadlineExceeded
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return nil
}

// Unix is correct too: it compares an expiry against time.Now().
type Unix struct {
	token     string
	expiresAt int64
}

func (u *Unix) Set(ctx context.Context, code string) {
	tok, _ := conf.Exchange(ctx, code)
	u.token = tok.AccessToken
	u.expiresAt = tok.Expiry.Unix()
}

func (u *Unix) Do(req *http.Request) {
	if time.Now().Unix() >= u.expiresAt {
		return
	}
	req.Header.Set("Authorization", "Bearer "+u.token)
}

// Refreshing is correct: Config.Client refreshes with the refresh token.
type Refreshing struct {
	http *http.Client
}

func NewRefreshing(ctx context.Context, code string) (*Refreshing, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	return &Refreshing{http: conf.Client(ctx, tok)}, nil
}

// request is a per-request value: not a cache.
type request struct{ token string }

func perRequest(ctx context.Context, code string, req *http.Request) {
	tok, _ := conf.Exchange(ctx, code)
	r := &request{token: tok.AccessToken}
	sendReq(r, req)
}

func sendReq(r *request, req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+r.token)
}

// Kept is correct: the stored token goes to Config.Client, which refreshes it.
type Kept struct{ tok *oauth2.Token }

func (k *Kept) Login(ctx context.Context, code string) {
	k.tok, _ = conf.Exchange(ctx, code)
}

func (k *Kept) Client(ctx context.Context) *http.Client {
	return conf.Client(ctx, k.tok)
}

// fill sets the token of a request value passed in: per request, not a cache.
func fill(ctx context.Context, code string, r *request) {
	tok, _ := conf.Exchange(ctx, code)
	r.token = tok.AccessToken
}

func perRequestParam(ctx context.Context, code string, req *http.Request) {
	var r request
	fill(ctx, code, &r)
	sendReq(&r, req)
}
