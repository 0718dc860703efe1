package connect

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/fixpoint"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// summary is what a function body does with a Connect message: where it
// decodes one (the decoding call, or the call of an in-package function
// that decodes), and whether it verifies an HMAC, or may do so where
// dslint cannot see (a call outside the package that gets the request).
type summary struct {
	decode   ast.Node
	verifies bool
}

// handlers judges the HTTP handlers of one package (DS804).
type handlers struct {
	fset *token.FileSet
	insp *inspector.Inspector
	ix   *index
	sigs *signatures
	sums *fixpoint.Solver[*types.Func, summary]
	uses map[types.Object][]inspector.Cursor // identifiers by the object they use; built on first need
}

func newHandlers(fset *token.FileSet, insp *inspector.Inspector, ix *index, sigs *signatures) *handlers {
	h := &handlers{fset: fset, insp: insp, ix: ix, sigs: sigs}
	h.sums = fixpoint.New(summary{}, func(fn *types.Func) summary { return h.body(h.ix.funcs[fn].Body) })
	return h
}

// summarize returns the summary of fn's body, computed once. Mutually
// recursive functions are solved together (fixpoint), so a summary does
// not depend on which of them is asked about first.
func (h *handlers) summarize(fn *types.Func) summary { return h.sums.Get(fn) }

// body summarizes a function body, closures inside it included.
func (h *handlers) body(body *ast.BlockStmt) summary {
	info := h.ix.info
	var s summary
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			s.verifies = s.verifies || h.sigs.carries(n) && !h.sigs.carries(n.X)
		case *ast.CallExpr:
			fn := match.Callee(info, n)
			name := match.FuncName(fn)
			switch {
			case match.IsCallTo(info, n, knowledge.HMACNew) || match.IsCallTo(info, n, knowledge.ConstantTimeCompares...) || h.sigs.carries(n) && !carriesArg(h.sigs, n):
				s.verifies = true
			case h.ix.funcs[fn] != nil:
				inner := h.summarize(fn)
				s.verifies = s.verifies || inner.verifies
				if s.decode == nil && inner.decode != nil {
					s.decode = n
				}
			default:
				if i, ok := knowledge.Decoders[name]; ok && i < len(n.Args) && s.decode == nil {
					if p, isPtr := types.Unalias(typeOf(info, n.Args[i])).(*types.Pointer); isPtr && evidence.ConnectMessage(p.Elem()) {
						s.decode = n
					}
				}
				if !h.standard(fn) && !passesOn(info, n) && takesRequest(info, n) {
					s.verifies = true // may verify where dslint cannot see
				}
			}
		}
		return true
	})
	return s
}

// carriesArg reports whether a call that carries a signature does so
// through an argument (a decoding of one read elsewhere), not by reading it.
func carriesArg(s *signatures, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if s.carries(a) {
			return true
		}
	}
	return false
}

func typeOf(info *types.Info, e ast.Expr) types.Type {
	if t := match.TypeOf(info, e); t != nil {
		return t
	}
	return types.Typ[types.Invalid]
}

// standard reports whether fn belongs to the Go distribution. A call of a
// function value (fn nil) does not.
func (h *handlers) standard(fn *types.Func) bool {
	return fn != nil && match.InGoroot(h.fset.Position(fn.Pos()).Filename)
}

// passesOn reports whether the call hands the request to the next handler
// (next(w, r), next.ServeHTTP(w, r) in a middleware): that serves it, it
// does not verify it.
func passesOn(info *types.Info, call *ast.CallExpr) bool {
	sig, _ := typeOf(info, call.Fun).Underlying().(*types.Signature)
	return isHandler(sig) && (match.Callee(info, call) == nil || match.IsCallTo(info, call, "(net/http.Handler).ServeHTTP", "(net/http.HandlerFunc).ServeHTTP"))
}

// takesRequest reports whether the call gets the request or its headers.
func takesRequest(info *types.Info, call *ast.CallExpr) bool {
	args := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		args = append([]ast.Expr{sel.X}, args...)
	}
	for _, a := range args {
		if match.IsType(match.TypeOf(info, a), "net/http.Request", "net/http.Header") {
			return true
		}
	}
	return false
}

// isHandler reports whether sig is func(http.ResponseWriter, *http.Request).
func isHandler(sig *types.Signature) bool {
	if sig == nil || sig.Params().Len() != 2 || sig.Results().Len() != 0 {
		return false
	}
	_, ptr := types.Unalias(sig.Params().At(1).Type()).(*types.Pointer)
	return match.IsType(sig.Params().At(0).Type(), "net/http.ResponseWriter") && ptr && match.IsType(sig.Params().At(1).Type(), "net/http.Request")
}

