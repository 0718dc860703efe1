package scopes

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/values"
)

// use is one scope list or scope string requested with a grant.
type use struct {
	grant docusign.Grant
	// addsImpersonation: the library adds the impersonation scope itself
	// (esign's JWTConfig.Credential).
	addsImpersonation bool
	what              string   // the grant source, for messages
	anchor            ast.Node // where list-level findings (DS403) are reported
	rel               relation
	elems             []elem
	complete          bool     // every element is known
	str               bool     // one space-separated string (a JWT scope claim)
	url               bool     // the scope parameter of a URL
	sep               ast.Expr // the separator of strings.Join, when the value is joined
	// hand: a hand-built authorization request (a URL or url.Values) taken
	// for a code grant because the package sends grant_type=authorization_code.
	hand bool
}

// elem is one constant element of a scope list, or a scope string.
type elem struct {
	value   string
	expr    ast.Expr
	lit     *ast.BasicLit // the literal to rewrite in a fix, when expr is one
	foreign bool          // a constant declared in another package
	// merged: from a list field or parameter joining several writes or
	// calls (values.Elem.Merged), so perhaps of another use of the list.
	merged bool
}

// elemOf reads a constant string expression as an element.
func (c *checker) elemOf(e ast.Expr) (elem, bool) {
	s, ok := match.String(c.info, e)
	if !ok {
		return elem{}, false
	}
	el := elem{value: s, expr: e}
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING {
		el.lit = lit
	}
	if k := match.ConstObject(c.info, e); k != nil && k.Pkg() != c.pass.Pkg {
		el.foreign = true
	}
	return el, true
}

// resolve follows a variable that is initialised once and never reassigned
// to its initialiser.
func (c *checker) resolve(e ast.Expr) ast.Expr {
	for range 4 {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return e
		}
		obj, ok := c.info.Uses[id].(*types.Var)
		init := c.inits[obj]
		if !ok || init == nil || c.reassigned[obj] {
			return e
		}
		e = init
	}
	return e
}

// list reads a []string scope list through the package's value resolver: a
// composite literal, append onto a resolvable list
// (append(baseScopes, "impersonation")), a variable holding one. complete
// is false when an element or an appended slice is unknown.
func (c *checker) list(e ast.Expr) ([]elem, bool) {
	els, complete := c.vals().Strings(e)
	if els == nil && !complete {
		return nil, false
	}
	return c.elems(e, els, complete)
}

// elems converts the resolved elements of the list at use, dropping the
// unknown ones (then the list is incomplete). An element of another
// package's list is reported at use.
func (c *checker) elems(use ast.Expr, els []values.Elem, complete bool) ([]elem, bool) {
	var out []elem
	for _, v := range els {
		if !v.Known {
			complete = false
			continue
		}
		if v.Expr == nil {
			out = append(out, elem{value: v.Text, expr: use, foreign: true})
			continue
		}
		el := elem{value: v.Text, expr: v.Expr, merged: v.Merged}
		if lit, ok := ast.Unparen(v.Expr).(*ast.BasicLit); ok && lit.Kind == token.STRING {
			el.lit = lit
		}
		if v.Const != nil && v.Const.Pkg() != c.pass.Pkg {
			el.foreign = true
		}
		out = append(out, el)
	}
	return out, complete
}

// args reads variadic scope arguments.
func (c *checker) args(args []ast.Expr) ([]elem, bool) {
	var out []elem
	complete := true
	for _, a := range args {
		if el, ok := c.elemOf(a); ok {
			out = append(out, el)
		} else {
			complete = false
		}
	}
	return out, complete
}

// str reads a scope string: a constant, or strings.Join of a resolvable
// list (sep is the separator argument then).
func (c *checker) str(e ast.Expr) (elems []elem, sep ast.Expr, complete bool) {
	e = c.resolve(e)
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && match.IsCallTo(c.info, call, "strings.Join") && len(call.Args) == 2 {
		elems, complete = c.list(call.Args[0])
		return elems, call.Args[1], complete
	}
	if el, ok := c.elemOf(e); ok {
		return []elem{el}, nil, true
	}
	if elems, ok := c.list(e); ok { // a []string claim value
		return elems, nil, true
	}
	return nil, nil, false
}
