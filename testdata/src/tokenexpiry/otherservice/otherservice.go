// Package otherservice talks to DocuSign and, in other functions, to Slack
// and GitHub, whose tokens do not expire like DocuSign's.
package otherservice

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"sync"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

func docuSign(key []byte) *jwt.Config {
	return &jwt.Config{PrivateKey: key, Scopes: []string{"signature", "impersonation"},
		TokenURL: "https://account.docusign.com/oauth/token", Audience: "account.docusign.com"}
}

var slackBotToken string

// Slack's OAuth exchange: the access_token is Slack's.
func InstallSlack(code string) error {
	resp, err := http.Get("https://slack.com/api/oauth.v2.access?code=" + code)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var sr struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&sr); err != nil {
		return err
	}
	slackBotToken = sr.AccessToken
	return nil
}

func Notify(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+slackBotToken)
	return http.DefaultClient.Do(req)
}

// A Slack bot token kept as an oauth2.Token: Slack sends no expires_in.
func SlackToken(code string) (*oauth2.Token, error) {
	resp, err := http.Get("https://slack.com/api/oauth.v2.access?code=" + code)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var sr struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&sr); err != nil {
		return nil, err
	}
	return &oauth2.Token{AccessToken: sr.AccessToken}, nil
}

var ghToken = &oauth2.Token{AccessToken: os.Getenv("GITHUB_TOKEN")}

// Syncer holds a GitHub client over a personal access token next to a
// refreshing DocuSign client.
type Syncer struct{ gh, pat, ds *http.Client }

func NewSyncer(ctx context.Context, key []byte) *Syncer {
	return &Syncer{
		gh:  oauth2.NewClient(ctx, oauth2.StaticTokenSource(ghToken)),
		pat: oauth2.NewClient(ctx, oauth2.StaticTokenSource(&oauth2.Token{AccessToken: os.Getenv("GITHUB_PAT")})),
		ds:  docuSign(key).Client(ctx),
	}
}

// Refresher renews the one-hour DocuSign token every 50 minutes from a
// ticker loop that calls a refresh helper.
type Refresher struct {
	cfg   *jwt.Config
	mu    sync.RWMutex
	token string
}

func (r *Refresher) refresh(ctx context.Context) error {
	t, err := r.cfg.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	r.mu.Lock()
	r.token = t.AccessToken
	r.mu.Unlock()
	return nil
}

func (r *Refresher) loop(ctx context.Context) {
	tick := time.NewTicker(50 * time.Minute)
	defer tick.Stop()
	for {
		_ = r.refresh(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

func Start(ctx context.Context, key []byte) *Refresher {
	r := &Refresher{cfg: docuSign(key)}
	go r.loop(ctx)
	return r
}

func (r *Refresher) Authorize(req *http.Request) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	req.Header.Set("Authorization", "Bearer "+r.token)
}

// Positive control: a DocuSign token fetched once and cached with no
// refresher and no check.
type Cache struct {
	cfg   *jwt.Config
	token string
}

func (c *Cache) Authorize(ctx context.Context, req *http.Request) error {
	if c.token == "" {
		t, err := c.cfg.TokenSource(ctx).Token()
		if err != nil {
			return err
		}
		c.token = t.AccessToken
	}
	req.Header.Set("Authorization", "Bearer "+c.token) // want `DS501: DocuSign token read from field Cache\.token`
	return nil
}
