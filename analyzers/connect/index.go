package connect

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/dslint/dslint/internal/match"
)

// maxDepth bounds how many definitions, parameters and returns a value is
// followed through: enough for a helper that computes the MAC from a key
// passed down two calls, small enough that no package can make it costly.
const maxDepth = 8

// index is what the rules need to follow values through one package: each
// local variable's definitions, each function's declaration, parameters
// and call sites, and the package variables that stand for their
// initializer. It is built in one walk over the files, in source order.
type index struct {
	info   *types.Info
	funcs  map[*types.Func]*ast.FuncDecl
	order  []*types.Func // the keys of funcs, in source order
	params map[*types.Var]param
	defs   map[*types.Var][]def
	vars   []*types.Var // the keys of defs, in source order
	addr   map[*types.Var]bool
	holder map[ast.Expr]*types.Var   // a single-value definition's right side -> its variable
	writes map[*types.Var][]ast.Expr // data written to a writer variable: w.Write(b), io.WriteString(w, s)
	calls  map[*types.Func][]*ast.CallExpr
	inits  map[*types.Var]ast.Expr
}

// def is one assignment to a variable: rhs, or result number result of the
// tuple-valued call rhs (-1 for a single value, rangeElem for the element
// of a range over rhs).
type def struct {
	rhs    ast.Expr
	result int
}

const rangeElem = -2

// param is the position of a parameter in its function's signature.
type param struct {
	fn *types.Func
	i  int
}

func newIndex(info *types.Info, files []*ast.File) *index {
	ix := &index{
		info:   info,
		funcs:  map[*types.Func]*ast.FuncDecl{},
		params: map[*types.Var]param{},
		defs:   map[*types.Var][]def{},
		addr:   map[*types.Var]bool{},
		holder: map[ast.Expr]*types.Var{},
		writes: map[*types.Var][]ast.Expr{},
		calls:  map[*types.Func][]*ast.CallExpr{},
		inits:  match.PackageInits(info, files),
	}
	for _, f := range files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			ix.funcs[fn] = fd
			ix.order = append(ix.order, fn)
			sig := fn.Type().(*types.Signature)
			for i := range sig.Params().Len() {
				ix.params[sig.Params().At(i)] = param{fn, i}
			}
			ast.Inspect(fd.Body, ix.note)
		}
	}
	return ix
}

// note records the definitions, address-taking and calls in n.
func (ix *index) note(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			switch {
			case len(n.Lhs) == len(n.Rhs):
				ix.add(lhs, def{n.Rhs[i], -1})
			case len(n.Rhs) == 1:
				ix.add(lhs, def{n.Rhs[0], i})
			}
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			switch {
			case len(n.Names) == len(n.Values):
				ix.add(name, def{n.Values[i], -1})
			case len(n.Values) == 1:
				ix.add(name, def{n.Values[0], i})
			}
		}
	case *ast.RangeStmt:
		if n.Value != nil {
			ix.add(n.Value, def{n.X, rangeElem})
		}
	case *ast.UnaryExpr:
		if v := ix.local(n.X); v != nil && n.Op == token.AND {
			ix.addr[v] = true
		}
	case *ast.CallExpr:
		fn := match.Callee(ix.info, n)
		if fn == nil {
			return true
		}
		ix.calls[fn] = append(ix.calls[fn], n)
		switch match.FuncName(fn) {
		case "(io.Writer).Write":
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && len(n.Args) == 1 {
				if w := ix.local(sel.X); w != nil {
					ix.writes[w] = append(ix.writes[w], n.Args[0])
				}
			}
		case "io.WriteString":
			if len(n.Args) == 2 {
				if w := ix.local(n.Args[0]); w != nil {
					ix.writes[w] = append(ix.writes[w], n.Args[1])
				}
			}
		}
	}
	return true
}

func (ix *index) add(lhs ast.Expr, d def) {
	v := ix.local(lhs)
	if v == nil {
		return
	}
	if _, seen := ix.defs[v]; !seen {
		ix.vars = append(ix.vars, v)
	}
	ix.defs[v] = append(ix.defs[v], d)
	if d.result == -1 {
		ix.holder[ast.Unparen(d.rhs)] = v
	}
}

