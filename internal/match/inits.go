package match

import (
	"go/ast"
	"go/token"
	"go/types"
)

// PackageInits returns the initializers of the package-level variables of
// files that are given a value once, at their declaration, and never
// assigned, incremented or have their address taken anywhere in files:
// var Scopes = []string{"signature", "impersonation"}. Such a variable
// stands for its initializer wherever it is read.
func PackageInits(info *types.Info, files []*ast.File) map[*types.Var]ast.Expr {
	inits := map[*types.Var]ast.Expr{}
	for _, f := range files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Names) != len(vs.Values) {
					continue
				}
				for i, name := range vs.Names {
					if v, ok := info.Defs[name].(*types.Var); ok {
						inits[v] = vs.Values[i]
					}
				}
			}
		}
	}
	if len(inits) == 0 {
		return inits
	}
	written := func(e ast.Expr) {
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.IndexExpr: // Scopes[0] = ...
				e = x.X
				continue
			case *ast.Ident:
				if v, ok := info.Uses[x].(*types.Var); ok {
					delete(inits, v)
				}
			case *ast.SelectorExpr:
				if v, ok := info.Uses[x.Sel].(*types.Var); ok {
					delete(inits, v)
				}
			}
			return
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					written(lhs)
				}
			case *ast.IncDecStmt:
				written(n.X)
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					written(n.X)
				}
			case *ast.RangeStmt:
				if n.Key != nil {
					written(n.Key)
				}
				if n.Value != nil {
					written(n.Value)
				}
			}
			return true
		})
	}
	return inits
}

// PackageVar returns the package-level variable e names (an identifier or
// a qualified identifier), or nil.
func PackageVar(info *types.Info, e ast.Expr) *types.Var {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	return v
}
