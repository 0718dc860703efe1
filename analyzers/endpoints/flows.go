package endpoints

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/values"
)

// Limits of the search for a production alternative: how many values deep
// it follows variables, fields, parameters and calls, and how many values
// one question may look at in all (so a package of many writes to one field
// stays linear).
const (
	maxFlowDepth = 4
	maxFlowSteps = 64
)

// A write is a value stored into a variable, a struct field or a
// parameter: a declaration, an assignment, a struct literal element or an
// argument of a call to a function of the package.
type write struct {
	value ast.Expr
	fn    ast.Node // the enclosing function, nil at package level
	cond  bool     // runs only on some paths of fn (inside an if, a switch case)
	lit   bool     // a struct literal element: a value of its own, not a reassignment
}

// flows indexes, once per package, where values go and where they come
// from: the writes to and the reads of each variable, field and parameter,
// the calls of each function declared in the package and its declaration.
// It answers one question of DS101: does a production host reach the same
// use as a demo host?
type flows struct {
	info   *types.Info
	consts constUses
	writes map[types.Object][]write
	reads  map[types.Object][]inspector.Cursor
	// strs are the u.String() calls of each local url.URL variable, whose
	// writes are the strings parsed into it and the hosts written to it.
	strs  map[types.Object][]inspector.Cursor
	calls map[*types.Func][]inspector.Cursor
	decls map[*types.Func]*ast.FuncDecl
	vals  func() *values.Resolver // the package's value resolver, built on first use
	steps int                     // values looked at by the current question
	cut   bool                    // the current question hit maxFlowDepth or maxFlowSteps
}

func newFlows(info *types.Info, files []*ast.File, insp *inspector.Inspector, consts constUses, vals func() *values.Resolver) *flows {
	fl := &flows{info: info, consts: consts, writes: map[types.Object][]write{}, reads: map[types.Object][]inspector.Cursor{}, strs: map[types.Object][]inspector.Cursor{}, calls: map[*types.Func][]inspector.Cursor{}, decls: match.FuncDecls(info, files), vals: vals}
	for cur := range insp.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil), (*ast.CallExpr)(nil), (*ast.Ident)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			fl.urlAssign(cur, n)
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				if obj := fl.target(lhs); obj != nil {
					fl.add(obj, cur, n.Rhs[i], false)
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if v, ok := info.Defs[name].(*types.Var); ok && len(n.Values) == len(n.Names) {
					fl.add(v, cur, n.Values[i], false)
				}
			}
		case *ast.CompositeLit:
			fields, _, ok := match.StructLit(info, n)
			for _, f := range fields {
				if ok {
					fl.add(f.Var, cur, f.Value, true)
				}
			}
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && match.IsCallTo(info, n, knowledge.URLString) {
				if u := fl.urlVar(sel.X); u != nil {
					fl.strs[u] = append(fl.strs[u], cur)
				}
			}
			fn := match.Callee(info, n)
			d := fl.decls[fn]
			if d == nil || n.Ellipsis.IsValid() {
				continue
			}
			fl.calls[fn] = append(fl.calls[fn], cur)
			params := fn.Signature().Params()
			if fn.Signature().Variadic() || params.Len() != len(n.Args) {
				continue
			}
			for i, a := range n.Args {
				fl.add(params.At(i), cur, a, false)
			}
		case *ast.Ident:
			if v, ok := info.Uses[n].(*types.Var); ok && fl.isRead(cur) {
				read := cur
				if cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
					read = cur.Parent()
				}
				fl.reads[v] = append(fl.reads[v], read)
			}
		}
	}
	return fl
}

// urlAssign records what the assignment at cur gives a local url.URL
// variable u: the string it parses (u, err := url.Parse(base)) and the
// host it writes (u.Host = host), as writes of u.
func (fl *flows) urlAssign(cur inspector.Cursor, n *ast.AssignStmt) {
	if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok && len(n.Rhs) == 1 && len(call.Args) == 1 && match.IsCallTo(fl.info, call, knowledge.URLParsers...) {
		if u := fl.urlVar(n.Lhs[0]); u != nil {
			fl.add(u, cur, call.Args[0], false)
		}
		return
	}
	for i, lhs := range n.Lhs {
		if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && sel.Sel.Name == "Host" && len(n.Lhs) == len(n.Rhs) {
			if u := fl.urlVar(sel.X); u != nil {
				fl.add(u, cur, n.Rhs[i], false)
			}
		}
	}
}

