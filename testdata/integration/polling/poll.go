package polling

import (
	"context"
	"net/http"
	"time"

	"github.com/jfcote87/esign"
	"github.com/jfcote87/esign/v2.1/envelopes"
	"github.com/jfcote87/esign/v2.1/model"
	envelopes2 "github.com/jfcote87/esign/v2/envelopes"
)

const (
	shortPoll    = 30 * time.Second
	fallbackPoll = 15 * time.Minute
)

// WaitV21 polls one envelope every 30s (DS701).
func WaitV21(ctx context.Context, cred esign.Credential, id string) (*model.Envelope, error) {
	sv := envelopes.New(cred)
	for {
		env, err := sv.Get(id).Do(ctx)
		if err != nil || env.Status == "completed" {
			return env, err
		}
		time.Sleep(shortPoll)
	}
}

// WaitFallback is WaitV21 with the 15 minutes DocuSign allows.
func WaitFallback(ctx context.Context, cred esign.Credential, id string) (*model.Envelope, error) {
	sv := envelopes.New(cred)
	for {
		env, err := sv.Get(id).Do(ctx)
		if err != nil || env.Status == "completed" {
			return env, err
		}
		time.Sleep(fallbackPoll)
	}
}

// RecipientsV2 polls the recipients of a v2 envelope on a ticker (DS701).
func RecipientsV2(ctx context.Context, cred esign.Credential, id string) {
	t := time.NewTicker(2 * time.Minute)
	defer t.Stop()
	sv := envelopes2.New(cred)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			sv.RecipientsList(id).Do(ctx)
		}
	}
}

// Changes lists status changes with a doubling backoff from 5s (DS701).
func Changes(ctx context.Context, cred esign.Credential, from time.Time) {
	sv := envelopes.New(cred)
	wait := 5 * time.Second
	for {
		sv.ListStatusChanges().FromDate(from).Do(ctx)
		time.Sleep(wait)
		wait *= 2
	}
}

// Each fetches every envelope once: not polling.
func Each(ctx context.Context, cred esign.Credential, ids []string) {
	sv := envelopes.New(cred)
	for _, id := range ids {
		sv.Get(id).Do(ctx)
		time.Sleep(100 * time.Millisecond)
	}
}

// CreateRetry retries an envelope create with a short backoff: not a status request.
func CreateRetry(ctx context.Context, cred esign.Credential, def *model.EnvelopeDefinition) error {
	sv := envelopes.New(cred)
	var err error
	for range 3 {
		if _, err = sv.Create(def).Do(ctx); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// OnConnect reacts to Connect notifications instead of polling: it gets the
// envelope once per notification.
func OnConnect(ctx context.Context, cred esign.Credential, notified <-chan string) {
	sv := envelopes.New(cred)
	for id := range notified {
		sv.Get(id).Do(ctx)
	}
}

// RawGet polls the REST API with net/http every minute (DS701).
func RawGet(ctx context.Context, c *http.Client, baseURI, account, id string) {
	for range time.Tick(time.Minute) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURI+"/restapi/v2.1/accounts/"+account+"/envelopes/"+id, nil)
		if err != nil {
			return
		}
		if resp, err := c.Do(req); err == nil {
			resp.Body.Close()
		}
	}
}

// OtherAPI polls another service's job with a short sleep: not DocuSign.
func OtherAPI(c *http.Client, id string) {
	for {
		if resp, err := c.Get("https://api.example.com/v1/jobs/" + id); err == nil {
			resp.Body.Close()
		}
		time.Sleep(10 * time.Second)
	}
}
