package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestSuppressionGrammar runs the command over one file per form of
// suppression: golangci-lint's //nolint:all and // nolint:dslint (with a
// space), a file-wide //dslint:file-ignore, and a directive after code,
// which covers its own line and not the next.
func TestSuppressionGrammar(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"go.mod": "module example.com/sup\n\ngo 1.26.0\n",
		"a/a.go": "package a\n\n" +
			"const all = \"https://account-d.docusign.com\" //nolint:all\n" +
			"const spaced = \"https://demo.docusign.net\" // nolint:dslint\n" +
			"const next = \"https://account-d.docusign.com/oauth/token\"\n",
		"b/b.go": "//dslint:file-ignore DS101 sandbox fixtures for the smoke test\n\npackage b\n\n" +
			"const one = \"https://account-d.docusign.com\"\n\nconst two = \"https://demo.docusign.net\"\n",
		"c/c.go": "package c\n\nconst kept = \"https://demo.docusign.net\" //nolint:gosec\n",
	} {
		writeFile(t, filepath.Join(dir, name), data)
	}
	t.Chdir(dir)
	code, stdout, stderr := runCLI(t, "./...")
	want := "a/a.go:5:23: DS101: \nc/c.go:3:23: DS101: \n"
	var got strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		pos, _, _ := strings.Cut(l, "DS101: ")
		got.WriteString(pos + "DS101: \n")
	}
	if code != exitFindings || got.String() != want {
		t.Errorf("exit status %d, findings:\n%s\nwant (exit 1):\n%s\nstderr:\n%s", code, stdout, want, stderr)
	}
}

// TestTagsFlag: files behind a build tag are checked only with -tags.
func TestTagsFlag(t *testing.T) {
	dir := tinyModule(t)
	writeFile(t, filepath.Join(dir, "auth/e2e.go"), "//go:build e2e\n\npackage auth\n\nconst e2eHost = \"https://demo.docusign.net\"\n")
	const tagged = "auth/e2e.go:5:26: DS101: "
	if code, stdout, _ := runCLI(t, "./auth/..."); code != exitFindings || strings.Contains(stdout, tagged) || !strings.Contains(stdout, "auth/auth.go:") {
		t.Errorf("without -tags: exit status %d, output:\n%s\nwant auth.go's finding only (exit 1)", code, stdout)
	}
	if code, stdout, _ := runCLI(t, "-tags", "e2e", "./auth/..."); code != exitFindings || !strings.Contains(stdout, tagged) {
		t.Errorf("-tags e2e: exit status %d, output:\n%s\nwant %q (exit 1)", code, stdout, tagged)
	}
}

// TestSyntaxErrorLines: each syntax error is one line, with its path
// relative to the working directory, and the package is still analyzed.
func TestSyntaxErrorLines(t *testing.T) {
	dir := tinyModule(t)
	writeFile(t, filepath.Join(dir, "bad/p.go"), "package bad\n\nfunc f() {\n\tx :=\n}\n")
	writeFile(t, filepath.Join(dir, "bad/q.go"), "package bad\n\nconst h = \"https://demo.docusign.net\" +\n")
	code, stdout, stderr := runCLI(t, "./bad/...")
	if code != exitError || !strings.HasPrefix(stdout, "bad/q.go:3:20: DS101: ") {
		t.Errorf("exit status %d, output:\n%s\nwant the DS101 of q.go (exit 2)", code, stdout)
	}
	var errs []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, "dslint: bad/") {
			errs = append(errs, l)
		}
	}
	if len(errs) != 2 || !strings.HasPrefix(errs[0], "dslint: bad/p.go:5:1: ") || !strings.HasPrefix(errs[1], "dslint: bad/q.go:3:") || strings.Contains(stderr, dir) {
		t.Errorf("error output:\n%s\nwant one relative line per syntax error (bad/p.go:5:1, bad/q.go:3)", stderr)
	}
}
