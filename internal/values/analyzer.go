package values

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/match"
)

// Analyzer is the helper analyzer that rule analyzers require to resolve
// values across packages: it exports a ListFact for each exported package
// variable holding a list of known strings, a FieldFact for each exported
// string field whose writes resolve, a ResultFact for each exported
// function or method whose string results resolve, a ConstWritesFact for
// each exported string field its package writes constants to, and a WritesFact of
// the other packages' fields a package writes; its result (a *Package)
// hands out the package's Resolver, which knows what the packages
// imported export. Facts keep this working under go vet and nogo, which analyze
// one package at a time.
var Analyzer = &analysis.Analyzer{
	Name:             "dsvalues",
	Doc:              "dsvalues: resolve the string values expressions may take, with facts for the string lists, fields and function results packages export (a helper of the dslint analyzers; it reports nothing)",
	Run:              run,
	ResultType:       reflect.TypeOf((*Package)(nil)),
	FactTypes:        []analysis.Fact{new(ListFact), new(FieldFact), new(ResultFact), new(WritesFact), new(ConstWritesFact)},
	Requires:         []*analysis.Analyzer{inspect.Analyzer},
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
	facts    *imports
}

// AnyImported reports whether the known text of a value the packages
// imported export (a list element, a field's or a result's value)
// satisfies f: the cheap test of whether a value of interest can come
// from another package at all.
func (p *Package) AnyImported(f func(string) bool) bool {
	for _, elems := range p.facts.lists {
		if slices.ContainsFunc(elems, f) {
			return true
		}
	}
	anyPart := func(fvs []FactValue) bool {
		for _, v := range fvs {
			for _, part := range v.Parts {
				if !part.Hole && f(part.Text) {
					return true
				}
			}
		}
		return false
	}
	for _, ff := range p.facts.fields {
		if anyPart(ff.Values) {
			return true
		}
	}
	for _, rf := range p.facts.results {
		for _, res := range rf.Results {
			if anyPart(res.Values) {
				return true
			}
		}
	}
	return false
}

// Resolver returns the package's Resolver, built on first use.
func (p *Package) Resolver() *Resolver { return p.resolver() }

func run(pass *analysis.Pass) (any, error) {
	facts := imports{lists: map[*types.Var][]string{}, fields: map[*types.Var]*FieldFact{}, results: map[*types.Func]*ResultFact{}, writes: map[string]bool{}, pkgs: map[string]bool{}, consts: map[*types.Var][]string{}}
	for _, f := range pass.AllObjectFacts() {
		if f.Object.Pkg() == pass.Pkg || f.Object.Pkg() == nil {
			continue
		}
		switch fact := f.Fact.(type) {
		case *ListFact:
			if v, ok := f.Object.(*types.Var); ok {
				facts.lists[v] = fact.Elems
			}
		case *FieldFact:
			if v, ok := f.Object.(*types.Var); ok {
				facts.fields[v] = fact
				facts.pkgs[v.Pkg().Path()] = true
			}
		case *ConstWritesFact:
			if v, ok := f.Object.(*types.Var); ok {
				facts.consts[v] = fact.Values
			}
		case *ResultFact:
			if fn, ok := f.Object.(*types.Func); ok {
				facts.results[fn] = fact
				facts.pkgs[fn.Pkg().Path()] = true
			}
		}
	}
	for _, f := range pass.AllPackageFacts() {
		if w, ok := f.Fact.(*WritesFact); ok && f.Package != pass.Pkg {
			for _, k := range w.Fields {
				facts.writes[k] = true
			}
		}
	}
	resolver := sync.OnceValue(func() *Resolver { return build(pass.TypesInfo, pass.Pkg, pass.Files, facts) })
	if vars := exportedLists(pass); len(vars) > 0 {
		exportLists(pass, resolver(), vars)
	}
	// Fields and results: an application's packages, not the standard
	// library's (no DocuSign value is there, and std is every program's).
	if !match.FilesInGoroot(pass.Fset, pass.Files) {
		exportFieldsAndResults(pass, resolver, facts.usedIn(pass.TypesInfo))
	}
	return &Package{resolver: resolver, facts: &facts}, nil
}

