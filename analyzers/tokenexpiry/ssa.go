package tokenexpiry

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// buildSSA creates the SSA form of the package alone, as buildssa does,
// with three savings that change nothing the analyzer reads. The package
// initializer is bare (it calls no dependency's init), so the imported
// packages need not all exist; and an imported package is created with
// members for only the functions, methods and variables the package names
// (see createImported), where buildssa allocates a Function for every
// function and method of every import (os, time, net/http, ...). Methods
// the package does not name, reached through method sets, are created on
// demand by SSA itself. And the functions that share nothing with the
// package's token code are declared without a body (see unneededBodies).
//
// A panic of the SSA builder is returned as an error naming the package:
// the analyzer only runs on well-typed packages, so a failure here is a bug
// that must not pass for an absence of findings.
func buildSSA(pass *analysis.Pass) (pkg *ssa.Package, err error) {
	defer func() {
		if p := recover(); p != nil {
			pkg, err = nil, fmt.Errorf("tokenexpiry: building SSA of %s: %v", pass.Pkg.Path(), p)
		}
	}()
	prog := ssa.NewProgram(pass.Fset, ssa.BareInits) // no DebugRefs: see exprOf
	used := referenced(pass)
	for _, p := range slices.SortedFunc(maps.Keys(used), func(a, b *types.Package) int { return cmp.Compare(a.Path(), b.Path()) }) {
		createImported(prog, p, used[p])
	}
	pkg = prog.CreatePackage(pass.Pkg, withoutBodies(pass.Files, skipBodies(pass)), pass.TypesInfo, false)
	pkg.Build()
	return pkg, nil
}

// skipBodies decides which bodies buildSSA leaves out (a variable for the
// test that compares findings with and without).
var skipBodies = unneededBodies

// withoutBodies returns files with the functions of skip declared without
// a body (SSA treats them as external functions), as shallow copies: the
// pass's syntax is shared with the other analyzers.
func withoutBodies(files []*ast.File, skip map[*ast.FuncDecl]bool) []*ast.File {
	if len(skip) == 0 {
		return files
	}
	out := make([]*ast.File, len(files))
	for i, f := range files {
		cp := *f
		cp.Decls = slices.Clone(f.Decls)
		for j, d := range cp.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && skip[fd] {
				bodyless := *fd
				bodyless.Body = nil
				cp.Decls[j] = &bodyless
			}
		}
		out[i] = &cp
	}
	return out
}

// referenced returns, by package, the package-level functions and
// variables and the concrete methods of other packages that the package
// names, each once, in a deterministic order.
func referenced(pass *analysis.Pass) map[*types.Package][]types.Object {
	seen := map[types.Object]bool{}
	out := map[*types.Package][]types.Object{}
	for _, obj := range pass.TypesInfo.Uses {
		p := obj.Pkg()
		if p == nil || p == pass.Pkg {
			continue
		}
		switch o := obj.(type) {
		case *types.Func:
			o = o.Origin()
			if recv := o.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
				continue // abstract: no function exists for it
			}
			obj = o
		case *types.Var:
			if o.Parent() != p.Scope() {
				continue // a field or parameter
			}
		default:
			continue
		}
		if !seen[obj] {
			seen[obj] = true
			out[p] = append(out[p], obj)
		}
	}
	for _, objs := range out {
		keys := make(map[types.Object]string, len(objs))
		for _, obj := range objs {
			keys[obj] = objectKey(obj) // once each: FullName allocates
		}
		slices.SortFunc(objs, func(a, b types.Object) int { return cmp.Compare(keys[a], keys[b]) })
	}
	return out
}

// objectKey names a package member uniquely within its package.
func objectKey(obj types.Object) string {
	if fn, ok := obj.(*types.Func); ok {
		return fn.FullName()
	}
	return obj.Name()
}

// createImported creates the SSA package of the imported package p with
// members for objs only. They are declared by body-less syntax, which SSA
// treats as it treats functions known from type information only: as
// external functions with parameters and no blocks. The package is never
// built.
func createImported(prog *ssa.Program, p *types.Package, objs []types.Object) {
	info := &types.Info{Defs: make(map[*ast.Ident]types.Object, len(objs))}
	file := &ast.File{Name: ast.NewIdent(p.Name())}
	for _, obj := range objs {
		id := ast.NewIdent(obj.Name())
		info.Defs[id] = obj
		if _, ok := obj.(*types.Func); ok {
			file.Decls = append(file.Decls, &ast.FuncDecl{Name: id, Type: &ast.FuncType{}})
		} else {
			file.Decls = append(file.Decls, &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{id}}}})
		}
	}
	prog.CreatePackage(p, []*ast.File{file}, info, true)
}
