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
