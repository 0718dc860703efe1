package values

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/dslint/dslint/internal/match"
)

// Fields of the application's own types: a string field whose every write
// in the package resolves takes the values written (presets, defaults:
// cfg := Config{TokenURL: "https://account-d.docusign.com/oauth/token"}),
// read anywhere (cfg.DocuSign.TokenURL in another function, a method
// returning it). A write the resolver cannot follow makes the field a
// hole: a value from a parameter or the environment, &cfg.TokenURL (a flag
// or a decoder writes it), += of it, and any reference to a value of the
// type that leaves the package's code (json.Unmarshal(data, &cfg), a call
// into another package, an interface), since that code may write every
// field it reaches. The zero value of a field is not among its values: an
// unset field names no host, scope or header.
//
// A field of another package's type resolves through that package's
// FieldFact (the writes there) joined with the writes in this package; a
// dependency that writes it (WritesFact) makes it a hole.

// indexFields records, on the first field read, every write of a string
// field in the package and every reference leaving its code: a second walk
// that packages whose rules read no field never pay for.
func (r *Resolver) indexFields() {
	if r.indexed {
		return
	}
	r.indexed = true
	for _, f := range r.files {
		inspectStack(f, r.indexField)
	}
}

func (r *Resolver) indexField(n ast.Node, stack []ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		r.fieldAssign(n)
	case *ast.CompositeLit:
		r.fieldLit(n)
	case *ast.CallExpr:
		r.leakCall(n)
	case *ast.ValueSpec:
		if n.Type != nil {
			for _, v := range n.Values {
				r.leakTo(r.info.TypeOf(n.Type), v)
			}
		}
	case *ast.ReturnStmt:
		if sig := enclosingSig(r.info, stack); sig != nil && sig.Results().Len() == len(n.Results) {
			for i, e := range n.Results {
				r.leakTo(sig.Results().At(i).Type(), e)
			}
		}
	case *ast.SendStmt:
		if t := r.info.TypeOf(n.Chan); t != nil {
			if ch, ok := t.Underlying().(*types.Chan); ok {
				r.leakTo(ch.Elem(), n.Value)
			}
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			r.fieldAddr(n.X)
		}
	case *ast.RangeStmt:
		r.fieldAddr(n.Key)
		r.fieldAddr(n.Value)
	}
}

// fieldState is what the package's syntax shows of the writes of one
// string field.
type fieldState struct {
	writes  []ast.Expr // the values written, in source order
	unknown bool       // written in a way not followed
}

// fieldWrite returns the state of the string field v, created on first use.
func (r *Resolver) fieldWrite(v *types.Var) *fieldState {
	st := r.fields[v]
	if st == nil {
		st = &fieldState{}
		r.fields[v] = st
	}
	return st
}

// stringField returns the field a selector selects when it is a string
// field, or nil.
func (r *Resolver) stringField(sel *ast.SelectorExpr) *types.Var {
	s := r.info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil
	}
	v, _ := s.Obj().(*types.Var)
	if v == nil || !isString(v.Type()) {
		return nil
	}
	return v
}

// fieldLit records the string fields a struct literal sets.
func (r *Resolver) fieldLit(lit *ast.CompositeLit) {
	t := r.info.TypeOf(lit)
	if t == nil {
		return
	}
	if _, ok := t.Underlying().(*types.Struct); !ok {
		r.leakElems(lit, t)
		return
	}
	fields, _, _ := match.StructLit(r.info, lit)
	for _, f := range fields {
		if isString(f.Var.Type()) {
			st := r.fieldWrite(f.Var)
			st.writes = append(st.writes, f.Value)
		} else if types.IsInterface(f.Var.Type()) {
			r.leak(f.Value)
		}
	}
}

// fieldAssign records x.F = value for string fields; other forms of
// writing one (+=, a tuple) make it unknown. A reference assigned to an
// interface leaks.
func (r *Resolver) fieldAssign(n *ast.AssignStmt) {
	for i, lhs := range n.Lhs {
		if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
			if v := r.stringField(sel); v != nil {
				st := r.fieldWrite(v)
				if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
					st.writes = append(st.writes, n.Rhs[i])
				} else {
					st.unknown = true
				}
			}
		}
		if len(n.Lhs) == len(n.Rhs) && n.Tok == token.ASSIGN {
			if t := r.info.TypeOf(lhs); t != nil && types.IsInterface(t) {
				r.leak(n.Rhs[i])
			}
		}
	}
}

// fieldAddr makes the string field e selects unknown: its address is
// taken, or it is a range variable.
func (r *Resolver) fieldAddr(e ast.Expr) {
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if v := r.stringField(sel); v != nil {
			r.fieldWrite(v).unknown = true
		}
	}
}

