package plugin

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dslint/dslint/internal/testutil"
)

// golangciVersion is the golangci-lint release the end-to-end test builds.
const golangciVersion = "v2.15.0"

// customMain mirrors golangci-lint's cmd/golangci-lint/main.go plus the
// blank import `golangci-lint custom` writes into plugins.go.
const customMain = `package main

import (
	"fmt"
	"os"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/dslint/dslint/plugin"
)

func main() {
	info := commands.BuildInfo{Version: "custom-dslint", Commit: "?", Date: "(unknown)", GoVersion: "go"}
	if err := commands.Execute(info); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
`

// TestGolangciLintCustom builds the binary `golangci-lint custom` would
// build (golangci-lint from the module proxy plus this checkout through a
// replace) and runs it on testdata/e2e: the DS101 finding is reported
// under the linter name dslint, //nolint:dslint suppresses (on the line,
// and above a declaration, which only golangci-lint handles), and the
// plugin settings (disable: [DS104]) apply; with a package that does not
// type-check, golangci-lint reports its type error and no dslint finding. It takes minutes the first
// time (compiling golangci-lint); run with DSLINT_E2E=1 (.ci/run sets it).
func TestGolangciLintCustom(t *testing.T) {
	testutil.RequireE2E(t, "builds golangci-lint "+golangciVersion+" with the plugin (minutes)")
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	build := t.TempDir()
	gomod := "module dslint.test/custom-gcl\n\ngo 1.26.0\n\nrequire (\n" +
		"\tgithub.com/golangci/golangci-lint/v2 " + golangciVersion + "\n" +
		"\tgithub.com/dslint/dslint v0.0.0\n)\n\nreplace github.com/dslint/dslint => " + root + "\n"
	write(t, filepath.Join(build, "go.mod"), gomod)
	write(t, filepath.Join(build, "main.go"), customMain)
	bin := filepath.Join(build, "custom-gcl")
	goRun(t, gobin, build, "mod", "tidy")
	goRun(t, gobin, build, "build", "-o", bin, ".")

	fixture, err := filepath.Abs(filepath.Join("testdata", "e2e"))
	if err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	lint := func(config string) (string, error) {
		return golangciRun(bin, fixture, cache, config)
	}

	// .golangci.yml: settings disable DS104.
	out, err := lint(".golangci.yml")
	t.Logf("golangci-lint run (disable DS104):\n%s", out)
	if err == nil {
		t.Error("golangci-lint run exited 0 despite a DS101 finding")
	}
	if !strings.Contains(out, "auth/auth.go:5:") || !strings.Contains(out, "DS101: DocuSign demo auth server account-d.docusign.com") || !strings.Contains(out, "(dslint)") {
		t.Error("the DS101 finding is not reported under the dslint linter")
	}
	if strings.Contains(out, "DS104") {
		t.Error("DS104 reported although the settings disable it")
	}
	if strings.Contains(out, "lens-d") {
		t.Error("//nolint:dslint on the line did not suppress the finding")
	}
	if strings.Contains(out, "account-s") {
		t.Error("//nolint:dslint above func Endpoint did not suppress the finding in its body (golangci-lint's declaration-wide nolint)")
	}

	// Without settings DS104 is reported, so the setting above did work.
	out, _ = lint("nosettings.yml")
	t.Logf("golangci-lint run (no settings):\n%s", out)
	if !strings.Contains(out, "DS104") || !strings.Contains(out, "DS101") || strings.Contains(out, "lens-d") || strings.Contains(out, "account-s") {
		t.Error("without settings: want DS101 and DS104, and the //nolint:dslint findings suppressed")
	}

	// Unknown settings keys are an error.
	out, err = lint("badsettings.yml")
	t.Logf("golangci-lint run (bad settings):\n%s", out)
	if err == nil || !strings.Contains(out, "disabel") {
		t.Error("an unknown settings key did not fail the run")
	}

	// A package that does not type-check (testdata/broken/generated, added
	// to a copy of the fixture): golangci-lint runs no analyzer on it,
	// whatever RunDespiteErrors says, reports its type error as typecheck,
	// and then drops every other linter's issues of the run (its
	// invalid_issue processor), so the auth package's DS101 is not
	// reported either (README, "Code that does not build").
	broken := t.TempDir()
	if err := os.CopyFS(broken, os.DirFS(fixture)); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(broken, os.DirFS(filepath.Join("testdata", "broken"))); err != nil {
		t.Fatal(err)
	}
	out, err = golangciRun(bin, broken, cache, "nosettings.yml")
	t.Logf("golangci-lint run (a package that does not type-check):\n%s", out)
	if err == nil || !strings.Contains(out, "generated/client.go:11:14: undefined: NewClient (typecheck)") {
		t.Error("the type error of testdata/broken/generated is not reported as typecheck")
	}
	if strings.Contains(out, "DS101") {
		t.Error("a dslint finding next to a typecheck error: golangci-lint changed (update the README's \"Code that does not build\")")
	}
}

// golangciRun runs `bin run --config config ./...` in dir and returns its
// combined output.
func golangciRun(bin, dir, cache, config string) (string, error) {
	cmd := exec.Command(bin, "run", "--config", config, "--show-stats=false", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+cache, "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func write(t *testing.T, name, data string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func goRun(t *testing.T, gobin, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command(gobin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}
