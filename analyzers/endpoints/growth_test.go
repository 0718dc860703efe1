package endpoints_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/endpoints"
	"github.com/dslint/dslint/internal/testutil"
)

// genPackage writes a generated API client of files files (in the style of
// okta-sdk-golang's okta package: models with setters, many string
// literals, an OAuth import) into a GOPATH tree under dir, with the
// x/oauth2 stub copied from the repository's testdata.
func genPackage(t testing.TB, dir string, files int) {
	t.Helper()
	pkg := filepath.Join(dir, "src", "gen")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(filepath.Join(dir, "src", "golang.org", "x", "oauth2"), os.DirFS(filepath.Join(testutil.TestData(t), "src", "golang.org", "x", "oauth2"))); err != nil {
		t.Fatal(err)
	}
	for i := range files {
		var b strings.Builder
		fmt.Fprintf(&b, "package gen\n\nimport \"golang.org/x/oauth2\"\n\nvar _ oauth2.Token\n\n")
		fmt.Fprintf(&b, "type Model%d struct {\n", i)
		for j := range 20 {
			fmt.Fprintf(&b, "\tField%d *string `json:\"field%d,omitempty\"`\n", j, j)
		}
		fmt.Fprintf(&b, "}\n\n")
		for j := range 20 {
			fmt.Fprintf(&b, "func (o *Model%d) SetField%d(v string) {\n\tif v == \"\" {\n\t\tv = \"default%d\"\n\t}\n\to.Field%d = &v\n}\n\n", i, j, j, j)
		}
		if err := os.WriteFile(filepath.Join(pkg, fmt.Sprintf("model%d.go", i)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runTime returns how long the endpoints analyzer alone (not loading, type
// checking or the inspector) takes on a generated package of files files:
// the best of five runs on the same pass, each after a garbage collection
// (the package reports nothing, so running it again adds no diagnostics).
func runTime(t *testing.T, files int) time.Duration {
	dir := t.TempDir()
	genPackage(t, dir, files)
	a := *endpoints.Analyzer
	took := time.Duration(1 << 62)
	run := a.Run
	a.Run = func(pass *analysis.Pass) (res any, err error) {
		for range 5 {
			runtime.GC()
			start := time.Now()
			res, err = run(pass)
			took = min(took, time.Since(start))
		}
		return res, err
	}
	analysistest.Run(t, dir, &a, "gen")
	return took
}

// TestGrowth checks that the analyzer's cost grows about linearly with the
// size of a package: a per-assignment search from the root of every file
// made okta-sdk-golang's generated package (1,139 files) take 9 minutes.
// Four times the files may take at most eight times as long (a quadratic
// step takes sixteen).
func TestGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and type-checks two packages")
	}
	testutil.RequireGrowth(t)
	const small = 50
	t1, t2, t4 := runTime(t, small), runTime(t, 2*small), runTime(t, 4*small)
	t.Logf("%d files: %v, %d: %v (%.1fx), %d: %v (%.1fx)", small, t1, 2*small, t2, float64(t2)/float64(t1), 4*small, t4, float64(t4)/float64(t1))
	if t4 > 8*t1 {
		t.Errorf("endpoints on %d files took %v, %.1fx its %v on %d files: cost grows faster than the package", 4*small, t4, float64(t4)/float64(t1), t1, small)
	}
}
