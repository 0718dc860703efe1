package endpoints

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/match"
)

// baseAppended reports whether the bare host value at cur (a literal or
// its outermost constant expression) ends up followed by an eSignature API
// base path at run time: concatenated with "/restapi..." or formatted into
// "%s/restapi..." where it is used, or returned by a function of the
// package (or stored in a variable) whose result is completed so at a call
// (func base() string { return "https://na2.docusign.net" } and
// base() + "/restapi/v2.1/accounts/" + id).
func (fl *flows) baseAppended(cur inspector.Cursor, depth int) bool {
	fl.steps++
	if depth > maxFlowDepth || fl.steps > maxFlowSteps {
		return false
	}
	cur = match.OutermostConst(fl.info, cur)
	if next, ok := fl.following(cur); ok {
		return hasAny(afterPort(next), basePaths) && !strings.HasPrefix(next, "/restapi/v2/oauth2/token")
	}
	parent := cur.Parent()
	i := cur.ParentEdgeIndex()
	switch p := parent.Node().(type) {
	case *ast.ParenExpr:
		return fl.baseAppended(parent, depth)
	case *ast.ReturnStmt:
		if len(p.Results) != 1 {
			return false
		}
		for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			d, ok := fn.Node().(*ast.FuncDecl)
			if !ok {
				return false
			}
			obj, _ := fl.info.Defs[d.Name].(*types.Func)
			return obj != nil && fl.anyAppended(fl.calls[obj], depth)
		}
	case *ast.AssignStmt:
		if cur.ParentEdgeKind() == edge.AssignStmt_Rhs && len(p.Lhs) == len(p.Rhs) {
			if obj := fl.target(p.Lhs[i]); obj != nil {
				return fl.anyAppended(fl.reads[obj], depth)
			}
		}
	case *ast.ValueSpec:
		if cur.ParentEdgeKind() == edge.ValueSpec_Values && i < len(p.Names) {
			switch obj := fl.info.Defs[p.Names[i]].(type) {
			case *types.Var:
				return fl.anyAppended(fl.reads[obj], depth)
			case *types.Const:
				return fl.anyAppended(fl.consts[obj], depth)
			}
		}
	}
	return false
}

func (fl *flows) anyAppended(curs []inspector.Cursor, depth int) bool {
	for _, c := range curs {
		if fl.baseAppended(c, depth+1) {
			return true
		}
	}
	return false
}

// following returns the constant text that follows the value at cur where
// it is used: the next operand of a concatenation, or the text after its
// verb in a fmt.Sprintf format. ok is false when cur is not so used or
// what follows is not constant.
func (fl *flows) following(cur inspector.Cursor) (string, bool) {
	for {
		p, isBin := cur.Parent().Node().(*ast.BinaryExpr)
		if !isBin || p.Op != token.ADD {
			break
		}
		if cur.ParentEdgeKind() == edge.BinaryExpr_X {
			return match.String(fl.info, leftmost(p.Y))
		}
		cur = cur.Parent() // the right operand: what follows the whole sum
	}
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok || cur.ParentEdgeKind() != edge.CallExpr_Args || cur.ParentEdgeIndex() == 0 || !match.IsCallTo(fl.info, call, "fmt.Sprintf") {
		return "", false
	}
	format, ok := match.String(fl.info, call.Args[0])
	if !ok {
		return "", false
	}
	return afterVerb(format, cur.ParentEdgeIndex())
}

// leftmost returns the first operand of a concatenation.
func leftmost(e ast.Expr) ast.Expr {
	for {
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			return e
		}
		e = b.X
	}
}

// afterVerb returns the text of format between its n-th verb (1-based) and
// the next one. Formats with explicit argument indexes are not read.
func afterVerb(format string, n int) (string, bool) {
	if strings.Contains(format, "%[") {
		return "", false
	}
	verb := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*", format[j]) >= 0 {
			j++
		}
		if j >= len(format) {
			return "", false
		}
		verb++
		if verb == n {
			rest := format[j+1:]
			if k := strings.IndexByte(rest, '%'); k >= 0 {
				rest = rest[:k]
			}
			return rest, true
		}
		i = j
	}
	return "", false
}
