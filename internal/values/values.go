// Package values resolves the string values an expression may take where it
// is used, for rules that judge the value reaching a call rather than the
// literal written there.
//
// A Resolver answers, for a string expression, the values it may take, each
// a sequence of known text and unknown holes, with where it came from
// ("constant legacyHeader", "returned by authHeader"). It follows:
//   - constants and constant folding (go/types);
//   - concatenation, also across statements of a local variable whose every
//     assignment is visible (u := base; u += "/oauth/token");
//   - fmt.Sprintf and fmt.Sprint with resolvable arguments (a %s of an
//     unknown argument is a hole, the rest of the format is known);
//   - strings.Join of a resolvable slice, url.QueryEscape and url.PathEscape;
//   - slices: composite literals, append onto resolvable slices, package
//     variables given a value once and never written;
//   - results of functions and methods declared in the package, bounded by
//     maxCallDepth and cycle-safe.
//
// Everything else (parameters, fields, calls into other packages, values
// assigned under a condition) is a hole: an unknown part stays unknown.
// Nothing is guessed from names, and results never depend on map order or
// on the order declarations appear in.
package values

import (
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"strconv"
	"strings"

	"github.com/dslint/dslint/internal/match"
)

// Limits of resolution. Past them a value is a hole.
const (
	// maxValues bounds the alternatives of one expression (a function with
	// several returns, concatenations of such).
	maxValues = 8
	// maxCallDepth bounds nested function results followed from one use.
	maxCallDepth = 4
	// maxExprDepth bounds the expression and variable chain followed.
	maxExprDepth = 32
	// maxElems bounds the elements of a resolved slice.
	maxElems = 64
)

// Part is a piece of a string value: known text, or a hole of unknown text.
type Part struct {
	Text string
	Hole bool
}

// Value is one string an expression may take.
type Value struct {
	Parts []Part
	// Via says where the value came from, outermost first, for messages:
	// "constant legacyHeader", "returned by authHeader", "variable scopes".
	Via []string
}

// Known returns the whole string when the value has no hole.
func (v Value) Known() (string, bool) {
	var b strings.Builder
	for _, p := range v.Parts {
		if p.Hole {
			return "", false
		}
		b.WriteString(p.Text)
	}
	return b.String(), true
}

