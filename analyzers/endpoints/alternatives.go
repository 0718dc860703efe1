package endpoints

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// A demo host is chosen at run time, and so not hardcoded, only where a
// production host of the same API family reaches the same use: the other
// branch of an if/else or switch assigning the same variable or field, the
// other return of the function that returns it, another entry of the map
// or table literal that holds it, another write of the struct field or
// parameter it is stored into (presets, call sites), a default overridden
// from configuration. A production host elsewhere in the package excuses
// nothing.

// excused reports whether a production host of family f reaches the use of
// the demo value at cur (a literal, or a use of a constant that names it).
// A search cut by maxFlowDepth or maxFlowSteps does not know, and excuses:
// the finding must not depend on how much of the package came first.
func (fl *flows) excused(cur inspector.Cursor, f docusign.Family) bool {
	fl.steps, fl.cut = 0, false
	return fl.alternative(cur, f, 0) || fl.cut
}

// alternative reports whether a production host of family f reaches where
// the value at cur goes: it follows the value up through concatenation and
// fmt.Sprint*, then to the statement or literal that stores it.
func (fl *flows) alternative(cur inspector.Cursor, f docusign.Family, depth int) bool {
	if fl.limit(depth) {
		return false
	}
	cur = fl.climb(match.OutermostConst(fl.info, cur))
	parent := cur.Parent()
	i := cur.ParentEdgeIndex()
	switch p := parent.Node().(type) {
	case *ast.ReturnStmt:
		return fl.returnsEither(cur, p, f, depth)
	case *ast.AssignStmt:
		if cur.ParentEdgeKind() != edge.AssignStmt_Rhs || len(p.Lhs) != len(p.Rhs) {
			return false
		}
		obj := fl.target(p.Lhs[i])
		return obj != nil && fl.objAlternative(obj, p.Rhs[i], f, depth)
	case *ast.ValueSpec:
		if cur.ParentEdgeKind() != edge.ValueSpec_Values || i >= len(p.Names) {
			return false
		}
		switch obj := fl.info.Defs[p.Names[i]].(type) {
		case *types.Const:
			return fl.constAlternative(obj, f, depth)
		case *types.Var:
			return fl.objAlternative(obj, p.Values[i], f, depth)
		}
	case *ast.KeyValueExpr:
		if cur.ParentEdgeKind() == edge.KeyValueExpr_Value {
			return fl.elementAlternative(parent.Parent(), p.Value, f, depth)
		}
	case *ast.CompositeLit:
		if cur.ParentEdgeKind() == edge.CompositeLit_Elts {
			return fl.elementAlternative(parent, p.Elts[i], f, depth)
		}
	case *ast.CallExpr:
		if cur.ParentEdgeKind() == edge.CallExpr_Args && match.IsCallTo(fl.info, p, knowledge.URLParsers...) {
			return fl.parsedAlternative(parent, p.Args[i], f, depth)
		}
		fn := match.Callee(fl.info, p)
		if cur.ParentEdgeKind() != edge.CallExpr_Args || fl.decls[fn] == nil || fn.Signature().Variadic() || p.Ellipsis.IsValid() || i >= fn.Signature().Params().Len() {
			return false
		}
		return fl.objAlternative(fn.Signature().Params().At(i), p.Args[i], f, depth)
	}
	return false
}

// climb returns the largest expression around cur whose string contains
// the value at cur: concatenations, conversions and fmt.Sprint* calls.
func (fl *flows) climb(cur inspector.Cursor) inspector.Cursor {
	for {
		switch p := cur.Parent().Node().(type) {
		case *ast.ParenExpr:
		case *ast.BinaryExpr:
			if p.Op != token.ADD {
				return cur
			}
		case *ast.CallExpr:
			if cur.ParentEdgeKind() != edge.CallExpr_Args || !fl.passesThrough(p) {
				return cur
			}
		default:
			return cur
		}
		cur = cur.Parent()
	}
}

// returnsEither reports whether the function returning the value at cur
// (result i of ret) has another return whose result i may be a production
// host of f, or is called only where one reaches.
func (fl *flows) returnsEither(cur inspector.Cursor, ret *ast.ReturnStmt, f docusign.Family, depth int) bool {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var body *ast.BlockStmt
		var obj *types.Func
		switch n := fn.Node().(type) {
		case *ast.FuncDecl:
			body = n.Body
			obj, _ = fl.info.Defs[n.Name].(*types.Func)
		case *ast.FuncLit:
			body = n.Body
		}
		i := cur.ParentEdgeIndex()
		for _, r := range match.Returns(body) {
			if r != ret && len(r.Results) == len(ret.Results) && fl.reachesProd(r.Results[i], f, depth+1) {
				return true
			}
		}
		if len(ret.Results) != 1 || obj == nil {
			return false
		}
		return all(fl.calls[obj], func(c inspector.Cursor) bool { return fl.alternative(c, f, depth+1) })
	}
	return false
}

// objAlternative reports whether the variable, field or parameter obj,
// written value, has another write that may be a production host of f (one
// that is not simply overwritten or overwriting in the same run of a
// function), or is read only where one reaches.
func (fl *flows) objAlternative(obj types.Object, value ast.Expr, f docusign.Family, depth int) bool {
	return fl.otherWrite(obj, value, f, depth) || fl.readsExcused(fl.reads[obj], f, depth)
}

