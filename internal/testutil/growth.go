package testutil

import (
	"os"
	"runtime"
	"testing"
	"time"
)

// Growth bounds for CheckGrowth: at 4x the input a linear cost is about 4x
// the time (each doubling 2x), a quadratic one 16x (each doubling 4x). On two
// shared cores linear analyzers measured up to 7.9x (cache and GC effects of
// a bigger package), so the bounds sit between that and quadratic: they catch
// a quadratic step (the old scanPEM: 14.2x), not a mildly superlinear one.
// growthRepeats samples are taken at each size and the fastest kept, since
// noise only ever adds time.
const (
	MaxGrowth     = 10.0
	maxDoubling   = 3.5
	growthRepeats = 5
	// minMeasurable is the time below which a ratio says nothing (timer
	// resolution, one GC): the check is skipped rather than flaky.
	minMeasurable = 2 * time.Millisecond
	// minBatch is how long one sample runs at the least: shorter runs are
	// repeated and averaged.
	minBatch = 50 * time.Millisecond
)

// GrowthEnv is the environment variable that turns on the timed growth
// checks. They compare wall times, so they run only on request and alone:
// .ci/run runs them with go test -p 1 after the rest of the suite, where no
// other test package competes for the two cores.
const GrowthEnv = "DSLINT_GROWTH"

// RequireGrowth skips t unless GrowthEnv is set to 1.
func RequireGrowth(t testing.TB) {
	t.Helper()
	if os.Getenv(GrowthEnv) != "1" {
		t.Skipf("timed growth check; set %s=1 to run it alone (.ci/run does)", GrowthEnv)
	}
}

// CheckGrowth fails t when the cost measured by run grows superlinearly:
// run(scale) does the work on an input scale times the base size and returns
// the time it took (of the measured step only, not of building the input).
// Sizes 1x, 2x and 4x are measured; it fails when the 4x/1x ratio reaches
// MaxGrowth and the last doubling (4x/2x) also reaches maxDoubling: a
// quadratic cost exceeds both (16x and 4x), while a 1x run that happened to
// fit in a cache, or a GC that hit one size, inflates only one of them.
func CheckGrowth(t testing.TB, run func(scale int) time.Duration) {
	t.Helper()
	RequireGrowth(t)
	var best [3]time.Duration
	for i, scale := range []int{1, 2, 4} {
		// Like testing.B: a run of a few milliseconds is mostly noise, so
		// each sample averages as many runs as fill minBatch of wall time.
		// The batch is sized by the call's wall time, not by the measured
		// step: an analyzer that requires others (directives) measures
		// microseconds of its own but pays for all of them in each run.
		n := 1
		start := time.Now()
		if run(scale); time.Since(start) < minBatch {
			n = int(minBatch/max(time.Since(start), time.Microsecond)) + 1
		}
		for r := range growthRepeats {
			runtime.GC() // no collection of earlier garbage during the batch
			var sum time.Duration
			for range n {
				sum += run(scale)
			}
			if d := sum / time.Duration(n); r == 0 || d < best[i] {
				best[i] = d
			}
		}
	}
	if best[0] < minMeasurable {
		t.Logf("1x took %v, too short to compare (2x %v, 4x %v)", best[0], best[1], best[2])
		return
	}
	ratio, doubling := float64(best[2])/float64(best[0]), float64(best[2])/float64(best[1])
	if ratio >= MaxGrowth && doubling >= maxDoubling {
		t.Errorf("cost grows superlinearly: 1x %v, 2x %v, 4x %v (4x/1x = %.1f, 4x/2x = %.1f, want < %v or < %v)", best[0], best[1], best[2], ratio, doubling, MaxGrowth, maxDoubling)
	} else {
		t.Logf("1x %v, 2x %v, 4x %v (4x/1x = %.1f)", best[0], best[1], best[2], ratio)
	}
}