// Pattern returns the value with each hole written as "%s", the form
// fmt.Sprintf formats use ("%s/oauth2/token" for base + "/oauth2/token").
func (v Value) Pattern() string {
	var b strings.Builder
	for _, p := range v.Parts {
		if p.Hole {
			b.WriteString("%s")
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// HasKnown reports whether any part of v is known text.
func (v Value) HasKnown() bool {
	for _, p := range v.Parts {
		if !p.Hole && p.Text != "" {
			return true
		}
	}
	return false
}

// Elem is one element of a resolved []string.
type Elem struct {
	Text  string
	Known bool
	// Expr is the element's expression in this package, or nil for an
	// element of another package's list (known through its ListFact).
	Expr ast.Expr
	// Const is the named constant the element is, when it is one.
	Const *types.Const
}

var hole = []Value{{Parts: []Part{{Hole: true}}}}

func known(s string) []Value { return []Value{{Parts: []Part{{Text: s}}}} }

// Resolver resolves values in one package. It is not safe for concurrent use.
type Resolver struct {
	info  *types.Info
	pkg   *types.Package
	inits map[*types.Var]ast.Expr // package variables written once
	// imported are the lists other packages export (ListFact), when the
	// Resolver comes from Analyzer.
	imported map[*types.Var][]string
	locals   map[*types.Var]*local
	funcs    map[*types.Func]*ast.FuncDecl
	stmtIn   map[ast.Stmt]*[]ast.Stmt // the statement list holding a statement
	results  map[resultKey]cached     // function results resolved without a cut
	active   map[*types.Func]bool     // functions being resolved (cycle guard)
	cuts     int                      // cut-offs so far (limits, cycles)
	calls    int                      // current call depth
	depth    int                      // current expression depth
}

type resultKey struct {
	fn *types.Func
	i  int
}

// cached is a function result resolved without a cut-off, with the call
// and expression depths it was resolved at: resolving it again at those
// depths or shallower gives the same values, deeper it may be cut, so it is
// resolved again there. Answers thus never depend on the order of queries.
type cached struct {
	vals         []Value
	calls, depth int
}

// local is what the package's syntax shows of a local variable.
type local struct {
	def     ast.Stmt // the defining statement (x := ..., var x = ...)
	assigns []assign // every assignment, the definition first
	escapes bool     // address taken, captured by a closure, incremented, ranged over
}

type assign struct {
	stmt  ast.Stmt
	tok   token.Token // token.DEFINE (also var specs), token.ASSIGN, token.ADD_ASSIGN
	rhs   ast.Expr    // nil: the zero value
	index int         // result index when rhs is a multi-valued call
	tuple bool
}

// New returns a Resolver for the package's syntax and types.
func New(info *types.Info, pkg *types.Package, files []*ast.File) *Resolver {
	r := &Resolver{
		info:    info,
		pkg:     pkg,
		inits:   match.PackageInits(info, files),
		locals:  map[*types.Var]*local{},
		funcs:   map[*types.Func]*ast.FuncDecl{},
		stmtIn:  map[ast.Stmt]*[]ast.Stmt{},
		results: map[resultKey]cached{},
		active:  map[*types.Func]bool{},
	}
	for _, f := range files {
		r.index(f)
	}
	return r
}

func (r *Resolver) localOf(id *ast.Ident) (*types.Var, *local) {
	v, ok := r.info.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == r.pkg.Scope() || v.Pkg() != r.pkg {
		return nil, nil
	}
	l := r.locals[v]
	if l == nil {
		l = &local{}
		r.locals[v] = l
	}
	return v, l
}

func (r *Resolver) index(f *ast.File) {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			if fn, ok := r.info.Defs[fd.Name].(*types.Func); ok {
				r.funcs[fn] = fd
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return true
		}
		switch n := n.(type) {
		case *ast.BlockStmt:
			r.list(&n.List)
		case *ast.CaseClause:
			r.list(&n.Body)
		case *ast.CommClause:
			r.list(&n.Body)
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok {
					if v, l := r.localOf(id); l != nil && !(v.Pos() >= n.Pos() && v.Pos() < n.End()) {
						l.escapes = true // captured: assignments may run at any time
					}
				}
				return true
			})
		case *ast.AssignStmt:
			r.assignStmt(n)
		case *ast.DeclStmt:
			gd, _ := n.Decl.(*ast.GenDecl)
			if gd == nil || gd.Tok != token.VAR {
				break
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					_, l := r.localOf(name)
					if l == nil {
						continue
					}
					a := assign{stmt: n, tok: token.DEFINE}
					switch {
					case len(vs.Values) == len(vs.Names):
						a.rhs = vs.Values[i]
					case len(vs.Values) == 1:
						a.rhs, a.index, a.tuple = vs.Values[0], i, true
					}
					l.def = n
					l.assigns = append(l.assigns, a)
				}
			}
		case *ast.IncDecStmt:
			r.escape(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				r.escape(n.X)
			}
		case *ast.RangeStmt:
			r.escape(n.Key)
			r.escape(n.Value)
		}
		return true
	})
}

func (r *Resolver) list(l *[]ast.Stmt) {
	for _, s := range *l {
		r.stmtIn[s] = l
	}
}

func (r *Resolver) escape(e ast.Expr) {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if _, l := r.localOf(id); l != nil {
			l.escapes = true
		}
	}
}

func (r *Resolver) assignStmt(n *ast.AssignStmt) {
	for i, lhs := range n.Lhs {
		id, ok := ast.Unparen(lhs).(*ast.Ident)
		if !ok {
			continue
		}
		v, l := r.localOf(id)
		if l == nil {
			continue
		}
		if n.Tok == token.DEFINE && r.info.Defs[id] == nil {
			// redeclared in a := with another new variable: an assignment
			a := assign{stmt: n, tok: token.ASSIGN}
			r.rhs(&a, n, i)
			l.assigns = append(l.assigns, a)
			continue
		}
		a := assign{stmt: n, tok: n.Tok}
		switch n.Tok {
		case token.DEFINE:
			if r.info.Defs[id] != v {
				continue
			}
			l.def = n
		case token.ASSIGN, token.ADD_ASSIGN:
		default:
			l.escapes = true // -=, |=, ... do not apply to strings; be safe
			continue
		}
		r.rhs(&a, n, i)
		l.assigns = append(l.assigns, a)
	}
}

