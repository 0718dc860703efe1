// Package mapcache caches hand-rolled DocuSign token responses in maps.
package mapcache

import (
	"encoding/json"
	"net/http"
	"net/url"
	"sync"
	"time"
)

const tokenURL = "https://account-d.docusign.com/oauth/token"

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

func fetch(assertion string) (string, error) {
	resp, err := http.PostForm(tokenURL, url.Values{
		"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"},
		"assertion":  {assertion},
	})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	return tr.AccessToken, nil
}

var (
	mu     sync.Mutex
	tokens = map[string]string{}
)

// Flawed: one token per user, reused forever.
func authorize(user, assertion string, req *http.Request) error {
	mu.Lock()
	defer mu.Unlock()
	if _, ok := tokens[user]; !ok {
		tok, err := fetch(assertion)
		if err != nil {
			return err
		}
		tokens[user] = tok
	}
	req.Header.Set("Authorization", "Bearer "+tokens[user]) // want `DS501: DocuSign token read from map tokens with no expiry check \(401 after 1 hour\)`
	return nil
}

// entry is the correct twin: the cache keeps the expiry and checks it.
type entry struct {
	token   string
	expires time.Time
}

var entries = map[string]entry{}

func authorizeChecked(user, assertion string, req *http.Request) error {
	mu.Lock()
	defer mu.Unlock()
	e, ok := entries[user]
	if !ok || time.Until(e.expires) < time.Minute {
		tok, err := fetch(assertion)
		if err != nil {
			return err
		}
		e = entry{token: tok, expires: time.Now().Add(55 * time.Minute)}
		entries[user] = e
	}
	req.Header.Set("Authorization", "Bearer "+e.token)
	return nil
}

var raw = map[string]string{}

// Flawed: the decoded map's access_token is cached.
func rawCache(user string, body []byte, req *http.Request) {
	var m map[string]any
	_ = json.Unmarshal(body, &m)
	if s, ok := m["access_token"].(string); ok {
		raw[user] = s
	}
}

func rawUse(user string, req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+raw[user]) // want `DS501: DocuSign token read from map raw`
}
