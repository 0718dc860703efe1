package stubcheck

import (
	"fmt"
	"go/types"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// stubRoots are the top-level directories of testdata/src that hold
// third-party stubs at their real import paths. The analyzer fixtures live
// beside them (testdata/src/<analyzer>/...) and are not checked.
var stubRoots = []string{"golang.org", "github.com", "gopkg.in"}

// TestStubsMatchRealAPI requires every exported declaration of every stub
// package to exist in the real package of the same import path, as resolved
// by the integration module, with the same shape (see describe).
func TestStubsMatchRealAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads and type-checks the real modules; skipped under -short")
	}
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	src, integ := filepath.Join(testdata, "src"), filepath.Join(testdata, "integration")
	paths := stubPackages(t, src)
	if len(paths) == 0 {
		t.Fatalf("no stub packages found under %s", src)
	}

	// The real modules must be in the module cache before a module-mode load.
	realEnv := append(os.Environ(), "GOWORK=off")
	dl := exec.Command("go", "mod", "download")
	dl.Dir, dl.Env = integ, realEnv
	if out, err := dl.CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s: %v\n%s", integ, err, out)
	}

	stubs := load(t, &packages.Config{Dir: src, Env: append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOFLAGS=")}, paths)
	real := load(t, &packages.Config{Dir: integ, Env: realEnv}, paths)

	for _, path := range paths {
		t.Run(path, func(t *testing.T) {
			s, r := stubs[path], real[path]
			if s == nil || len(s.Errors) > 0 || s.Types == nil {
				t.Fatalf("stub package %s does not load: %v", path, errorsOf(s))
			}
			if r == nil || len(r.Errors) > 0 || r.Types == nil {
				t.Fatalf("real package %s does not load from %s (missing requirement? add it with `go get %s@<version in STUBS.md>`): %v",
					path, integ, path, errorsOf(r))
			}
			checked := 0
			for _, name := range s.Types.Scope().Names() {
				so := s.Types.Scope().Lookup(name)
				if !so.Exported() {
					continue
				}
				checked++
				where := fmt.Sprintf("%s: %s.%s", relPos(s, so, src), path, name)
				ro := r.Types.Scope().Lookup(name)
				if ro == nil {
					t.Errorf("%s: declared by the stub but not in the real package", where)
					continue
				}
				for _, d := range diff(describe(so), describe(ro)) {
					t.Errorf("%s: %s", where, d)
				}
			}
			t.Logf("%d exported declarations checked", checked)
		})
	}
}

// stubPackages returns the import paths of the directories under the stub
// roots of src that contain non-test .go files, sorted.
func stubPackages(t *testing.T, src string) []string {
	t.Helper()
	seen := map[string]bool{}
	for _, root := range stubRoots {
		dir := filepath.Join(src, root)
		if _, err := os.Stat(dir); os.IsNotExist(err) {
			continue
		}
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
				rel, err := filepath.Rel(src, filepath.Dir(p))
				if err != nil {
					return err
				}
				seen[filepath.ToSlash(rel)] = true
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	paths := make([]string, 0, len(seen))
	for p := range seen {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// load type-checks paths with cfg and returns the root packages by import path.
func load(t *testing.T, cfg *packages.Config, paths []string) map[string]*packages.Package {
	t.Helper()
	cfg.Mode = packages.NeedName | packages.NeedFiles | packages.NeedTypes | packages.NeedImports | packages.NeedDeps
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatalf("packages.Load in %s: %v", cfg.Dir, err)
	}
	m := make(map[string]*packages.Package, len(pkgs))
	for _, p := range pkgs {
		m[p.PkgPath] = p
	}
	return m
}

func errorsOf(p *packages.Package) []packages.Error {
	if p == nil {
		return []packages.Error{{Msg: "not returned by packages.Load"}}
	}
	return p.Errors
}

// relPos is the stub declaration's position, relative to src when possible.
func relPos(p *packages.Package, o types.Object, src string) string {
	pos := p.Fset.Position(o.Pos())
	if rel, err := filepath.Rel(src, pos.Filename); err == nil && pos.IsValid() {
		pos.Filename = filepath.ToSlash(rel)
	}
	return pos.String()
}

// qualify prints every package by its full import path.
func qualify(p *types.Package) string { return p.Path() }

func typeString(t types.Type) string { return types.TypeString(t, qualify) }

// describe maps each aspect of an exported declaration to its printed form:
// "kind", "type" (with type parameters), "value" (constants), "underlying"
// (defined types), "field F" (exported struct fields, in order, with tag and
// embedding), "imethod M" (every interface method, embedded ones included) and
// "method M" (method set of *T, with the receiver kind).
func describe(o types.Object) map[string]string {
	d := map[string]string{"type": typeString(o.Type())}
	switch o := o.(type) {
	case *types.Const:
		d["kind"], d["value"] = "const", o.Val().ExactString()
	case *types.Var:
		d["kind"] = "var"
	case *types.Func:
		d["kind"] = "func"
	case *types.TypeName:
		if o.IsAlias() {
			d["kind"] = "alias"
			return d
		}
		d["kind"] = "defined type"
		switch u := o.Type().Underlying().(type) {
		case *types.Struct:
			d["underlying"] = "struct"
			n := 0
			for i := range u.NumFields() {
				if f := u.Field(i); f.Exported() {
					d["field "+f.Name()] = fmt.Sprintf("#%d %s `%s` embedded=%t", n, typeString(f.Type()), u.Tag(i), f.Embedded())
					n++
				}
			}
		case *types.Interface:
			d["underlying"] = "interface"
			for i := range u.NumMethods() {
				m := u.Method(i)
				d["imethod "+m.Name()] = typeString(m.Type())
			}
			return d
		default:
			d["underlying"] = typeString(u)
		}
		value := types.NewMethodSet(o.Type())
		ptr := types.NewMethodSet(types.NewPointer(o.Type()))
		for i := range ptr.Len() {
			m := ptr.At(i).Obj()
			if !m.Exported() {
				continue
			}
			recv := "pointer receiver"
			if value.Lookup(m.Pkg(), m.Name()) != nil {
				recv = "value receiver"
			}
			d["method "+m.Name()] = typeString(m.Type()) + " (" + recv + ")"
		}
	default:
		d["kind"] = fmt.Sprintf("%T", o)
	}
	return d
}

// diff lists the differences between a stub description and the real one.
// Every aspect the stub declares must be identical in the real package; the
// real package may have more methods, but not more exported struct fields or
// interface methods (the stub's composite literals and implementations would
// otherwise behave differently).
func diff(stub, real map[string]string) []string {
	var out []string
	keys := make([]string, 0, len(stub)+len(real))
	for k := range stub {
		keys = append(keys, k)
	}
	for k := range real {
		if _, ok := stub[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		s, inStub := stub[k]
		r, inReal := real[k]
		switch {
		case inStub && inReal && s != r:
			out = append(out, fmt.Sprintf("%s differs: stub %q, real %q", k, s, r))
		case inStub && !inReal:
			out = append(out, fmt.Sprintf("%s is in the stub (%q) but not in the real package", k, s))
		case !inStub && (strings.HasPrefix(k, "field ") || strings.HasPrefix(k, "imethod ")):
			out = append(out, fmt.Sprintf("%s is in the real package (%q) but missing from the stub", k, r))
		}
	}
	return out
}
