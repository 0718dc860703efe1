package polling

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/timeexpr"
)

// checker holds the package's evaluators.
type checker struct {
	info *types.Info
	durs *timeexpr.Durations
	// docuSign reports whether the package has DocuSign evidence, which a
	// path relative to the REST base needs (computed on first need).
	docuSign func() bool
	funcs    map[*types.Func]*ast.FuncDecl // the package's function declarations with a body
	wrappers map[*types.Func][]*ast.CallExpr
}

// outerBody returns the body of the function declaration around cur, whose
// local definitions closures inside it share, or nil at package level.
func outerBody(cur inspector.Cursor) *ast.BlockStmt {
	for fd := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return fd.Node().(*ast.FuncDecl).Body
	}
	return nil
}

// statusRequest reports whether call requests envelope status: an esign
// status operation's Do, or a net/http GET of an envelope status path
// (relative to a REST base that ends in /restapi, in a package with
// DocuSign evidence).
func (c *checker) statusRequest(fn *ast.BlockStmt, call *ast.CallExpr) bool {
	name := match.CalleeName(c.info, call)
	if name == "" {
		return false
	}
	for _, op := range knowledge.EnvelopeStatusOps {
		if name == op {
			return true
		}
	}
	return c.getsStatus(call, c.durs.Defs(fn).Resolve)
}

// getsStatus reports whether call is a net/http GET of an envelope status
// path, its identifiers read through resolve.
func (c *checker) getsStatus(call *ast.CallExpr, resolve func(ast.Expr) ast.Expr) bool {
	name := match.CalleeName(c.info, call)
	i, ok := knowledge.RequestURLArgs[name]
	if !ok || i >= len(call.Args) || !c.isGET(name, call, resolve) {
		return false
	}
	url, _ := match.Joined(match.Pieces(c.info, call.Args[i], resolve), docusign.UnknownPart)
	return docusign.EnvelopeStatusPath(url) || docusign.RelativeEnvelopeStatusPath(url) && c.docuSign()
}

// wrapperRequest reports whether call, in the function body fn, calls a
// function of the package whose own request is a GET of an envelope status
// path once its parameters stand for call's arguments: c.do(ctx,
// http.MethodGet, "/v2.1/accounts/"+acct+"/envelopes/"+id), where do sends
// http.NewRequestWithContext(ctx, method, c.base+path, nil). The request
// must be outside any loop or closure of the function, and the parameters
// it reads never assigned there; a wrapper of a wrapper is not followed.
func (c *checker) wrapperRequest(fn *ast.BlockStmt, call *ast.CallExpr) bool {
	callee := match.Callee(c.info, call)
	reqs := c.wrapped(callee)
	if len(reqs) == 0 {
		return false
	}
	params := map[types.Object]int{}
	sig := callee.Type().(*types.Signature)
	for i := range sig.Params().Len() {
		params[sig.Params().At(i)] = i
	}
	inner, outer := c.durs.Defs(c.funcs[callee].Body), c.durs.Defs(fn)
	resolve := func(e ast.Expr) ast.Expr {
		e = inner.Resolve(e)
		if id, ok := e.(*ast.Ident); ok {
			if i, isParam := params[c.info.Uses[id]]; isParam && inner.Unassigned(id) && i < len(call.Args) {
				e = call.Args[i]
			}
		}
		return outer.Resolve(e)
	}
	for _, req := range reqs {
		if c.getsStatus(req, resolve) {
			return true
		}
	}
	return false
}

// wrapped returns the net/http requests fn, a non-variadic function of the
// package, sends or builds outside any loop or closure of its own, in
// source order, computed once per function.
func (c *checker) wrapped(fn *types.Func) []*ast.CallExpr {
	fd := c.funcs[fn]
	if fd == nil || fn.Type().(*types.Signature).Variadic() {
		return nil
	}
	if reqs, ok := c.wrappers[fn]; ok {
		return reqs
	}
	var reqs []*ast.CallExpr
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return false
		case *ast.CallExpr:
			if _, ok := knowledge.RequestURLArgs[match.CalleeName(c.info, n)]; ok {
				reqs = append(reqs, n)
			}
		}
		return true
	})
	c.wrappers[fn] = reqs
	return reqs
}

// isGET reports whether the request call sends or builds is a GET:
// http.Get, (*http.Client).Get, or NewRequest with a constant "GET" (or "",
// which net/http sends as GET), read through resolve.
func (c *checker) isGET(name string, call *ast.CallExpr, resolve func(ast.Expr) ast.Expr) bool {
	switch {
	case slices.Contains(knowledge.GETRequests, name):
		return true
	case slices.Contains(knowledge.RequestBuilders, name):
		m, ok := match.String(c.info, resolve(call.Args[knowledge.RequestURLArgs[name]-1]))
		return ok && (m == "" || m == "GET")
	}
	return false
}
