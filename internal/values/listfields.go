package values

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/dslint/dslint/internal/match"
)

// Lists held in fields and parameters. A []string field of one of the
// package's types resolves to the union of what the package writes to it:
// the lists assigned (g.scopes = []string{...}, a struct literal) and the
// elements appended to it (g.scopes = append(g.scopes, "dtr.rooms.read"),
// in any function or closure: functional options). A []string or variadic
// ...string parameter of a function declared in the package resolves to
// the union of the arguments of its calls there. The union is what the
// list may hold at a use, in no particular combination: rules judge its
// elements one by one (a comma-joined element, an unknown name), and a
// complete union without a scope lacks it in every combination.
//
// A list assigned that does not resolve (a configuration's list copied in)
// leaves the union incomplete, the known elements of the other writes
// still its; so do an exported field (other packages may write it) and
// callers the resolver cannot see: those of an exported function or of a
// method (elsewhere, or through an interface), of a function used as a
// value. A write that may transform the elements the list holds makes it
// unknown: one reading the field itself other than to append to it
// (g.scopes = normalize(g.scopes)), an element written in place or by
// copy, its address taken, an exported field of a value handed to code
// the package does not show (markRefs; an unexported one only the
// package's code writes), a parameter assigned. A field of another
// package's type is unknown. Facts carry none of this: an importer calling
// the function, or writing the field, sees other values.

// maxCallSites bounds the calls whose arguments a parameter's list joins.
const maxCallSites = 16

// listIndex is what the package's syntax shows of the writes of its list
// fields and the calls of its functions, built on the first read of a
// list field or parameter.
type listIndex struct {
	writes  map[*types.Var][]ast.Expr      // lists assigned to a field, in source order
	appends map[*types.Var][]*ast.CallExpr // g.f = append(g.f, ...), in source order
	lost    map[*types.Var]bool            // fields and parameters written in a way that may transform them
	params  map[*types.Var]param
	calls   map[*types.Func][]*ast.CallExpr // calls of the package's functions, in source order
	values  map[*types.Func]bool            // functions referred to other than by a call
	built   bool
}

// param is a list parameter of a function declared in the package.
type param struct {
	fn    *types.Func
	index int
}

// listKey keys the memo of a list field or parameter.
type listKey struct{ v *types.Var }

// list is a resolved list, as memoized.
type list struct {
	elems    []Elem
	complete bool
}

// lists returns the package's listIndex, built on first use.
func (r *Resolver) lists() *listIndex {
	ix := r.listIndex()
	if ix.built {
		return ix
	}
	ix.built = true
	ix.writes, ix.appends = map[*types.Var][]ast.Expr{}, map[*types.Var][]*ast.CallExpr{}
	ix.params, ix.calls, ix.values = map[*types.Var]param{}, map[*types.Func][]*ast.CallExpr{}, map[*types.Func]bool{}
	for fn, fd := range r.funcs {
		i := 0
		for _, f := range fd.Type.Params.List {
			for _, name := range f.Names {
				if v, ok := r.info.Defs[name].(*types.Var); ok && isStringList(v.Type()) {
					ix.params[v] = param{fn, i}
				}
				i++
			}
			if len(f.Names) == 0 {
				i++
			}
		}
	}
	for _, f := range r.files {
		inspectStack(f, r.indexList)
	}
	return ix
}

// listIndex returns the listIndex that markRefs marks leaked fields in,
// before the rest of it is built.
func (r *Resolver) listIndex() *listIndex {
	if r.listIx == nil {
		r.listIx = &listIndex{lost: map[*types.Var]bool{}}
	}
	return r.listIx
}

func (r *Resolver) indexList(n ast.Node, stack []ast.Node) {
	ix := r.listIx
	switch n := n.(type) {
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			if v := r.listField(lhs); v != nil && n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				r.fieldListWrite(v, n.Rhs[i])
				continue
			}
			if el, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
				lhs = el.X // an element written in place
			}
			r.listWritten(lhs)
		}
	case *ast.CompositeLit:
		fields, _, _ := match.StructLit(r.info, n)
		for _, f := range fields {
			if v := f.Var.Origin(); v.Pkg() == r.pkg && isStringList(v.Type()) {
				r.fieldListWrite(v, f.Value)
			}
		}
	case *ast.CallExpr:
		if r.isBuiltin(n, "copy") && len(n.Args) == 2 {
			r.listWritten(n.Args[0])
		}
		if fn := match.Callee(r.info, n); fn != nil && r.funcs[fn] != nil {
			ix.calls[fn] = append(ix.calls[fn], n)
		}
	case *ast.Ident:
		if fn, ok := r.info.Uses[n].(*types.Func); ok && !isCallee(n, stack) {
			ix.values[fn.Origin()] = true
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			r.listWritten(n.X)
		}
	case *ast.RangeStmt:
		r.listWritten(n.Key)
		r.listWritten(n.Value)
	}
}

