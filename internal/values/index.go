package values

import (
	"go/ast"
	"go/token"
	"go/types"
	"sync"

	"github.com/dslint/dslint/internal/match"
)

// Resolver resolves values in one package. It is safe for concurrent use:
// the analyzers requiring Analyzer run in parallel on a package (go vet's
// unitchecker, the checker) and share its Resolver, whose caches one mutex
// guards.
type Resolver struct {
	mu    sync.Mutex
	info  *types.Info
	pkg   *types.Package
	inits map[*types.Var]ast.Expr // package variables written once
	// facts are what the packages imported export, when the Resolver
	// comes from Analyzer.
	facts   imports
	locals  map[*types.Var]*local
	funcs   map[*types.Func]*ast.FuncDecl
	stmtIn  map[ast.Stmt]*[]ast.Stmt   // the statement list holding a statement
	results map[any]cached             // function results and fields resolved without a cut (see memo)
	active  map[any]bool               // function results and fields being resolved (cycle guard)
	fields  map[*types.Var]*fieldState // built on the first field read (indexFields)
	listIx  *listIndex                 // built on the first list field or parameter read (listfields.go)
	files   []*ast.File
	indexed bool                 // indexFields has run
	walked  map[types.Type]uint8 // types markRefs walked
	// trace, when set, collects the fields read (and traceKeys the
	// fields imported facts read), for the facts exported.
	trace     map[*types.Var]bool
	traceKeys map[string]bool
	cuts      int // cut-offs so far (limits, cycles)
	calls     int // current call depth
	depth     int // current expression depth
}

type resultKey struct {
	fn *types.Func
	i  int
}

// cached is a function result resolved without a cut-off, with the call
// and expression depths it was resolved at: resolving it again at those
// depths or shallower gives the same values, deeper it may be cut, so it is
// resolved again there. Answers thus never depend on the order of queries.
type cached struct {
	val          any // []Value, or a list
	calls, depth int
}

// local is what the package's syntax shows of a local variable.
type local struct {
	def     ast.Stmt // the defining statement (x := ..., var x = ...)
	assigns []assign // every assignment, the definition first
	escapes bool     // address taken, captured by a closure, incremented, ranged over
	// writes are the field writes and Set/Add/Del calls on a local
	// url.URL or url.Values, in source order (see urlUse).
	writes []mutation
}

type assign struct {
	stmt  ast.Stmt
	tok   token.Token // token.DEFINE (also var specs), token.ASSIGN, token.ADD_ASSIGN
	rhs   ast.Expr    // nil: the zero value
	index int         // result index when rhs is a multi-valued call
	tuple bool
}

// New returns a Resolver for the package's syntax and types.
func New(info *types.Info, pkg *types.Package, files []*ast.File) *Resolver {
	return build(info, pkg, files, imports{})
}

// build returns a Resolver that knows the facts of the packages imported.
func build(info *types.Info, pkg *types.Package, files []*ast.File, facts imports) *Resolver {
	r := &Resolver{
		facts:   facts,
		info:    info,
		pkg:     pkg,
		inits:   match.PackageInits(info, files),
		locals:  map[*types.Var]*local{},
		funcs:   match.FuncDecls(info, files),
		stmtIn:  map[ast.Stmt]*[]ast.Stmt{},
		results: map[any]cached{},
		active:  map[any]bool{},
		fields:  map[*types.Var]*fieldState{},
		walked:  map[types.Type]uint8{},
	}
	for _, f := range files {
		r.index(f)
	}
	r.files = files
	return r
}

// Lazy returns a function that builds the package's Resolver on its first
// call and returns the same one afterwards, for analyzers that need values
// only when a cheap filter matched.
func Lazy(info *types.Info, pkg *types.Package, files []*ast.File) func() *Resolver {
	return sync.OnceValue(func() *Resolver { return New(info, pkg, files) })
}

func (r *Resolver) localOf(id *ast.Ident) (*types.Var, *local) {
	v, ok := r.info.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == r.pkg.Scope() || v.Pkg() != r.pkg {
		return nil, nil
	}
	l := r.locals[v]
	if l == nil {
		l = &local{}
		r.locals[v] = l
	}
	return v, l
}

// inspectStack calls fn for every node of f in depth-first order with the
// stack of its enclosing nodes, n last.
func inspectStack(f *ast.File, fn func(n ast.Node, stack []ast.Node)) {
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		fn(n, stack)
		return true
	})
}

