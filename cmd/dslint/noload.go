package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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
		return noModule(o.patterns)
	case strings.Contains(msg, "modules listed in go.work"):
		return notInWorkspace(pattern)
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

// noModule is the error for patterns outside any module: the modules found
// in the directories they name (a module run from its parent directory,
// ./svc/...) or below them (a monorepo's root), or go mod init.
func noModule(patterns []string) error {
	pattern := strings.Join(patterns, " ")
	var found []string
	n := 0
	for _, root := range patternRoots(patterns) {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if n++; err != nil || n > maxModuleSearch || len(found) == 3 {
				return filepath.SkipAll
			}
			if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "vendor" || d.Name() == "testdata" || d.Name() == "node_modules") {
				return filepath.SkipDir
			}
			if !d.IsDir() && d.Name() == "go.mod" && path != "go.mod" && !slices.Contains(found, filepath.Dir(path)) {
				found = append(found, filepath.Dir(path))
			}
			return nil
		})
	}
	if len(found) == 1 && slices.Contains(patternRoots(patterns), found[0]) {
		return fmt.Errorf("%s: %s is a module but the working directory is outside it: run dslint from its root (cd %s && dslint ./...)", pattern, found[0], found[0])
	}
	if len(found) > 0 {
		return fmt.Errorf("%s: no go.mod here or in a parent directory; modules below: %s: run dslint in each (cd %s && dslint ./...), or list them in a workspace (go work init %s)",
			pattern, strings.Join(found, ", "), found[0], "./"+strings.Join(found, " ./"))
	}
	wd, _ := os.Getwd()
	return fmt.Errorf("%s: no go.mod in %s or a parent directory: dslint loads packages with the go command, which needs a module; create one with `go mod init <module path>` (then `go mod tidy` for the imports)", pattern, filepath.Base(wd))
}

// patternRoots are the local directories the patterns name (svc for
// ./svc/... and svc/main.go, . for ./... and import paths), without
// duplicates, in order.
func patternRoots(patterns []string) []string {
	var roots []string
	for _, p := range patterns {
		root := "."
		switch {
		case strings.HasSuffix(p, ".go"): // a file argument
			root = filepath.Dir(p)
		case filepath.IsAbs(p) || strings.HasPrefix(p, "."):
			root = filepath.Clean(strings.TrimSuffix(p, "..."))
		}
		if fi, err := os.Stat(root); err != nil || !fi.IsDir() {
			root = "."
		}
		if !slices.Contains(roots, root) {
			roots = append(roots, root)
		}
	}
	return roots
}

// notInWorkspace is the error for patterns that name no module of the
// go.work in force: the working directory's module is not listed, or the
// working directory (the workspace root) is in no module, whose patterns
// must then name the modules' directories.
func notInWorkspace(pattern string) error {
	work := goEnv("GOWORK")
	if mod := goEnv("GOMOD"); mod != "" && mod != os.DevNull {
		return fmt.Errorf("%s: this directory's module is not in the workspace (%s): add it with `go work use .`, or run with GOWORK=off", pattern, work)
	}
	var uses []string
	if out, err := exec.Command("go", "work", "edit", "-json").Output(); err == nil {
		var w struct{ Use []struct{ DiskPath string } }
		if json.Unmarshal(out, &w) == nil {
			for _, u := range w.Use {
				uses = append(uses, u.DiskPath)
			}
		}
	}
	wd, _ := os.Getwd()
	var pats []string
	for _, u := range uses {
		dir := u
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(filepath.Dir(work), dir)
		}
		if rel, err := filepath.Rel(wd, dir); err == nil && filepath.IsLocal(rel) {
			pats = append(pats, "./"+filepath.ToSlash(filepath.Join(rel, "...")))
		}
	}
	if len(pats) == 0 {
		return fmt.Errorf("%s: no module of the workspace (%s) is in this directory: run dslint in one of its modules", pattern, work)
	}
	return fmt.Errorf("%s: this directory is in no module of the workspace (%s); ./... does not cross into its modules: name them (dslint %s)", pattern, work, strings.Join(pats, " "))
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
