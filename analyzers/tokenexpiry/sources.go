package tokenexpiry

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// SourceFunc is the fact exported for a function or method of a DocuSign
// package that returns a DocuSign token source or OAuth config (an
// oauth2.TokenSource, *oauth2.Config or *jwt.Config with DocuSign's
// endpoint, or one from configuration in a package about DocuSign) as its
// Result'th result. A package that calls it and caches what the source or
// the config's Exchange returns holds DocuSign tokens, though it names no
// DocuSign host itself.
type SourceFunc struct {
	Result int            // index of the source or config result
	Grant  docusign.Grant // the grant its tokens come from
}

// AFact marks SourceFunc as an analysis.Fact.
func (*SourceFunc) AFact() {}

// String describes the fact, as analysistest and -debug print it.
func (f *SourceFunc) String() string {
	return fmt.Sprintf("returns DocuSign token source (result %d, %s)", f.Result, f.Grant)
}

// isSourceResult reports whether t is a result type a SourceFunc can have:
// a token source or an OAuth configuration.
func isSourceResult(t types.Type) bool {
	return match.IsType(t, knowledge.TokenSourceTypes...) || match.IsType(t, knowledge.OAuthConfigs...)
}

// exportSources exports a SourceFunc fact for every visible function of a
// DocuSign package that returns a token source or config of its own making.
func (c *checker) exportSources(fn *ssa.Function, obj *types.Func) {
	res := fn.Signature.Results()
	for i := range res.Len() {
		if !isSourceResult(res.At(i).Type()) {
			continue
		}
		var g docusign.Grant
		found := false
		for _, b := range fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
				if rg, ok := c.madeSource(ret.Results[i], 0); ok && found {
					g = g.Merge(rg)
				} else if ok {
					g, found = rg, true
				}
			}
		}
		if found {
			c.pass.ExportObjectFact(obj, &SourceFunc{Result: i, Grant: g})
			return
		}
	}
}

// madeSource reports whether v, in this DocuSign package, is a token source
// or config that is not another provider's, and its grant.
func (c *checker) madeSource(v ssa.Value, depth int) (docusign.Grant, bool) {
	if depth > maxChain {
		return docusign.GrantUnknown, false
	}
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return c.madeSource(x.X, depth+1)
	case *ssa.Call:
		name, _ := calleeOf(x.Common())
		if g, ok := knowledge.SourceCalls[name]; ok {
			return g, !c.otherProvider(x.Pos())
		}
		if strings.HasSuffix(name, ".ReuseTokenSource") || strings.HasSuffix(name, ".ReuseTokenSourceWithExpiry") {
			return c.madeSource(x.Call.Args[1], depth+1)
		}
	case *ssa.Alloc: // &oauth2.Config{...}
		if lit := c.compositeAt(x); lit != nil && !evidence.OtherProvider(c.pass.TypesInfo, lit) {
			return configGrant(x.Type()), true
		}
	case *ssa.UnOp: // a package variable holding a config
		if g, ok := x.X.(*ssa.Global); ok {
			if other, seen := c.otherHolders()[g.Object()]; seen && !other {
				return configGrant(x.Type()), true
			}
		}
	case *ssa.Global:
		if other, seen := c.otherHolders()[x.Object()]; seen && !other {
			return configGrant(x.Type()), true
		}
	}
	return docusign.GrantUnknown, false
}

// configGrant is the grant of the tokens a config of type t issues.
func configGrant(t types.Type) docusign.Grant {
	if match.IsType(t, knowledge.JWTConfigs...) {
		return docusign.GrantJWT
	}
	return docusign.GrantCode
}

// compositeAt returns the composite literal an Alloc was made for (SSA
// gives it the literal's opening brace as position), or nil.
func (c *checker) compositeAt(a *ssa.Alloc) *ast.CompositeLit {
	for _, f := range c.pass.Files {
		if f.FileStart <= a.Pos() && a.Pos() < f.FileEnd {
			var lit *ast.CompositeLit
			ast.Inspect(f, func(n ast.Node) bool {
				if cl, ok := n.(*ast.CompositeLit); ok && cl.Lbrace == a.Pos() {
					lit = cl
				}
				return lit == nil
			})
			return lit
		}
	}
	return nil
}

// importedSource reports whether v, the receiver of a token call in a
// package with no DocuSign evidence of its own, is a source or config that
// a function with a SourceFunc fact returned (through TokenSource and
// ReuseTokenSource), and its grant.
func (c *checker) importedSource(v ssa.Value, depth int) (docusign.Grant, bool) {
	if depth > maxChain || !usesFacts(c.pass) {
		return docusign.GrantUnknown, false
	}
	var call *ssa.Call
	index := 0
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return c.importedSource(x.X, depth+1)
	case *ssa.Extract:
		call, _ = x.Tuple.(*ssa.Call)
		index = x.Index
	case *ssa.Call:
		call = x
	}
	if call == nil {
		return docusign.GrantUnknown, false
	}
	name, obj := calleeOf(call.Common())
	if _, ok := knowledge.SourceCalls[name]; ok && len(call.Call.Args) > 0 {
		return c.importedSource(call.Call.Args[0], depth+1) // dsconf.JWT().TokenSource(ctx)
	}
	if strings.HasSuffix(name, ".ReuseTokenSource") || strings.HasSuffix(name, ".ReuseTokenSourceWithExpiry") {
		return c.importedSource(call.Call.Args[1], depth+1)
	}
	var fact SourceFunc
	if obj != nil && c.pass.ImportObjectFact(obj, &fact) && fact.Result == index {
		return fact.Grant, true
	}
	return docusign.GrantUnknown, false
}
