package main

import (
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// Goldens of the fixture after -fix and of -diff; rewrite them with
//
//	go test ./cmd/dslint -run Fix -update
const (
	fixGolden  = "testdata/fix/auth/auth.go.golden"
	diffGolden = "testdata/fix/diff.golden"
)

func TestFix(t *testing.T) {
	golden, _ := filepath.Abs(fixGolden)
	dir := copyFixture(t)
	code, out, stderr := runCLI(t, "-fix", "./...")
	if code != exitClean || out != "" {
		t.Fatalf("-fix: exit %d (want 0: every finding was fixed), stdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	if !strings.Contains(stderr, "applied 2 fixes to 1 file\n") {
		t.Errorf("stderr = %q", stderr)
	}
	got, err := os.ReadFile(filepath.Join(dir, "auth", "auth.go"))
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, golden, string(got))
	if testing.Short() {
		return
	}
	// Fixed code has no findings left.
	if code, out, _ := runCLI(t, "./..."); code != exitClean {
		t.Errorf("after -fix: exit %d:\n%s", code, out)
	}
}

func TestDiff(t *testing.T) {
	golden, _ := filepath.Abs(diffGolden)
	orig, _ := os.ReadFile(filepath.Join(fixtureAbs, "auth", "auth.go"))
	f := fixtureOutputs(t)
	checkGolden(t, golden, f.diff)
	now, _ := os.ReadFile(filepath.Join(f.dir, "auth", "auth.go"))
	if string(now) != string(orig) {
		t.Error("-diff changed the file")
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *updateGolden {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n%s", path, unifiedDiff("want", "got", string(want), got))
	}
}

func TestPlanFixesSkipsOverlaps(t *testing.T) {
	src := "0123456789"
	accepted := []edit{{2, 5, "x"}}
	for _, tc := range []struct {
		e    edit
		want bool
	}{
		{edit{2, 5, "x"}, false}, // identical: applied once
		{edit{4, 6, "y"}, true},
		{edit{0, 3, "y"}, true},
		{edit{2, 2, "y"}, true}, // insertion at the same offset
		{edit{5, 5, "y"}, false},
		{edit{6, 8, "y"}, false},
	} {
		if got := conflicts(accepted, tc.e); got != tc.want {
			t.Errorf("conflicts(%v) = %v, want %v", tc.e, got, tc.want)
		}
	}
	out, err := applyEdits(src, []edit{{6, 8, "Z"}, {2, 5, "x"}})
	if err != nil || out != "01x5Z89" {
		t.Errorf("applyEdits = %q, %v", out, err)
	}
}

func TestUnifiedDiff(t *testing.T) {
	a := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n"
	b := "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm"
	want := `--- x
+++ y
@@ -1,5 +1,5 @@
 a
-b
+B
 c
 d
 e
@@ -10,3 +10,4 @@
 j
 k
 l
+m
\ No newline at end of file
`
	if got := unifiedDiff("x", "y", a, b); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if unifiedDiff("x", "y", a, a) != "" {
		t.Error("diff of equal texts is not empty")
	}
}

// TestVetFix checks that go vet -vettool=dslint -fix (unitchecker's
// driver) produces the same fixed file as the standalone -fix, and that
// -fix -diff shows the same hunks as the standalone -diff.
func TestVetFix(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dslint; skipped with -short")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	golden, _ := filepath.Abs(fixGolden)
	diffWant, err := os.ReadFile(diffGolden)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "dslint")
	if out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := copyFixture(t)
	out, err := exec.Command(gobin, "vet", "-vettool="+bin, "-fix", "-diff", "./...").CombinedOutput()
	if err == nil {
		t.Error("go vet -fix -diff exited 0 with a non-empty diff")
	}
	hunks := func(d string) string { return d[strings.Index(d, "@@"):] }
	if !strings.Contains(string(out), "@@") || hunks(string(out)) != hunks(string(diffWant)) {
		t.Errorf("go vet -fix -diff:\n%s\nwant the hunks of %s:\n%s", out, diffGolden, diffWant)
	}
	if out, err := exec.Command(gobin, "vet", "-vettool="+bin, "-fix", "./...").CombinedOutput(); err != nil {
		t.Fatalf("go vet -fix: %v\n%s", err, out)
	}
	got, err := os.ReadFile(filepath.Join(dir, "auth", "auth.go"))
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, golden, string(got))
}

// TestPlanFixes covers the policy on synthetic findings: overlapping fixes
// are skipped (the finding is kept), identical ones applied once, and a
// file the edits would leave unparseable is not changed.
func TestPlanFixes(t *testing.T) {
	dir := t.TempDir()
	src := "package p\n\nconst a, b = 1, 2\n"
	name := filepath.Join(dir, "p.go")
	writeFile(t, name, src)
	fset := token.NewFileSet()
	tf := fset.AddFile(name, -1, len(src))
	tf.SetLinesForContent([]byte(src))
	at := func(s string) token.Pos { return tf.Pos(strings.Index(src, s)) }
	fix := func(from, to, text string) finding {
		d := analysis.Diagnostic{Pos: at(from), Message: "m", SuggestedFixes: []analysis.SuggestedFix{{
			TextEdits: []analysis.TextEdit{{Pos: at(from), End: at(from) + token.Pos(len(to)), NewText: []byte(text)}},
		}}}
		return finding{posn: fset.Position(d.Pos), diag: d, fset: fset}
	}
	res := &result{findings: []finding{
		fix("1", "1", "10"),
		fix("1", "1", "10"),      // identical: applied once
		fix("1, 2", "1, 2", "3"), // overlaps the first: skipped
		fix("2", "2", "20"),
	}}
	plan := planFixes(res)
	if got, want := plan.files[name], "package p\n\nconst a, b = 10, 20\n"; got != want {
		t.Errorf("fixed = %q, want %q", got, want)
	}
	if want := []bool{true, true, false, true}; !slices.Equal(plan.fixed, want) {
		t.Errorf("fixed = %v, want %v", plan.fixed, want)
	}

	res = &result{findings: []finding{fix("1", "1", "(")}}
	plan = planFixes(res)
	if len(plan.files) != 0 || plan.fixed[0] || len(plan.broken) != 1 {
		t.Errorf("unparseable fix: files %v, fixed %v, broken %v", plan.files, plan.fixed, plan.broken)
	}
}

// TestFixLineDirectives checks that -diff and -fix say why they leave a
// file under //line directives alone instead of doing nothing silently.
func TestFixLineDirectives(t *testing.T) {
	dir := copyFixture(t)
	name := filepath.Join(dir, "auth", "auth.go")
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	lined := strings.Replace(string(src), "// Claims is", "//line auth.tmpl:10\n// Claims is", 1)
	writeFile(t, name, lined)
	const notice = "auth/auth.go: not fixed (2 fixes): its //line directives map it to other files, so it is generated; fix the source it is generated from\n"
	code, out, stderr := runCLI(t, "-diff", "./...")
	if code != exitFindings || out != "# dslint: "+notice {
		t.Errorf("-diff: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	code, _, stderr = runCLI(t, "-fix", "./...")
	if code != exitFindings || !strings.Contains(stderr, "dslint: "+notice) || strings.Contains(stderr, "no suggested fixes") {
		t.Errorf("-fix: exit %d, stderr %q", code, stderr)
	}
	if now, _ := os.ReadFile(name); string(now) != lined {
		t.Error("-fix changed a file under //line directives")
	}
}
