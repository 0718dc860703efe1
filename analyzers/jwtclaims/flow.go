package jwtclaims

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// grantField is the form field of the JWT bearer grant that carries the
// signed assertion.
const grantField = "assertion"

// assertionFuncs finds the package's functions whose result a DocuSign
// token request sends as the grant's assertion:
//
//	a, err := makeAssertion(ik, user)        // in a function that names
//	http.PostForm(tokenURL, url.Values{"assertion": {a}, ...}) // a DocuSign host
//
// The claims such a function signs are a DocuSign assertion even when the
// function itself names no DocuSign value.
func (c *checker) assertionFuncs() map[*types.Func]bool {
	out := map[*types.Func]bool{}
	info := c.pass.TypesInfo
	for _, file := range c.r.Files() {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !evidence.Mentions(info, fd.Body) {
				continue
			}
			for _, e := range assertionValues(info, fd.Body) {
				if fn := c.producer(fd.Body, e); fn != nil {
					out[fn] = true
				}
			}
		}
	}
	return out
}

// assertionValues returns the expressions a body sends as the assertion:
// url.Values{"assertion": {x}}, v.Set("assertion", x), "...&assertion=" + x.
func assertionValues(info *types.Info, body ast.Node) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			if k, ok := match.String(info, n.Key); ok && k == grantField {
				out = append(out, n.Value)
			}
		case *ast.CallExpr:
			if match.IsCallTo(info, n, knowledge.URLValuesSetters...) && len(n.Args) == 2 {
				if k, ok := match.String(info, n.Args[0]); ok && k == grantField {
					out = append(out, n.Args[1])
				}
			}
		case *ast.BinaryExpr:
			if s, ok := match.String(info, n.X); ok && n.Op == token.ADD && strings.HasSuffix(s, grantField+"=") {
				out = append(out, n.Y)
			}
		}
		return true
	})
	return out
}

// producer returns the package function whose call produces e (directly,
// through a []string{...} literal, or through a variable assigned from the
// call), or nil.
func (c *checker) producer(body ast.Node, e ast.Expr) *types.Func {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.CompositeLit:
		if len(x.Elts) == 1 {
			return c.producer(body, x.Elts[0])
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.producer(body, x.Args[0]) // string(b)
		}
		if fn := match.Callee(info, x); fn != nil && fn.Pkg() == c.pass.Pkg {
			return fn
		}
	case *ast.Ident:
		v, _ := info.Uses[x].(*types.Var)
		var found *types.Func
		ast.Inspect(body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || found != nil {
				return found == nil
			}
			for i, lhs := range as.Lhs {
				id, ok := lhs.(*ast.Ident)
				if !ok || v == nil || info.ObjectOf(id) != v {
					continue
				}
				rhs := as.Rhs[0]
				if len(as.Rhs) == len(as.Lhs) {
					rhs = as.Rhs[i]
				}
				if call, ok := ast.Unparen(rhs).(*ast.CallExpr); ok {
					found = c.producer(body, call)
				}
			}
			return true
		})
		return found
	}
	return nil
}
