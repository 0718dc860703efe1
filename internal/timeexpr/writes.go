package timeexpr

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/dslint/dslint/internal/match"
)

// write is a value assigned to a variable or field, with the body of the
// function declaration it is written in (nil at package level).
type write struct {
	fn *ast.BlockStmt
	e  ast.Expr
}

// backoff evaluates the local variable v of fn as a backoff: exactly one
// plain definition (its start) and otherwise only growth (d *= 2, d += c,
// d <<= 1, d = d * 2, d = min(d*2, limit) with a known limit, d++). Any other
// write, such as a floor (if d < min { d = min }), makes it unknown.
func (ds *Durations) backoff(fn *ast.BlockStmt, v *types.Var, depth int) (Duration, bool) {
	if fn == nil {
		return Duration{}, false
	}
	var start ast.Expr
	starts, growths, bad := 0, 0, false
	var limits []ast.Expr
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && (ds.info.Uses[id] == v || ds.info.Defs[id] == v)
	}
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if ds.info.Defs[name] != v {
					continue
				}
				if len(n.Values) != len(n.Names) {
					bad = true
				} else {
					start, starts = n.Values[i], starts+1
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if !is(lhs) {
					continue
				}
				switch {
				case (n.Tok == token.DEFINE || n.Tok == token.ASSIGN) && len(n.Lhs) == len(n.Rhs):
					if lim, ok := ds.growth(n.Rhs[i], is); ok {
						growths++
						limits = append(limits, lim...)
					} else {
						start, starts = n.Rhs[i], starts+1
					}
				case len(n.Rhs) == 1 && ds.grows(n.Tok, n.Rhs[0]):
					growths++
				default:
					bad = true
				}
			}
		case *ast.IncDecStmt:
			if is(n.X) {
				bad = bad || n.Tok != token.INC
				growths++
			}
		case *ast.UnaryExpr:
			bad = bad || n.Op == token.AND && is(n.X)
		case *ast.RangeStmt:
			bad = bad || n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value)
		}
		return true
	})
	if bad || starts != 1 || growths == 0 {
		return Duration{}, false
	}
	d, ok := ds.eval(fn, start, depth+1)
	if !ok {
		return Duration{}, false
	}
	for _, lim := range limits {
		l, ok := ds.eval(fn, lim, depth+1)
		if !ok {
			return Duration{}, false
		}
		d.D = min(d.D, l.D)
	}
	d.Growing = true
	return d, true
}

// grows reports whether `v op= x` only grows v: *= by at least 1, += by at
// least 0, <<= by any constant.
func (ds *Durations) grows(op token.Token, x ast.Expr) bool {
	n, ok := ds.constInt(x)
	if !ok {
		return false
	}
	switch op {
	case token.MUL_ASSIGN:
		return n >= 1
	case token.ADD_ASSIGN, token.SHL_ASSIGN:
		return n >= 0
	}
	return false
}

// growth reports whether e is v grown (v * 2, 2 * v, v + c, v << 1) or
// min of such a growth and limits, which it returns.
func (ds *Durations) growth(e ast.Expr, is func(ast.Expr) bool) (limits []ast.Expr, ok bool) {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.BinaryExpr:
		switch {
		case is(e.X):
			return nil, ds.grows(assignOp[e.Op], e.Y)
		case is(e.Y) && (e.Op == token.MUL || e.Op == token.ADD):
			return nil, ds.grows(assignOp[e.Op], e.X)
		}
	case *ast.CallExpr:
		if id, isID := ast.Unparen(e.Fun).(*ast.Ident); isID && len(e.Args) >= 2 {
			if b, isBuiltin := ds.info.Uses[id].(*types.Builtin); isBuiltin && b.Name() == "min" {
				grown := false
				for _, a := range e.Args {
					if _, ok := ds.growth(a, is); ok && !grown {
						grown = true
					} else {
						limits = append(limits, a)
					}
				}
				return limits, grown
			}
		}
	}
	return nil, false
}

// assignOp maps a binary operator to its assignment form.
var assignOp = map[token.Token]token.Token{token.MUL: token.MUL_ASSIGN, token.ADD: token.ADD_ASSIGN, token.SHL: token.SHL_ASSIGN}

func (ds *Durations) constInt(e ast.Expr) (int64, bool) {
	ev := &Evaluator{info: ds.info}
	return ev.Int(e)
}

// field evaluates an unexported struct field (p.interval) from every value
// the package writes to it: keyed and positional composite literals and
// plain assignments. Any other write (p.interval *= 2, &p.interval, a
// multi-value assignment) makes it unknown. The smallest value counts.
func (ds *Durations) field(sel *ast.SelectorExpr, depth int) (Duration, bool) {
	v, ok := ds.info.Uses[sel.Sel].(*types.Var)
	if !ok || !v.IsField() || v.Exported() {
		return Duration{}, false
	}
	if ds.fields == nil {
		ds.fields = ds.fieldWrites()
	}
	ws := ds.fields[v]
	if len(ws) == 0 {
		return Duration{}, false
	}
	var out Duration
	for i, w := range ws {
		d, ok := ds.eval(w.fn, w.e, depth+1)
		if !ok {
			return Duration{}, false
		}
		if i == 0 || d.D < out.D {
			out.D = d.D
		}
		out.Growing = out.Growing || d.Growing
	}
	return out, true
}

func (ds *Durations) fieldWrites() map[*types.Var][]write {
	out := map[*types.Var][]write{}
	badField := map[*types.Var]bool{}
	fieldOf := func(e ast.Expr) *types.Var {
		if s, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
			if v, ok := ds.info.Uses[s.Sel].(*types.Var); ok && v.IsField() {
				return v
			}
		}
		return nil
	}
	for _, f := range ds.files {
		for _, decl := range f.Decls {
			var fn *ast.BlockStmt
			if fd, ok := decl.(*ast.FuncDecl); ok {
				fn = fd.Body
			}
			ast.Inspect(decl, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CompositeLit:
					fields, _, _ := match.StructLit(ds.info, n)
					for _, fl := range fields {
						out[fl.Var] = append(out[fl.Var], write{fn, fl.Value})
					}
				case *ast.AssignStmt:
					for i, lhs := range n.Lhs {
						if v := fieldOf(lhs); v != nil {
							if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
								out[v] = append(out[v], write{fn, n.Rhs[i]})
							} else {
								badField[v] = true
							}
						}
					}
				case *ast.IncDecStmt:
					if v := fieldOf(n.X); v != nil {
						badField[v] = true
					}
				case *ast.UnaryExpr:
					if v := fieldOf(n.X); v != nil && n.Op == token.AND {
						badField[v] = true
					}
				}
				return true
			})
		}
	}
	for v := range badField {
		out[v] = nil
	}
	return out
}
