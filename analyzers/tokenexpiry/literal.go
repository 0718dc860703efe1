package tokenexpiry

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// checkLiterals reports DS504: an oauth2.Token literal whose AccessToken
// comes from a DocuSign token response and that sets no Expiry (and whose
// Expiry is not assigned later in the function), and one without Expiry
// handed to esign's credentials (checkExpiryReaders).
func (c *checker) checkLiterals() {
	if !c.isDS {
		return
	}
	done := map[token.Pos]bool{}
	defer c.checkExpiryReaders(done)
	info := c.pass.TypesInfo
	for _, f := range c.r.Files() {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || c.foreignDecl(fd) {
				continue
			}
			expirySet := assignsExpiry(info, fd.Body)
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if expirySet {
					return false
				}
				if at := c.emptyToken(fd.Body, n); at != nil {
					done[at.Pos()] = true
					c.r.Reportf("DS504", match.Span(at.Pos(), at.End()), "oauth2.Token allocated empty, given a DocuSign AccessToken but no Expiry, so reused %s", expired(c.grant))
					return true
				}
				lit, ok := n.(*ast.CompositeLit)
				if !ok || !match.IsType(match.TypeOf(info, lit), knowledge.TokenTypes...) {
					return true
				}
				fields, _, _ := match.StructLit(info, lit)
				var access ast.Expr
				for _, fl := range fields {
					switch fl.Var.Name() {
					case "Expiry":
						return true
					case "AccessToken":
						access = fl.Value
					}
				}
				resp, field := responseField(info, fd.Body, access)
				if resp == nil {
					return true
				}
				done[match.LitAnchor(lit).Pos()] = true
				d := analysis.Diagnostic{Pos: match.LitAnchor(lit).Pos(), End: match.LitAnchor(lit).End(), Category: "DS504",
					Message: "oauth2.Token built from a DocuSign token response without Expiry, so reused " + expired(c.grant)}
				if fix, ok := expiryFix(c.pass, f, lit, resp, field); ok {
					d.SuggestedFixes = []analysis.SuggestedFix{fix}
				}
				c.r.Report(d)
				return true
			})
		}
	}
}

// emptyToken returns the expression that allocates an empty token in n,
// when the function then writes the AccessToken of a decoded DocuSign
// response into it field by field (t := new(oauth2.Token); t.AccessToken =
// tr.AccessToken, or var t oauth2.Token). The caller has checked that the
// function never assigns an Expiry.
func (c *checker) emptyToken(body *ast.BlockStmt, n ast.Node) ast.Node {
	info := c.pass.TypesInfo
	var id *ast.Ident
	var at ast.Node
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) != 1 || len(n.Rhs) != 1 {
			return nil
		}
		call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !match.IsType(match.TypeOf(info, call), knowledge.TokenTypes...) {
			return nil
		}
		if b, ok := info.Uses[identOf(call.Fun)].(*types.Builtin); !ok || b.Name() != "new" {
			return nil
		}
		id, at = identOf(n.Lhs[0]), call
	case *ast.ValueSpec:
		if len(n.Names) != 1 || len(n.Values) != 0 || n.Type == nil || !match.IsType(match.TypeOf(info, n.Type), knowledge.TokenTypes...) {
			return nil
		}
		id, at = n.Names[0], n.Type
	default:
		return nil
	}
	obj := info.ObjectOf(id)
	if obj == nil {
		return nil
	}
	found := false
	ast.Inspect(body, func(m ast.Node) bool {
		as, ok := m.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			return !found
		}
		for i, lhs := range as.Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if ok && sel.Sel.Name == "AccessToken" && info.Uses[identOf(sel.X)] == obj {
				if resp, _ := responseField(info, body, as.Rhs[i]); resp != nil {
					found = true
				}
			}
		}
		return !found
	})
	if !found {
		return nil
	}
	return at
}

// foreignDecl reports whether a function declaration talks to another
// service only (see foreignFunc).
func (c *checker) foreignDecl(fd *ast.FuncDecl) bool {
	obj, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if !ok {
		return false
	}
	return c.foreignFunc(c.ssa.Prog.FuncValue(obj))
}

