package scopes

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/match"
)

// Hand-built authorization URLs: the scope parameter of a constant URL or
// query string.

// constURL checks the scope parameter of a constant URL or query string:
// implicit-grant URLs, authorization URLs whose code is exchanged, and
// consent URLs.
func (c *checker) constURL(e ast.Expr) {
	s, ok := match.String(c.info, e)
	if !ok || !strings.Contains(s, "scope=") || c.compared[ast.Unparen(e)] {
		return
	}
	scope, rt, ok := paramScope(s)
	if !ok {
		return
	}
	foreign := false
	if k := c.scopeConst(e); k != nil {
		if k.Pkg() == c.pass.Pkg {
			return // checked where the constant is declared
		}
		foreign = true
	}
	u := c.urlUse(s, rt, scope, e)
	if u == nil {
		return
	}
	u.url, u.complete = true, true
	el := elem{value: scope, expr: e, foreign: foreign}
	u.elems = []elem{el}
	if el.foreign && u.grant != docusign.GrantCode && u.grant != docusign.GrantImplicit {
		return // reported where the constant is declared
	}
	c.check(u)
}

// urlUse describes the grant of an authorization URL s (constant, or the
// constant part before a computed scope) with response type rt, or returns
// nil when it is another provider's or asks for no grant.
func (c *checker) urlUse(s, rt, scope string, anchor ast.Expr) *use {
	// Without a host (a query appended to a configured auth server) the
	// package must be about DocuSign and the scopes DocuSign's.
	host, _ := authPath(s)
	u := &use{anchor: anchor, rel: relPackage}
	switch {
	case host != "" && docusign.IsDocuSignDomain(host):
		u.rel = relExplicit
	case host != "":
		return nil // another provider
	}
	names, _ := splitScopes(scope)
	switch u.grant = c.grants.Authorization(rt, names); u.grant {
	case docusign.GrantImplicit:
		u.what = "implicit-grant URL"
	case docusign.GrantConsent:
		u.what = "authorization URL"
	case docusign.GrantCode:
		u.what, u.hand = "authorization URL of a code grant", true
	default:
		return nil
	}
	return u
}

// concatURL checks a scope computed into a URL: "...&scope=" +
// url.QueryEscape(strings.Join(scopes, ",")) + "&client_id=...".
func (c *checker) concatURL(bin *ast.BinaryExpr) {
	if bin.Op != token.ADD {
		return
	}
	prefix, ok := match.String(c.info, bin.X)
	if !ok && strings.Contains(c.lastConst(bin.X), "scope=") {
		// A prefix with unknown parts: authServer + "?client_id=" + ik + "&scope=".
		for _, v := range c.vals().String(bin.X) {
			if s := v.Marked(hole); strings.HasSuffix(s, "scope=") && !hostUnknown(s) {
				prefix, ok = s, true
				break
			}
		}
	}
	if !ok || !strings.HasSuffix(prefix, "scope=") {
		return
	}
	if _, isConst := match.String(c.info, bin); isConst {
		return // a constant URL: constURL's
	}
	value := ast.Unparen(bin.Y)
	escaped := false
	if call, ok := value.(*ast.CallExpr); ok && match.IsCallTo(c.info, call, "net/url.QueryEscape", "net/url.PathEscape") && len(call.Args) == 1 {
		value, escaped = call.Args[0], true
	}
	_, rt, _ := paramScope(prefix)
	elems, sep, complete := c.str(value)
	if len(elems) == 0 {
		return
	}
	if s, ok := match.String(c.info, sep); ok && !escaped && (s == "%20" || s == "+") {
		sep = nil // already encoded spaces: right in a raw query
	}
	u := c.urlUse(prefix, rt, joinValues(elems), bin.Y)
	if u == nil {
		return
	}
	u.elems, u.sep, u.complete = elems, sep, complete
	c.check(u)
}

// scopeConst returns the named constant within a constant expression that
// already carries the scope parameter, or nil.
func (c *checker) scopeConst(e ast.Expr) *types.Const {
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if k := c.scopeConst(x.X); k != nil {
			return k
		}
		return c.scopeConst(x.Y)
	case *ast.Ident, *ast.SelectorExpr:
		if k := match.ConstObject(c.info, x); k != nil {
			if s, ok := match.String(c.info, x); ok && strings.Contains(s, "scope=") {
				return k
			}
		}
	}
	return nil
}

// hole stands for an unknown part of a resolved URL: no scope, response
// type or host contains it.
const hole = "\x00"

// piecedURL checks an authorization URL concatenated from pieces where the
// scope parameter and the response type are in different constants, with
// unknown parts between them: "...?response_type=token" + "&client_id=" +
// ik + "&scope=signature%20extended". The whole concatenation is resolved
// (internal/values); the scope must be known text. A scope computed after
// "scope=" is concatURL's, a constant carrying both constURL's.
func (c *checker) piecedURL(bin *ast.BinaryExpr) {
	if c.inChain[bin] || bin.Op != token.ADD {
		return
	}
	var pieces []ast.Expr
	var flatten func(e ast.Expr)
	flatten = func(e ast.Expr) {
		e = ast.Unparen(e)
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD && match.Const(c.info, b) == nil {
			c.inChain[b] = true
			flatten(b.X)
			flatten(b.Y)
			return
		}
		pieces = append(pieces, e)
	}
	flatten(bin)
	var scopePiece ast.Expr
	for _, p := range pieces {
		s, ok := match.String(c.info, p)
		if !ok || !strings.Contains(s, "scope=") {
			continue
		}
		if _, rt, ok := paramScope(s); ok && rt != "" || strings.HasSuffix(s, "scope=") {
			return // constURL's or concatURL's
		}
		if scopePiece != nil {
			return // two scope parameters: not a URL to judge
		}
		scopePiece = p
	}
	if scopePiece == nil || c.compared[ast.Unparen(bin)] {
		return
	}
	for _, v := range c.vals().String(bin) {
		s := v.Marked(hole)
		scope, rt, ok := paramScope(s)
		if !ok || rt == "" || strings.Contains(scope, hole) || strings.Contains(rt, hole) || hostUnknown(s) {
			continue
		}
		u := c.urlUse(s, rt, scope, scopePiece)
		if u == nil {
			continue
		}
		el := elem{value: scope, expr: scopePiece}
		if k := c.scopeConst(scopePiece); k != nil && k.Pkg() != c.pass.Pkg {
			el.foreign = true
		}
		u.url, u.complete, u.elems = true, true, []elem{el}
		c.check(u)
	}
}

// hostUnknown reports whether the URL s (with holes) has a scheme and an
// unknown part before its query: the host may be another provider's. A
// query appended to an unknown base (authURL + "?response_type=...") is
// judged like a host-less query.
func hostUnknown(s string) bool {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	return strings.Contains(s, "://") && strings.Contains(s, hole)
}

// lastConst returns the value of the last constant operand of a
// concatenation, or "".
func (c *checker) lastConst(e ast.Expr) string {
	e = ast.Unparen(e)
	if s, ok := match.String(c.info, e); ok {
		return s
	}
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
		return c.lastConst(b.Y)
	}
	return ""
}
