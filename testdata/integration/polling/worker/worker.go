// Package worker polls through statusclient, another package (DS701 needs
// its fact).
package worker

import (
	"context"
	"time"

	"github.com/jfcote87/esign"

	"dslint.test/integration/polling/statusclient"
)

// WaitSigned polls one envelope at a 10s ticker's pace (DS701).
func WaitSigned(ctx context.Context, cred esign.Credential, id string) (string, error) {
	t := time.NewTicker(10 * time.Second)
	defer t.Stop()
	for range t.C {
		if st, err := statusclient.EnvelopeStatus(ctx, cred, id); err != nil || st == "completed" {
			return st, err
		}
	}
	return "", ctx.Err()
}

// Drain asks about each envelope the queue names once: not polling.
func Drain(ctx context.Context, cred esign.Credential, jobs <-chan string) {
	for id := range jobs {
		statusclient.EnvelopeStatus(ctx, cred, id)
		time.Sleep(time.Second)
	}
}
