// Package match identifies functions, types, struct fields and constant
// values through go/types, so that analyzers match "the Audience field of
// golang.org/x/oauth2/jwt.Config" by object identity, never by the local
// import name or the source text. It works through aliases, renamed and dot
// imports, vendoring and generic instantiation.
//
// Names use one scheme everywhere:
//
//	package-level function  "golang.org/x/oauth2.StaticTokenSource"
//	method                  "(*golang.org/x/oauth2.Config).Exchange"
//	                        "(golang.org/x/oauth2.Token).Valid" (value receiver)
//	named type              "golang.org/x/oauth2/jwt.Config"
//	struct field            "golang.org/x/oauth2/jwt.Config.Audience"
package match

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// PkgPath returns the import path of pkg with any vendor prefix removed.
func PkgPath(pkg *types.Package) string {
	if pkg == nil {
		return ""
	}
	p := pkg.Path()
	if i := strings.LastIndex(p, "/vendor/"); i >= 0 {
		return p[i+len("/vendor/"):]
	}
	return strings.TrimPrefix(p, "vendor/")
}

// Callee returns the function or method a call invokes, including interface
// methods, or nil for calls of function values, conversions and builtins.
// Generic functions are returned uninstantiated (their Origin).
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	return fn.Origin()
}

// FuncName returns fn's qualified name in the package's naming scheme.
func FuncName(fn *types.Func) string {
	if fn == nil {
		return ""
	}
	fn = fn.Origin()
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		recv := sig.Recv().Type()
		ptr := false
		if p, ok := types.Unalias(recv).(*types.Pointer); ok {
			recv, ptr = p.Elem(), true
		}
		name := TypeName(recv)
		if name == "" { // interface method of an unnamed interface
			return fn.Name()
		}
		if ptr {
			return "(*" + name + ")." + fn.Name()
		}
		return "(" + name + ")." + fn.Name()
	}
	return PkgPath(fn.Pkg()) + "." + fn.Name()
}

// CalleeName returns the qualified name of the function a call invokes, or "".
func CalleeName(info *types.Info, call *ast.CallExpr) string {
	return FuncName(Callee(info, call))
}

// IsCallTo reports whether call invokes one of the named functions.
func IsCallTo(info *types.Info, call *ast.CallExpr, names ...string) bool {
	got := CalleeName(info, call)
	for _, n := range names {
		if got == n {
			return true
		}
	}
	return false
}

// TypeName returns "pkgpath.Name" for a named type (after removing aliases
// and one level of pointer), or "" for unnamed types.
func TypeName(t types.Type) string {
	if t == nil {
		return ""
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok {
		return ""
	}
	obj := n.Origin().Obj()
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return PkgPath(obj.Pkg()) + "." + obj.Name()
}

// IsType reports whether t (or *t) is one of the named types.
func IsType(t types.Type, names ...string) bool {
	got := TypeName(t)
	for _, n := range names {
		if got != "" && got == n {
			return true
		}
	}
	return false
}

// TypeOf returns the type of e recorded by the type checker, or nil.
func TypeOf(info *types.Info, e ast.Expr) types.Type {
	if tv, ok := info.Types[e]; ok {
		return tv.Type
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if obj := info.ObjectOf(id); obj != nil {
			return obj.Type()
		}
	}
	return nil
}

// ImportsAny reports whether pkg directly imports a package whose path
// (vendor prefix removed) starts with one of the prefixes. It is the cheap
// pre-filter analyzers run before any traversal.
func ImportsAny(pkg *types.Package, prefixes ...string) bool {
	return slices.ContainsFunc(pkg.Imports(), func(imp *types.Package) bool { return hasPrefixPath(imp, prefixes) })
}

// hasPrefixPath reports whether pkg's path is one of prefixes or below one.
// InPackages reports whether pkg's path (vendor prefix removed) is one of
// the prefixes or below one.
func InPackages(pkg *types.Package, prefixes ...string) bool { return hasPrefixPath(pkg, prefixes) }

func hasPrefixPath(pkg *types.Package, prefixes []string) bool {
	p := PkgPath(pkg)
	for _, pre := range prefixes {
		if p == pre || strings.HasPrefix(p, pre+"/") {
			return true
		}
	}
	return false
}
