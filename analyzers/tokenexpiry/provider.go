package tokenexpiry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/match"
)

// foreignFunc reports whether fn names the URL of another service
// ("https://slack.com/api/oauth.v2.access") and no DocuSign host: the
// access_token it decodes is that service's, even in a package that also
// talks to DocuSign. Closures are judged with the functions around them.
func (c *checker) foreignFunc(fn *ssa.Function) bool {
	for fn != nil && fn.Parent() != nil {
		fn = fn.Parent()
	}
	if fn == nil {
		return false
	}
	if v, ok := c.foreign[fn]; ok {
		return v
	}
	other, ds := false, false
	var visit func(f *ssa.Function)
	visit = func(f *ssa.Function) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				for _, op := range in.Operands(nil) {
					k, ok := (*op).(*ssa.Const)
					if !ok || k.Value == nil || k.Value.Kind() != constant.String {
						continue
					}
					s := constant.StringVal(k.Value)
					if docusign.MaybeMentions(s) && len(docusign.FindHosts(s)) > 0 {
						ds = true
					} else if strings.Contains(s, "://") && docusign.OtherHost(s) {
						other = true
					}
				}
			}
		}
		for _, anon := range f.AnonFuncs {
			visit(anon)
		}
	}
	visit(fn)
	c.foreign[fn] = other && !ds
	return other && !ds
}

// otherProvider reports whether the call whose opening parenthesis is at
// lparen (an Exchange or TokenSource call) has an OAuth config of another
// provider as receiver: a literal with that provider's endpoint, or a
// variable or field that only ever holds such literals, or a call of a
// function of the package that only ever returns one of these
// (githubLogin().Exchange). Its tokens are not DocuSign's even in a
// package that also talks to DocuSign.
func (c *checker) otherProvider(lparen token.Pos) bool {
	call := c.callExpr(lparen)
	if call == nil {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	return c.otherConfig(sel.X, true)
}

// otherConfig reports whether e is an OAuth config of another provider (see
// otherProvider); calls are followed when follow is set, one level deep.
func (c *checker) otherConfig(e ast.Expr, follow bool) bool {
	x := match.Unaddr(e)
	if lit, ok := x.(*ast.CompositeLit); ok {
		return evidence.OtherProvider(c.pass.TypesInfo, lit)
	}
	if call, ok := x.(*ast.CallExpr); ok && follow {
		fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		return fn != nil && fn.Pkg() == c.pass.Pkg && c.returnsOtherConfig(fn)
	}
	obj := c.holderObj(x)
	return obj != nil && c.otherHolders()[obj]
}

// returnsOtherConfig reports whether every return statement of fn (a
// function of the package with one result) returns another provider's
// config literal or holder.
func (c *checker) returnsOtherConfig(fn *types.Func) bool {
	f := c.ssa.Prog.FuncValue(fn)
	if f == nil {
		return false
	}
	fd, ok := f.Syntax().(*ast.FuncDecl)
	if !ok || fd.Body == nil || fn.Type().(*types.Signature).Results().Len() != 1 {
		return false
	}
	all, seen := true, false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			seen = true
			all = all && len(n.Results) == 1 && c.otherConfig(n.Results[0], false)
		}
		return all
	})
	return all && seen
}

// otherHolders returns the variables and fields that are given OAuth config
// literals, each mapped to whether every such literal is another provider's.
func (c *checker) otherHolders() map[types.Object]bool {
	if c.holders != nil {
		return c.holders
	}
	c.holders = map[types.Object]bool{}
	info := c.pass.TypesInfo
	hold := func(obj types.Object, e ast.Expr) {
		lit, ok := match.Unaddr(e).(*ast.CompositeLit)
		if obj == nil || !ok {
			return
		}
		other, seen := c.holders[obj]
		c.holders[obj] = evidence.OtherProvider(info, lit) && (other || !seen)
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i, name := range n.Names {
						hold(info.Defs[name], n.Values[i])
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, lhs := range n.Lhs {
						hold(c.holderObj(lhs), n.Rhs[i])
					}
				}
			case *ast.KeyValueExpr:
				if key, ok := n.Key.(*ast.Ident); ok {
					if v, ok := info.Uses[key].(*types.Var); ok && v.IsField() {
						hold(v, n.Value)
					}
				}
			}
			return true
		})
	}
	return c.holders
}

// holderObj returns the variable or field an expression names, or nil.
func (c *checker) holderObj(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := c.pass.TypesInfo.Defs[e]; obj != nil {
			return obj
		}
		return c.pass.TypesInfo.Uses[e]
	case *ast.SelectorExpr:
		return c.pass.TypesInfo.Uses[e.Sel]
	}
	return nil
}