// local returns the variable (not a field) an identifier denotes, or nil.
func (ix *index) local(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	v, _ := ix.info.ObjectOf(id).(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return v
}

// single returns the one definition of the variable e denotes, or e.
func (ix *index) single(e ast.Expr) ast.Expr {
	v := ix.local(e)
	if ds := ix.defs[v]; v != nil && len(ds) == 1 && ds[0].result == -1 && !ix.addr[v] {
		return ast.Unparen(ds[0].rhs)
	}
	return e
}

// returns lists the values fd returns at result position i, in source
// order (return statements of closures inside fd excluded).
func returns(fd *ast.FuncDecl, i int) []ast.Expr {
	var out []ast.Expr
	for _, ret := range match.Returns(fd.Body) {
		if i < len(ret.Results) && len(ret.Results) > 1 || i == 0 && len(ret.Results) == 1 {
			out = append(out, ret.Results[i])
		}
	}
	return out
}

// frame is a call the walk entered through a function's return: the
// callee's parameters are the call's arguments.
type frame struct {
	call *ast.CallExpr
	fn   *types.Func
	up   *frame
}

// visitFunc is called on each expression a walk reaches. It returns the
// expression to continue with instead of the default steps (nil for the
// defaults), or stop to end this branch.
type visitFunc func(e ast.Expr, fr *frame) (next ast.Expr, stop bool)

// walk calls visit on e and on every expression whose value may reach e:
// the definitions of a local variable, the arguments bound to a parameter
// (those of the call the walk came through, else those of every call site
// in the package), a package variable's initializer, the operand of a
// conversion or re-encoding, and the values an in-package function returns.
func (ix *index) walk(e ast.Expr, fr *frame, visit visitFunc) {
	ix.walkDepth(e, fr, visit, 0, map[ast.Expr]bool{})
}

func (ix *index) walkDepth(e ast.Expr, fr *frame, visit visitFunc, depth int, seen map[ast.Expr]bool) {
	e = ast.Unparen(e)
	if depth > maxDepth || seen[e] {
		return
	}
	seen[e] = true
	defer delete(seen, e) // the same expression may be reached again through another frame
	next, stop := visit(e, fr)
	if stop {
		return
	}
	if next != nil {
		ix.walkDepth(next, fr, visit, depth+1, seen)
		return
	}
	switch x := e.(type) {
	case *ast.Ident:
		v := ix.local(x)
		if v == nil || ix.addr[v] {
			return
		}
		if p, ok := ix.params[v]; ok {
			if fr != nil && fr.fn == p.fn {
				if p.i < len(fr.call.Args) {
					ix.walkDepth(fr.call.Args[p.i], fr.up, visit, depth+1, seen)
				}
				return
			}
			for _, call := range ix.calls[p.fn] {
				if p.i < len(call.Args) {
					ix.walkDepth(call.Args[p.i], nil, visit, depth+1, seen)
				}
			}
			return
		}
		if init, ok := ix.inits[v]; ok {
			ix.walkDepth(init, nil, visit, depth+1, seen)
			return
		}
		for _, d := range ix.defs[v] {
			switch d.result {
			case -1, 0: // a tuple's first result is what carriers and visitors mean by the call
				ix.walkDepth(d.rhs, fr, visit, depth+1, seen)
			case rangeElem:
			default:
				if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok {
					ix.walkResult(call, d.result, fr, visit, depth, seen)
				}
			}
		}
	case *ast.CallExpr:
		if arg, ok := match.Carried(ix.info, x); ok {
			ix.walkDepth(arg, fr, visit, depth+1, seen)
			return
		}
		ix.walkResult(x, 0, fr, visit, depth, seen)
	}
}

// walkResult walks the values an in-package function returns as result i
// of call.
func (ix *index) walkResult(call *ast.CallExpr, i int, fr *frame, visit visitFunc, depth int, seen map[ast.Expr]bool) {
	fn := match.Callee(ix.info, call)
	fd := ix.funcs[fn]
	if fd == nil {
		return
	}
	inner := &frame{call: call, fn: fn, up: fr}
	for _, res := range returns(fd, i) {
		ix.walkDepth(res, inner, visit, depth+1, seen)
	}
}

// servesHTTP reports whether pkg imports net/http, without which it reads
// no request header and serves no handler.
func servesHTTP(pkg *types.Package) bool {
	return match.ImportsAny(pkg, "net/http")
}