// leakCall records the references a call hands to code the package does
// not show: every argument of a function declared elsewhere (or generic,
// or called through a value), and arguments passed as interfaces.
// Builtins write no field.
func (r *Resolver) leakCall(call *ast.CallExpr) {
	if tv, ok := r.info.Types[call.Fun]; ok && tv.IsType() {
		if types.IsInterface(tv.Type) && len(call.Args) == 1 {
			r.leak(call.Args[0])
		}
		return
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, builtin := r.info.Uses[id].(*types.Builtin); builtin {
			return
		}
	}
	sig, _ := types.Unalias(r.info.TypeOf(call.Fun)).(*types.Signature)
	fn := match.Callee(r.info, call)
	outside := sig == nil || fn == nil || r.funcs[fn] == nil || fn != fn.Origin()
	for i, a := range call.Args {
		if outside || sig.Params().Len() == 0 {
			r.leak(a)
			continue
		}
		j := min(i, sig.Params().Len()-1)
		pt := sig.Params().At(j).Type()
		if sig.Variadic() && j == sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
			if s, ok := pt.(*types.Slice); ok {
				pt = s.Elem()
			}
		}
		if types.IsInterface(pt) {
			r.leak(a)
		}
	}
}

// leakElems records the elements of a slice, array or map literal stored
// as interfaces.
func (r *Resolver) leakElems(lit *ast.CompositeLit, t types.Type) {
	var elem, key types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	case *types.Map:
		elem, key = u.Elem(), u.Key()
	default:
		return
	}
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if key != nil && types.IsInterface(key) {
				r.leak(kv.Key)
			}
			e = kv.Value
		}
		if types.IsInterface(elem) {
			r.leak(e)
		}
	}
}

// leakTo records values returned or sent as interfaces.
func (r *Resolver) leakTo(to types.Type, e ast.Expr) {
	if to != nil && types.IsInterface(to) {
		r.leak(e)
	}
}

// leak makes unknown every string field reachable through a reference
// (pointer, slice, map, channel) from a value of e's type.
func (r *Resolver) leak(e ast.Expr) {
	if t := r.info.TypeOf(e); t != nil {
		r.markRefs(t, false)
	}
}

// Bits of Resolver.walked: a type walked, and walked behind a reference.
const (
	walkedValue = 1 << iota
	walkedRef
)

func (r *Resolver) markRefs(t types.Type, ref bool) {
	bit := uint8(walkedValue)
	if ref {
		bit = walkedRef
	}
	if r.walked[t]&bit != 0 {
		return
	}
	r.walked[t] |= bit
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		if args := u.TypeArgs(); args != nil {
			for i := range args.Len() {
				r.markRefs(args.At(i), true) // Box[*Config] may hold a Config
			}
		}
		if p := u.Obj().Pkg(); p != nil && p != r.pkg && !r.facts.pkgs[p.Path()] {
			return // no field of this package resolves here: nothing to make unknown
		}
		r.markRefs(u.Underlying(), ref)
	case *types.Struct:
		for i := range u.NumFields() {
			f := u.Field(i)
			if ref && isString(f.Type()) {
				r.fieldWrite(f).unknown = true
			}
			if ref && f.Exported() && isStringList(f.Type()) {
				r.listIndex().lost[f.Origin()] = true // listfields.go
			}
			r.markRefs(f.Type(), ref)
		}
	case *types.Pointer:
		r.markRefs(u.Elem(), true)
	case *types.Slice:
		r.markRefs(u.Elem(), true)
	case *types.Map:
		r.markRefs(u.Key(), true)
		r.markRefs(u.Elem(), true)
	case *types.Chan:
		r.markRefs(u.Elem(), true)
	case *types.Array:
		r.markRefs(u.Elem(), ref)
	}
}

// field resolves a read of the string field v.
func (r *Resolver) field(v *types.Var) []Value {
	return r.memo(v, func() []Value {
		return via(r.fieldValues(v), "field "+v.Name())
	})
}

func (r *Resolver) fieldValues(v *types.Var) []Value {
	r.indexFields()
	if r.trace != nil {
		r.trace[v] = true
	}
	var vals []Value
	if v.Pkg() != r.pkg {
		f, ok := r.facts.fields[v]
		if !ok || r.facts.written(v) || !r.depsKnown(f.Fields) {
			return hole
		}
		vals = f.values()
	}
	if st := r.fields[v]; st != nil {
		if st.unknown {
			return hole
		}
		for _, w := range st.writes {
			x := r.str(w)
			for _, val := range x {
				if !val.HasKnown() && val.hasHole() {
					return hole // an unknown write: the field is unknown
				}
			}
			vals = append(vals, x...)
		}
	}
	if len(vals) == 0 || len(vals) > maxValues {
		return hole
	}
	return dedup(vals)
}

// hasHole reports whether v has an unknown part.
func (v Value) hasHole() bool {
	for _, p := range v.Parts {
		if p.Hole {
			return true
		}
	}
	return false
}
