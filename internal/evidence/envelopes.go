package evidence

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/match"
)

// EnvelopePathPossible reports cheaply whether a URL the package builds may
// be an eSignature envelope path (docusign.EnvelopeStatusPath): a string
// literal of the package, or an exported string constant of a package it
// imports, contains "envelopes" in any case. A URL built from constant parts
// has no other source for that segment.
func EnvelopePathPossible(pkg *types.Package, ins *inspector.Inspector) bool {
	return literalOrExported(pkg, ins, envelopesPart, &envelopeConsts)
}

// literalOrExported reports whether a string literal of the package (as
// written, quotes included) or an exported string constant of a package it
// imports satisfies f; memo caches the answer for each import.
func literalOrExported(pkg *types.Package, ins *inspector.Inspector, f func(string) bool, memo *match.PackageMemo[bool]) bool {
	for n := range ins.PreorderSeq((*ast.BasicLit)(nil)) {
		if lit := n.(*ast.BasicLit); lit.Kind == token.STRING && f(lit.Value) {
			return true
		}
	}
	return ImportsString(pkg, f, memo)
}

// ImportsString reports whether a package pkg imports declares an exported
// string constant whose value satisfies f: the only constants of other
// packages pkg can use. memo caches the answer for each import.
func ImportsString(pkg *types.Package, f func(string) bool, memo *match.PackageMemo[bool]) bool {
	for _, imp := range pkg.Imports() {
		if memo.Get(imp, func(p *types.Package) bool { return exportsString(p, f) }) {
			return true
		}
	}
	return false
}

// envelopesPart reports whether s contains the envelopes segment's name.
func envelopesPart(s string) bool { return strings.Contains(strings.ToLower(s), "envelopes") }

// envelopeConsts caches, by package, whether it exports a string constant
// that contains the envelopes segment's name.
var envelopeConsts match.PackageMemo[bool]
