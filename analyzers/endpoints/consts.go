package endpoints

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/match"
)

// Named constants are reported at their declaration; these helpers look at
// where a constant's literal goes: the larger constants built from it and
// the uses of the constant.

// onlyCompared reports whether the literal at cur is the value (or part of
// it) of a constant that the package uses, and uses only in comparisons or
// in messages: const demoHost = "demo.docusign.net" tested with
// u.Hostname() == demoHost.
func onlyCompared(info *types.Info, insp *inspector.Inspector, cur inspector.Cursor) bool {
	c := declaredConst(info, match.OutermostConst(info, cur))
	if c == nil {
		return false
	}
	uses := 0
	for id, obj := range info.Uses {
		if obj != c {
			continue
		}
		use, ok := insp.Root().FindNode(id)
		if !ok || !match.Compared(info, use) && !match.InMessage(info, use) {
			return false
		}
		uses++
	}
	return uses > 0
}

// constValues returns the values of the constant expressions the literal
// (or constant use) at cur flows into: the largest constant expression
// around it and, when that is the value of a named constant, the ones
// around the constant's uses, a few levels deep.
func constValues(info *types.Info, insp *inspector.Inspector, cur inspector.Cursor, depth int) []string {
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
	for id, obj := range info.Uses {
		if obj != c {
			continue
		}
		if use, ok := insp.Root().FindNode(id); ok {
			out = append(out, constValues(info, insp, use, depth+1)...)
		}
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
