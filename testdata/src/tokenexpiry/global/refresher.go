package global

import (
	"context"
	"net/http"
	"sync"
	"time"
)

var (
	renewMu sync.RWMutex
	renewed string
)

// Correct: fetched in init, then renewed by a ticker goroutine.
func init() {
	tok, err := conf.TokenSource(context.Background()).Token()
	if err == nil {
		renewed = tok.AccessToken
	}
	go func() {
		for range time.NewTicker(45 * time.Minute).C {
			if t, err := conf.TokenSource(context.Background()).Token(); err == nil {
				renewMu.Lock()
				renewed = t.AccessToken
				renewMu.Unlock()
			}
		}
	}()
}

func useRenewed(req *http.Request) {
	renewMu.RLock()
	defer renewMu.RUnlock()
	req.Header.Set("Authorization", "Bearer "+renewed)
}
