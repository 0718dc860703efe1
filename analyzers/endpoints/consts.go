package endpoints

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/match"
)

// constUses indexes the uses of named constants in the package, each the
// cursor of its identifier, in source order. It is built once per package:
// looking each use up from the root made the cost grow with the square of
// the package.
type constUses map[*types.Const][]inspector.Cursor

func indexConstUses(info *types.Info, insp *inspector.Inspector) constUses {
	idx := constUses{}
	for cur := range insp.Root().Preorder((*ast.Ident)(nil)) {
		if c, ok := info.Uses[cur.Node().(*ast.Ident)].(*types.Const); ok {
			idx[c] = append(idx[c], cur)
		}
	}
	return idx
}

// Named constants are reported at their declaration; these helpers look at
// where a constant's literal goes: the larger constants built from it and
// the uses of the constant.

// onlyCompared reports whether the literal at cur is the value (or part of
// it) of a constant that the package uses, and uses only in comparisons or
// in messages: const demoHost = "demo.docusign.net" tested with
// u.Hostname() == demoHost.
func onlyCompared(info *types.Info, idx constUses, cur inspector.Cursor) bool {
	c := declaredConst(info, match.OutermostConst(info, cur))
	if c == nil {
		return false
	}
	for _, use := range idx[c] {
		if !match.Compared(info, use) && !match.InMessage(info, use) {
			return false
		}
	}
	return len(idx[c]) > 0
}

// constValues returns the values of the constant expressions the literal
// (or constant use) at cur flows into: the largest constant expression
// around it and, when that is the value of a named constant, the ones
// around the constant's uses, a few levels deep.
func constValues(info *types.Info, idx constUses, cur inspector.Cursor, depth int) []string {
	top := match.OutermostConst(info, cur)
	var out []string
	if top != cur {
		if v, ok := match.String(info, top.Node().(ast.Expr)); ok {
			out = append(out, v)
		}
	}
	c := declaredConst(info, top)
	if c == nil || depth > 2 {
		return out
	}
	for _, use := range idx[c] {
		out = append(out, constValues(info, idx, use, depth+1)...)
	}
	return out
}

// declaredConst returns the constant whose declared value is the
// expression at cur (const restBase = baseURI + "/restapi"), or nil.
func declaredConst(info *types.Info, cur inspector.Cursor) *types.Const {
	spec, ok := cur.Parent().Node().(*ast.ValueSpec)
	if !ok || cur.ParentEdgeKind() != edge.ValueSpec_Values || cur.ParentEdgeIndex() >= len(spec.Names) {
		return nil
	}
	c, _ := info.Defs[spec.Names[cur.ParentEdgeIndex()]].(*types.Const)
	return c
}