func (r *Resolver) rhs(a *assign, n *ast.AssignStmt, i int) {
	if len(n.Lhs) == len(n.Rhs) {
		a.rhs = n.Rhs[i]
	} else if len(n.Rhs) == 1 {
		a.rhs, a.index, a.tuple = n.Rhs[0], i, true
	}
}

// String returns the values the string expression e may take, in source
// order of their origin, at least one. A part that cannot be resolved is a
// hole; an expression that cannot be resolved at all is one hole.
func (r *Resolver) String(e ast.Expr) []Value {
	if r.depth >= maxExprDepth {
		r.cuts++
		return hole
	}
	r.depth++
	defer func() { r.depth-- }()
	e = ast.Unparen(e)
	if s, ok := match.String(r.info, e); ok {
		vals := known(s)
		if c := match.ConstObject(r.info, e); c != nil {
			vals[0].Via = []string{"constant " + c.Name()}
		}
		return vals
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return concat(r.String(e.X), r.String(e.Y))
		}
	case *ast.Ident:
		return r.ident(e)
	case *ast.SelectorExpr:
		if v, ok := r.info.Uses[e.Sel].(*types.Var); ok && !v.IsField() {
			return r.pkgVar(v)
		}
	case *ast.CallExpr:
		return r.call(e)
	}
	return hole
}

func (r *Resolver) ident(id *ast.Ident) []Value {
	v, ok := r.info.Uses[id].(*types.Var)
	if !ok {
		return hole
	}
	if v.Parent() == r.pkg.Scope() {
		return r.pkgVar(v)
	}
	a, ok := r.reaching(id, v)
	if !ok {
		return hole
	}
	var vals []Value
	for _, as := range a {
		var x []Value
		switch {
		case as.tuple:
			call, ok := ast.Unparen(as.rhs).(*ast.CallExpr)
			if !ok {
				return hole
			}
			x = r.Results(call, as.index)
		case as.rhs == nil:
			x = known("")
		default:
			x = r.String(as.rhs)
		}
		if as.tok == token.ADD_ASSIGN {
			vals = concat(vals, x)
		} else {
			vals = x
		}
	}
	return vals
}

// reaching returns the assignments of the local variable v that reach the
// use id, the definition first, when every assignment of v is a statement
// of the list that defines it (none under a condition or in a loop of its
// own) and v does not escape.
func (r *Resolver) reaching(id *ast.Ident, v *types.Var) ([]assign, bool) {
	l := r.locals[v]
	if l == nil || l.escapes || l.def == nil {
		return nil, false
	}
	list := r.stmtIn[l.def]
	if list == nil {
		return nil, false
	}
	var out []assign
	for _, a := range l.assigns {
		if r.stmtIn[a.stmt] != list {
			return nil, false
		}
		if a.stmt.End() <= id.Pos() {
			out = append(out, a)
		}
	}
	if len(out) == 0 || out[0].stmt != l.def {
		return nil, false
	}
	return out, true
}

func (r *Resolver) pkgVar(v *types.Var) []Value {
	init, ok := r.inits[v]
	if !ok {
		return hole
	}
	vals := r.String(init)
	return via(vals, "variable "+v.Name())
}

func via(vals []Value, what string) []Value {
	out := make([]Value, len(vals))
	for i, v := range vals {
		out[i] = Value{Parts: v.Parts, Via: append([]string{what}, v.Via...)}
	}
	return out
}

func (r *Resolver) call(call *ast.CallExpr) []Value {
	if tv, ok := r.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 && isString(r.info.TypeOf(call.Args[0])) {
			return r.String(call.Args[0])
		}
		return hole
	}
	switch match.CalleeName(r.info, call) {
	case "fmt.Sprintf":
		if len(call.Args) == 0 || call.Ellipsis.IsValid() {
			return hole
		}
		return r.sprintf(call.Args[0], call.Args[1:])
	case "fmt.Sprint":
		if call.Ellipsis.IsValid() {
			return hole
		}
		var vals = known("")
		for _, a := range call.Args {
			if !isString(r.info.TypeOf(a)) {
				return hole // Sprint puts spaces between non-string operands
			}
			vals = concat(vals, r.String(a))
		}
		return vals
	case "strings.Join":
		if len(call.Args) != 2 {
			return hole
		}
		return r.join(call.Args[0], call.Args[1])
	case "net/url.QueryEscape", "net/url.PathEscape":
		if len(call.Args) != 1 {
			return hole
		}
		esc := escapeFunc(match.CalleeName(r.info, call))
		return mapKnown(r.String(call.Args[0]), esc)
	}
	return r.Results(call, 0)
}

