package connect

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/match"
)

// UnverifiedHandler is the fact exported for an exported HTTP handler
// function that decodes a Connect message and never verifies its HMAC on
// any path, or for an exported handler factory (Factory) that returns only
// such handlers, closures: registered on a mux another package serves, the
// handler (the factory's result) accepts forged webhooks like one of that
// package.
type UnverifiedHandler struct {
	Decode  string // where it decodes, file:line
	Factory bool   // the handler is the function's result, not the function
}

// AFact marks UnverifiedHandler as an analysis.Fact.
func (*UnverifiedHandler) AFact() {}

// String describes the fact, as analysistest and -debug print it.
func (f *UnverifiedHandler) String() string {
	if f.Factory {
		return "returns a handler that decodes Connect unverified at " + f.Decode
	}
	return "decodes Connect unverified at " + f.Decode
}

// handlerFunc is a function that is an unverified handler, or a factory
// (factory) whose calls are.
type handlerFunc struct {
	fn      *types.Func
	factory bool
}

// name names the handler as pkg.Name, or pkg.Name(...) for a factory's
// result, for messages.
func (hf handlerFunc) name() string {
	if hf.factory {
		return qualified(hf.fn) + "(...)"
	}
	return qualified(hf.fn)
}

// ServesUnverified is the fact exported for an exported function whose
// Result'th result is a ServeMux on which such a handler (Handler, as
// pkg.Name) is registered, with nothing verifying in between, and that is
// only registered on and returned: served by the caller as it is, it
// accepts forged webhooks.
type ServesUnverified struct {
	Result  int
	Handler string
}

// AFact marks ServesUnverified as an analysis.Fact.
func (*ServesUnverified) AFact() {}

// String describes the fact, as analysistest and -debug print it.
func (f *ServesUnverified) String() string {
	return fmt.Sprintf("result %d serves %s unverified", f.Result, f.Handler)
}

// fate is where a mux variable goes: ok when every use registers on it,
// serves it or returns it; returns lists the function results it is
// returned as.
type fate struct {
	ok      bool
	returns []slot
}

// slot is a result of a function.
type slot struct {
	fn *types.Func
	i  int
}

// muxFate follows the local mux variable v.
func (h *handlers) muxFate(v *types.Var) fate {
	if v == nil || h.ix.params[v] != (param{}) || h.ix.addr[v] || v.Parent() == v.Pkg().Scope() {
		return fate{}
	}
	var f fate
	for _, cur := range h.usesOf(v) {
		if h.muxUse(cur) {
			continue
		}
		ret, ok := cur.Parent().Node().(*ast.ReturnStmt)
		if !ok || cur.ParentEdgeKind() != edge.ReturnStmt_Results {
			return fate{}
		}
		fd, ok := enclosingDecl(cur)
		fn, _ := h.ix.info.Defs[fd.Name].(*types.Func)
		if !ok || fn == nil || fn.Type().(*types.Signature).Results().Len() != len(ret.Results) {
			return fate{}
		}
		f.returns = append(f.returns, slot{fn, cur.ParentEdgeIndex()})
	}
	f.ok = true
	return f
}

// enclosingDecl returns the function declaration around cur, unless a
// function literal is nearer.
func enclosingDecl(cur inspector.Cursor) (*ast.FuncDecl, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fd, ok := c.Node().(*ast.FuncDecl)
		return fd, ok
	}
	return nil, false
}

// routes judges the registrations the package makes of unverified
// handlers it cannot report at their decoding: a handler of another
// package (an UnverifiedHandler fact) registered on a mux that is served
// here is reported at the registration, and a mux returned by an
// exported function gets a ServesUnverified fact; a mux of another
// package's function (a ServesUnverified fact) served here as it is is
// reported at the call. A handler factory's result stands for the
// handler. own are the package's unverified handler functions and
// factories, which unverified reports when it sees all their
// registrations.
func (h *handlers) routes(pass *analysis.Pass, own []handlerFunc, report func(at ast.Node, format string, args ...any)) {
	info := h.ix.info
	exported := map[*types.Func]bool{}
	export := func(returns []slot, handler string) {
		for _, s := range returns {
			if s.fn.Exported() && !exported[s.fn] {
				exported[s.fn] = true
				pass.ExportObjectFact(s.fn, &ServesUnverified{Result: s.i, Handler: handler})
			}
		}
	}
	for _, hf := range own {
		for _, cur := range h.values(hf) {
			if served, returns := h.route(cur); !served {
				export(returns, hf.name())
			}
		}
	}
	for cur := range h.insp.Root().Preorder((*ast.Ident)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.Ident:
			fn, _ := info.Uses[n].(*types.Func)
			var f UnverifiedHandler
			if fn == nil || fn.Pkg() == pass.Pkg || !pass.ImportObjectFact(fn, &f) {
				continue
			}
			hf := handlerFunc{fn, f.Factory}
			cur = value(cur, hf.factory)
			served, returns := h.route(cur)
			if served {
				report(cur.Node(), "%s decodes a Connect message and never verifies its HMAC (%s)", hf.name(), forged)
			}
			export(returns, hf.name())
		case *ast.CallExpr:
			fn := match.Callee(info, n)
			var f ServesUnverified
			if fn == nil || fn.Pkg() == pass.Pkg || !pass.ImportObjectFact(fn, &f) {
				continue
			}
			served, returns := h.result(cur, f.Result)
			if served {
				report(n, "the mux returned serves %s, with no Connect HMAC check (%s)", f.Handler, forged)
			}
			export(returns, f.Handler)
		}
	}
}

// route follows the handler reference at cur to its registration: served
// is whether the mux it is registered on is served here as it is, returns
// the function results that mux is only returned as.
func (h *handlers) route(cur inspector.Cursor) (served bool, returns []slot) {
	mux, defaultMux, ok := h.registration(cur)
	switch {
	case !ok:
		return false, nil
	case defaultMux:
		return !h.defaultMuxNamed(), nil
	}
	f := h.muxFate(h.ix.local(mux))
	if !f.ok {
		return false, nil
	}
	return len(f.returns) == 0, f.returns
}

// result follows result i of the call at cur: a mux assigned to a local
// variable that is only registered on, served or returned, or served
// directly.
func (h *handlers) result(cur inspector.Cursor, i int) (served bool, returns []slot) {
	call := cur.Node().(*ast.CallExpr)
	if p, ok := cur.Parent().Node().(*ast.AssignStmt); ok {
		if len(p.Rhs) != 1 || p.Rhs[0] != call || i >= len(p.Lhs) {
			return false, nil
		}
		f := h.muxFate(h.ix.local(p.Lhs[i]))
		return f.ok && len(f.returns) == 0, f.returns
	}
	return i == 0 && h.serves(cur), nil
}

// qualified names fn as pkg.Name, for messages.
func qualified(fn *types.Func) string {
	return fn.Pkg().Name() + "." + fn.Name()
}

// position is file:line of a node, for facts.
func position(pass *analysis.Pass, n ast.Node) string {
	p := pass.Fset.Position(n.Pos())
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}
