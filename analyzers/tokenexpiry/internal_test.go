package tokenexpiry

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/internal/config"

	"github.com/dslint/dslint/internal/docusign"
)

// Facts are gob-encoded by vet and nogo; encoding must not fail and must be
// small.
func TestFactEncoding(t *testing.T) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&TokenFunc{Result: 1, Grant: docusign.GrantJWT}); err != nil {
		t.Fatal(err)
	}
	var got TokenFunc
	if err := gob.NewDecoder(&buf).Decode(&got); err != nil || got != (TokenFunc{Result: 1, Grant: docusign.GrantJWT}) {
		t.Fatalf("round trip = %+v, %v", got, err)
	}
	buf.Reset()
	if err := gob.NewEncoder(&buf).Encode(&SourceFunc{Result: 1, Grant: docusign.GrantCode}); err != nil {
		t.Fatal(err)
	}
	var src SourceFunc
	if err := gob.NewDecoder(&buf).Decode(&src); err != nil || src != (SourceFunc{Result: 1, Grant: docusign.GrantCode}) {
		t.Fatalf("round trip = %+v, %v", src, err)
	}
	buf.Reset()
	set := Setter{Param: 1, Field: "token", Slot: "field Client.token", Readers: []string{"(*example.com/c.Client).Do"}}
	if err := gob.NewEncoder(&buf).Encode(&set); err != nil {
		t.Fatal(err)
	}
	var gotSet Setter
	if err := gob.NewDecoder(&buf).Decode(&gotSet); err != nil || !reflect.DeepEqual(gotSet, set) {
		t.Fatalf("round trip = %+v, %v", gotSet, err)
	}
}

func TestJSONName(t *testing.T) {
	fields := []*types.Var{
		types.NewField(0, nil, "AccessToken", types.Typ[types.String], false),
		types.NewField(0, nil, "Expires", types.Typ[types.Int], false),
		types.NewField(0, nil, "Other", types.Typ[types.Int], false),
	}
	st := types.NewStruct(fields, []string{`json:"access_token"`, `json:"expires_in,omitempty"`, ``})
	for i, want := range []string{"access_token", "expires_in", ""} {
		if got := jsonName(types.NewPointer(st), fields[i]); got != want {
			t.Errorf("jsonName(%s) = %q, want %q", fields[i].Name(), got, want)
		}
	}
}

// A panic of the SSA builder (here: type information that does not match
// the syntax) is an error naming the package, never a silent absence of
// findings.
func TestBuildSSAFailure(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "a.go", "package a\n\nfunc F() int { return 1 }\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	pass := &analysis.Pass{
		Fset:      fset,
		Files:     []*ast.File{f},
		Pkg:       types.NewPackage("example.com/a", "a"),
		TypesInfo: &types.Info{}, // no Defs: the builder cannot resolve F
	}
	pkg, err := buildSSA(pass)
	if pkg != nil || err == nil || !strings.Contains(err.Error(), "tokenexpiry: building SSA of example.com/a: ") {
		t.Fatalf("buildSSA = %v, %v; want an error naming example.com/a", pkg, err)
	}
}

// quiet discards analysistest's complaints: TestPruning compares two runs
// over fixtures written for other analyzers.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}

// Leaving out the bodies unneededBodies names changes no finding, over the
// fixtures of every analyzer; and in tokenexpiry/prune exactly the code
// that shares nothing with the token code is left out.
func TestPruning(t *testing.T) {
	root, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	patterns := []string{"tokenexpiry/...", "connect/...", "endpoints/...", "jwtclaims/...", "legacyauth/...", "pemkey/...", "polling/...", "scopes/...", "values/..."}
	run := func(skip func(*analysis.Pass) map[*ast.FuncDecl]bool) []string {
		old := skipBodies
		defer func() { skipBodies = old }()
		skipBodies = skip
		var out []string
		for _, res := range analysistest.Run(quiet{}, root, New(&config.Config{}), patterns...) {
			for _, d := range res.Diagnostics {
				s := fmt.Sprintf("%v-%v %s", res.Pass.Fset.Position(d.Pos), res.Pass.Fset.Position(d.End), d.Message)
				for _, r := range d.Related {
					s += fmt.Sprintf(" | %v %s", res.Pass.Fset.Position(r.Pos), r.Message)
				}
				out = append(out, s)
			}
		}
		slices.Sort(out)
		return out
	}
	var mu sync.Mutex
	skipped := map[string][]string{}
	pruned := run(func(pass *analysis.Pass) map[*ast.FuncDecl]bool {
		m := unneededBodies(pass)
		mu.Lock()
		defer mu.Unlock()
		for fd := range m {
			skipped[pass.Pkg.Path()] = append(skipped[pass.Pkg.Path()], fd.Name.Name)
		}
		return m
	})
	full := run(func(*analysis.Pass) map[*ast.FuncDecl]bool { return nil })
	if len(full) == 0 {
		t.Fatal("no findings over the fixtures")
	}
	if !slices.Equal(pruned, full) {
		t.Errorf("findings differ with bodies left out:\n got: %s\nwant: %s", strings.Join(pruned, "\n      "), strings.Join(full, "\n      "))
	}
	got := skipped["tokenexpiry/prune"]
	slices.Sort(got)
	if want := []string{"Filter", "Total", "sortedIDs"}; !slices.Equal(got, want) {
		t.Errorf("tokenexpiry/prune: left out %v, want %v", got, want)
	}
	n := 0
	for _, names := range skipped {
		n += len(names)
	}
	t.Logf("%d bodies left out in %d packages", n, len(skipped))
}