// Results returns the values of the i'th result of call, a call of a
// function or method declared in this package whose return statements
// resolve. Other calls are one hole.
func (r *Resolver) Results(call *ast.CallExpr, i int) []Value {
	fn := match.Callee(r.info, call)
	fd := r.funcs[fn]
	if fd == nil || fd.Type.Results == nil {
		return hole
	}
	key := resultKey{fn, i}
	if c, ok := r.results[key]; ok && r.calls <= c.calls && r.depth <= c.depth {
		return c.vals
	}
	if r.active[fn] || r.calls >= maxCallDepth {
		r.cuts++
		return hole
	}
	r.active[fn] = true
	at := cached{calls: r.calls, depth: r.depth}
	r.calls++
	cuts := r.cuts
	vals := r.returns(fd, i)
	r.calls--
	delete(r.active, fn)
	vals = via(vals, "returned by "+fn.Name())
	if old, ok := r.results[key]; r.cuts == cuts && (!ok || at.calls < old.calls) { // nothing under a cut-off is cached
		at.vals = vals
		r.results[key] = at
	}
	return vals
}

func (r *Resolver) returns(fd *ast.FuncDecl, i int) []Value {
	var vals []Value
	ok := true
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			var x []Value
			switch {
			case len(n.Results) == 0:
				ok = false // named results: their assignments are not followed
				return false
			case len(n.Results) == 1 && i > 0:
				call, isCall := ast.Unparen(n.Results[0]).(*ast.CallExpr)
				if !isCall {
					ok = false
					return false
				}
				x = r.Results(call, i)
			case i < len(n.Results):
				x = r.String(n.Results[i])
			default:
				ok = false
				return false
			}
			vals = append(vals, x...)
		}
		return true
	})
	if !ok || len(vals) == 0 || len(vals) > maxValues {
		return hole
	}
	return dedup(vals)
}

// sprintf formats the verbs it can: %s and %v of a string argument, %d of a
// constant integer, %%; any other verb or flag makes its output a hole.
func (r *Resolver) sprintf(format ast.Expr, args []ast.Expr) []Value {
	fs, ok := match.String(r.info, format)
	if !ok {
		return hole
	}
	vals := known("")
	arg := 0
	for i := 0; i < len(fs); i++ {
		c := fs[i]
		if c != '%' {
			j := strings.IndexByte(fs[i:], '%')
			if j < 0 {
				j = len(fs) - i
			}
			vals = concat(vals, known(fs[i:i+j]))
			i += j - 1
			continue
		}
		if i+1 >= len(fs) {
			return hole
		}
		verb := fs[i+1]
		i++
		switch {
		case verb == '%':
			vals = concat(vals, known("%"))
			continue
		case arg >= len(args):
			return hole
		case (verb == 's' || verb == 'v') && isString(r.info.TypeOf(args[arg])):
			vals = concat(vals, r.String(args[arg]))
		case verb == 'd' || verb == 'v':
			if n, ok := match.Int(r.info, args[arg]); ok && isInteger(r.info.TypeOf(args[arg])) {
				vals = concat(vals, known(strconv.FormatInt(n, 10)))
			} else {
				vals = concat(vals, hole)
			}
		case verb >= 'a' && verb <= 'z' || verb >= 'A' && verb <= 'Z':
			vals = concat(vals, hole)
		default:
			return hole // flags, width, precision, argument indexes
		}
		arg++
	}
	return vals
}

func (r *Resolver) join(list, sep ast.Expr) []Value {
	elems, complete := r.Strings(list)
	if !complete && len(elems) == 0 {
		return hole
	}
	seps := r.String(sep)
	vals := known("")
	for i, el := range elems {
		if i > 0 {
			vals = concat(vals, seps)
		}
		if el.Known {
			vals = concat(vals, known(el.Text))
		} else {
			vals = concat(vals, hole)
		}
	}
	if !complete {
		vals = concat(vals, hole)
	}
	return vals
}