// urlVar returns the local variable of type url.URL or *url.URL e is, or nil.
func (fl *flows) urlVar(e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := fl.info.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || !match.IsType(v.Type(), knowledge.URL) {
		return nil
	}
	return v
}

// target returns the variable or field an assignment writes, or nil.
func (fl *flows) target(lhs ast.Expr) types.Object {
	switch x := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		v, _ := fl.info.ObjectOf(x).(*types.Var)
		if v != nil {
			return v
		}
	case *ast.SelectorExpr:
		if v, ok := fl.info.Uses[x.Sel].(*types.Var); ok {
			return v
		}
	}
	return nil
}

func (fl *flows) add(obj types.Object, cur inspector.Cursor, value ast.Expr, lit bool) {
	var fn ast.Node
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = f.Node()
		break
	}
	fl.writes[obj] = append(fl.writes[obj], write{value: value, fn: fn, cond: conditional(cur), lit: lit})
}

// isRead reports whether the identifier at cur reads its variable: not the
// left side of an assignment or a struct literal key.
func (fl *flows) isRead(cur inspector.Cursor) bool {
	if cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
		cur = cur.Parent()
	}
	switch cur.ParentEdgeKind() {
	case edge.AssignStmt_Lhs, edge.KeyValueExpr_Key, edge.IncDecStmt_X:
		return false
	}
	return true
}

// limit counts one more value looked at and reports whether the current
// question is past its bounds (and then records that it was cut).
func (fl *flows) limit(depth int) bool {
	fl.steps++
	if depth > maxFlowDepth || fl.steps > maxFlowSteps {
		fl.cut = true
		return true
	}
	return false
}

// reachesProd reports whether a production host of family f may be the
// value of e, or part of it: a constant naming one, or a variable, field or
// parameter one of whose writes does, or a call of a function of the
// package one of whose returns does, through concatenation, conversions
// and fmt.Sprint*, or an element of a composite literal (&Config{...}).
func (fl *flows) reachesProd(e ast.Expr, f docusign.Family, depth int) bool {
	if fl.limit(depth) {
		return false
	}
	if s, ok := match.String(fl.info, e); ok {
		for _, m := range docusign.FindHosts(s) {
			if m.Host.Env == docusign.Prod && m.Host.Family == f {
				return true
			}
		}
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		return x.Op == token.ADD && (fl.reachesProd(x.X, f, depth) || fl.reachesProd(x.Y, f, depth))
	case *ast.CallExpr:
		if fl.passesThrough(x) {
			for _, a := range x.Args {
				if fl.reachesProd(a, f, depth) {
					return true
				}
			}
			return false
		}
		d := fl.decls[match.Callee(fl.info, x)]
		if d == nil || d.Type.Results.NumFields() != 1 {
			return false
		}
		for _, r := range match.Returns(d.Body) {
			if len(r.Results) == 1 && fl.reachesProd(r.Results[0], f, depth+1) {
				return true
			}
		}
	case *ast.CompositeLit: // a preset: any of its elements
		for _, e := range x.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				e = kv.Value
			}
			if fl.reachesProd(e, f, depth) {
				return true
			}
		}
	case *ast.UnaryExpr:
		return x.Op == token.AND && fl.reachesProd(x.X, f, depth)
	case *ast.Ident, *ast.SelectorExpr:
		id, _ := x.(*ast.Ident)
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
		for _, w := range fl.writes[fl.info.Uses[id]] {
			if fl.reachesProd(w.value, f, depth+1) {
				return true
			}
		}
	}
	return false
}

// passesThrough reports whether call builds its string from its arguments
// (a conversion, fmt.Sprintf), so a host in an argument is in its value.
func (fl *flows) passesThrough(call *ast.CallExpr) bool {
	if tv, ok := fl.info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	return match.IsCallTo(fl.info, call, "fmt.Sprintf", "fmt.Sprint")
}

