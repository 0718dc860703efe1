package connect

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// signatures holds the variables (locals and parameters) that carry a
// Connect signature read from a request: sig := r.Header.Get("X-DocuSign-
// Signature-1"), its base64 decoding, an element of Header.Values, and the
// parameter of an in-package function it is passed to.
type signatures struct {
	ix   *index
	vars map[*types.Var]bool
	rets map[*types.Func]bool // in-package functions that return a signature
}

// findSignatures follows signature values through assignments and calls
// until nothing changes (each round only adds variables, so at most one
// round per variable).
func findSignatures(ix *index) *signatures {
	s := &signatures{ix: ix, vars: map[*types.Var]bool{}, rets: map[*types.Func]bool{}}
	for changed := true; changed; {
		changed = false
		for _, v := range ix.vars {
			if s.vars[v] || ix.addr[v] {
				continue
			}
			for _, d := range ix.defs[v] {
				if d.result <= 0 && s.carries(d.rhs) {
					s.vars[v], changed = true, true
					break
				}
			}
		}
		for _, fn := range ix.order {
			if !s.rets[fn] && slices.ContainsFunc(returns(ix.funcs[fn], 0), s.carries) {
				s.rets[fn], changed = true, true
			}
			sig := fn.Type().(*types.Signature)
			for _, call := range ix.calls[fn] {
				for i, arg := range call.Args {
					if i < sig.Params().Len() && !s.vars[sig.Params().At(i)] && s.carries(arg) {
						s.vars[sig.Params().At(i)], changed = true, true
					}
				}
			}
		}
	}
	return s
}

// carries reports whether e is, or is derived from, a Connect signature.
func (s *signatures) carries(e ast.Expr) bool {
	info := s.ix.info
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := s.ix.local(e)
		return v != nil && s.vars[v]
	case *ast.IndexExpr: // r.Header["X-Docusign-Signature-1"], sigs[0]
		if match.IsType(match.TypeOf(info, e.X), "net/http.Header") {
			return s.headerName(e.Index)
		}
		return s.carries(e.X)
	case *ast.SliceExpr:
		return s.carries(e.X)
	case *ast.CallExpr:
		if match.IsCallTo(info, e, "(net/http.Header).Get", "(net/http.Header).Values") && len(e.Args) == 1 {
			return s.headerName(e.Args[0])
		}
		if arg, ok := match.Carried(info, e); ok {
			return s.carries(arg)
		}
		if isBuiltin(info, e.Fun, "append") && len(e.Args) > 1 {
			return slices.ContainsFunc(e.Args[1:], s.carries) // a list of signatures
		}
		return s.rets[match.Callee(info, e)]
	}
	return false
}

// headerName reports whether e is the name of a Connect signature header:
// a constant, or a constant prefix with the key number added at run time
// ("X-DocuSign-Signature-" + strconv.Itoa(i), fmt.Sprintf("X-DocuSign-Signature-%d", i)),
// also through a local variable.
func (s *signatures) headerName(e ast.Expr) bool {
	info := s.ix.info
	if names, ok := s.rangedNames(e); ok {
		for _, name := range names {
			if !docusign.ConnectSignatureHeader(name, true) {
				return false
			}
		}
		return len(names) > 0
	}
	e = s.ix.single(e)
	if name, ok := match.String(info, e); ok {
		return docusign.ConnectSignatureHeader(name, true)
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		prefix, ok := match.String(info, e.X)
		return ok && e.Op == token.ADD && docusign.ConnectSignatureHeader(prefix, false)
	case *ast.CallExpr:
		if !match.IsCallTo(info, e, "fmt.Sprintf") || len(e.Args) != 2 {
			return false
		}
		format, _ := match.String(info, e.Args[0])
		prefix, verb, _ := strings.Cut(format, "%")
		return (verb == "d" || verb == "v") && docusign.ConnectSignatureHeader(prefix, false)
	}
	return false
}

// rangedNames returns the constants a range variable takes when its only
// definition is a range over a constant list: for _, name := range
// []string{"X-DocuSign-Signature-1", "X-DocuSign-Signature-2"}.
func (s *signatures) rangedNames(e ast.Expr) ([]string, bool) {
	v := s.ix.local(e)
	if ds := s.ix.defs[v]; v == nil || len(ds) != 1 || ds[0].result != rangeElem || s.ix.addr[v] {
		return nil, false
	}
	names, _, ok := match.Strings(s.ix.info, s.ix.single(s.ix.defs[v][0].rhs))
	return names, ok
}

func isBuiltin(info *types.Info, fun ast.Expr, name string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// comparison is a signature compared with another value (the MAC the
// listener computed, usually).
type comparison struct {
	node     ast.Node // the == expression or the call
	op       string   // how: "==", "!=", "bytes.Equal", ...
	sig      ast.Expr
	other    ast.Expr
	constant bool // hmac.Equal or subtle.ConstantTimeCompare
}

// compare returns the comparison n makes between a signature and a value
// that is neither a signature nor a constant (sig == "" tests presence).
func (s *signatures) compare(n ast.Node) (comparison, bool) {
	info := s.ix.info
	var x, y ast.Expr
	c := comparison{node: n}
	switch n := n.(type) {
	case *ast.BinaryExpr:
		if n.Op != token.EQL && n.Op != token.NEQ {
			return c, false
		}
		x, y, c.op = n.X, n.Y, n.Op.String()
	case *ast.CallExpr:
		if len(n.Args) != 2 {
			return c, false
		}
		switch {
		case match.IsCallTo(info, n, knowledge.ConstantTimeCompares...):
			c.constant = true
		case match.IsCallTo(info, n, knowledge.VariableTimeCompares...):
		default:
			return c, false
		}
		x, y = n.Args[0], n.Args[1]
		fn := match.Callee(info, n)
		c.op = fn.Pkg().Name() + "." + fn.Name()
	default:
		return c, false
	}
	if s.carries(y) {
		x, y = y, x
	}
	if !s.carries(x) || s.carries(y) || match.Const(info, y) != nil || match.IsNil(info, y) {
		return c, false
	}
	c.sig, c.other = x, y
	return c, true
}
