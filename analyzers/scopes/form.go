package scopes

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// Query parameters built with net/url.Values: the authorization request of
// a hand-built consent, code or implicit URL
// (url.Values{"response_type": {"code"}, "scope": {"signature impersonation"}}
// or v.Set("scope", ...)).

// valuesParam returns the constant key and value expression of a
// v.Set(key, value) or v.Add(key, value) call.
func (c *checker) valuesParam(call *ast.CallExpr) (key string, value ast.Expr, recv types.Object, ok bool) {
	if !match.IsCallTo(c.info, call, knowledge.URLValuesSetters...) || len(call.Args) != 2 {
		return "", nil, nil, false
	}
	key, ok = match.String(c.info, call.Args[0])
	if !ok {
		return "", nil, nil, false
	}
	if sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr); isSel {
		recv = c.rootObj(sel.X)
	}
	return key, call.Args[1], recv, true
}

// recordResponseType remembers v.Set("response_type", "code") so that
// v.Set("scope", ...) on the same variable knows its grant.
func (c *checker) recordResponseType(call *ast.CallExpr) {
	key, value, recv, ok := c.valuesParam(call)
	if !ok || key != "response_type" || recv == nil {
		return
	}
	if rt, ok := match.String(c.info, value); ok {
		c.responseTypes[recv] = rt
	}
}

// formGrant turns a response_type into the grant and its description.
func (c *checker) formGrant(rt, scope string) (docusign.Grant, string) {
	names, _ := splitScopes(scope)
	switch g := c.grants.Authorization(rt, names); g {
	case docusign.GrantImplicit:
		return g, "implicit-grant request"
	case docusign.GrantCode:
		return g, "authorization request of a code grant"
	case docusign.GrantConsent:
		return g, "authorization request"
	}
	return docusign.GrantUnknown, "scope parameter"
}

// valuesLit checks the scope of a url.Values literal.
func (c *checker) valuesLit(lit *ast.CompositeLit) {
	var scope ast.Expr
	rt := ""
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		k, _ := match.String(c.info, kv.Key)
		switch k {
		case "scope":
			scope = kv.Value
		case "response_type":
			if vals, _, ok := match.Strings(c.info, kv.Value); ok && len(vals) == 1 {
				rt = vals[0]
			}
		}
	}
	if scope == nil {
		return
	}
	u := &use{anchor: scope, rel: relPackage, str: true}
	u.elems, u.complete = c.list(scope)
	u.grant, u.what = c.formGrant(rt, joinValues(u.elems))
	u.hand = u.grant == docusign.GrantCode
	c.check(u)
}

// valuesSet checks v.Set("scope", ...).
func (c *checker) valuesSet(call *ast.CallExpr) {
	key, value, recv, ok := c.valuesParam(call)
	if !ok || key != "scope" {
		return
	}
	u := &use{anchor: value, rel: relPackage, str: true}
	rt := ""
	if recv != nil {
		rt = c.responseTypes[recv]
	}
	u.elems, u.sep, u.complete = c.str(value)
	u.grant, u.what = c.formGrant(rt, joinValues(u.elems))
	u.hand = u.grant == docusign.GrantCode
	c.check(u)
}

// joinValues joins the element values with spaces.
func joinValues(elems []elem) string {
	vals := make([]string, len(elems))
	for i, el := range elems {
		vals[i] = el.value
	}
	return strings.Join(vals, " ")
}
