package esign

import (
	"context"
	"time"

	"github.com/jfcote87/esign/v2.1/envelopes"
)

// backoff doubles a wait that starts at one second.
func backoff(ctx context.Context, sv *envelopes.Service, id string) {
	wait := time.Second
	for {
		env, err := sv.Get(id).Do(ctx) // want `DS701: envelope status polled every 1s at first by a backoff \(Go Live review rejects polling under 15 min\)`
		if err == nil && env.Status == "completed" {
			return
		}
		time.Sleep(wait)
		wait *= 2
	}
}

// backoffCapped doubles up to a cap.
func backoffCapped(ctx context.Context, sv *envelopes.Service, id string) {
	wait := 10 * time.Second
	for {
		sv.Get(id).Do(ctx) // want `DS701: envelope status polled every 10s at first`
		time.Sleep(wait)
		wait = min(wait*2, time.Hour)
	}
}

// backoffFloor raises the wait to 15 minutes before it is used: not judged.
func backoffFloor(ctx context.Context, sv *envelopes.Service, id string) {
	wait := time.Second
	for {
		if wait < 15*time.Minute {
			wait = 15 * time.Minute
		}
		sv.Get(id).Do(ctx)
		time.Sleep(wait)
		wait *= 2
	}
}

// poller keeps its interval in an unexported field.
type poller struct {
	sv       *envelopes.Service
	interval time.Duration
}

func newPoller(sv *envelopes.Service) *poller {
	return &poller{sv: sv, interval: 20 * time.Second}
}

func (p *poller) run(ctx context.Context, id string) {
	t := time.NewTicker(p.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			p.sv.Get(id).Do(ctx) // want `DS701: envelope status polled every 20s \(`
		}
	}
}

// Poller's interval is exported: another package may set it.
type Poller struct {
	Interval time.Duration
}

func (p *Poller) run(ctx context.Context, sv *envelopes.Service, id string) {
	for {
		sv.Get(id).Do(ctx)
		time.Sleep(p.Interval)
	}
}

var _ = &Poller{Interval: time.Second}

// timerReset re-arms a timer each time.
func timerReset(ctx context.Context, sv *envelopes.Service, id string) {
	t := time.NewTimer(0)
	for {
		<-t.C
		sv.Get(id).Do(ctx) // want `DS701: envelope status polled every 1m \(`
		t.Reset(time.Minute)
	}
}

// goroutine polls in a closure.
func goroutine(ctx context.Context, sv *envelopes.Service, id string) {
	go func() {
		for {
			sv.Get(id).Do(ctx) // want `DS701: envelope status polled every 3s \(`
			time.Sleep(3 * time.Second)
		}
	}()
}

// status requests the status once per call.
func status(ctx context.Context, sv *envelopes.Service, id string) (string, error) {
	env, err := sv.Get(id).Do(ctx)
	if err != nil {
		return "", err
	}
	return env.Status, nil
}

// viaHelper polls through status every 40s.
func viaHelper(ctx context.Context, sv *envelopes.Service, id string) {
	for {
		if st, err := status(ctx, sv, id); err != nil || st == "completed" { // want `DS701: envelope status polled every 40s \(`
			return
		}
		time.Sleep(40 * time.Second)
	}
}

// viaHelperEach gets each envelope's status once through the helper.
func viaHelperEach(ctx context.Context, sv *envelopes.Service, ids []string) {
	for _, id := range ids {
		status(ctx, sv, id)
		time.Sleep(time.Second)
	}
}

// pollOwn loops itself; a call of it is not one request.
func pollOwn(ctx context.Context, sv *envelopes.Service, id string) {
	for {
		sv.Get(id).Do(ctx)
		time.Sleep(time.Hour)
	}
}

// callsPollOwn calls a function that loops itself.
func callsPollOwn(ctx context.Context, sv *envelopes.Service, ids []string) {
	for {
		pollOwn(ctx, sv, ids[0])
		time.Sleep(time.Second)
	}
}
