package match

import (
	"go/ast"
	"go/types"
	"testing"
)

func TestFuncDeclsReturns(t *testing.T) {
	info, f := typeCheck(t, `package p

func body(ok bool) (int, error) {
	if ok {
		return 1, nil
	}
	g := func() int { return 3 }
	return g(), nil
}

func (T) m() {}

type T struct{}
`)
	decls := FuncDecls(info, []*ast.File{f})
	if len(decls) != 2 {
		t.Fatalf("FuncDecls = %d declarations, want 2 (body and T.m)", len(decls))
	}
	var fd *ast.FuncDecl
	for fn, d := range decls {
		if fn.Name() == "body" {
			fd = d
		}
	}
	rets := Returns(fd.Body)
	if len(rets) != 2 {
		t.Fatalf("Returns = %d statements, want 2 (the closure's excluded)", len(rets))
	}
	if !IsNil(info, rets[0].Results[1]) || IsNil(info, rets[0].Results[0]) {
		t.Errorf("IsNil: want nil true, 1 false")
	}
	if _, ok := info.Defs[fd.Name].(*types.Func); !ok {
		t.Errorf("declaration without its object")
	}
}
