package connect

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// allRegistered reports whether every use of a handler is a registration
// dslint can follow to the server with nothing verifying in between: on
// the default mux (never referred to by name, so not wrapped), or on a
// local ServeMux that is only registered on and served, possibly through
// http.HandlerFunc and in-package middleware that does not verify. A use
// it cannot follow (a call into another package, a struct field, a
// variable) may be wrapped by verification there.
func (h *handlers) allRegistered(refs []inspector.Cursor) bool {
	for _, cur := range refs {
		if !h.registered(cur) {
			return false
		}
	}
	return true
}

func (h *handlers) registered(cur inspector.Cursor) bool {
	mux, defaultMux, ok := h.registration(cur)
	switch {
	case !ok:
		return false
	case defaultMux:
		return !h.defaultMuxNamed()
	}
	return h.servedDirectly(mux)
}

// registration follows the handler reference at cur, through
// http.HandlerFunc and in-package middleware that does not verify, to its
// registration: on the default mux (defaultMux), or on the ServeMux mux.
// ok is false for any other use.
func (h *handlers) registration(cur inspector.Cursor) (mux ast.Expr, defaultMux, ok bool) {
	info := h.ix.info
	for range maxDepth {
		for {
			if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
				break
			}
			cur = cur.Parent()
		}
		call, ok := cur.Parent().Node().(*ast.CallExpr)
		if !ok || cur.ParentEdgeKind() != edge.CallExpr_Args {
			return nil, false, false
		}
		if tv, isType := info.Types[call.Fun]; isType && tv.IsType() {
			if !match.IsType(tv.Type, "net/http.HandlerFunc") {
				return nil, false, false
			}
			cur = cur.Parent()
			continue
		}
		fn := match.Callee(info, call)
		switch {
		case match.IsCallTo(info, call, knowledge.DefaultMuxRegistrations...) || match.IsCallTo(info, call, knowledge.MuxRegistrations...):
			if cur.ParentEdgeIndex() != 1 {
				return nil, false, false
			}
			if match.IsCallTo(info, call, knowledge.DefaultMuxRegistrations...) {
				return nil, true, true
			}
			if sel, isMethod := ast.Unparen(call.Fun).(*ast.SelectorExpr); isMethod {
				return sel.X, false, true
			}
			return nil, false, false
		case h.ix.funcs[fn] != nil:
			if h.summarize(fn).verifies {
				return nil, false, false // middleware that verifies
			}
			cur = cur.Parent() // middleware that does not: follow what it returns
		default:
			return nil, false, false
		}
	}
	return nil, false, false
}

// defaultMuxNamed reports whether the package refers to
// http.DefaultServeMux, which it may wrap.
func (h *handlers) defaultMuxNamed() bool {
	for obj, ids := range h.usesIndex() { // any order: the answer is whether one exists
		if v, ok := obj.(*types.Var); ok && len(ids) > 0 && v.Name() == "DefaultServeMux" && v.Pkg() != nil && v.Pkg().Path() == "net/http" {
			return true
		}
	}
	return false
}

// servedDirectly reports whether mux is a local variable that is only
// registered on, defined, and handed to http.ListenAndServe (or Serve) or
// an http.Server's Handler: no wrapper dslint cannot see.
func (h *handlers) servedDirectly(mux ast.Expr) bool {
	f := h.muxFate(h.ix.local(mux))
	return f.ok && len(f.returns) == 0
}

// muxUse reports whether the mux identifier at cur is registered on
// (mux.HandleFunc, mux.Handle) or served (serves).
func (h *handlers) muxUse(cur inspector.Cursor) bool {
	if p, ok := cur.Parent().Node().(*ast.SelectorExpr); ok {
		call, ok := cur.Parent().Parent().Node().(*ast.CallExpr)
		return ok && call.Fun == p && match.IsCallTo(h.ix.info, call, knowledge.MuxRegistrations...)
	}
	return h.serves(cur)
}

// serves reports whether the mux expression at cur is served as it is:
// handed to http.ListenAndServe (or Serve), or an http.Server's Handler.
func (h *handlers) serves(cur inspector.Cursor) bool {
	info := h.ix.info
	switch p := cur.Parent().Node().(type) {
	case *ast.CallExpr:
		return cur.ParentEdgeKind() == edge.CallExpr_Args && cur.ParentEdgeIndex() == 1 && match.IsCallTo(info, p, knowledge.Servers...)
	case *ast.KeyValueExpr:
		key, ok := p.Key.(*ast.Ident)
		lit, isLit := cur.Parent().Parent().Node().(*ast.CompositeLit)
		return ok && isLit && key.Name == "Handler" && cur.ParentEdgeKind() == edge.KeyValueExpr_Value && match.IsType(match.TypeOf(info, lit), "net/http.Server")
	}
	return false
}
