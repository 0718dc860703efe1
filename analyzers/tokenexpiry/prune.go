package tokenexpiry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// unneededBodies returns the top-level functions whose bodies cannot
// affect a finding or a fact, so that buildSSA declares them without a body.
// The cost of SSA then follows the package's token code, not its size (a
// generated SDK of a thousand files with one DocuSign client in it).
//
// The declarations of the package (functions, methods, package variables,
// types) are the nodes of a graph; two are joined when they name the same
// function, method name, package variable, field or type of the package.
// A node is a seed when it touches a token at all: it names an object of
// another package that is a token, token source, OAuth config, token
// response or credential type, a token call, or carries one of this
// analyzer's facts; it has an expression of such a type or the
// "access_token" string; or it is a candidate for a fact of its own (a
// predicate over a token, a method of a generic type, a setter). A function
// outside every component with a seed shares nothing with the token code:
// it neither obtains, keeps, reads, checks nor refreshes a token, nor calls
// or is called by a function that does. Method names join all methods of
// that name, so that calls through interfaces keep their implementations.
// init functions are always built, as the package initializer calls them.
func unneededBodies(pass *analysis.Pass) map[*ast.FuncDecl]bool {
	g := &declGraph{pass: pass, owner: map[any]int{}, types: map[types.Type]bool{}}
	g.setters = match.ImportsAny(pass.Pkg, knowledge.SenderPackages...)
	var funcs []*ast.FuncDecl
	var nodes []int
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				i := g.node(d)
				if d.Body != nil && !(d.Recv == nil && d.Name.Name == "init") {
					funcs, nodes = append(funcs, d), append(nodes, i)
				}
				if g.candidate(d) {
					g.seed[i] = true
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					if _, imp := spec.(*ast.ImportSpec); !imp {
						g.node(spec)
					}
				}
			}
		}
	}
	seeded := map[int]bool{}
	for i, s := range g.seed {
		if s {
			seeded[g.find(i)] = true
		}
	}
	out := map[*ast.FuncDecl]bool{}
	for k, fd := range funcs {
		if !seeded[g.find(nodes[k])] {
			out[fd] = true
		}
	}
	return out
}

// A declGraph joins the declarations of a package that name the same
// package-level object (see unneededBodies), by union-find.
type declGraph struct {
	pass    *analysis.Pass
	setters bool                // the package can send a token: setters are candidates
	parent  []int               // union-find forest over nodes
	seed    []bool              // the node touches a token
	owner   map[any]int         // the first node that named each key
	types   map[types.Type]bool // tokenType's answers
}

// tokenType is tokenWorld, memoized: isResponse reads struct tags.
func (g *declGraph) tokenType(t types.Type) bool {
	if t == nil {
		return false
	}
	w, ok := g.types[t]
	if !ok {
		w = tokenWorld(t)
		g.types[t] = w
	}
	return w
}

// A methodKey stands for every method of a name.
type methodKey string

func (g *declGraph) find(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

// node adds a declaration and joins it with those it shares a key with.
func (g *declGraph) node(n ast.Node) int {
	i := len(g.parent)
	g.parent, g.seed = append(g.parent, i), append(g.seed, false)
	info := g.pass.TypesInfo
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			obj := info.Uses[n]
			if obj == nil {
				obj = info.Defs[n]
			}
			if obj == nil {
				return false
			}
			if g.tokenType(obj.Type()) {
				g.seed[i] = true
			}
			if key := g.key(obj, i); key != nil {
				if j, ok := g.owner[key]; ok {
					g.parent[g.find(i)] = g.find(j)
				} else {
					g.owner[key] = i
				}
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING && strings.Contains(n.Value, "access_token") {
				g.seed[i] = true
			}
		case *ast.CallExpr, *ast.IndexExpr, *ast.StarExpr: // values no identifier has the type of
			if g.tokenType(info.TypeOf(n.(ast.Expr))) {
				g.seed[i] = true
			}
		}
		return true
	})
	return i
}

// key returns what obj joins node i by, or nil; an object of another
// package that touches a token makes i a seed instead.
func (g *declGraph) key(obj types.Object, i int) any {
	if obj == nil || obj.Pkg() == nil {
		return nil
	}
	if obj.Pkg() != g.pass.Pkg {
		if g.foreignSeed(obj) {
			g.seed[i] = true
		}
		return nil
	}
	switch o := obj.(type) {
	case *types.Func:
		if o.Signature().Recv() != nil {
			return methodKey(o.Name())
		}
		return o.Origin() // Go declares functions at package level only
	case *types.Var:
		if o.IsField() || o.Parent() == g.pass.Pkg.Scope() {
			return o.Origin()
		}
	case *types.TypeName:
		if o.Parent() == g.pass.Pkg.Scope() {
			return o
		}
	case *types.Const:
		if o.Val().Kind() == constant.String && strings.Contains(constant.StringVal(o.Val()), "access_token") {
			g.seed[i] = true
		}
	}
	return nil
}

// foreignSeed reports whether an object of another package touches a
// token (beyond a type, which node tests for every object): an object of a
// token library, a call that obtains or wraps a token, or an object with a
// fact of this analyzer.
func (g *declGraph) foreignSeed(obj types.Object) bool {
	if match.InPackages(obj.Pkg(), knowledge.TokenLibraries...) {
		return true
	}
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	name := match.FuncName(fn)
	if _, ok := knowledge.TokenCalls[name]; ok {
		return true
	}
	if _, ok := knowledge.SourceCalls[name]; ok {
		return true
	}
	if _, ok := knowledge.StaticSources[name]; ok {
		return true
	}
	if usesFacts(g.pass) {
		for _, ft := range g.pass.Analyzer.FactTypes {
			if g.pass.ImportObjectFact(fn.Origin(), reflect.New(reflect.TypeOf(ft).Elem()).Interface().(analysis.Fact)) {
				return true
			}
		}
	}
	return false
}

// candidate reports whether a function may get a fact of its own whatever
// it shares: a predicate over a token, a method of a generic type, or an
// exported setter of a package that can send a token.
func (g *declGraph) candidate(fd *ast.FuncDecl) bool {
	fn, ok := g.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	return predicate(sig) || sig.RecvTypeParams().Len() > 0 || g.setters && setterDecl(g.pass, fd)
}

// tokenWorld reports whether values of type t are tokens, token sources,
// OAuth configs or token responses, or named types of a token library.
func tokenWorld(t types.Type) bool {
	if n, ok := types.Unalias(deref(t)).(*types.Named); ok && match.InPackages(n.Obj().Pkg(), knowledge.TokenLibraries...) {
		return true
	}
	return match.IsType(t, knowledge.TokenTypes...) || isSourceResult(t) || isResponse(t)
}
