// Package otherapi polls another service whose REST paths also have
// accounts and envelopes: nothing in it names DocuSign, so a path relative
// to an unknown base is not DocuSign's.
package otherapi

import (
	"context"
	"net/http"
	"time"
)

// relativeLoop is rest's relativeLoop without DocuSign evidence.
func relativeLoop(ctx context.Context, c *http.Client, base, acct, id string) {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/v2.1/accounts/"+acct+"/envelopes/"+id, nil)
		c.Do(req)
		time.Sleep(30 * time.Second)
	}
}

type client struct{ base string }

func (c *client) get(path string) error {
	resp, err := http.Get(c.base + path)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// waitWrapped is rest's waitWrapped without DocuSign evidence.
func waitWrapped(c *client, acct, id string) {
	for c.get("/v2.1/accounts/"+acct+"/envelopes/"+id) != nil {
		time.Sleep(30 * time.Second)
	}
}