// assignsExpiry reports whether body assigns the Expiry field of a token.
func assignsExpiry(info *types.Info, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && sel.Sel.Name == "Expiry" &&
					match.IsType(match.TypeOf(info, sel.X), knowledge.TokenTypes...) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// responseField resolves the AccessToken value to a decoded response: the
// selector tr.AccessToken of a field tagged json:"access_token" (directly,
// or through a local variable assigned once) or m["access_token"]. It
// returns the response expression (tr) and the field's struct type.
func responseField(info *types.Info, body *ast.BlockStmt, e ast.Expr) (ast.Expr, *types.Var) {
	for depth := 0; e != nil && depth < maxChain; depth++ {
		e = ast.Unparen(e)
		switch x := e.(type) {
		case *ast.TypeAssertExpr:
			e = x.X
			continue
		case *ast.CallExpr: // string(x)
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
		case *ast.SelectorExpr:
			sel := info.Selections[x]
			if sel == nil || sel.Kind() != types.FieldVal || match.IsType(sel.Recv(), knowledge.TokenTypes...) {
				return nil, nil
			}
			f, _ := sel.Obj().(*types.Var)
			if f != nil && jsonName(sel.Recv(), f) == "access_token" {
				return x.X, f
			}
		case *ast.IndexExpr:
			if s, ok := match.String(info, x.Index); ok && s == "access_token" {
				if t := match.TypeOf(info, x.X); t != nil {
					if _, isMap := t.Underlying().(*types.Map); isMap {
						return x.X, nil
					}
				}
			}
		case *ast.Ident:
			e = singleAssign(info, body, info.Uses[x])
			continue
		}
		return nil, nil
	}
	return nil, nil
}

// singleAssign returns the value a local variable is given, when it is
// assigned exactly once (by := or =, one value per variable).
func singleAssign(info *types.Info, body *ast.BlockStmt, obj types.Object) ast.Expr {
	if obj == nil {
		return nil
	}
	var val ast.Expr
	n := 0
	ast.Inspect(body, func(node ast.Node) bool {
		as, ok := node.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, lhs := range as.Lhs {
			if id, ok := lhs.(*ast.Ident); ok && (info.Defs[id] == obj || info.Uses[id] == obj) {
				n++
				if len(as.Lhs) == len(as.Rhs) {
					val = as.Rhs[i]
				} else if i == 0 && len(as.Rhs) == 1 {
					if _, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr); ok {
						val = as.Rhs[0] // s, ok := m["access_token"].(string)
					}
				}
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return val
}

// isNumber reports whether t is an integer or float type (time.Duration(x) converts it).
func isNumber(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsFloat) != 0
}

// checkExpiryReaders reports DS504 for a token built here with an
// AccessToken and without Expiry (a literal, or new(oauth2.Token) given its
// fields one by one) and handed to a call that refreshes it only once it
// has expired (knowledge.ExpiryReaders: esign's JWTConfig.Credential, or
// ReuseTokenSource and Config.TokenSource over a DocuSign source or
// config): whatever its AccessToken, the call then treats it as never
// expiring. Only a token whose every use is a field write or that
// call is judged: one passed elsewhere may be given its Expiry there.
// Literals reported already (from a token response) are in done.
func (c *checker) checkExpiryReaders(done map[token.Pos]bool) {
	for call := range c.callInstrs() {
		name, obj := calleeOf(call.Common())
		er, ok := knowledge.ExpiryReaders[name]
		if !ok || obj == nil || er.Token >= len(call.Call.Args) || er.Issuer >= len(call.Call.Args) {
			continue
		}
		g := docusign.GrantCode
		if name == knowledge.EsignCredential {
			g = docusign.GrantJWT
		}
		if er.Issuer >= 0 {
			if g, ok = c.madeSource(call.Call.Args[er.Issuer], 0); !ok {
				continue // a source or config not known to be DocuSign's
			}
		}
		// Without an AccessToken, Token.Valid is false: it is refreshed at once.
		a, ok := call.Call.Args[er.Token].(*ssa.Alloc)
		if !ok || !match.IsType(a.Type(), knowledge.TokenTypes...) || builtOver(a) == ssa.Value(a) || setsExpiry(a, call) {
			continue
		}
		var at ast.Node
		if lit := c.compositeAt(a); lit != nil {
			at = match.LitAnchor(lit)
		} else if nc := c.callExpr(a.Pos()); nc != nil {
			at = nc // new(oauth2.Token)
		}
		if at == nil || done[at.Pos()] {
			continue
		}
		c.r.Reportf("DS504", match.Span(at.Pos(), at.End()), "oauth2.Token without Expiry given to %s: never refreshed %s",
			shortName(obj), expired(g))
	}
}

// setsExpiry reports whether the token allocated by a may have an Expiry
// when call receives it: a write of its Expiry field, or any use other
// than a field write and that call (passed to a function, copied into).
func setsExpiry(a *ssa.Alloc, call *ssa.Call) bool {
	for _, ref := range *a.Referrers() {
		switch r := ref.(type) {
		case *ssa.Call:
			if r != call {
				return true
			}
		case *ssa.FieldAddr:
			if f := fieldOf(a.Type(), r.Field); f == nil || f.Name() == "Expiry" {
				return true
			}
			for _, ref2 := range *r.Referrers() {
				switch r2 := ref2.(type) {
				case *ssa.Store:
					if r2.Addr != r {
						return true // its address stored
					}
				case *ssa.UnOp: // a read of the field
				default:
					return true // its address passed on
				}
			}
		default:
			return true
		}
	}
	return false
}
