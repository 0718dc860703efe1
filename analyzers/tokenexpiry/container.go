package tokenexpiry

import (
	"fmt"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Container is the fact exported for a method of a generic type that keeps
// its parameter Keeps in a field of the receiver (Memo[K, V].Put: m[k] = v),
// or returns what that field keeps (Yields: Memo[K, V].Get), so that a
// package caching tokens in another package's container is judged as if
// the container were its own: per variable holding it, at the getter's calls.
type Container struct {
	Slot   string // the field, as messages name it ("map m")
	Keeps  int    // index of the kept parameter (the receiver first), or -1
	Yields bool   // the method returns what the field keeps
}

// AFact marks Container as an analysis.Fact.
func (*Container) AFact() {}

// String describes the fact, as analysistest and -debug print it.
func (f *Container) String() string {
	return fmt.Sprintf("container %s: keeps parameter %d, yields %t", f.Slot, f.Keeps, f.Yields)
}

// exportContainer exports the Container fact of a method of a generic type.
func (c *checker) exportContainer(fn *ssa.Function, obj *types.Func) {
	if fn.TypeParams().Len() == 0 || fn.Signature.Recv() == nil {
		return
	}
	f := Container{Keeps: -1}
	for i := 1; i < len(fn.Params) && f.Keeps < 0; i++ {
		if key, desc := c.paramKept(fn, i, 0); key != nil && receiverField(fn, key) {
			f.Slot, f.Keeps = desc, i
		}
	}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if key, desc := fieldRead(in); key != nil && receiverField(fn, key) && (f.Slot == "" || f.Slot == desc) && c.flow(in.(ssa.Value))&flowReturns != 0 {
				f.Slot, f.Yields = desc, true
			}
		}
	}
	if f.Slot != "" {
		c.pass.ExportObjectFact(obj, &f)
	}
}

// receiverField reports whether a location key is a field (or the map in
// a field) of fn's receiver type.
func receiverField(fn *ssa.Function, key any) bool {
	if m, ok := key.(mapKey); ok {
		key = m.holder
	}
	v, ok := key.(*types.Var)
	return ok && v.IsField() && fieldIndex(fn.Params[0].Type(), v) >= 0
}

// fieldIndex returns the index of field f in the struct t (or *t), or -1.
func fieldIndex(t types.Type, f *types.Var) int {
	for i := 0; fieldOf(t, i) != nil; i++ {
		if fieldOf(t, i) == f {
			return i
		}
	}
	return -1
}

// fieldRead returns the location a load reads (a field, or an element of
// the map in one) and its description, as paramKept names them.
func fieldRead(in ssa.Instruction) (any, string) {
	switch in := in.(type) {
	case *ssa.UnOp:
		if a, ok := in.X.(*ssa.FieldAddr); ok && in.Op == token.MUL {
			if f := fieldOf(a.X.Type(), a.Field); f != nil {
				return f, "field " + fieldPath(a)
			}
		}
	case *ssa.Lookup:
		if h := holder(in.X); h != nil {
			return mapKey{h}, "map " + h.Name()
		}
	}
	return nil, ""
}

// container returns the fact of the method a call of another package's
// generic container invokes, and the variable its receiver names.
func (c *checker) container(call *ssa.Call) (*Container, types.Object) {
	_, obj := calleeOf(call.Common())
	var f Container
	if obj == nil || obj.Pkg() == c.pass.Pkg || !usesFacts(c.pass) || len(call.Call.Args) == 0 || !c.pass.ImportObjectFact(obj.Origin(), &f) {
		return nil, nil
	}
	if h := syncHolder(call.Call.Args[0]); h != nil {
		return &f, h
	}
	return nil, nil
}
