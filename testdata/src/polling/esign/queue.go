package esign

import (
	"context"
	"time"

	"github.com/jfcote87/esign"
	"github.com/jfcote87/esign/v2.1/envelopes"
)

// worker fetches each envelope a Connect notification names, pausing a
// second between jobs: every iteration asks about another envelope, so it
// is not polling.
func worker(ctx context.Context, cred esign.Credential, jobs <-chan string) {
	sv := envelopes.New(cred)
	for {
		id := <-jobs
		if _, err := sv.Get(id).Do(ctx); err != nil {
			return
		}
		time.Sleep(time.Second)
	}
}

// nextJob returns the next envelope to look at.
func nextJob(queue []string, i int) string { return queue[i%len(queue)] }

// workerFromCall takes the next envelope ID from a call in each iteration.
func workerFromCall(ctx context.Context, cred esign.Credential, queue []string) {
	sv := envelopes.New(cred)
	n := 0
	for {
		id := nextJob(queue, n)
		n++
		if _, err := sv.Get(id).Do(ctx); err != nil {
			return
		}
		time.Sleep(time.Second)
	}
}

// workerSameEnvelope is worker's positive twin: the job channel only
// signals, and the same envelope is asked about every second.
func workerSameEnvelope(ctx context.Context, cred esign.Credential, id string, ticks <-chan struct{}) {
	sv := envelopes.New(cred)
	for {
		<-ticks
		if _, err := sv.Get(id).Do(ctx); err != nil { // want `DS701: envelope status polled every 1s`
			return
		}
		time.Sleep(time.Second)
	}
}

// freshContext is polling, though a variable the request reads (its
// context) is rebuilt in each iteration.
func freshContext(base context.Context, cred esign.Credential, id string) {
	sv := envelopes.New(cred)
	for {
		ctx, cancel := context.WithTimeout(base, 10*time.Second)
		_, err := sv.Get(id).Do(ctx) // want `DS701: envelope status polled every 30s`
		cancel()
		if err != nil {
			return
		}
		time.Sleep(pollEvery)
	}
}
