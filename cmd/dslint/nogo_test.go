package main

import (
	"bytes"
	"encoding/gob"
	"go/types"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/dslint/dslint/analyzers"
	"github.com/dslint/dslint/internal/config"
)

// Bazel rules_go nogo runs the analyzers inside its own driver: facts are
// gob-encoded into the build graph, the Pass has no ReadFile, and actions
// run sandboxed. These tests keep dslint compatible with it.

// TestFactsGobEncodable encodes a zero value of every fact type of every
// analyzer (and the analyzers they require), as nogo, unitchecker and
// go vet do.
func TestFactsGobEncodable(t *testing.T) {
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, f := range a.FactTypes {
			typ := reflect.TypeOf(f)
			if typ.Kind() != reflect.Pointer {
				t.Errorf("%s: fact type %v is not a pointer", a.Name, typ)
				continue
			}
			zero := reflect.New(typ.Elem()).Interface().(analysis.Fact)
			gob.Register(zero)
			var buf bytes.Buffer
			if err := gob.NewEncoder(&buf).Encode(&zero); err != nil {
				t.Errorf("%s: fact %v is not gob-encodable: %v", a.Name, typ, err)
				continue
			}
			var back analysis.Fact
			if err := gob.NewDecoder(&buf).Decode(&back); err != nil || reflect.TypeOf(back) != typ {
				t.Errorf("%s: fact %v does not round-trip: %v", a.Name, typ, err)
			}
		}
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range append(analyzers.All(), analyzers.Suite(new(config.Config))...) {
		visit(a)
	}
}

// fsAllowed are the packages allowed to read the file system themselves, and
// why: //go:embed files are not readable through pass.ReadFile in any driver,
// and embedfs returns nothing when pass.ReadFile is nil (nogo).
var fsAllowed = map[string]bool{
	"github.com/dslint/dslint/internal/embedfs": true,
}

// TestNogoPackages checks every dslint package linked into the analyzers
// (what nogo compiles; test helpers such as internal/testutil are not): no
// non-test file imports os or io/ioutil (files are read only through
// pass.ReadFile, which nogo leaves nil: analyzers must not read the file
// system at all), and every analyzer package exports the `var Analyzer`
// nogo's generated main refers to.
func TestNogoPackages(t *testing.T) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedImports | packages.NeedDeps | packages.NeedTypes, Dir: "../.."}
	roots, err := packages.Load(cfg, "./analyzers/...")
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []*packages.Package
	packages.Visit(roots, nil, func(p *packages.Package) {
		if strings.HasPrefix(p.PkgPath, "github.com/dslint/dslint/") {
			pkgs = append(pkgs, p)
		}
	})
	if len(pkgs) == 0 {
		t.Fatal("no packages")
	}
	analysisPkgs := 0
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
		for _, banned := range []string{"os", "io/ioutil"} {
			if _, ok := p.Imports[banned]; ok && !fsAllowed[p.PkgPath] {
				t.Errorf("%s imports %s: read files through pass.ReadFile (nogo runs sandboxed; its Pass has no ReadFile either)", p.PkgPath, banned)
			}
		}
		rest, ok := strings.CutPrefix(p.PkgPath, "github.com/dslint/dslint/analyzers/")
		if !ok || strings.Contains(rest, "/") || p.Types == nil {
			continue
		}
		analysisPkgs++
		obj, _ := p.Types.Scope().Lookup("Analyzer").(*types.Var)
		if obj == nil || !obj.Exported() || types.TypeString(obj.Type(), nil) != "*golang.org/x/tools/go/analysis.Analyzer" {
			t.Errorf("%s: no package-level `var Analyzer *analysis.Analyzer` (nogo's generated main uses <pkg>.Analyzer)", p.PkgPath)
		}
	}
	if analysisPkgs != len(analyzers.All()) {
		t.Errorf("%d analyzer packages under analyzers/, analyzers.All() has %d", analysisPkgs, len(analyzers.All()))
	}
}