func exportLists(pass *analysis.Pass, r *Resolver, vars []*types.Var) {
	for _, v := range vars {
		init, ok := r.inits[v]
		if !ok {
			continue
		}
		elems, complete := r.strs(init)
		if !complete || len(elems) == 0 {
			continue
		}
		fact := &ListFact{}
		for _, el := range elems {
			if !el.Known || el.Merged { // a union of lists is no list
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

// exportFieldsAndResults exports the FieldFacts of the exported string
// fields of exported struct types, the ResultFacts of exported functions
// and methods with string results, and the package's WritesFact. The
// Resolver is built only for a package with such a field or function, or
// one that uses a field or function another package has a fact for.
func exportFieldsAndResults(pass *analysis.Pass, resolver func() *Resolver, importsFacts bool) {
	var fields []*types.Var
	var funcs []*types.Func
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() { // sorted
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			if obj.Exported() && stringResults(obj) != nil {
				funcs = append(funcs, obj)
			}
		case *types.TypeName:
			n, ok := obj.Type().(*types.Named)
			if !ok || !obj.Exported() || obj.IsAlias() {
				continue
			}
			if st, ok := n.Underlying().(*types.Struct); ok {
				for i := range st.NumFields() {
					// A field declared elsewhere (type T other.S) is
					// that package's: facts belong to the declaring package.
					if f := st.Field(i); f.Exported() && isString(f.Type()) && f.Pkg() == pass.Pkg {
						fields = append(fields, f)
					}
				}
			}
			for i := range n.NumMethods() {
				if m := n.Method(i); m.Exported() && stringResults(m) != nil {
					funcs = append(funcs, m)
				}
			}
		}
	}
	if len(fields) == 0 && len(funcs) == 0 && !importsFacts || !importsFacts && !mayCarry(pass) {
		return
	}
	r := resolver()
	for _, f := range fields {
		if _, worth := factOf(r.field(f)); !worth {
			continue // resolved with the cache first: most fields are unknown
		}
		vals, keys, ok := r.traced(func() []Value { return r.fieldValues(f) })
		fvs, worth := factOf(vals)
		if ok && worth {
			own := FieldKey(f)
			keys = slices.DeleteFunc(keys, func(k string) bool { return k == own }) // importers add their writes
			pass.ExportObjectFact(f, &FieldFact{Values: fvs, Fields: keys})
		}
	}
	exportConstWrites(pass, r, fields)
	for _, fn := range funcs {
		if r.funcs[fn] == nil {
			continue
		}
		fact := &ResultFact{}
		deps := map[string]bool{}
		for _, i := range stringResults(fn) {
			if _, worth := factOf(r.resultsOf(fn, i)); !worth {
				continue
			}
			vals, keys, ok := r.traced(func() []Value { return r.resultsOf(fn, i) })
			fvs, worth := factOf(vals)
			if !ok || !worth {
				continue
			}
			fact.Results = append(fact.Results, FactResult{Index: i, Values: fvs})
			for _, k := range keys {
				deps[k] = true
			}
		}
		if len(fact.Results) == 0 || len(deps) > maxFactFields {
			continue
		}
		for k := range deps {
			fact.Fields = append(fact.Fields, k)
		}
		slices.Sort(fact.Fields)
		pass.ExportObjectFact(fn, fact)
	}
	if w := r.foreignWrites(); len(w) > 0 {
		pass.ExportPackageFact(&WritesFact{Fields: w})
	}
}

// mayCarry reports cheaply whether a field or result of the package may
// hold a value the dslint rules judge: a string literal names a DocuSign
// host, an X-DocuSign- header or the impersonation scope. Elsewhere (a generated
// SDK, a utility package) the facts would carry nothing a rule reads, and
// computing them costs a walk of the package and a resolution of every
// exported function.
func mayCarry(pass *analysis.Pass) bool {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for n := range ins.PreorderSeq((*ast.BasicLit)(nil)) {
		if lit := n.(*ast.BasicLit); lit.Kind == token.STRING && (docusign.MaybeMentions(lit.Value) ||
			strings.Contains(lit.Value, "DocuSign-") || strings.Contains(lit.Value, docusign.ScopeImpersonation)) {
			return true
		}
	}
	return false
}

// stringResults returns the indexes of fn's string results.
func stringResults(fn *types.Func) []int {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return nil
	}
	var out []int
	for i := range sig.Results().Len() {
		if isString(sig.Results().At(i).Type()) {
			out = append(out, i)
		}
	}
	return out
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
