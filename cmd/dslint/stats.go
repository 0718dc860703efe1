package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"time"

	"golang.org/x/tools/go/analysis/checker"
)

// profiling holds the -stats, -cpuprofile and -memprofile settings: the
// measurement hooks bench/run.sh and docs/performance.md rely on.
type profiling struct {
	stats      bool
	cpuprofile string
	memprofile string
	w          io.Writer // where -stats prints (the command's stderr)

	t0, loaded time.Time
	facts      bool // an analyzer uses facts
	cpu        *os.File
}

// register binds the profiling flags to fs; -stats prints to w (the
// command's stderr: fs's own output is silenced while parsing).
func (p *profiling) register(fs *flag.FlagSet, w io.Writer) {
	p.w = w
	fs.BoolVar(&p.stats, "stats", false, "print load time and per-analyzer run time to stderr (runs the analyzers sequentially)")
	fs.StringVar(&p.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to `file`")
	fs.StringVar(&p.memprofile, "memprofile", "", "write a heap profile (after analysis) to `file`")
}

// start begins CPU profiling if requested.
func (p *profiling) start() error {
	p.t0 = time.Now()
	if p.cpuprofile == "" {
		return nil
	}
	f, err := os.Create(p.cpuprofile)
	if err != nil {
		return err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return err
	}
	p.cpu = f
	return nil
}

// checkerOptions returns the options for checker.Analyze: with -stats the
// actions run sequentially, since in parallel mode each action's Duration
// also counts the time it waited for a CPU (x/tools recommends the same for
// multichecker -debug=t).
func (p *profiling) checkerOptions() *checker.Options {
	if p.stats {
		return &checker.Options{Sequential: true}
	}
	return nil
}

// markLoaded records the end of package loading and type checking, and
// whether an analyzer uses facts.
func (p *profiling) markLoaded(facts bool) { p.loaded, p.facts = time.Now(), facts }

// stop ends CPU profiling, writes the heap profile and prints the
// statistics of graph (which may be nil if analysis did not run).
func (p *profiling) stop(graph *checker.Graph) error {
	var errs []error
	if p.memprofile != "" {
		errs = append(errs, p.writeHeap(graph))
	}
	if p.cpu != nil {
		pprof.StopCPUProfile()
		errs = append(errs, p.cpu.Close())
		p.cpu = nil
	}
	if p.stats && graph != nil {
		p.print(graph)
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (p *profiling) writeHeap(graph *checker.Graph) error {
	f, err := os.Create(p.memprofile)
	if err != nil {
		return err
	}
	runtime.GC()
	err = pprof.Lookup("heap").WriteTo(f, 0)
	runtime.KeepAlive(graph) // profile with the packages and results still live
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// analyzerStat is the summed run time of one analyzer over all packages.
type analyzerStat struct {
	name    string
	total   time.Duration
	max     time.Duration
	maxPkg  string
	actions int
}

// analyzerStats sums checker.Action.Duration per analyzer, slowest first.
// Durations are per action, excluding its prerequisites; actions run in
// parallel, so the totals are CPU-like time, not wall time.
func analyzerStats(graph *checker.Graph) []analyzerStat {
	byName := make(map[string]*analyzerStat)
	for act := range graph.All() {
		s := byName[act.Analyzer.Name]
		if s == nil {
			s = &analyzerStat{name: act.Analyzer.Name}
			byName[act.Analyzer.Name] = s
		}
		s.total += act.Duration
		s.actions++
		if act.Duration > s.max {
			s.max, s.maxPkg = act.Duration, act.Package.PkgPath
		}
	}
	var out []analyzerStat
	for _, s := range byName {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b analyzerStat) int {
		if c := cmp.Compare(b.total, a.total); c != 0 {
			return c
		}
		return cmp.Compare(a.name, b.name)
	})
	return out
}

func (p *profiling) print(graph *checker.Graph) {
	end := time.Now()
	if p.facts {
		fmt.Fprintln(p.w, "dslint: load mode: dependencies from export data; facts flow between the linted packages")
	} else {
		fmt.Fprintln(p.w, "dslint: load mode: dependencies from export data; no analyzer uses facts")
	}
	fmt.Fprintf(p.w, "dslint: load+typecheck %v, analysis %v, total %v\n",
		p.loaded.Sub(p.t0).Round(time.Millisecond), end.Sub(p.loaded).Round(time.Millisecond), end.Sub(p.t0).Round(time.Millisecond))
	fmt.Fprintf(p.w, "dslint: %-12s %10s %8s %10s  %s\n", "analyzer", "total", "actions", "max", "slowest package")
	for _, s := range analyzerStats(graph) {
		fmt.Fprintf(p.w, "dslint: %-12s %10v %8d %10v  %s\n", s.name, s.total.Round(time.Microsecond), s.actions, s.max.Round(time.Microsecond), s.maxPkg)
	}
}