// baseAppended reports whether the bare host value at cur (a literal or
// its outermost constant expression) ends up followed by an eSignature API
// base path at run time: concatenated with "/restapi..." or formatted into
// "%s/restapi..." where it is used, joined with "restapi" by url.JoinPath
// or path.Join (as the resolver joins them), or returned by a function of the
// package (or stored in a variable) whose result is completed so at a call
// (func base() string { return "https://na2.docusign.net" } and
// base() + "/restapi/v2.1/accounts/" + id).
func (fl *flows) baseAppended(cur inspector.Cursor, depth int) bool {
	if fl.limit(depth) {
		return false
	}
	cur = match.OutermostConst(fl.info, cur)
	if next, ok := fl.following(cur); ok {
		return hasAny(afterPort(next), basePaths) && !strings.HasPrefix(next, "/restapi/v2/oauth2/token")
	}
	parent := cur.Parent()
	i := cur.ParentEdgeIndex()
	switch p := parent.Node().(type) {
	case *ast.ParenExpr:
		return fl.baseAppended(parent, depth)
	case *ast.CallExpr:
		return cur.ParentEdgeKind() == edge.CallExpr_Args && i == 0 && fl.joinAppended(p, cur.Node().(ast.Expr))
	case *ast.ReturnStmt:
		if len(p.Results) != 1 {
			return false
		}
		for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			d, ok := fn.Node().(*ast.FuncDecl)
			if !ok {
				return false
			}
			obj, _ := fl.info.Defs[d.Name].(*types.Func)
			return obj != nil && fl.anyAppended(fl.calls[obj], depth)
		}
	case *ast.AssignStmt:
		if cur.ParentEdgeKind() == edge.AssignStmt_Rhs && len(p.Lhs) == len(p.Rhs) {
			if obj := fl.target(p.Lhs[i]); obj != nil {
				return fl.anyAppended(fl.reads[obj], depth)
			}
		}
	case *ast.ValueSpec:
		if cur.ParentEdgeKind() == edge.ValueSpec_Values && i < len(p.Names) {
			switch obj := fl.info.Defs[p.Names[i]].(type) {
			case *types.Var:
				return fl.anyAppended(fl.reads[obj], depth)
			case *types.Const:
				return fl.anyAppended(fl.consts[obj], depth)
			}
		}
	}
	return false
}

// joinAppended reports whether the path join call (url.JoinPath(base,
// "restapi")) continues its constant first element base with an
// eSignature API base path, in a value the resolver finds for it.
func (fl *flows) joinAppended(call *ast.CallExpr, base ast.Expr) bool {
	s, ok := match.String(fl.info, base)
	if !ok || !match.IsCallTo(fl.info, call, "net/url.JoinPath", "path.Join") {
		return false
	}
	for _, v := range fl.vals().String(call) {
		if rest, ok := strings.CutPrefix(v.Marked(holeMark), strings.TrimRight(s, "/")); ok && hasAny(afterPort(rest), basePaths) {
			return true
		}
	}
	return false
}

func (fl *flows) anyAppended(curs []inspector.Cursor, depth int) bool {
	for _, c := range curs {
		if fl.baseAppended(c, depth+1) {
			return true
		}
	}
	return false
}

// following returns the constant text that follows the value at cur where
// it is used: the next operand of a concatenation, or the text after its
// verb in a fmt.Sprintf format. ok is false when cur is not so used or
// what follows is not constant.
func (fl *flows) following(cur inspector.Cursor) (string, bool) {
	for {
		p, isBin := cur.Parent().Node().(*ast.BinaryExpr)
		if !isBin || p.Op != token.ADD {
			break
		}
		if cur.ParentEdgeKind() == edge.BinaryExpr_X {
			return match.String(fl.info, leftmost(p.Y))
		}
		cur = cur.Parent() // the right operand: what follows the whole sum
	}
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok || cur.ParentEdgeKind() != edge.CallExpr_Args || cur.ParentEdgeIndex() == 0 || !match.IsCallTo(fl.info, call, "fmt.Sprintf") {
		return "", false
	}
	format, ok := match.String(fl.info, call.Args[0])
	if !ok {
		return "", false
	}
	return afterVerb(format, cur.ParentEdgeIndex())
}

// leftmost returns the first operand of a concatenation.
func leftmost(e ast.Expr) ast.Expr {
	for {
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			return e
		}
		e = b.X
	}
}

// afterVerb returns the text of format between its n-th verb (1-based) and
// the next one. Formats with explicit argument indexes are not read.
func afterVerb(format string, n int) (string, bool) {
	if strings.Contains(format, "%[") {
		return "", false
	}
	verb := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*", format[j]) >= 0 {
			j++
		}
		if j >= len(format) {
			return "", false
		}
		verb++
		if verb == n {
			rest := format[j+1:]
			if k := strings.IndexByte(rest, '%'); k >= 0 {
				rest = rest[:k]
			}
			return rest, true
		}
		i = j
	}
	return "", false
}
