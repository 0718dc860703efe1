package match

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// Field is one element of a struct composite literal, resolved to the
// field's object.
type Field struct {
	Var   *types.Var
	Key   *ast.Ident // nil for positional elements
	Value ast.Expr
	Elt   ast.Expr // the element: the KeyValueExpr, or Value when positional
}

// Name returns the field's qualified name, "pkgpath.Type.Field", given the
// struct type it belongs to.
func (f Field) Name(structType types.Type) string {
	return TypeName(structType) + "." + f.Var.Name()
}

// StructLit returns the struct fields set by a composite literal, in source
// order, and the literal's (named) type. ok is false when lit is not a struct
// literal.
func StructLit(info *types.Info, lit *ast.CompositeLit) (fields []Field, typ types.Type, ok bool) {
	typ = TypeOf(info, lit)
	if typ == nil {
		return nil, nil, false
	}
	under := typ.Underlying()
	if p, isPtr := under.(*types.Pointer); isPtr {
		under = p.Elem().Underlying()
	}
	st, isStruct := under.(*types.Struct)
	if !isStruct {
		return nil, typ, false
	}
	for i, elt := range lit.Elts {
		if kv, isKV := elt.(*ast.KeyValueExpr); isKV {
			key, _ := kv.Key.(*ast.Ident)
			if key == nil {
				continue
			}
			v, _ := info.Uses[key].(*types.Var)
			if v == nil {
				continue
			}
			fields = append(fields, Field{Var: v, Key: key, Value: kv.Value, Elt: kv})
		} else if i < st.NumFields() {
			fields = append(fields, Field{Var: st.Field(i), Value: elt, Elt: elt})
		}
	}
	return fields, typ, true
}

// LitField returns the value of the named field in a struct literal.
func LitField(info *types.Info, lit *ast.CompositeLit, name string) (Field, bool) {
	fields, _, _ := StructLit(info, lit)
	for _, f := range fields {
		if f.Var.Name() == name {
			return f, true
		}
	}
	return Field{}, false
}

// Const returns the constant value of e, or nil.
func Const(info *types.Info, e ast.Expr) constant.Value {
	if tv, ok := info.Types[e]; ok {
		return tv.Value
	}
	return nil
}

// String returns the value of a constant string expression: literals, named
// constants (also from other packages), concatenations, and conversions of a
// constant to string or []byte.
func String(info *types.Info, e ast.Expr) (string, bool) {
	e = ast.Unparen(e)
	if v := Const(info, e); v != nil && v.Kind() == constant.String {
		return constant.StringVal(v), true
	}
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			if v := Const(info, call.Args[0]); v != nil && v.Kind() == constant.String {
				return constant.StringVal(v), true
			}
		}
	}
	return "", false
}

// Int returns the value of a constant integer expression (including typed
// constants such as time.Duration values) when it fits in an int64.
func Int(info *types.Info, e ast.Expr) (int64, bool) {
	v := Const(info, ast.Unparen(e))
	if v == nil {
		return 0, false
	}
	v = constant.ToInt(v)
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// Bool returns the value of a constant boolean expression.
func Bool(info *types.Info, e ast.Expr) (value, ok bool) {
	v := Const(info, ast.Unparen(e))
	if v == nil || v.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(v), true
}

// Strings returns the constant elements of a []string (or array) composite
// literal, with the expression of each element. ok is false when any element
// is not constant.
func Strings(info *types.Info, e ast.Expr) (vals []string, elts []ast.Expr, ok bool) {
	lit, isLit := ast.Unparen(e).(*ast.CompositeLit)
	if !isLit {
		return nil, nil, false
	}
	for _, elt := range lit.Elts {
		if kv, isKV := elt.(*ast.KeyValueExpr); isKV {
			elt = kv.Value
		}
		s, isStr := String(info, elt)
		if !isStr {
			return nil, nil, false
		}
		vals = append(vals, s)
		elts = append(elts, elt)
	}
	return vals, elts, true
}

// IsStringLit reports whether e is a single string literal, the one form a
// suggested fix may safely rewrite in place.
func IsStringLit(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	return ok && lit.Kind == token.STRING
}

// ConstObject returns the named constant e refers to (an identifier or a
// qualified identifier), or nil.
func ConstObject(info *types.Info, e ast.Expr) *types.Const {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		c, _ := info.Uses[e].(*types.Const)
		return c
	case *ast.SelectorExpr:
		c, _ := info.Uses[e.Sel].(*types.Const)
		return c
	}
	return nil
}

// LitAnchor returns the narrowest node to report a composite literal on: its
// type expression when written, else the literal.
func LitAnchor(lit *ast.CompositeLit) ast.Node {
	if lit.Type != nil {
		return lit.Type
	}
	return lit
}

// Unaddr returns e without parentheses and a leading & (&T{...} is T{...}).
func Unaddr(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return ast.Unparen(u.X)
	}
	return e
}
