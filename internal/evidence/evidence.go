// Package evidence decides whether code is demonstrably about DocuSign, so
// that DocuSign-only rules (jwtclaims, scopes, tokenexpiry) stay silent on an
// application's own JWTs and OAuth flows with other providers.
//
// Evidence is a DocuSign host in a constant string (account-d.docusign.com,
// https://demo.docusign.net/restapi, ...) or a DocuSign library import.
package evidence

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/values"
)

// Package reports whether the package imports a DocuSign library or a
// string literal of a file for which inScope holds (the Reporter's files)
// names a DocuSign host: the one package-evidence answer, under the
// production-code file policy, that every analyzer asks.
func Package(pkg *types.Package, ins *inspector.Inspector, inScope func(token.Pos) bool) bool {
	return match.ImportsAny(pkg, knowledge.DocuSignLibraries...) || Literals(ins, inScope)
}

// Literals reports whether a string literal for which inScope holds names
// a DocuSign host, found over the shared inspector's node index.
func Literals(ins *inspector.Inspector, inScope func(token.Pos) bool) bool {
	for n := range ins.PreorderSeq((*ast.BasicLit)(nil)) {
		lit := n.(*ast.BasicLit)
		if lit.Kind == token.STRING && docusign.MaybeMentions(lit.Value) && inScope(lit.Pos()) && len(docusign.FindHosts(lit.Value)) > 0 {
			return true
		}
	}
	return false
}

// Possible reports whether a DocuSign value can reach any use in the
// package at all: a string literal of an in-scope file that may name a
// DocuSign host or the impersonation scope (which marks a DocuSign JWT
// grant), an imported package's exported string constant that may, or a
// DocuSign library among the direct or indirect imports.
// Every rule that needs DocuSign evidence of its own (a host or the esign
// library) uses it as the fast path that skips a package: a large
// generated OAuth SDK costs one pass over its literals.
func Possible(pkg *types.Package, ins *inspector.Inspector, inScope func(token.Pos) bool) bool {
	for n := range ins.PreorderSeq((*ast.BasicLit)(nil)) {
		if lit := n.(*ast.BasicLit); lit.Kind == token.STRING && maybeEvidence(lit.Value) && inScope(lit.Pos()) {
			return true
		}
	}
	return ImportsEvidenceConst(pkg) || match.ReachesAny(pkg, knowledge.DocuSignLibraries...)
}

// InFacts reports whether a value another package exports through the
// values facts (a config field preset to a DocuSign URL, a function
// returning an auth host, a scope list) may name a DocuSign host or the
// impersonation scope: Possible's test for values that reach a package
// through no constant.
func InFacts(p *values.Package) bool { return p.AnyImported(maybeEvidence) }

// maybeEvidence reports cheaply whether s may name a DocuSign host or the
// impersonation scope.
func maybeEvidence(s string) bool {
	return docusign.MaybeMentions(s) || strings.Contains(s, docusign.ScopeImpersonation)
}

// ImportsEvidenceConst reports whether a package pkg imports declares an
// exported string constant that may name a DocuSign host or the
// impersonation scope: the only way a constant of another package can
// bring one into pkg. Each imported package is looked at once per run.
func ImportsEvidenceConst(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if evidenceConsts.Get(imp, exportsEvidenceConst) {
			return true
		}
	}
	return false
}

// evidenceConsts caches exportsEvidenceConst by package.
var evidenceConsts match.PackageMemo[bool]

// exportsEvidenceConst reports whether pkg declares an exported string
// constant that may name a DocuSign host or the impersonation scope.
func exportsEvidenceConst(pkg *types.Package) bool { return exportsString(pkg, maybeEvidence) }

// exportsString reports whether pkg declares an exported string constant
// whose value satisfies f.
func exportsString(pkg *types.Package, f func(string) bool) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if k, ok := scope.Lookup(name).(*types.Const); ok && k.Exported() && k.Val().Kind() == constant.String && f(constant.StringVal(k.Val())) {
			return true
		}
	}
	return false
}

// Node reports whether a string literal within n names a DocuSign host.
// (Constants declared elsewhere are seen through ConstExpr.)
func Node(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if found {
			return false
		}
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && docusign.MaybeMentions(lit.Value) {
			found = len(docusign.FindHosts(lit.Value)) > 0
		}
		return !found
	})
	return found
}

// ConstExpr reports whether the constant value of e (a literal, a named
// constant from any package, a concatenation) names a DocuSign host, and
// returns the hosts.
func ConstExpr(info *types.Info, e ast.Expr) []docusign.Mention {
	s, ok := match.String(info, e)
	if !ok || !docusign.MaybeMentions(s) {
		return nil
	}
	return docusign.FindHosts(s)
}

// UsesAuthLibrary reports whether pkg directly imports an OAuth/JWT library.
func UsesAuthLibrary(pkg *types.Package) bool {
	return match.ImportsAny(pkg, knowledge.AuthLibraries...)
}

// Mentions reports whether n names a DocuSign host in a string literal or
// in a constant it uses (declared anywhere, folded through concatenation).
func Mentions(info *types.Info, n ast.Node) bool {
	if Node(n) {
		return true
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			// The constant's own value: go/types records a qualified
			// identifier's value (hosts.Auth) on the selector, not on Sel.
			if c, ok := info.Uses[id].(*types.Const); ok && c.Val().Kind() == constant.String &&
				docusign.MaybeMentions(constant.StringVal(c.Val())) && len(docusign.FindHosts(constant.StringVal(c.Val()))) > 0 {
				found = true
			}
		}
		return !found
	})
	return found
}
