// Package testutil holds what dslint's tests share.
package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// TestData returns the absolute path of the repository's testdata directory,
// the GOPATH tree (testdata/src) that analysistest loads fixtures and
// third-party stubs from. It walks up from the test's working directory, so
// any package in the repository can use it.
func TestData(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		td := filepath.Join(dir, "testdata")
		if fi, err := os.Stat(filepath.Join(td, "src")); err == nil && fi.IsDir() {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				return td
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("testdata/src not found above the working directory")
		}
		dir = parent
	}
}

// E2EEnv is the environment variable that turns on the heavy end-to-end
// tests (std and x/tools sweeps, building golangci-lint, the pre-commit hook,
// the real-library integration run). .ci/run sets it; a plain `go test ./...`
// leaves it unset and finishes well inside go test's default timeout.
const E2EEnv = "DSLINT_E2E"

// RequireE2E skips t unless E2EEnv is set to 1 (or -short is given, which
// always skips): what names the work the test does, for the skip message.
func RequireE2E(t testing.TB, what string) {
	t.Helper()
	if testing.Short() {
		t.Skipf("%s; skipped with -short", what)
	}
	if os.Getenv(E2EEnv) != "1" {
		t.Skipf("%s; set %s=1 to run it (.ci/run does)", what, E2EEnv)
	}
}

// ImportFuzzEnv is the environment variable that turns on the import-removal
// fuzz harness (cmd/dslint TestFuzzImports: std, x/tools and the real
// libraries, package by package). It takes longer than the rest of the
// end-to-end tests together, so .ci/run runs it as its own step, after them.
const ImportFuzzEnv = "DSLINT_FUZZ_IMPORTS"

// RequireImportFuzz skips t unless ImportFuzzEnv is set to 1 (or -short is
// given).
func RequireImportFuzz(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("import-removal fuzz harness; skipped with -short")
	}
	if os.Getenv(ImportFuzzEnv) != "1" {
		t.Skipf("import-removal fuzz harness (minutes); set %s=1 to run it (.ci/run does)", ImportFuzzEnv)
	}
}