// fieldListWrite records the list e written to the field v.
func (r *Resolver) fieldListWrite(v *types.Var, e ast.Expr) {
	ix := r.listIx
	read := []ast.Expr{e}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if ok && r.isBuiltin(call, "append") && len(call.Args) > 0 && r.listField(call.Args[0]) == v {
		ix.appends[v] = append(ix.appends[v], call)
		read = call.Args[1:] // the elements appended
	} else {
		ix.writes[v] = append(ix.writes[v], e)
	}
	for _, x := range read {
		ast.Inspect(x, func(n ast.Node) bool {
			if x, ok := n.(ast.Expr); ok && r.listField(x) == v {
				ix.lost[v] = true // the field's elements transformed
			}
			return !ix.lost[v]
		})
	}
}

// isCallee reports whether the function name id (f, pkg.F, x.M) is the
// function called by the call enclosing it.
func isCallee(id *ast.Ident, stack []ast.Node) bool {
	i := len(stack) - 2
	if i >= 0 {
		if sel, ok := stack[i].(*ast.SelectorExpr); ok && sel.Sel == id {
			i--
		}
	}
	if i < 0 {
		return false
	}
	call, ok := stack[i].(*ast.CallExpr)
	return ok && len(stack) > i+1 && call.Fun == stack[i+1]
}

// listWritten makes the list field or parameter e names unknown.
func (r *Resolver) listWritten(e ast.Expr) {
	if e == nil {
		return
	}
	if v := r.listField(e); v != nil {
		r.listIx.lost[v] = true
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := r.info.Uses[id].(*types.Var); ok && isStringList(v.Type()) {
			r.listIx.lost[v] = true
		}
	}
}

// listField returns the field e selects when it is a list field of one of
// the package's types, or nil.
func (r *Resolver) listField(e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s := r.info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil
	}
	v, _ := s.Obj().(*types.Var)
	if v == nil || v.Origin().Pkg() != r.pkg || !isStringList(v.Type()) {
		return nil
	}
	return v.Origin()
}

// isParam reports whether v is a list parameter of a function declared in
// the package.
func (r *Resolver) isParam(v *types.Var) bool {
	_, ok := r.lists().params[v]
	return ok
}

// fieldList resolves a read of the list field v: the union of the lists
// written to it and of the elements appended.
func (r *Resolver) fieldList(v *types.Var) ([]Elem, bool) {
	if r.trace != nil {
		return nil, false // not for facts (see above)
	}
	r.indexFields() // markRefs: values of the type handed to code not shown
	ix := r.lists()
	if ix.lost[v] {
		return nil, false
	}
	return r.memoList(v, func() list {
		var srcs []list
		for _, w := range ix.writes[v] {
			els, ok := r.strs(w)
			srcs = append(srcs, list{els, ok})
		}
		for _, call := range ix.appends[v] {
			els, ok := r.appended(call)
			srcs = append(srcs, list{els, ok})
		}
		return union(srcs, !v.Exported()) // another package may write an exported field
	})
}

// paramList resolves a read of the list parameter v: the union of the
// arguments of the calls of its function.
func (r *Resolver) paramList(v *types.Var) ([]Elem, bool) {
	if r.trace != nil {
		return nil, false
	}
	ix := r.lists()
	p := ix.params[v]
	if ix.lost[v] {
		return nil, false
	}
	return r.memoList(v, func() list {
		r.calls++
		defer func() { r.calls-- }()
		sig := p.fn.Signature()
		calls := ix.calls[p.fn]
		complete := !p.fn.Exported() && sig.Recv() == nil && !ix.values[p.fn] && len(calls) <= maxCallSites
		if len(calls) > maxCallSites {
			r.cuts++
			calls = calls[:maxCallSites]
		}
		var srcs []list
		for _, call := range calls {
			els, ok := argList(r, call, sig, p.index)
			srcs = append(srcs, list{els, ok})
		}
		return union(srcs, complete)
	})
}

// argList resolves the list a call passes for the parameter at index.
func argList(r *Resolver, call *ast.CallExpr, sig *types.Signature, index int) ([]Elem, bool) {
	if sig.Variadic() && index == sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
		var elems []Elem
		for _, a := range call.Args[min(index, len(call.Args)):] {
			elems = append(elems, r.elem(a))
		}
		return elems, true
	}
	if len(call.Args) != sig.Params().Len() {
		return nil, false // f(g()) with a multi-valued g
	}
	return r.strs(call.Args[index])
}

// union joins the lists a field or parameter may hold. Its elements are
// Merged when it joins more than one.
func union(srcs []list, complete bool) list {
	var out list
	out.complete = complete && len(srcs) > 0
	for _, s := range srcs {
		out.elems = append(out.elems, s.elems...)
		out.complete = out.complete && s.complete
	}
	if len(srcs) > 1 {
		for i := range out.elems {
			out.elems[i].Merged = true
		}
	}
	if len(out.elems) > maxElems {
		out.elems, out.complete = out.elems[:maxElems], false
	}
	return out
}

// memoList memoizes a list field or parameter as memo does a string
// field; the elements returned may be appended to.
func (r *Resolver) memoList(v *types.Var, resolve func() list) ([]Elem, bool) {
	l := memoize(r, listKey{v}, list{}, resolve)
	return slices.Clip(l.elems), l.complete
}
