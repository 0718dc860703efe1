package values

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/dslint/dslint/internal/match"
)

// Strings returns the elements of a []string (or array) expression: a
// composite literal, append onto a resolvable slice, a local variable whose
// every assignment is visible, a package variable never written. complete
// is false when the slice may hold more than the elements returned (an
// append of an unknown slice); an element whose value is unknown is
// returned with Known false.
func (r *Resolver) Strings(e ast.Expr) (elems []Elem, complete bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.strs(e)
}

func (r *Resolver) strs(e ast.Expr) (elems []Elem, complete bool) {
	if r.depth >= maxExprDepth {
		r.cuts++
		return nil, false
	}
	r.depth++
	defer func() { r.depth-- }()
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.CompositeLit:
		complete = true
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
				complete = false // an index key: elements are not in order, zeros are left out
			}
			elems = append(elems, r.elem(elt))
		}
		return elems, complete && len(elems) <= maxElems
	case *ast.Ident:
		v, ok := r.info.Uses[x].(*types.Var)
		if !ok {
			return nil, false
		}
		if els, ok := r.importedList(v); ok {
			return els, true
		}
		if v.Parent() == r.pkg.Scope() {
			if init, ok := r.inits[v]; ok {
				return r.strs(init)
			}
			return nil, false
		}
		if r.isParam(v) {
			return r.paramList(v)
		}
		as, ok := r.reaching(x, v)
		if !ok {
			return nil, false
		}
		for _, a := range as {
			if a.tuple || a.rhs == nil {
				if a.rhs == nil && a.tok == token.DEFINE { // var s []string
					elems, complete = nil, true
					continue
				}
				return nil, false
			}
			if a.tok != token.DEFINE && a.tok != token.ASSIGN {
				return nil, false
			}
			elems, complete = r.strs(a.rhs)
		}
		return elems, complete
	case *ast.SelectorExpr:
		if v, ok := r.info.Uses[x.Sel].(*types.Var); ok && !v.IsField() {
			if els, ok := r.importedList(v); ok {
				return els, true
			}
			if init, ok := r.inits[v]; ok {
				return r.strs(init)
			}
		}
		if v := r.listField(x); v != nil {
			return r.fieldList(v)
		}
	case *ast.SliceExpr:
		return r.sublist(x)
	case *ast.CallExpr:
		if !r.isBuiltin(x, "append") || len(x.Args) == 0 {
			return nil, false
		}
		elems, complete = r.strs(x.Args[0])
		more, ok := r.appended(x)
		elems = append(elems, more...)
		return elems, complete && ok && len(elems) <= maxElems
	}
	return nil, false
}

// appended returns the elements an append call adds to its first argument.
func (r *Resolver) appended(call *ast.CallExpr) (elems []Elem, complete bool) {
	if call.Ellipsis.IsValid() {
		if len(call.Args) != 2 {
			return nil, false
		}
		return r.strs(call.Args[1])
	}
	for _, a := range call.Args[1:] {
		elems = append(elems, r.elem(a))
	}
	return elems, true
}

// sublist resolves a slice expression with constant bounds over a list
// whose every element is known in position (adminScopes[2:]).
func (r *Resolver) sublist(x *ast.SliceExpr) ([]Elem, bool) {
	if t := r.info.TypeOf(x.X); t == nil || !isStringList(t) {
		return nil, false
	}
	elems, complete := r.strs(x.X)
	if !complete {
		return nil, false
	}
	lo, okLo := r.bound(x.Low, 0)
	hi, okHi := r.bound(x.High, len(elems))
	if !okLo || !okHi {
		return nil, false
	}
	if lo < 0 || lo > hi || hi > len(elems) {
		return nil, false
	}
	return slices.Clip(elems[lo:hi]), true
}

// bound returns the constant value of a slice bound, def when absent.
func (r *Resolver) bound(e ast.Expr, def int) (int, bool) {
	if e == nil {
		return def, true
	}
	n, ok := match.Int(r.info, e)
	return int(n), ok
}

// importedList returns the elements of another package's list variable
// known through its ListFact. They have no Expr.
func (r *Resolver) importedList(v *types.Var) ([]Elem, bool) {
	texts, ok := r.facts.lists[v]
	if !ok {
		return nil, false
	}
	out := make([]Elem, len(texts))
	for i, t := range texts {
		out[i] = Elem{Text: t, Known: true}
	}
	return out, true
}

func (r *Resolver) elem(e ast.Expr) Elem {
	el := Elem{Expr: e, Const: match.ConstObject(r.info, e)}
	if vals := r.str(e); len(vals) == 1 {
		el.Text, el.Known = vals[0].Known()
	}
	return el
}

func (r *Resolver) isBuiltin(call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := r.info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// concat returns every concatenation of an a value with a b value, or one
// hole past maxValues.
