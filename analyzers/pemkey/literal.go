package pemkey

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
)

// keyFinder checks maximal constant strings for private keys.
type keyFinder struct {
	info  *types.Info
	insp  *inspector.Inspector
	r     *report.Reporter
	pkg   *types.Package
	files []*ast.File
	uses  map[types.Object][]inspector.Cursor // identifier uses, indexed on the first key found
	decls map[*types.Func]*ast.FuncDecl       // the package's functions, indexed on the first repair seen
}

// check reports the keys in s, the value of the expression at cur.
func (k *keyFinder) check(cur inspector.Cursor, s string) {
	keys := findKeys(s)
	if len(keys) == 0 {
		return
	}
	if b, ok := cur.Node().(*ast.BinaryExpr); ok && k.operandHasKey(b) {
		return // reported where that constant is declared
	}
	sink := k.sink(cur)
	for _, key := range keys {
		reportKey(k.r, cur.Node(), key, "", sink)
	}
}

// checkJoin reports a key written as strings.Join of constant lines.
func (k *keyFinder) checkJoin(cur inspector.Cursor, call *ast.CallExpr) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Join" || len(call.Args) != 2 || !match.IsCallTo(k.info, call, "strings.Join") {
		return
	}
	lines, _, ok := match.Strings(k.info, call.Args[0])
	sep, isConst := match.String(k.info, call.Args[1])
	if !ok || !isConst {
		return
	}
	if s := strings.Join(lines, sep); quick(s) {
		k.check(cur, s)
	}
}

// operandHasKey reports whether an operand of the concatenation is a named
// constant that holds a whole key on its own.
func (k *keyFinder) operandHasKey(b *ast.BinaryExpr) bool {
	for _, op := range operands(b) {
		if c := match.ConstObject(k.info, op); c != nil && c.Val().Kind() == constant.String {
			if len(findKeys(constant.StringVal(c.Val()))) > 0 {
				return true
			}
		}
	}
	return false
}

// operands flattens a chain of + into its operands.
func operands(e ast.Expr) []ast.Expr {
	e = ast.Unparen(e)
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
		return append(operands(b.X), operands(b.Y)...)
	}
	return []ast.Expr{e}
}

// sink names the key API the value at cur flows into directly, or through
// the variable or constant it initializes; "" if none.
func (k *keyFinder) sink(cur inspector.Cursor) string {
	if s := sinkAt(k.info, cur); s != "" {
		return s
	}
	var obj types.Object
	c := valueOf(k.info, cur)
	switch p := c.Parent().Node().(type) {
	case *ast.ValueSpec:
		if i := c.ParentEdgeIndex(); c.ParentEdgeKind() == edge.ValueSpec_Values && i < len(p.Names) {
			obj = k.info.Defs[p.Names[i]]
		}
	case *ast.AssignStmt:
		if i := c.ParentEdgeIndex(); c.ParentEdgeKind() == edge.AssignStmt_Rhs && i < len(p.Lhs) && len(p.Lhs) == len(p.Rhs) {
			if id, ok := p.Lhs[i].(*ast.Ident); ok {
				obj = k.info.ObjectOf(id)
			}
		}
	}
	if obj == nil {
		return ""
	}
	if k.uses == nil {
		// One walk for all the keys of the package rather than one each.
		k.uses = map[types.Object][]inspector.Cursor{}
		for u := range k.insp.Root().Preorder((*ast.Ident)(nil)) {
			switch o := k.info.Uses[u.Node().(*ast.Ident)].(type) {
			case *types.Var, *types.Const:
				k.uses[o] = append(k.uses[o], u)
			}
		}
	}
	for _, u := range k.uses[obj] {
		if s := sinkAt(k.info, u); s != "" {
			return s
		}
	}
	return ""
}

// valueOf climbs from cur through parentheses and conversions ([]byte(x),
// string(x)) to the expression that is used.
func valueOf(info *types.Info, cur inspector.Cursor) inspector.Cursor {
	for {
		cur = outer(cur)
		if cur.ParentEdgeKind() != edge.CallExpr_Args {
			return cur
		}
		call := cur.Parent().Node().(*ast.CallExpr)
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
			return cur
		}
		cur = cur.Parent()
	}
}

// sinkAt names the key API that the expression at cur is passed to.
func sinkAt(info *types.Info, cur inspector.Cursor) string {
	c := valueOf(info, cur)
	switch p := c.Parent().Node().(type) {
	case *ast.KeyValueExpr:
		lit, ok := c.Parent().Parent().Node().(*ast.CompositeLit)
		key, isID := p.Key.(*ast.Ident)
		if ok && isID && c.ParentEdgeKind() == edge.KeyValueExpr_Value {
			return knowledge.KeyFields[match.TypeName(match.TypeOf(info, lit))+"."+key.Name]
		}
	case *ast.CallExpr:
		if c.ParentEdgeKind() == edge.CallExpr_Args {
			return knowledge.KeyParsers[match.CalleeName(info, p)]
		}
	case *ast.AssignStmt:
		if i := c.ParentEdgeIndex(); c.ParentEdgeKind() == edge.AssignStmt_Rhs && i < len(p.Lhs) {
			return knowledge.KeyFields[fieldName(info, p.Lhs[i])]
		}
	}
	return ""
}

// fieldName returns "pkgpath.Type.Field" for a selector of a struct field.
func fieldName(info *types.Info, e ast.Expr) string {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return ""
	}
	return match.TypeName(s.Recv()) + "." + sel.Sel.Name
}