// Strings returns the elements of a []string (or array) expression: a
// composite literal, append onto a resolvable slice, a local variable whose
// every assignment is visible, a package variable never written. complete
// is false when the slice may hold more than the elements returned (an
// append of an unknown slice); an element whose value is unknown is
// returned with Known false.
func (r *Resolver) Strings(e ast.Expr) (elems []Elem, complete bool) {
	if r.depth >= maxExprDepth {
		r.cuts++
		return nil, false
	}
	r.depth++
	defer func() { r.depth-- }()
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			elems = append(elems, r.elem(elt))
		}
		return elems, len(elems) <= maxElems
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
				return r.Strings(init)
			}
			return nil, false
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
			elems, complete = r.Strings(a.rhs)
		}
		return elems, complete
	case *ast.SelectorExpr:
		if v, ok := r.info.Uses[x.Sel].(*types.Var); ok && !v.IsField() {
			if els, ok := r.importedList(v); ok {
				return els, true
			}
			if init, ok := r.inits[v]; ok {
				return r.Strings(init)
			}
		}
	case *ast.CallExpr:
		if !r.isBuiltin(x, "append") || len(x.Args) == 0 {
			return nil, false
		}
		elems, complete = r.Strings(x.Args[0])
		if x.Ellipsis.IsValid() {
			if len(x.Args) != 2 {
				return nil, false
			}
			more, ok := r.Strings(x.Args[1])
			elems = append(elems, more...)
			return elems, complete && ok && len(elems) <= maxElems
		}
		for _, a := range x.Args[1:] {
			elems = append(elems, r.elem(a))
		}
		return elems, complete && len(elems) <= maxElems
	}
	return nil, false
}

// importedList returns the elements of another package's list variable
// known through its ListFact. They have no Expr.
func (r *Resolver) importedList(v *types.Var) ([]Elem, bool) {
	texts, ok := r.imported[v]
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
	if vals := r.String(e); len(vals) == 1 {
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
func concat(a, b []Value) []Value {
	if a == nil {
		return b
	}
	if len(a)*len(b) > maxValues {
		return hole
	}
	out := make([]Value, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			parts := append(append([]Part(nil), x.Parts...), y.Parts...)
			v := Value{Parts: merge(parts)}
			v.Via = append(append(v.Via, x.Via...), y.Via...)
			out = append(out, v)
		}
	}
	return out
}

// merge joins adjacent known parts and adjacent holes.
func merge(parts []Part) []Part {
	var out []Part
	for _, p := range parts {
		if !p.Hole && p.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Hole == p.Hole {
			out[n-1].Text += p.Text
			continue
		}
		out = append(out, p)
	}
	return out
}

func dedup(vals []Value) []Value {
	var out []Value
	seen := map[string]bool{}
	for _, v := range vals {
		k := v.Pattern()
		for _, p := range v.Parts {
			if p.Hole {
				k = "\x00" + k
				break
			}
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out
}

func mapKnown(vals []Value, f func(string) string) []Value {
	out := make([]Value, len(vals))
	for i, v := range vals {
		parts := make([]Part, len(v.Parts))
		for j, p := range v.Parts {
			parts[j] = p
			if !p.Hole {
				parts[j].Text = f(p.Text)
			}
		}
		out[i] = Value{Parts: parts, Via: v.Via}
	}
	return out
}

func isString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	if !ok {
		if t == nil {
			return false
		}
		b, ok = t.Underlying().(*types.Basic)
	}
	return ok && b.Info()&types.IsString != 0
}

func isInteger(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

func escapeFunc(name string) func(string) string {
	if name == "net/url.PathEscape" {
		return url.PathEscape
	}
	return url.QueryEscape
}

// Lazy returns a function that builds the package's Resolver on its first
// call and returns the same one afterwards, for analyzers that need values
// only when a cheap filter matched.
func Lazy(info *types.Info, pkg *types.Package, files []*ast.File) func() *Resolver {
	var r *Resolver
	return func() *Resolver {
		if r == nil {
			r = New(info, pkg, files)
		}
		return r
	}
}
