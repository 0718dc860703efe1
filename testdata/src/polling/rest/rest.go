// Package rest polls envelope status with net/http.
package rest

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

const restBase = "https://demo.docusign.net/restapi/v2.1/accounts/"

// getLoop polls one envelope with http.Get.
func getLoop(acct, id string) {
	for {
		resp, err := http.Get(restBase + acct + "/envelopes/" + id) // want `DS701: envelope status polled every 30s \(`
		if err == nil {
			resp.Body.Close()
		}
		time.Sleep(30 * time.Second)
	}
}

// getLoopSlow polls every 15 minutes.
func getLoopSlow(acct, id string) {
	for {
		resp, err := http.Get(restBase + acct + "/envelopes/" + id)
		if err == nil {
			resp.Body.Close()
		}
		time.Sleep(15 * time.Minute)
	}
}

// requestLoop builds a GET with an unknown base URI (from UserInfo).
func requestLoop(ctx context.Context, c *http.Client, baseURI, acct, id string) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for range t.C {
		url := fmt.Sprintf("%s/restapi/v2.1/accounts/%s/envelopes/%s/recipients", baseURI, acct, id)
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil) // want `DS701: envelope status polled every 1m \(`
		c.Do(req)
	}
}

// relativeLoop gets a path relative to a REST base that ends in /restapi
// (UserInfo's base_uri + "/restapi"): the package names DocuSign.
func relativeLoop(ctx context.Context, c *http.Client, restBase, acct, id string) {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, restBase+"/v2.1/accounts/"+acct+"/envelopes/"+id, nil) // want `DS701: envelope status polled every 30s \(`
		c.Do(req)
		time.Sleep(30 * time.Second)
	}
}

// relativeSlow is relativeLoop every 15 minutes.
func relativeSlow(ctx context.Context, c *http.Client, restBase, acct, id string) {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, restBase+"/v2.1/accounts/"+acct+"/envelopes/"+id, nil)
		c.Do(req)
		time.Sleep(15 * time.Minute)
	}
}

// relativeSprintf formats the relative path alone, as a client joining it
// to its base would.
func relativeSprintf(c *http.Client, acct, id string) {
	for range time.Tick(time.Minute) {
		c.Get(fmt.Sprintf("/v2/accounts/%s/envelopes/%s/recipients", acct, id)) // want `DS701: envelope status polled every 1m \(`
	}
}

// client joins paths to a REST base that ends in /restapi.
type client struct {
	base string
	hc   *http.Client
}

// do sends a request whose method and path its callers give.
func (c *client) do(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

// envelope gets one envelope through do.
func (c *client) envelope(ctx context.Context, acct, id string) error {
	_, err := c.do(ctx, http.MethodGet, fmt.Sprintf("/v2.1/accounts/%s/envelopes/%s", acct, id))
	return err
}

// send posts an envelope through do.
func (c *client) send(ctx context.Context, acct string) error {
	_, err := c.do(ctx, http.MethodPost, "/v2.1/accounts/"+acct+"/envelopes")
	return err
}

// waitWrapped polls one envelope through the client every 30s.
func waitWrapped(ctx context.Context, c *client, acct, id string) {
	for c.envelope(ctx, acct, id) != nil { // want `DS701: envelope status polled every 30s \(`
		time.Sleep(30 * time.Second)
	}
}

// waitWrappedSlow is waitWrapped every 15 minutes.
func waitWrappedSlow(ctx context.Context, c *client, acct, id string) {
	for c.envelope(ctx, acct, id) != nil {
		time.Sleep(15 * time.Minute)
	}
}

// documents downloads the documents of the envelope whose path it is given.
func (c *client) documents(ctx context.Context, path string) (*http.Response, error) {
	path += "/documents/combined"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

// waitDocuments passes an envelope's path to documents, which appends to
// it before the GET: not a status read.
func waitDocuments(ctx context.Context, c *client, acct, id string) {
	for {
		if _, err := c.documents(ctx, fmt.Sprintf("/v2.1/accounts/%s/envelopes/%s", acct, id)); err == nil {
			return
		}
		time.Sleep(30 * time.Second)
	}
}

// sendRetry retries a POST through the same client: no status read.
func sendRetry(ctx context.Context, c *client, acct string) {
	for c.send(ctx, acct) != nil {
		time.Sleep(30 * time.Second)
	}
}

// statusChanges lists status changes with client.Get.
func statusChanges(c *http.Client, baseURI, acct string, from time.Time) {
	for range time.Tick(5 * time.Minute) {
		c.Get(baseURI + "/restapi/v2.1/accounts/" + acct + "/envelopes?from_date=" + from.Format(time.RFC3339)) // want `DS701: envelope status polled every 5m \(`
	}
}

// documents downloads a document, not the status.
func documents(c *http.Client, baseURI, acct, id string) {
	for range time.Tick(time.Minute) {
		c.Get(baseURI + "/restapi/v2.1/accounts/" + acct + "/envelopes/" + id + "/documents/combined")
	}
}

// create retries an envelope POST with a short backoff.
func create(ctx context.Context, c *http.Client, baseURI, acct string) {
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, baseURI+"/restapi/v2.1/accounts/"+acct+"/envelopes", nil)
		if resp, err := c.Do(req); err == nil && resp.StatusCode == http.StatusCreated {
			return
		}
		time.Sleep(time.Second)
	}
}

// otherService polls another API's job status every 10s.
func otherService(c *http.Client, id string) {
	for {
		c.Get("https://api.example.com/v1/jobs/" + id)
		time.Sleep(10 * time.Second)
	}
}

// otherAccounts is another API's accounts/{id}/envelopes path without /restapi.
func otherAccounts(c *http.Client, acct, id string) {
	for {
		c.Get("https://mail.example.com/v2.1/accounts/" + acct + "/envelopes/" + id)
		time.Sleep(10 * time.Second)
	}
}

// each gets each envelope once.
func each(c *http.Client, baseURI, acct string, ids []string) {
	for _, id := range ids {
		c.Get(baseURI + "/restapi/v2.1/accounts/" + acct + "/envelopes/" + id)
		time.Sleep(200 * time.Millisecond)
	}
}
