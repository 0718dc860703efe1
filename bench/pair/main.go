// Command pair runs commands in alternation (A B A B ...; with more than
// two commands, round-robin A B C A B C ...), after warm-up rounds, and
// reports for each command the median wall time, CPU time and peak RSS and
// the median of its per-round ratios to the first command (the baseline).
// Running the commands back to back within a round makes the ratios robust
// to load from other processes on a shared machine.
//
//	pair -n 5 -warmup 1 -C dir -label std 'floor=floor std' 'dslint=dslint std'
//	pair -summary results.jsonl
//
// Each command is run with sh -c. Peak RSS is the rusage ru_maxrss of the
// command's process tree as returned by wait4 (the figure /usr/bin/time -v
// prints as "Maximum resident set size"); CPU time is the user and system
// time of the same tree, which other processes on a loaded machine inflate
// far less than the wall time. Exit statuses 0 and 1 are accepted
// (1 = findings); anything else is reported. With -jsonl, one JSON object
// per command is appended to that file.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"time"
)

type command struct {
	name, line string
	wall       []float64 // seconds, per measured round
	rssMB      []float64
	cpu        []float64 // user+system seconds, per measured round
	codes      []int
}

// summary is one command's result, as written to -jsonl.
type summary struct {
	Label     string    `json:"label"`
	Name      string    `json:"name"`
	Command   string    `json:"command"`
	Rounds    int       `json:"rounds"`
	WallMed   float64   `json:"wall_median_s"`
	WallMin   float64   `json:"wall_min_s"`
	WallMax   float64   `json:"wall_max_s"`
	RSSMedMB  float64   `json:"rss_median_mb"`
	WallRatio float64   `json:"wall_ratio_median"` // per-round ratio to the baseline, median
	RSSRatio  float64   `json:"rss_ratio_median"`
	MinRatio  float64   `json:"wall_ratio_of_minima"` // min wall / baseline min wall: the least disturbed runs
	Ratios    []float64 `json:"wall_ratios"`
	Codes     []int     `json:"exit_codes"`
	CPUMed    float64   `json:"cpu_median_s"`     // user+system time of the process tree
	CPURatio  float64   `json:"cpu_ratio_median"` // per-round CPU ratio to the baseline, median
	Walls     []float64 `json:"walls_s"`          // per measured round
	RSS       []float64 `json:"rss_mb"`
	Baseline  string    `json:"baseline"`
	Time      string    `json:"time"`
}

func main() {
	n := flag.Int("n", 5, "measured rounds")
	warmup := flag.Int("warmup", 1, "warm-up rounds (not measured)")
	dir := flag.String("C", "", "run the commands in this directory")
	label := flag.String("label", "", "label of this measurement (e.g. std, synth500)")
	jsonl := flag.String("jsonl", "", "append results as JSON lines to this file")
	summaryOf := flag.String("summary", "", "print the targets and scaling tables from this JSON lines file and exit")
	flag.Parse()
	if *summaryOf != "" {
		if err := summarize(*summaryOf); err != nil {
			log.Fatal(err)
		}
		return
	}
	var cmds []*command
	for _, arg := range flag.Args() {
		name, line, ok := strings.Cut(arg, "=")
		if !ok {
			log.Fatalf("argument %q: want name=command", arg)
		}
		cmds = append(cmds, &command{name: name, line: line})
	}
	if len(cmds) == 0 {
		log.Fatal("usage: pair [flags] name=command ...")
	}
	for r := range *warmup + *n {
		for _, c := range cmds {
			wall, cpu, rss, code, stderr := runOnce(*dir, c.line)
			if code != 0 && code != 1 {
				fmt.Fprintf(os.Stderr, "pair: %s exited %d:\n%s\n", c.name, code, tail(stderr, 15))
			}
			if r < *warmup {
				continue
			}
			c.wall = append(c.wall, wall)
			c.rssMB = append(c.rssMB, rss)
			c.cpu = append(c.cpu, cpu)
			c.codes = append(c.codes, code)
		}
	}
	report(*label, cmds, *jsonl)
}

// runOnce runs line with sh -c in dir and returns its wall time (s), CPU
// time (s), peak RSS (MB), exit status and stderr.
func runOnce(dir, line string) (wall, cpu, rssMB float64, code int, stderr []byte) {
	cmd := exec.Command("sh", "-c", line)
	cmd.Dir = dir
	var errb bytes.Buffer
	cmd.Stderr = &errb
	t0 := time.Now()
	err := cmd.Run()
	wall = time.Since(t0).Seconds()
	if cmd.ProcessState == nil {
		log.Fatalf("%s: %v", line, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rssMB = float64(ru.Maxrss) / 1024 // Linux: KiB
	}
	cpu = (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	return wall, cpu, rssMB, cmd.ProcessState.ExitCode(), errb.Bytes()
}

func report(label string, cmds []*command, jsonl string) {
	base := cmds[0]
	fmt.Printf("\n## %s (%d rounds, baseline %s)\n\n", label, len(base.wall), base.name)
	fmt.Println("| command | median wall (s) | min–max (s) | median peak RSS (MB) | wall ratio (median of per-round) | ratio of minima | RSS ratio | median CPU (s) | CPU ratio (median of per-round) | per-round wall ratios |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	var out []summary
	for _, c := range cmds {
		var ratios, rssRatios, cpuRatios []float64
		for i := range c.wall {
			ratios = append(ratios, c.wall[i]/base.wall[i])
			rssRatios = append(rssRatios, c.rssMB[i]/base.rssMB[i])
			cpuRatios = append(cpuRatios, c.cpu[i]/base.cpu[i])
		}
		s := summary{
			Label: label, Name: c.name, Command: c.line, Rounds: len(c.wall),
			WallMed: median(c.wall), WallMin: slices.Min(c.wall), WallMax: slices.Max(c.wall),
			RSSMedMB: median(c.rssMB), WallRatio: median(ratios), RSSRatio: median(rssRatios),
			MinRatio: slices.Min(c.wall) / slices.Min(base.wall),
			CPUMed:   median(c.cpu), CPURatio: median(cpuRatios),
			Ratios: ratios, Codes: c.codes, Baseline: base.name, Time: time.Now().UTC().Format(time.RFC3339),
		}
		out = append(out, s)
		var rs []string
		for _, r := range ratios {
			rs = append(rs, fmt.Sprintf("%.3f", r))
		}
		fmt.Printf("| %s | %.2f | %.2f–%.2f | %.0f | %.3f | %.3f | %.3f | %.2f | %.3f | %s |\n",
			c.name, s.WallMed, s.WallMin, s.WallMax, s.RSSMedMB, s.WallRatio, s.MinRatio, s.RSSRatio, s.CPUMed, s.CPURatio, strings.Join(rs, " "))
	}
	if jsonl == "" {
		return
	}
	f, err := os.OpenFile(jsonl, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		log.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for _, s := range out {
		if err := enc.Encode(s); err != nil {
			log.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func tail(b []byte, lines int) string {
	ls := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(ls) > lines {
		ls = ls[len(ls)-lines:]
	}
	return strings.Join(ls, "\n")
}
