package values

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Analyzer is the helper analyzer that rule analyzers require to resolve
// values across packages: it exports a ListFact for each exported package
// variable holding a list of known strings, and its result (a *Package)
// hands out the package's Resolver, which knows the lists of the packages
// imported. Facts keep this working under go vet and nogo, which analyze
// one package at a time.
var Analyzer = &analysis.Analyzer{
	Name:             "dsvalues",
	Doc:              "dsvalues: resolve the string values expressions may take, with facts for the string lists packages export (a helper of the dslint analyzers; it reports nothing)",
	Run:              run,
	ResultType:       reflect.TypeOf((*Package)(nil)),
	FactTypes:        []analysis.Fact{new(ListFact)},
	RunDespiteErrors: true,
}

// ListFact is the fact exported for a package-level []string (or array)
// variable that is given a value once, at its declaration, and never
// written in its package, when every element is known:
// var JWTScopes = []string{"signature", "impersonation"}.
type ListFact struct {
	Elems []string
}

// AFact marks ListFact as an analysis.Fact.
func (*ListFact) AFact() {}

// String returns the list, for analysistest's fact expectations.
func (f *ListFact) String() string { return "list[" + strings.Join(f.Elems, " ") + "]" }

// Package is the Analyzer's result for one package.
type Package struct {
	resolver func() *Resolver
}

// Resolver returns the package's Resolver, built on first use.
func (p *Package) Resolver() *Resolver { return p.resolver() }

func run(pass *analysis.Pass) (any, error) {
	imported := map[*types.Var][]string{}
	for _, f := range pass.AllObjectFacts() {
		lf, ok := f.Fact.(*ListFact)
		v, isVar := f.Object.(*types.Var)
		if ok && isVar && v.Pkg() != pass.Pkg {
			imported[v] = lf.Elems
		}
	}
	lazy := Lazy(pass.TypesInfo, pass.Pkg, pass.Files)
	resolver := func() *Resolver {
		r := lazy()
		r.imported = imported
		return r
	}
	if vars := exportedLists(pass); len(vars) > 0 {
		r := resolver()
		for _, v := range vars {
			init, ok := r.inits[v]
			if !ok {
				continue
			}
			elems, complete := r.Strings(init)
			if !complete || len(elems) == 0 {
				continue
			}
			fact := &ListFact{}
			for _, el := range elems {
				if !el.Known {
					fact = nil
					break
				}
				fact.Elems = append(fact.Elems, el.Text)
			}
			if fact != nil {
				pass.ExportObjectFact(v, fact)
			}
		}
	}
	return &Package{resolver: resolver}, nil
}

// exportedLists returns the exported package-level variables of a string
// slice or array type, in source order.
func exportedLists(pass *analysis.Pass) []*types.Var {
	var out []*types.Var
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				for _, name := range spec.(*ast.ValueSpec).Names {
					v, ok := pass.TypesInfo.Defs[name].(*types.Var)
					if ok && name.IsExported() && isStringList(v.Type()) {
						out = append(out, v)
					}
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b *types.Var) int { return int(a.Pos() - b.Pos()) })
	return out
}

func isStringList(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return isString(u.Elem())
	case *types.Array:
		return isString(u.Elem())
	}
	return false
}
