package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"
)

// noPackages reports whether a load found nothing to analyze: no package,
// or only the go command's stand-ins for patterns that matched nothing
// (no files, only errors).
func noPackages(pkgs []*packages.Package) bool {
	for _, p := range pkgs {
		if len(p.GoFiles)+len(p.CompiledGoFiles)+len(p.OtherFiles) > 0 || len(p.Errors) == 0 {
			return false
		}
	}
	return true
}

// whyNoPackages explains in one line why the patterns matched no packages,
// with the fix: go/packages says only "matched no packages" (or "directory
// prefix . does not contain main module") where the go command knows the
// reason, so the go command is asked (go list -compiled, as go/packages
// runs it), and the common causes get their fix:
//   - no go.mod here or above: go mod init, or cd into a module found below;
//   - a go.work that does not list this directory's module: go work use;
//   - anything else (GOOS=foo: "unsupported GOOS/GOARCH pair") is the go
//     command's own first error line.
func whyNoPackages(o *options) error {
	args := append([]string{"list", "-compiled"}, o.buildFlags()...)
	cmd := exec.Command("go", append(args, o.patterns...)...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = nil, &stderr
	runErr := cmd.Run()
	msg := firstLine(strings.TrimSpace(stderr.String()))
	pattern := strings.Join(o.patterns, " ")
	switch {
	case strings.Contains(msg, "go.mod file not found") || strings.Contains(msg, "does not contain main module"):
		return noModule(pattern)
	case strings.Contains(msg, "modules listed in go.work"):
		return fmt.Errorf("%s: this directory's module is not in the workspace (%s): add it with `go work use .`, or run with GOWORK=off", pattern, goEnv("GOWORK"))
	case msg != "":
		return errors.New(redact(strings.TrimPrefix(strings.TrimPrefix(msg, "go: "), "warning: ")))
	case runErr != nil:
		return fmt.Errorf("%s matched no packages: go list: %v", pattern, runErr)
	}
	return fmt.Errorf("%s matched no packages (no .go files for the current GOOS/GOARCH and build tags)", pattern)
}

// maxModuleSearch bounds how many directory entries noModule looks at for
// modules below the working directory.
const maxModuleSearch = 5000

// noModule is the error for a directory outside any module: the modules
// found below it (a monorepo's root) or go mod init.
func noModule(pattern string) error {
	var found []string
	n := 0
	filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if n++; err != nil || n > maxModuleSearch || len(found) == 3 {
			return filepath.SkipAll
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "vendor" || d.Name() == "testdata" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if !d.IsDir() && d.Name() == "go.mod" && path != "go.mod" {
			found = append(found, filepath.Dir(path))
		}
		return nil
	})
	if len(found) > 0 {
		return fmt.Errorf("%s: no go.mod here or in a parent directory; modules below: %s: run dslint in each (cd %s && dslint ./...), or list them in a workspace (go work init %s)",
			pattern, strings.Join(found, ", "), found[0], "./"+strings.Join(found, " ./"))
	}
	wd, _ := os.Getwd()
	return fmt.Errorf("%s: no go.mod in %s or a parent directory: dslint loads packages with the go command, which needs a module; create one with `go mod init <module path>` (then `go mod tidy` for the imports)", pattern, filepath.Base(wd))
}

// goEnv returns a go env variable, or "" if the go command fails.
func goEnv(name string) string {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// warnMissingFiles warns about .go file arguments that do not exist: their
// directory's package is still checked (a pre-commit run may pass a file
// the commit deletes), but a mistyped name should not pass silently.
func warnMissingFiles(args []string, w io.Writer) {
	for _, a := range args {
		if _, err := os.Stat(a); errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(w, "dslint: warning: %s: no such file; checking the package in its directory\n", a)
		}
	}
}
