package values

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// String returns the values the string expression e may take, in source
// order of their origin, at least one (a url.URL literal, or its address,
// stands for its String()). A part that cannot be resolved is a
// hole; an expression that cannot be resolved at all is one hole.
func (r *Resolver) String(e ast.Expr) []Value {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.str(e)
}

func (r *Resolver) str(e ast.Expr) []Value {
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
			return concat(r.str(e.X), r.str(e.Y))
		}
	case *ast.Ident:
		return r.ident(e)
	case *ast.SelectorExpr:
		if s := r.info.Selections[e]; s != nil && s.Kind() == types.FieldVal && kindOf(s.Recv()) == isURL {
			return r.urlField(e)
		}
		if v, ok := r.info.Uses[e.Sel].(*types.Var); ok && !v.IsField() {
			return r.pkgVar(v)
		}
		if v := r.stringField(e); v != nil {
			return r.field(v)
		}
	case *ast.CallExpr:
		return r.call(e)
	case *ast.CompositeLit, *ast.UnaryExpr:
		if kindOf(match.TypeOf(r.info, e)) == isURL {
			return r.urlString(e, e.Pos()) // a url.URL literal stands for its String()
		}
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
			x = r.resultsAt(call, as.index)
		case as.rhs == nil:
			x = known("")
		default:
			x = r.str(as.rhs)
		}
		if as.tok == token.ADD_ASSIGN {
			vals = concat(vals, x)
		} else {
			vals = x
		}
	}
	return vals
}

func (r *Resolver) pkgVar(v *types.Var) []Value {
	init, ok := r.inits[v]
	if !ok {
		return hole
	}
	vals := r.str(init)
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
			return r.str(call.Args[0])
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
			vals = concat(vals, r.str(a))
		}
		return vals
	case "strings.Join":
		if len(call.Args) != 2 {
			return hole
		}
		return r.join(call.Args[0], call.Args[1])
	case queryEscape, pathEscape:
		if len(call.Args) != 1 {
			return hole
		}
		esc := escapeFunc(match.CalleeName(r.info, call))
		return mapKnown(r.str(call.Args[0]), esc)
	case knowledge.URLString:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && len(call.Args) == 0 {
			return r.urlString(sel.X, call.Pos())
		}
		return hole
	case pathJoin:
		return r.pathJoin(call)
	case valuesEncode:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && len(call.Args) == 0 {
			return r.valuesEncode(sel.X, call.Pos())
		}
		return hole
	}
	return r.resultsAt(call, 0)
}

// Results returns the values of the i'th result of call, a call of a
// function or method declared in this package whose return statements
// resolve, or of another package's known through its ResultFact. Other
// calls are one hole.
func (r *Resolver) Results(call *ast.CallExpr, i int) []Value {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.resultsAt(call, i)
}

func (r *Resolver) resultsAt(call *ast.CallExpr, i int) []Value {
	fn := match.Callee(r.info, call)
	if fn == nil {
		return hole
	}
	if i == 0 && match.FuncName(fn) == urlJoinPath {
		return r.urlJoin(call)
	}
	return r.resultsOf(fn.Origin(), i)
}

// resultsOf resolves the i'th result of fn: its return statements when it
// is declared in this package, its ResultFact when in another.
func (r *Resolver) resultsOf(fn *types.Func, i int) []Value {
	fd := r.funcs[fn]
	if fd == nil {
		if fn.Pkg() != r.pkg {
			return r.importedResults(fn, i)
		}
		return hole
	}
	if fd.Type.Results == nil {
		return hole
	}
	return r.memo(resultKey{fn, i}, func() []Value {
		r.calls++
		defer func() { r.calls-- }()
		return via(r.returns(fd, i), "returned by "+fn.Name())
	})
}

// memo resolves a function result or a field once: the answer is cached
// unless a limit or a cycle cut it, and a key being resolved is a hole
// (cycle-safe).
func (r *Resolver) memo(key any, resolve func() []Value) []Value {
	return memoize(r, key, hole, resolve)
}

// memoize is memo for any kind of answer, cut when cut off.
func memoize[T any](r *Resolver, key any, cut T, resolve func() T) T {
	if c, ok := r.results[key]; ok && r.calls <= c.calls && r.depth <= c.depth {
		return c.val.(T)
	}
	if r.active[key] || r.calls >= maxCallDepth {
		r.cuts++
		return cut
	}
	r.active[key] = true
	at := cached{calls: r.calls, depth: r.depth}
	cuts := r.cuts
	val := resolve()
	delete(r.active, key)
	if old, ok := r.results[key]; r.cuts == cuts && (!ok || at.calls < old.calls) { // nothing under a cut-off is cached
		at.val = val
		r.results[key] = at
	}
	return val
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
				x = r.resultsAt(call, i)
			case i < len(n.Results):
				x = r.str(n.Results[i])
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
			vals = concat(vals, r.str(args[arg]))
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
	elems, complete := r.strs(list)
	if !complete && len(elems) == 0 || slices.ContainsFunc(elems, func(el Elem) bool { return el.Merged }) {
		return hole // a union of lists is no one string (listfields.go)
	}
	seps := r.str(sep)
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
