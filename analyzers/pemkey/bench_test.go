package pemkey

import (
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/packages"

	"github.com/dslint/dslint/internal/testutil"
)

func BenchmarkDetect(b *testing.B) {
	for _, tc := range detectCases() {
		switch tc.name {
		case "pkcs1", "base64", "placeholder", "prose":
		default:
			continue
		}
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				findKeys(tc.in)
			}
		})
	}
}

// cpuTime returns the CPU time of this process and its waited-for
// children (go list): on a shared machine wall time is mostly noise.
func cpuTime() time.Duration {
	var self, children syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	_ = syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
	return time.Duration(self.Utime.Nano() + self.Stime.Nano() + children.Utime.Nano() + children.Stime.Nano())
}

var (
	stdOnce sync.Once
	stdPkgs []*packages.Package
	stdLoad time.Duration // CPU time of loading and type-checking std
)

// BenchmarkStd measures the pemkey pass over the standard library against
// an analyzer that only builds the inspector (which every dslint analyzer
// shares) and one that does nothing. It reports the pass's CPU time as a
// percentage of the CPU time of the no-op checker (load, type-check, no-op):
//
//	go test ./analyzers/pemkey -run '^$' -bench Std -benchtime 5x
func BenchmarkStd(b *testing.B) {
	if testing.Short() {
		b.Skip("loads all of std")
	}
	stdOnce.Do(func() {
		start := cpuTime()
		var err error
		stdPkgs, err = packages.Load(&packages.Config{Mode: packages.LoadSyntax}, "std")
		if err != nil {
			b.Fatal(err)
		}
		stdLoad = cpuTime() - start
	})
	noop := &analysis.Analyzer{Name: "noop", Doc: "does nothing", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	inspectOnly := &analysis.Analyzer{Name: "inspectonly", Doc: "builds the inspector", Requires: []*analysis.Analyzer{inspect.Analyzer}, Run: noop.Run}
	run := func(a *analysis.Analyzer) time.Duration {
		start := cpuTime()
		g, err := checker.Analyze([]*analysis.Analyzer{a}, stdPkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		for act := range g.All() {
			if act.Analyzer == a && len(act.Diagnostics) > 0 {
				b.Errorf("%s: %d diagnostics in %s", a.Name, len(act.Diagnostics), act.Package.PkgPath)
			}
		}
		return cpuTime() - start
	}
	var tNoop, tInspect, tPemkey time.Duration
	for b.Loop() {
		tNoop += run(noop)
		tInspect += run(inspectOnly)
		tPemkey += run(Analyzer)
	}
	n := float64(b.N)
	base := float64(stdLoad) + float64(tNoop)/n
	b.ReportMetric(float64(tPemkey-tInspect)/n/1e6, "pass-ms")
	b.ReportMetric(100*float64(tPemkey-tInspect)/n/base, "pass-%")
	b.ReportMetric(100*float64(tPemkey-tNoop)/n/base, "pass+inspector-%")
	b.ReportMetric(base/1e9, "noop-checker-s")
}

// repeatedBegins is the input that made scanPEM quadratic: BEGIN lines with
// no END, each of which searched the rest of the string.
func repeatedBegins(n int) string {
	return strings.Repeat("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n", n)
}

// TestGrowth checks that findKeys reads a literal in one pass.
func TestGrowth(t *testing.T) {
	for name, gen := range map[string]func(int) string{
		"begins": repeatedBegins,
		"ends":   func(n int) string { return strings.Repeat("MIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n", n) },
		"labels": func(n int) string { return strings.Repeat("-----BEGIN ", 4*n) },
	} {
		t.Run(name, func(t *testing.T) {
			testutil.CheckGrowth(t, func(scale int) time.Duration {
				s := gen(20000 * scale)
				start := time.Now()
				findKeys(s)
				return time.Since(start)
			})
		})
	}
}

// BenchmarkGrowth runs findKeys on 2, 4 and 8 MB of BEGIN lines (17 s, 111
// s and over 300 s before scanPEM became one pass).
func BenchmarkGrowth(b *testing.B) {
	for _, mb := range []int{2, 4, 8} {
		s := repeatedBegins(mb << 20 / len(repeatedBegins(1)))
		b.Run(strconv.Itoa(mb)+"MB", func(b *testing.B) {
			for b.Loop() {
				findKeys(s)
			}
		})
	}
}
