package match

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// predicates are functions that test a value rather than use it.
var predicates = []string{
	"strings.Contains", "strings.HasPrefix", "strings.HasSuffix", "strings.EqualFold",
	"strings.Index", "strings.LastIndex", "strings.TrimPrefix", "strings.TrimSuffix",
	"strings.Count", "strings.ContainsAny",
	"bytes.Equal", "bytes.HasPrefix", "crypto/subtle.ConstantTimeCompare", "crypto/hmac.Equal",
	"reflect.DeepEqual",
}

// Compared reports whether the expression at cur (seen through parentheses
// and conversions such as []byte(s)) is only compared against: an operand
// of == or !=, a switch case, or an argument of a predicate such as
// strings.HasPrefix or subtle.ConstantTimeCompare. Such a value detects
// something (an environment, an inbound credential) rather than using it.
func Compared(info *types.Info, cur inspector.Cursor) bool {
	for {
		switch p := cur.Parent().Node().(type) {
		case *ast.ParenExpr:
			cur = cur.Parent()
			continue
		case *ast.CallExpr:
			if tv, ok := info.Types[p.Fun]; ok && tv.IsType() {
				cur = cur.Parent() // []byte("...")
				continue
			}
			return cur.ParentEdgeKind() == edge.CallExpr_Args && IsCallTo(info, p, predicates...)
		case *ast.BinaryExpr:
			return p.Op == token.EQL || p.Op == token.NEQ
		case *ast.CaseClause:
			return cur.ParentEdgeKind() == edge.CaseClause_List
		}
		return false
	}
}

// OutermostConst climbs from a constant operand to the largest constant
// concatenation containing it: the whole of baseURL + "/oauth2/token".
func OutermostConst(info *types.Info, cur inspector.Cursor) inspector.Cursor {
	return outermostAdd(info, cur)
}

// OutermostConcat climbs from an operand to the largest concatenation
// containing it, constant or not: the whole of base + "/oauth2/token".
func OutermostConcat(cur inspector.Cursor) inspector.Cursor {
	return outermostAdd(nil, cur)
}

// outermostAdd climbs through + and parentheses, only while the result is
// a constant when info is not nil.
func outermostAdd(info *types.Info, cur inspector.Cursor) inspector.Cursor {
	for {
		parent := cur.Parent()
		switch p := parent.Node().(type) {
		case *ast.ParenExpr:
		case *ast.BinaryExpr:
			if p.Op != token.ADD {
				return cur
			}
		default:
			return cur
		}
		if info != nil {
			if tv, ok := info.Types[parent.Node().(ast.Expr)]; !ok || tv.Value == nil {
				return cur
			}
		}
		cur = parent
	}
}
