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
