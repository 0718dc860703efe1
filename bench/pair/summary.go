package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// summarize prints the target checks and the scaling curve from the JSON
// lines written by earlier runs (the last result per label and command wins).
func summarize(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	last := make(map[[2]string]summary)
	var labels []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var s summary
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return err
		}
		if !slices.Contains(labels, s.Label) {
			labels = append(labels, s.Label)
		}
		last[[2]string{s.Label, s.Name}] = s
	}
	if err := sc.Err(); err != nil {
		return err
	}
	get := func(label, name string) (summary, bool) {
		s, ok := last[[2]string{label, name}]
		return s, ok
	}

	fmt.Println("\n## Targets")
	fmt.Println("\n| target | measured | verdict |\n|---|---|---|")
	if d, ok := get("std", "dslint"); ok {
		fl, _ := get("std", "floor")
		fmt.Printf("| std wall ≤ 1.10× floor | %.3f× (median of %d per-pair ratios; medians %.2f s vs %.2f s; ratio of minima %.3f×; CPU %.3f×) | %s |\n",
			d.WallRatio, d.Rounds, d.WallMed, fl.WallMed, d.MinRatio, d.CPURatio, verdict(d.WallRatio <= 1.10))
		fmt.Printf("| std peak RSS ≤ 1.15× floor | %.3f× (%.0f MB) | %s |\n", d.RSSRatio, d.RSSMedMB, verdict(d.RSSRatio <= 1.15))
		if ff, ok := get("std", "floor-facts"); ok {
			fmt.Printf("| (std vs floor -facts, the same load mode) | wall %.3f×, peak RSS %.3f× (medians of per-pair ratios) | – |\n",
				pairRatio(d.Walls, ff.Walls), pairRatio(d.RSS, ff.RSS))
		}
		if g, ok := get("std-gosec", "gosec-G101"); ok {
			fmt.Printf("| std faster than gosec -include=G101 | %.2f s vs %.2f s | %s |\n", d.WallMed, g.WallMed, verdict(d.WallMed < g.WallMed))
		}
	}
	for _, l := range []string{"large", "large-ds"} {
		d, ok := get(l, "dslint")
		fl, _ := get(l, "floor")
		if !ok || fl.WallMed == 0 {
			continue
		}
		fmt.Printf("| %s (one package of generated files): wall ≤ 1.15× floor | %.3f× (medians %.2f s vs %.2f s; ratio of minima %.3f×; peak RSS %.3f×; CPU %.3f×) | %s |\n",
			l, d.WallRatio, d.WallMed, fl.WallMed, d.MinRatio, d.RSSRatio, d.CPURatio, verdict(d.WallRatio <= 1.15))
		stats, err := readStats(filepath.Join(filepath.Dir(path), "stats-"+l+".txt"))
		if err != nil {
			fmt.Printf("| %s: per-analyzer ceiling | no -stats: %v | – |\n", l, err)
			continue
		}
		var over, all []string
		for _, st := range stats {
			share := st.total.Seconds() / fl.WallMed
			all = append(all, fmt.Sprintf("%s %.1f%%", st.name, 100*share))
			if share > analyzerCeiling {
				over = append(over, st.name)
			}
		}
		detail := strings.Join(all, ", ")
		if len(over) > 0 {
			detail += "; over: " + strings.Join(over, ", ")
		}
		fmt.Printf("| %s: every analyzer ≤ %.0f%% of the floor's wall (dslint -stats, sequential; inspect is the floor's too) | %s | %s |\n",
			l, 100*analyzerCeiling, detail, verdict(len(over) == 0))
	}
	type point struct {
		n      int
		label  string
		dslint summary
	}
	var pts []point
	for _, l := range labels {
		n, err := strconv.Atoi(strings.TrimPrefix(l, "synth"))
		if err != nil || !strings.HasPrefix(l, "synth") { // also skips synthN-gosec
			continue
		}
		if d, ok := get(l, "dslint"); ok {
			pts = append(pts, point{n, l, d})
		}
	}
	slices.SortFunc(pts, func(a, b point) int { return a.n - b.n })
	for _, p := range pts {
		fl, _ := get(p.label, "floor")
		fmt.Printf("| %s: wall ≤ 1.15× floor | %.3f× (medians %.2f s vs %.2f s; ratio of minima %.3f×; CPU %.3f×) | %s |\n",
			p.label, p.dslint.WallRatio, p.dslint.WallMed, fl.WallMed, p.dslint.MinRatio, p.dslint.CPURatio, verdict(p.dslint.WallRatio <= 1.15))
		if g, ok := get(p.label+"-gosec", "gosec-G101"); ok {
			fmt.Printf("| %s: faster than gosec -include=G101 | %.2f s vs %.2f s | %s |\n", p.label, p.dslint.WallMed, g.WallMed, verdict(p.dslint.WallMed < g.WallMed))
		}
	}
	if len(pts) >= 2 {
		// Linear or better: the cost per package must not grow with the
		// module (a fixed start-up cost makes small modules dearer per
		// package, so sublinear curves are fine).
		var per, ratios []string
		first := pts[0].dslint.WallMed / float64(pts[0].n)
		worst := 0.0
		for _, p := range pts {
			ms := p.dslint.WallMed / float64(p.n)
			worst = max(worst, ms/first)
			per = append(per, fmt.Sprintf("%d: %.1f", p.n, 1000*ms))
			ratios = append(ratios, fmt.Sprintf("%.2f", p.dslint.WallRatio))
		}
		var ns, med []float64
		for _, p := range pts {
			ns, med = append(ns, float64(p.n)), append(med, p.dslint.WallMed)
		}
		a, b, _ := fitLine(ns, med)
		fmt.Printf("| linear growth (ms/package never above 1.15× the smallest module's) | dslint ms/package %s; least squares %.2f s + %.2f ms/package; dslint/floor %s | %s |\n",
			strings.Join(per, ", "), a, 1000*b, strings.Join(ratios, ", "), verdict(worst <= 1.15))
	}

	fmt.Println("\n## Scaling (synthetic modules, median wall s / peak RSS MB)")
	fmt.Println("\n| packages | floor | floor -facts | dslint | dslint/floor (per-pair median) | dslint/floor -facts | dslint ms/package | gosec -include=G101 | gosec (all rules) | gosec-G101/dslint |\n|---|---|---|---|---|---|---|---|---|---|")
	for _, p := range pts {
		fl, _ := get(p.label, "floor")
		g, _ := get(p.label+"-gosec", "gosec-G101")
		ff, ffok := get(p.label, "floor-facts")
		ffr := "–"
		if ffok {
			ffr = fmt.Sprintf("%.3f", pairRatio(p.dslint.Walls, ff.Walls))
		}
		fmt.Printf("| %d | %s | %s | %s | %.3f | %s | %.1f | %s | %s | %s |\n", p.n, cell(fl, fl.Rounds > 0), cell(ff, ffok), cell(p.dslint, true), p.dslint.WallRatio,
			ffr, 1000*p.dslint.WallMed/float64(p.n), cell(g, g.Rounds > 0), cell(get(p.label+"-gosec", "gosec")), ratio(g))
	}
	return nil
}

