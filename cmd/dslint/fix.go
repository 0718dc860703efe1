package main

import (
	"fmt"
	"go/format"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
)

// -fix and -diff in standalone mode. Under go vet, unitchecker implements
// them itself (go vet -vettool=$(command -v dslint) -fix ./...).
//
// The first suggested fix of each finding is used. A fix whose edits
// overlap an edit already accepted for the same file is skipped as a whole
// (the finding is kept); identical edits (the same finding reached twice)
// are applied once. Each fixed file is gofmt'ed with go/format; a file the
// edits would leave unparseable is not changed.

// edit is a text edit resolved to byte offsets in one file.
type edit struct {
	start, end int
	new        string
}

// fixPlan is the outcome of planning the fixes of a run.
type fixPlan struct {
	files  map[string]string // filename -> new contents
	old    map[string]string // filename -> old contents
	fixed  []bool            // per finding: its fix is in files
	broken []string          // files skipped because the result did not parse
	// lined maps a file whose positions //line directives map elsewhere to
	// the number of findings whose fixes were not applied there.
	lined map[string]int
}

// notices returns the lines that say which files were left alone and why.
func (p *fixPlan) notices() []string {
	msgs := slices.Clone(p.broken)
	for _, name := range sortedKeys(p.lined) {
		msgs = append(msgs, fmt.Sprintf("%s: not fixed (%s): its //line directives map it to other files, so it is generated; fix the source it is generated from",
			repoRel(name), plural(p.lined[name], "fix")))
	}
	return msgs
}

// planFixes computes the fixed contents of every file without writing.
func planFixes(res *result) *fixPlan {
	src := make(sources)
	plan := &fixPlan{files: map[string]string{}, old: map[string]string{}, fixed: make([]bool, len(res.findings)), lined: map[string]int{}}
	accepted := make(map[string][]edit)
	owners := make(map[string][]int) // filename -> findings whose fix edits it
	for i, f := range res.findings {
		if len(f.diag.SuggestedFixes) == 0 {
			continue
		}
		byFile := make(map[string][]edit)
		ok := true
		for _, te := range f.diag.SuggestedFixes[0].TextEdits {
			start := f.fset.Position(te.Pos)
			end := start
			if te.End.IsValid() {
				end = f.fset.Position(te.End)
			}
			if real := f.fset.PositionFor(te.Pos, false); real.Filename != start.Filename {
				plan.lined[real.Filename]++ // under //line: the offsets are not in start.Filename
				ok = false
				break
			}
			if start.Filename == "" || end.Filename != start.Filename || end.Offset < start.Offset {
				ok = false
				break
			}
			byFile[start.Filename] = append(byFile[start.Filename], edit{start.Offset, end.Offset, string(te.NewText)})
		}
		for name, es := range byFile {
			if src.get(name) == nil {
				ok = false
			}
			for _, e := range es {
				if conflicts(accepted[name], e) {
					ok = false
				}
			}
		}
		if !ok {
			continue
		}
		for name, es := range byFile {
			for _, e := range es {
				if !slices.Contains(accepted[name], e) {
					accepted[name] = append(accepted[name], e)
				}
			}
			owners[name] = append(owners[name], i)
		}
		plan.fixed[i] = true
	}
	names := make([]string, 0, len(accepted))
	for name := range accepted {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		old := string(src.get(name))
		out, err := applyEdits(old, accepted[name])
		if err == nil {
			var b []byte
			if b, err = format.Source([]byte(out)); err == nil {
				out = string(b)
			}
		}
		if err != nil {
			plan.broken = append(plan.broken, fmt.Sprintf("%s: not fixed: the edits would not parse: %v", name, err))
			for _, i := range owners[name] {
				plan.fixed[i] = false
			}
			continue
		}
		plan.old[name], plan.files[name] = old, out
	}
	return plan
}

// conflicts reports whether e overlaps an accepted edit other than an
// identical one. Two insertions at the same offset also conflict.
func conflicts(accepted []edit, e edit) bool {
	for _, a := range accepted {
		if a == e {
			continue
		}
		if e.start < a.end && a.start < e.end || e.start == a.start {
			return true
		}
	}
	return false
}

// applyEdits applies non-overlapping edits to src.
func applyEdits(src string, edits []edit) (string, error) {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b edit) int { return a.start - b.start })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		if e.start < last || e.end > len(src) {
			return "", fmt.Errorf("edit %d-%d out of range", e.start, e.end)
		}
		b.WriteString(src[last:e.start])
		b.WriteString(e.new)
		last = e.end
	}
	b.WriteString(src[last:])
	return b.String(), nil
}

// applyFixes writes the fixed files and drops the fixed findings from res,
// so that the remaining ones are printed and decide the exit status.
func applyFixes(o *options, res *result) error {
	plan := planFixes(res)
	for _, msg := range plan.notices() {
		fmt.Fprintf(o.stderr, "dslint: %s\n", msg)
	}
	for _, name := range sortedKeys(plan.files) {
		info, err := os.Stat(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(name, []byte(plan.files[name]), info.Mode().Perm()); err != nil {
			return err
		}
	}
	var left []finding
	n := 0
	for i, f := range res.findings {
		if plan.fixed[i] {
			n++
			continue
		}
		left = append(left, f)
	}
	if n > 0 {
		fmt.Fprintf(o.stderr, "dslint: applied %s to %s\n", plural(n, "fix"), plural(len(plan.files), "file"))
	} else if len(plan.lined) == 0 {
		fmt.Fprintln(o.stderr, "dslint: no suggested fixes")
	}
	res.findings = left
	return nil
}

// printDiff prints the fixes as a unified diff, files in name order, with
// repo-relative a/ b/ names.
func printDiff(res *result, w io.Writer) error {
	plan := planFixes(res)
	for _, name := range sortedKeys(plan.files) {
		rel := repoRel(name)
		if _, err := io.WriteString(w, unifiedDiff("a/"+rel, "b/"+rel, plan.old[name], plan.files[name])); err != nil {
			return err
		}
	}
	msgs := plan.notices()
	for _, msg := range msgs {
		fmt.Fprintf(w, "# dslint: %s\n", msg)
	}
	if len(plan.files) == 0 && len(msgs) == 0 {
		fmt.Fprintln(w, "# dslint: no suggested fixes")
	}
	return nil
}

// plural is "1 file", "2 files", "1 fix", "3 fixes".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	if strings.HasSuffix(noun, "x") || strings.HasSuffix(noun, "s") {
		return fmt.Sprintf("%d %ses", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
