package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// fixtureDir is a small module (requiring github.com/golang-jwt/jwt/v5)
// with two DS103 findings that have suggested fixes. Loading it runs the
// type checker over jwt and its std dependencies, so the read-only tests
// share one analysis of one copy (fixtureOutputs).
const fixtureDir = "testdata/fix"

// fixtureAbs is fixtureDir made absolute before any test changes directory.
var fixtureAbs, _ = filepath.Abs(fixtureDir)

// fixtureRun is one analysis of a copy of the fixture, rendered in the
// output formats.
type fixtureRun struct {
	once   sync.Once
	dir    string
	res    *result
	err    error
	sarif  string
	github string
	diff   string
}

// shared is the copy of the fixture the read-only output tests use,
// removed by TestMain.
var shared fixtureRun

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// fixtureOutputs analyzes the shared copy of the fixture once, renders it
// in every format, and makes the copy the working directory of t.
func fixtureOutputs(t *testing.T) *fixtureRun {
	t.Helper()
	src := fixtureAbs
	shared.once.Do(func() {
		wd, err := os.Getwd()
		if err != nil {
			shared.err = err
			return
		}
		defer os.Chdir(wd)
		if shared.dir, shared.err = os.MkdirTemp("", "dslint-fixture-"); shared.err != nil {
			return
		}
		if shared.err = os.CopyFS(shared.dir, os.DirFS(src)); shared.err != nil {
			return
		}
		if shared.err = os.Chdir(shared.dir); shared.err != nil {
			return
		}
		o, err := parseFlags([]string{"./..."}, io.Discard)
		if err != nil {
			shared.err = err
			return
		}
		if shared.res, shared.err = analyze(o); shared.err != nil {
			return
		}
		var s, g, d bytes.Buffer
		if shared.err = printSARIF(shared.res, &s); shared.err != nil {
			return
		}
		if shared.err = printGitHub(shared.res, &g); shared.err != nil {
			return
		}
		shared.err = printDiff(shared.res, &d)
		shared.sarif, shared.github, shared.diff = s.String(), g.String(), d.String()
	})
	if shared.err != nil {
		t.Fatalf("analyzing %s: %v", fixtureDir, shared.err)
	}
	if len(shared.res.errors) > 0 {
		t.Fatalf("analyzing %s: %v", fixtureDir, shared.res.errors)
	}
	t.Chdir(shared.dir)
	return &shared
}

// copyFixture copies the fixture module into a temporary directory, makes
// it the working directory, and returns its path.
func copyFixture(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(fixtureAbs)); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dst)
	return dst
}

// tinyModule writes a module without dependencies (fast to load) with a
// DS101 finding in package auth and a clean package util, and makes it
// the working directory.
func tinyModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string]string{
		"go.mod":       "module example.com/tiny\n\ngo 1.26.0\n",
		"auth/auth.go": "package auth\n\nconst authServer = \"https://account-d.docusign.com\"\n",
		"util/util.go": "package util\n\n// Answer is clean.\nconst Answer = 42\n",
	} {
		writeFile(t, filepath.Join(dir, name), data)
	}
	t.Chdir(dir)
	return dir
}

// runCLI runs the standalone command in the working directory.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}