// otherWrite reports whether obj, written value, has another write that
// may be a production host of f, one that is not simply overwritten or
// overwriting in the same run of a function.
func (fl *flows) otherWrite(obj types.Object, value ast.Expr, f docusign.Family, depth int) bool {
	var this write
	for _, w := range fl.writes[obj] {
		if w.value == value {
			this = w
		}
	}
	for _, w := range fl.writes[obj] {
		if w.value != value && (w.lit || this.lit || w.cond || this.cond || w.fn != this.fn) && fl.reachesProd(w.value, f, depth+1) {
			return true
		}
	}
	return false
}

// parsedAlternative reports whether a production host of f reaches the
// URL url.Parse (the call at call) makes of value and assigns to a local
// variable u: another string parsed into u or a host written to u.Host
// on some paths (if prod { u.Host = "account.docusign.com" }), or every
// u.String() going where one reaches.
func (fl *flows) parsedAlternative(call inspector.Cursor, value ast.Expr, f docusign.Family, depth int) bool {
	as, ok := call.Parent().Node().(*ast.AssignStmt)
	if !ok || call.ParentEdgeKind() != edge.AssignStmt_Rhs {
		return false
	}
	u := fl.urlVar(as.Lhs[0])
	if u == nil {
		return false
	}
	return fl.otherWrite(u, value, f, depth) || all(fl.strs[u], func(c inspector.Cursor) bool { return fl.alternative(c, f, depth+1) })
}

// readsExcused reports whether the reads of a variable holding a demo host
// do not choose it: each is a comparison or message text (expected :=
// "https://account-d..."; if got != expected), or a use a production host
// reaches; and there is at least one read.
func (fl *flows) readsExcused(reads []inspector.Cursor, f docusign.Family, depth int) bool {
	return len(reads) > 0 && allOrNone(reads, func(r inspector.Cursor) bool {
		return match.Compared(fl.info, r) || match.InMessage(fl.info, r) || fl.alternative(r, f, depth+1)
	})
}

// elementAlternative reports whether a production host of f is another
// choice for the element value of the composite literal at lit. A map,
// slice or array holding both environments is a table indexed at run time.
// A struct holding both (apiVersion{host: prod, demoHost: demo}) is a
// table too when its demo field is read only on some paths or where a
// production host reaches; otherwise the field's other writes decide, and
// then where the struct literal itself goes: an entry of a table keyed by
// environment (map[Env]Config{Dev: {OAuth: OAuth{Audience: demo}}, Prod:
// ...}) whose other entry names a production host of f is chosen at run
// time with it.
func (fl *flows) elementAlternative(lit inspector.Cursor, value ast.Expr, f docusign.Family, depth int) bool {
	cl := lit.Node().(*ast.CompositeLit)
	fields, _, isStruct := match.StructLit(fl.info, cl)
	if !isStruct {
		for _, e := range cl.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if ok && kv.Value != value && (fl.reachesProd(kv.Key, f, depth+1) || fl.reachesProd(kv.Value, f, depth+1)) {
				return true
			}
			if !ok && e != value && fl.reachesProd(e, f, depth+1) {
				return true
			}
		}
		return false
	}
	var field *types.Var
	table := false
	for _, fd := range fields {
		if fd.Value == value {
			field = fd.Var
		} else if fl.reachesProd(fd.Value, f, depth+1) {
			table = true
		}
	}
	if field == nil {
		return false
	}
	if table && allOrNone(fl.reads[field], func(r inspector.Cursor) bool { return conditional(r) || fl.alternative(r, f, depth+1) }) {
		return true
	}
	// The field's other writes decide; else the whole literal is one
	// choice of where it goes (a preset nested in an environment table
	// whose production entry names a production host).
	return fl.objAlternative(field, value, f, depth) || fl.alternative(lit, f, depth+1)
}

// constAlternative reports whether every use of the constant c that chooses
// it (not a comparison or message text) is one a production host of f
// reaches. A constant the package does not use is for other packages to
// choose only when it is exported next to a production constant of f.
func (fl *flows) constAlternative(c *types.Const, f docusign.Family, depth int) bool {
	var uses []inspector.Cursor
	for _, u := range fl.consts[c] {
		if u.ParentEdgeKind() == edge.SelectorExpr_Sel {
			u = u.Parent()
		}
		if !match.Compared(fl.info, u) && !match.InMessage(fl.info, u) {
			uses = append(uses, u)
		}
	}
	if len(uses) == 0 {
		return c.Exported() && declaresProd(c.Pkg(), f)
	}
	return all(uses, func(u inspector.Cursor) bool { return fl.alternative(u, f, depth+1) })
}

// all reports whether there is at least one cursor and ok holds for each.
func all(curs []inspector.Cursor, ok func(inspector.Cursor) bool) bool {
	return len(curs) > 0 && allOrNone(curs, ok)
}

// allOrNone reports whether ok holds for each cursor (true for none).
func allOrNone(curs []inspector.Cursor, ok func(inspector.Cursor) bool) bool {
	for _, c := range curs {
		if !ok(c) {
			return false
		}
	}
	return true
}
