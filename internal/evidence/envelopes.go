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
	for n := range ins.PreorderSeq((*ast.BasicLit)(nil)) {
		if lit := n.(*ast.BasicLit); lit.Kind == token.STRING && envelopesPart(lit.Value) {
			return true
		}
	}
	for _, imp := range pkg.Imports() {
		if envelopeConsts.Get(imp, exportsEnvelopesPart) {
			return true
		}
	}
	return false
}

// envelopesPart reports whether s contains the envelopes segment's name.
func envelopesPart(s string) bool { return strings.Contains(strings.ToLower(s), "envelopes") }

// envelopeConsts caches exportsEnvelopesPart by package.
var envelopeConsts match.PackageMemo[bool]

// exportsEnvelopesPart reports whether pkg exports a string constant that
// contains the envelopes segment's name.
func exportsEnvelopesPart(pkg *types.Package) bool { return exportsString(pkg, envelopesPart) }