func (r *Resolver) index(f *ast.File) {
	inspectStack(f, func(n ast.Node, stack []ast.Node) {
		switch n := n.(type) {
		case *ast.Ident:
			if v, ok := r.info.Uses[n].(*types.Var); ok && kindOf(v.Type()) != notURL {
				if _, l := r.localOf(n); l != nil {
					r.urlUse(n, l, stack)
				}
			}
		case *ast.BlockStmt:
			r.list(&n.List)
		case *ast.CaseClause:
			r.list(&n.Body)
		case *ast.CommClause:
			r.list(&n.Body)
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok {
					if v, l := r.localOf(id); l != nil && !(v.Pos() >= n.Pos() && v.Pos() < n.End()) {
						l.escapes = true // captured: assignments may run at any time
					}
				}
				return true
			})
		case *ast.AssignStmt:
			r.assignStmt(n)
		case *ast.DeclStmt:
			gd, _ := n.Decl.(*ast.GenDecl)
			if gd == nil || gd.Tok != token.VAR {
				break
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					_, l := r.localOf(name)
					if l == nil {
						continue
					}
					a := assign{stmt: n, tok: token.DEFINE}
					switch {
					case len(vs.Values) == len(vs.Names):
						a.rhs = vs.Values[i]
					case len(vs.Values) == 1:
						a.rhs, a.index, a.tuple = vs.Values[0], i, true
					}
					l.def = n
					l.assigns = append(l.assigns, a)
				}
			}
		case *ast.IncDecStmt:
			r.escape(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				r.escape(n.X)
			}
		case *ast.RangeStmt:
			r.escape(n.Key)
			r.escape(n.Value)
		}
	})
}

func (r *Resolver) list(l *[]ast.Stmt) {
	for _, s := range *l {
		r.stmtIn[s] = l
	}
}

func (r *Resolver) escape(e ast.Expr) {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if _, l := r.localOf(id); l != nil {
			l.escapes = true
		}
	}
}

func (r *Resolver) assignStmt(n *ast.AssignStmt) {
	for i, lhs := range n.Lhs {
		id, ok := ast.Unparen(lhs).(*ast.Ident)
		if !ok {
			continue
		}
		v, l := r.localOf(id)
		if l == nil {
			continue
		}
		if n.Tok == token.DEFINE && r.info.Defs[id] == nil {
			// redeclared in a := with another new variable: an assignment
			a := assign{stmt: n, tok: token.ASSIGN}
			r.rhs(&a, n, i)
			l.assigns = append(l.assigns, a)
			continue
		}
		a := assign{stmt: n, tok: n.Tok}
		switch n.Tok {
		case token.DEFINE:
			if r.info.Defs[id] != v {
				continue
			}
			l.def = n
		case token.ASSIGN, token.ADD_ASSIGN:
		default:
			l.escapes = true // -=, |=, ... do not apply to strings; be safe
			continue
		}
		r.rhs(&a, n, i)
		l.assigns = append(l.assigns, a)
	}
}

func (r *Resolver) rhs(a *assign, n *ast.AssignStmt, i int) {
	if len(n.Lhs) == len(n.Rhs) {
		a.rhs = n.Rhs[i]
	} else if len(n.Rhs) == 1 {
		a.rhs, a.index, a.tuple = n.Rhs[0], i, true
	}
}

// reaching returns the assignments of the local variable v that reach the
// use id, the definition first, when every assignment of v is a statement
// of the list that defines it (none under a condition or in a loop of its
// own) and v does not escape.
func (r *Resolver) reaching(id *ast.Ident, v *types.Var) ([]assign, bool) {
	l := r.locals[v]
	if l == nil || l.escapes || l.def == nil {
		return nil, false
	}
	list := r.stmtIn[l.def]
	if list == nil {
		return nil, false
	}
	var out []assign
	for _, a := range l.assigns {
		if r.stmtIn[a.stmt] != list {
			return nil, false
		}
		if a.stmt.End() <= id.Pos() {
			out = append(out, a)
		}
	}
	if len(out) == 0 || out[0].stmt != l.def {
		return nil, false
	}
	return out, true
}

// enclosingSig returns the signature of the innermost function on stack.
func enclosingSig(info *types.Info, stack []ast.Node) *types.Signature {
	for i := len(stack) - 1; i >= 0; i-- {
		var t types.Type
		switch fn := stack[i].(type) {
		case *ast.FuncLit:
			t = info.TypeOf(fn)
		case *ast.FuncDecl:
			if obj := info.Defs[fn.Name]; obj != nil {
				t = obj.Type()
			}
		default:
			continue
		}
		sig, _ := t.(*types.Signature)
		return sig
	}
	return nil
}