// analyzerCeiling is the most one analyzer may cost on a large package, as
// a share of the floor's median wall time: the 1.15x budget is for all of
// them, so one that takes more than 10% is a hot spot to profile.
const analyzerCeiling = 0.10

// analyzerTime is one line of dslint -stats: an analyzer's summed run time.
type analyzerTime struct {
	name  string
	total time.Duration
}

// readStats reads the per-analyzer lines of a dslint -stats output,
// without inspect (the floor runs it too).
func readStats(path string) ([]analyzerTime, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []analyzerTime
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(strings.TrimPrefix(line, "dslint: "))
		if len(f) < 3 || f[0] == "inspect" {
			continue
		}
		d, err := time.ParseDuration(f[1])
		if _, nerr := strconv.Atoi(f[2]); err != nil || nerr != nil {
			continue // the load and header lines
		}
		out = append(out, analyzerTime{f[0], d})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s has no analyzer lines", path)
	}
	return out, nil
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "**missed**"
}

// cell formats a command's median wall time and peak RSS, or "–" if !ok.
func cell(s summary, ok bool) string {
	if !ok {
		return "–"
	}
	return fmt.Sprintf("%.2f s / %.0f MB", s.WallMed, s.RSSMedMB)
}

// ratio formats s's median per-round ratio to its baseline, or "–".
func ratio(s summary) string {
	if s.Rounds == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f×", s.WallRatio)
}

// fitLine fits t = a + b·n by least squares and returns a, b and the
// largest relative deviation of a point from the line.
func fitLine(ns, ts []float64) (a, b, dev float64) {
	var sn, st, snn, snt float64
	k := float64(len(ns))
	for i := range ns {
		sn += ns[i]
		st += ts[i]
		snn += ns[i] * ns[i]
		snt += ns[i] * ts[i]
	}
	b = (k*snt - sn*st) / (k*snn - sn*sn)
	a = (st - b*sn) / k
	for i := range ns {
		fit := a + b*ns[i]
		dev = max(dev, math.Abs(ts[i]-fit)/ts[i])
	}
	return a, b, dev
}

// pairRatio is the median of the per-round ratios a[i]/b[i].
func pairRatio(a, b []float64) float64 {
	var rs []float64
	for i := range min(len(a), len(b)) {
		rs = append(rs, a[i]/b[i])
	}
	return median(rs)
}
