// Package wrapuse polls through the wrappers of package wrap.
package wrapuse

import (
	"context"
	"time"

	"github.com/jfcote87/esign"
	"github.com/jfcote87/esign/v2.1/model"

	"polling/wrap"
)

// waitSigned polls one envelope every 10s through the wrapper.
func waitSigned(ctx context.Context, cred esign.Credential, id string) error {
	for {
		st, err := wrap.EnvelopeStatus(ctx, cred, id) // want `DS701: envelope status polled every 10s \(`
		if err != nil {
			return err
		}
		if st == "completed" {
			return nil
		}
		time.Sleep(10 * time.Second)
	}
}

// waitSignedSlow is waitSigned at the 15 minutes DocuSign allows.
func waitSignedSlow(ctx context.Context, cred esign.Credential, id string) error {
	for {
		st, err := wrap.EnvelopeStatus(ctx, cred, id)
		if err != nil || st == "completed" {
			return err
		}
		time.Sleep(15 * time.Minute)
	}
}

// viaMethod polls through a method whose helper is unexported.
func viaMethod(ctx context.Context, c *wrap.Client, id string) {
	for range time.Tick(time.Minute) {
		c.Status(ctx, id) // want `DS701: envelope status polled every 1m \(`
	}
}

// eachOnce gets each envelope's status once through the wrapper.
func eachOnce(ctx context.Context, cred esign.Credential, ids []string) {
	for _, id := range ids {
		wrap.EnvelopeStatus(ctx, cred, id)
		time.Sleep(time.Second)
	}
}

// worker asks about the next envelope of the queue in each iteration.
func worker(ctx context.Context, cred esign.Credential, jobs <-chan string) {
	for {
		id := <-jobs
		wrap.EnvelopeStatus(ctx, cred, id)
		time.Sleep(time.Second)
	}
}

// workerSameEnvelope is worker's positive twin: the channel only signals.
func workerSameEnvelope(ctx context.Context, cred esign.Credential, id string, ticks <-chan struct{}) {
	for {
		<-ticks
		wrap.EnvelopeStatus(ctx, cred, id) // want `DS701: envelope status polled every 1s`
		time.Sleep(time.Second)
	}
}

// localWrapper wraps the wrapper: a helper of this package.
func localWrapper(ctx context.Context, cred esign.Credential, id string) bool {
	st, _ := wrap.EnvelopeStatus(ctx, cred, id)
	return st == "completed"
}

// viaLocalWrapper polls through the local helper of the wrapper.
func viaLocalWrapper(ctx context.Context, cred esign.Credential, id string) {
	for !localWrapper(ctx, cred, id) { // want `DS701: envelope status polled every 30s \(`
		time.Sleep(30 * time.Second)
	}
}

// creates creates an envelope every 10s: not a status request.
func creates(ctx context.Context, cred esign.Credential, def *model.EnvelopeDefinition) {
	for {
		wrap.Create(ctx, cred, def)
		time.Sleep(10 * time.Second)
	}
}

// loopsItself calls a wrapper that loops over its envelopes: its calls
// are not single requests.
func loopsItself(ctx context.Context, cred esign.Credential, ids []string) {
	for {
		wrap.StatusAll(ctx, cred, ids)
		time.Sleep(10 * time.Second)
	}
}
