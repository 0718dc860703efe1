package timeexpr

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Defs indexes the local variables of a function body that have exactly one
// definition (`now := time.Now()`, `var aud = "..."`), are never reassigned,
// incremented or have their address taken, so that an identifier can be
// replaced by the expression that defined it.
type Defs struct {
	info  *types.Info
	count map[*types.Var]int
	def   map[*types.Var]ast.Expr
	all   map[*types.Var][]ast.Expr
	bad   map[*types.Var]bool
}

// NewDefs indexes the definitions in body (a function body or any node).
// A nil body gives an index that resolves nothing.
func NewDefs(info *types.Info, body ast.Node) *Defs {
	d := &Defs{info: info, count: map[*types.Var]int{}, def: map[*types.Var]ast.Expr{}, all: map[*types.Var][]ast.Expr{}, bad: map[*types.Var]bool{}}
	if body == nil {
		return d
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				var rhs ast.Expr
				if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.DEFINE || n.Tok == token.ASSIGN) {
					rhs = n.Rhs[i]
				}
				d.note(lhs, rhs)
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				var rhs ast.Expr
				if len(n.Names) == len(n.Values) {
					rhs = n.Values[i]
				}
				d.note(name, rhs)
			}
		case *ast.IncDecStmt:
			d.note(n.X, nil)
		case *ast.RangeStmt:
			if n.Key != nil {
				d.note(n.Key, nil)
				d.note(n.Key, nil)
			}
			if n.Value != nil {
				d.note(n.Value, nil)
				d.note(n.Value, nil)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if v := d.local(n.X); v != nil {
					d.bad[v] = true
				}
			}
		}
		return true
	})
	return d
}

func (d *Defs) note(lhs, rhs ast.Expr) {
	v := d.local(lhs)
	if v == nil {
		return
	}
	d.count[v]++
	if rhs == nil {
		d.bad[v] = true
		return
	}
	d.def[v] = rhs
	d.all[v] = append(d.all[v], rhs)
}

func (d *Defs) local(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	v, _ := d.info.ObjectOf(id).(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return v
}

// Def returns the single expression that defines the variable e refers to,
// or false when e is not such a variable.
func (d *Defs) Def(e ast.Expr) (ast.Expr, bool) {
	v := d.local(e)
	if v == nil || d.count[v] != 1 || d.bad[v] {
		return nil, false
	}
	x, ok := d.def[v]
	return x, ok
}

// Unassigned reports whether e refers to a local variable (a parameter)
// that the body never assigns, increments or takes the address of: it
// keeps the value it came in with.
func (d *Defs) Unassigned(e ast.Expr) bool {
	v := d.local(e)
	return v != nil && d.count[v] == 0 && !d.bad[v]
}

// All returns every expression assigned to the local variable e refers to
// (host := "account-d..."; if prod { host = "account..." }), or false when
// e is not such a variable or some assignment is not a plain one.
func (d *Defs) All(e ast.Expr) ([]ast.Expr, bool) {
	v := d.local(e)
	if v == nil || d.bad[v] || len(d.all[v]) == 0 {
		return nil, false
	}
	return d.all[v], true
}

// Resolve follows identifiers to their single definitions (at most a few
// steps) and returns the final expression, unparenthesized.
func (d *Defs) Resolve(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	for range 8 {
		x, ok := d.Def(e)
		if !ok {
			return e
		}
		e = ast.Unparen(x)
	}
	return e
}