// unverified returns, for each handler in the package that decodes a
// Connect message and verifies nothing, and whose every registration dslint
// can see, where it decodes. The handlers are visited in source order; a
// handler factory's closures are judged where the factory is called. own
// are the handler functions and factories that decode and verify nothing,
// whether their registrations are seen or not; those another package can
// register get an UnverifiedHandler fact.
func (h *handlers) unverified(pass *analysis.Pass) (out []ast.Node, own []handlerFunc) {
	info := h.ix.info
	for cur := range h.insp.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var decodes []ast.Node
		var refs []inspector.Cursor
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			fn, _ := info.Defs[n.Name].(*types.Func)
			if fn == nil || h.ix.funcs[fn] == nil {
				continue
			}
			sig := fn.Type().(*types.Signature)
			hf := handlerFunc{fn: fn}
			if isHandler(sig) {
				if s := h.summarize(fn); s.decode != nil && !s.verifies {
					decodes = []ast.Node{s.decode}
				}
			} else {
				decodes, hf.factory = h.factory(n, sig), true
			}
			if len(decodes) == 0 {
				continue
			}
			own = append(own, hf)
			if fn.Exported() && sig.Recv() == nil {
				pass.ExportObjectFact(fn, &UnverifiedHandler{Decode: position(pass, decodes[0]), Factory: hf.factory})
			}
			refs = h.values(hf)
		case *ast.FuncLit:
			sig, _ := typeOf(info, n).(*types.Signature)
			if !isHandler(sig) {
				continue
			}
			if s := h.body(n.Body); s.decode != nil && !s.verifies {
				decodes = []ast.Node{s.decode}
			}
			refs = []inspector.Cursor{cur}
		}
		if len(decodes) > 0 && len(refs) > 0 && h.allRegistered(refs) {
			out = append(out, decodes...)
		}
	}
	return out, own
}

// factory returns where the closures a handler factory returns decode: fd
// has a single result, an http.HandlerFunc, an http.Handler or a
// func(http.ResponseWriter, *http.Request), and every return statement
// returns a function literal (converted to http.HandlerFunc or not, held in
// a variable or not) that decodes a Connect message and verifies nothing.
// It returns nil for any other function.
func (h *handlers) factory(fd *ast.FuncDecl, sig *types.Signature) []ast.Node {
	if sig.Results().Len() != 1 || !handlerType(sig.Results().At(0).Type()) {
		return nil
	}
	var out []ast.Node
	seen := map[*ast.FuncLit]bool{}
	for _, ret := range match.Returns(fd.Body) {
		if len(ret.Results) != 1 {
			return nil
		}
		lit := h.closure(ret.Results[0])
		if lit == nil {
			return nil
		}
		s := h.body(lit.Body)
		if s.decode == nil || s.verifies {
			return nil
		}
		if !seen[lit] {
			seen[lit] = true
			out = append(out, s.decode)
		}
	}
	return out
}

// closure returns the handler function literal e is, possibly through
// http.HandlerFunc and a variable's single definition, or nil.
func (h *handlers) closure(e ast.Expr) *ast.FuncLit {
	e = h.ix.single(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv := h.ix.info.Types[call.Fun]; tv.IsType() && match.IsType(tv.Type, "net/http.HandlerFunc") {
			e = h.ix.single(call.Args[0])
		}
	}
	lit, _ := ast.Unparen(e).(*ast.FuncLit)
	if sig, _ := typeOf(h.ix.info, lit).(*types.Signature); lit == nil || !isHandler(sig) {
		return nil
	}
	return lit
}

// handlerType reports whether t is http.HandlerFunc, http.Handler or an
// unnamed func(http.ResponseWriter, *http.Request).
func handlerType(t types.Type) bool {
	sig, _ := types.Unalias(t).(*types.Signature)
	return isHandler(sig) || match.IsType(t, "net/http.HandlerFunc", "net/http.Handler")
}

// values returns the places hf's handler is used as a value: the uses of
// the function (not its calls), or the calls of a factory.
func (h *handlers) values(hf handlerFunc) []inspector.Cursor {
	var refs []inspector.Cursor
	for _, cur := range h.usesOf(hf.fn) {
		refs = append(refs, value(cur, hf.factory))
	}
	return refs
}

// value returns the handler value at a use of a handler function or
// factory: the use (s.connect, pkg.Handler), or the call of a factory
// (pkg.Handler(sink)).
func value(cur inspector.Cursor, factory bool) inspector.Cursor {
	if _, ok := cur.Parent().Node().(*ast.SelectorExpr); ok {
		cur = cur.Parent()
	}
	if _, ok := cur.Parent().Node().(*ast.CallExpr); ok && factory && cur.ParentEdgeKind() == edge.CallExpr_Fun {
		cur = cur.Parent()
	}
	return cur
}

// usesOf returns the identifiers that use obj, in source order, from an
// index built in one walk the first time it is needed.
func (h *handlers) usesOf(obj types.Object) []inspector.Cursor {
	return h.usesIndex()[obj]
}

func (h *handlers) usesIndex() map[types.Object][]inspector.Cursor {
	if h.uses == nil {
		h.uses = map[types.Object][]inspector.Cursor{}
		for cur := range h.insp.Root().Preorder((*ast.Ident)(nil)) {
			if o := h.ix.info.Uses[cur.Node().(*ast.Ident)]; o != nil {
				h.uses[o] = append(h.uses[o], cur)
			}
		}
	}
	return h.uses
}
