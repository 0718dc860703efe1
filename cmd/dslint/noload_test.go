package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestNoPackages checks the one-line reasons given when a load finds no
// package, instead of go/packages' "matched no packages".
func TestNoPackages(t *testing.T) {
	const mainGo = "package main\n\nfunc main() {}\n"
	cases := []struct {
		name  string
		files map[string]string
		env   map[string]string
		args  []string
		want  string
	}{
		{"no go.mod", map[string]string{"main.go": mainGo}, nil, []string{"./..."},
			"dslint: ./...: no go.mod in 001 or a parent directory: dslint loads packages with the go command, which needs a module; create one with `go mod init <module path>`"},
		{"no go.mod, one dir", map[string]string{"main.go": mainGo}, nil, []string{"."},
			"dslint: .: no go.mod in 001 or a parent directory"},
		{"monorepo root", map[string]string{"svc/go.mod": "module example.com/svc\n\ngo 1.26.0\n", "svc/main.go": mainGo}, nil, []string{"./..."},
			"dslint: ./...: no go.mod here or in a parent directory; modules below: svc: run dslint in each (cd svc && dslint ./...), or list them in a workspace (go work init ./svc)"},
		{"module below, named", map[string]string{"svc/go.mod": "module example.com/svc\n\ngo 1.26.0\n", "svc/main.go": mainGo}, nil, []string{"./svc/..."},
			"dslint: ./svc/...: svc is a module but the working directory is outside it: run dslint from its root (cd svc && dslint ./...)"},
		{"the named one of two modules", map[string]string{"a/go.mod": "module example.com/a\n\ngo 1.26.0\n", "a/main.go": mainGo, "b/go.mod": "module example.com/b\n\ngo 1.26.0\n", "b/main.go": mainGo}, nil, []string{"./b/..."},
			"dslint: ./b/...: b is a module but the working directory is outside it: run dslint from its root (cd b && dslint ./...)"},
		{"workspace root", map[string]string{"go.work": "go 1.26.0\n\nuse (\n\t./a\n\t./b\n)\n", "a/go.mod": "module example.com/a\n\ngo 1.26.0\n", "a/main.go": mainGo, "b/go.mod": "module example.com/b\n\ngo 1.26.0\n", "b/main.go": mainGo},
			map[string]string{"GOWORK": ""}, []string{"./..."},
			"dslint: ./...: this directory is in no module of the workspace ("},
		{"module not in the workspace", map[string]string{"go.work": "go 1.26.0\n\nuse ./a\n", "a/go.mod": "module example.com/a\n\ngo 1.26.0\n", "a/main.go": mainGo, "go.mod": "module example.com/root\n\ngo 1.26.0\n", "main.go": mainGo},
			map[string]string{"GOWORK": ""}, []string{"./..."},
			"dslint: ./...: this directory's module is not in the workspace ("},
		{"unsupported GOOS", map[string]string{"go.mod": "module example.com/m\n\ngo 1.26.0\n", "main.go": mainGo}, map[string]string{"GOOS": "foo"}, []string{"./..."},
			"dslint: unsupported GOOS/GOARCH pair foo/"},
	}
	// The ends of messages that name the temporary directory in between.
	ends := map[string]string{"workspace root": "go.work); ./... does not cross into its modules: name them (dslint ./a/... ./b/...)"}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range c.files {
				writeFile(t, filepath.Join(dir, name), data)
			}
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			if _, ok := c.env["GOWORK"]; !ok {
				t.Setenv("GOWORK", "off")
			}
			t.Chdir(dir)
			code, _, stderr := runCLI(t, c.args...)
			if code != exitError {
				t.Errorf("exit status %d, want %d", code, exitError)
			}
			if !strings.HasPrefix(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("error output:\n%s\nwant one line starting %q", stderr, c.want)
			}
			if end := ends[c.name]; !strings.HasSuffix(stderr, end+"\n") {
				t.Errorf("error output:\n%s\nwant it to end %q", stderr, end)
			}
		})
	}
}

// TestMissingFileArgument: a .go argument that does not exist is warned
// about; its directory's package is still checked.
func TestMissingFileArgument(t *testing.T) {
	tinyModule(t)
	code, stdout, stderr := runCLI(t, "auth/auth.go", "auth/gone.go")
	if code != exitFindings || !strings.Contains(stdout, "auth/auth.go:3:29: DS101: ") {
		t.Errorf("exit status %d, output:\n%s\nwant the DS101 of auth.go (exit 1)", code, stdout)
	}
	if want := "dslint: warning: auth/gone.go: no such file; checking the package in its directory\n"; !strings.HasPrefix(stderr, want) {
		t.Errorf("error output:\n%s\nwant %q", stderr, want)
	}
	if strings.Contains(stderr, "auth/auth.go: no such file") {
		t.Errorf("warned about a file that exists:\n%s", stderr)
	}
}
