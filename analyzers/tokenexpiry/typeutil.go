package tokenexpiry

import (
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/match"
)

// calleeOf returns the qualified name and object of the function a call invokes.
func calleeOf(cc *ssa.CallCommon) (string, *types.Func) {
	if cc.IsInvoke() {
		return match.FuncName(cc.Method), cc.Method
	}
	if fn := cc.StaticCallee(); fn != nil {
		if obj, ok := fn.Object().(*types.Func); ok {
			return match.FuncName(obj), obj
		}
	}
	return "", nil
}

// isFormat reports whether the callee builds a string from its arguments.
func isFormat(name string) bool {
	switch name {
	case "fmt.Sprintf", "fmt.Sprint", "strings.Join", "strings.TrimSpace", "strings.Clone":
		return true
	}
	return false
}

// fieldOf returns field i of the struct t (or *t) points to, as declared:
// the field of a generic type is one field whatever it is instantiated with.
func fieldOf(t types.Type, i int) *types.Var {
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	return st.Field(i).Origin()
}

// jsonName returns the JSON key of field f of the struct t (or *t).
func jsonName(t types.Type, f *types.Var) string {
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Origin() == f.Origin() {
			name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
			return name
		}
	}
	return ""
}

// isResponse reports whether t (or *t) is a struct with a field tagged
// json:"access_token": a decoded token response.
func isResponse(t types.Type) bool {
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if jsonName(t, st.Field(i)) == "access_token" {
			return true
		}
	}
	return false
}

func isErr(t types.Type) bool { return types.Identical(t, types.Universe.Lookup("error").Type()) }

// bodyOf returns the function a static call runs: for an instance of a
// generic function or method (Memo[string, string].Put), the generic body
// its instantiation wrapper calls, which is what the package declares.
func bodyOf(cc *ssa.CallCommon) *ssa.Function {
	if fn := cc.StaticCallee(); fn != nil && fn.Origin() != nil {
		return fn.Origin()
	}
	return cc.StaticCallee()
}
