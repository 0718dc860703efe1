package match

import (
	"go/ast"
	"go/types"
)

// FieldOwner returns the named struct type that declares the field selected
// by sel, following embedded fields (app.RedirectURL of a struct embedding
// oauth2.Config is "golang.org/x/oauth2.Config"), or "".
func FieldOwner(info *types.Info, sel *ast.SelectorExpr) string {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return ""
	}
	t := s.Recv()
	idx := s.Index()
	for _, i := range idx[:len(idx)-1] {
		st := StructOf(t)
		if st == nil {
			return ""
		}
		t = st.Field(i).Type()
	}
	return TypeName(t)
}

// StructOf returns the struct underlying t or *t, or nil (also for a nil
// t: an expression of ill-typed code may have no recorded type).
func StructOf(t types.Type) *types.Struct {
	if t == nil {
		return nil
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}
