// Package esign polls envelope status through github.com/jfcote87/esign.
package esign

import (
	"context"
	"time"

	"github.com/jfcote87/esign"
	"github.com/jfcote87/esign/v2.1/envelopes"
	"github.com/jfcote87/esign/v2.1/model"
)

const pollEvery = 30 * time.Second

var fallbackPoll = 15 * time.Minute

var quickPoll = 2 * time.Minute

// sleepLoop waits 30s between two Gets of the same envelope.
func sleepLoop(ctx context.Context, cred esign.Credential, id string) {
	sv := envelopes.New(cred)
	for {
		env, err := sv.Get(id).Do(ctx) // want `DS701: envelope status polled every 30s \(Go Live review rejects polling under 15 min\)`
		if err == nil && env.Status == "completed" {
			return
		}
		time.Sleep(pollEvery)
	}
}

// sleepLoopSlow is sleepLoop with the 15-minute interval DocuSign allows.
func sleepLoopSlow(ctx context.Context, cred esign.Credential, id string) {
	sv := envelopes.New(cred)
	for {
		env, err := sv.Get(id).Do(ctx)
		if err == nil && env.Status == "completed" {
			return
		}
		time.Sleep(15 * time.Minute)
	}
}

// tickerRange polls the status changes at a ticker's pace.
func tickerRange(ctx context.Context, sv *envelopes.Service) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for range t.C {
		sv.ListStatusChanges().FromDate(time.Now().Add(-time.Hour)).Do(ctx) // want `DS701: envelope status polled every 1m \(`
	}
}

// tickerRangeSlow: a 20-minute ticker.
func tickerRangeSlow(ctx context.Context, sv *envelopes.Service) {
	t := time.NewTicker(20 * time.Minute)
	defer t.Stop()
	for range t.C {
		sv.ListStatusChanges().FromDate(time.Now().Add(-time.Hour)).Do(ctx)
	}
}

// tick ranges over time.Tick with a package variable.
func tick(ctx context.Context, sv *envelopes.Service, ids []string) {
	for range time.Tick(quickPoll) {
		sv.ListStatus(&model.EnvelopeIdsRequest{EnvelopeIds: ids}).Do(ctx) // want `DS701: envelope status polled every 2m \(`
	}
}

// tickFallback is tick with a 15-minute package variable.
func tickFallback(ctx context.Context, sv *envelopes.Service, ids []string) {
	for range time.Tick(fallbackPoll) {
		sv.ListStatus(&model.EnvelopeIdsRequest{EnvelopeIds: ids}).Do(ctx)
	}
}

// selectAfter waits in a select on time.After and the context.
func selectAfter(ctx context.Context, sv *envelopes.Service, id string) error {
	for {
		if _, err := sv.RecipientsList(id).Do(ctx); err != nil { // want `DS701: envelope status polled every 10s \(`
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Second):
		}
	}
}

// selectEvent also wakes up on an event that goes on polling: its pace is
// not known.
func selectEvent(ctx context.Context, sv *envelopes.Service, id string, kick <-chan struct{}) error {
	for {
		if _, err := sv.RecipientsList(id).Do(ctx); err != nil {
			return err
		}
		select {
		case <-kick:
		case <-time.After(10 * time.Second):
		}
	}
}

// opOutside builds the op once and sends it in the loop.
func opOutside(ctx context.Context, sv *envelopes.Service, id string) {
	op := sv.Get(id)
	for i := 0; i < 100; i++ {
		op.Do(ctx) // want `DS701: envelope status polled every 45s \(`
		<-time.After(45 * time.Second)
	}
}

// listing fetches each envelope once: a loop over different envelopes,
// even with a pause between requests, is not polling.
func listing(ctx context.Context, sv *envelopes.Service, ids []string) {
	for _, id := range ids {
		sv.Get(id).Do(ctx)
		time.Sleep(100 * time.Millisecond)
	}
}

// listingIndexed is listing by index.
func listingIndexed(ctx context.Context, sv *envelopes.Service, ids []string) {
	for i := 0; i < len(ids); i++ {
		id := ids[i]
		sv.Get(id).Do(ctx)
	}
}

// listingRepeated repeats the listing every 30s: each envelope is polled.
func listingRepeated(ctx context.Context, sv *envelopes.Service, ids []string) {
	for {
		for _, id := range ids {
			sv.Get(id).Do(ctx) // want `DS701: envelope status polled every 30s \(`
		}
		time.Sleep(30 * time.Second)
	}
}

// attempts counts attempts, not envelopes: still the same envelope.
func attempts(ctx context.Context, sv *envelopes.Service, id string) {
	for attempt := 0; attempt < 20; attempt++ {
		sv.Get(id).Do(ctx) // want `DS701: envelope status polled every 5s \(`
		time.Sleep(5 * time.Second)
	}
}

// createRetry retries an envelope create with a short backoff: not a status request.
func createRetry(ctx context.Context, sv *envelopes.Service, def *model.EnvelopeDefinition) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = sv.Create(def).Do(ctx); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// configured waits for an interval the caller chooses: unknown.
func configured(ctx context.Context, sv *envelopes.Service, id string, every time.Duration) {
	for {
		sv.Get(id).Do(ctx)
		time.Sleep(every)
	}
}

// conditional waits only under a condition: its pace is not known.
func conditional(ctx context.Context, sv *envelopes.Service, id string) {
	for {
		env, err := sv.Get(id).Do(ctx)
		if err != nil {
			return
		}
		if env.Status == "sent" {
			time.Sleep(time.Second)
		}
	}
}

// once gets the status once, after a pause.
func once(ctx context.Context, sv *envelopes.Service, id string) {
	time.Sleep(time.Second)
	sv.Get(id).Do(ctx)
}
