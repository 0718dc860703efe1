package main

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDependencyFacts runs the built binary on one package of
// testdata/depfacts, whose DS501 needs the Container fact of a generic
// cache in another package of the module: the package alone is reported
// as under ./... (and go vet), and a dependency analyzed for its facts is
// not reported on.
func TestDependencyFacts(t *testing.T) {
	bin := buildDslint(t)
	const want = "client/client.go:20:13: DS501"
	for _, pattern := range []string{"./client/", "./..."} {
		r := runDslint(t, bin, "testdata/depfacts", 2*time.Minute, pattern)
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			if m := positionRule.FindStringSubmatch(l); m != nil {
				got = append(got, m[1])
			}
		}
		if !slices.Equal(got, []string{want}) {
			t.Errorf("dslint %s: findings %q, want %q\n%s", pattern, got, want, r.stderr)
		}
	}
	if r := runDslint(t, bin, "testdata/depfacts", 2*time.Minute, "./cache/"); strings.TrimSpace(r.stdout) != "" || r.code != 0 {
		t.Errorf("dslint ./cache/: exit %d, output %q, want none", r.code, r.stdout)
	}
}
