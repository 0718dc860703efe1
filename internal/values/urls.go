package values

import (
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"slices"
	"strings"

	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// URLs built with net/url: url.URL{Scheme: ..., Host: ..., Path: ...} and
// its String method, url.Values filled with Set and Add and its Encode
// method (the query of a hand-built authorization URL), url.QueryEscape
// and url.PathEscape.

// The net/url API the resolver follows.
const (
	urlType      = "net/url.URL"
	urlString    = "(*net/url.URL).String"
	valuesEncode = "(net/url.Values).Encode"
	queryEscape  = "net/url.QueryEscape"
	pathEscape   = "net/url.PathEscape"
)

// urlReaders are the methods of url.URL and url.Values that do not change
// their receiver; valuesWriters change a url.Values in ways the resolver
// replays.
var (
	urlReaders = []string{
		"EscapedFragment", "EscapedPath", "Hostname", "IsAbs", "JoinPath", "MarshalBinary",
		"Parse", "Port", "Query", "Redacted", "RequestURI", "ResolveReference", "String",
		"Encode", "Get", "Has",
	}
	valuesWriters = []string{"Set", "Add", "Del"}
)

// urlFields are the url.URL fields String writes as the resolver spells
// them; any other field set (Opaque, User, RawPath, ForceQuery, OmitHost,
// RawFragment) makes the URL a hole.
var urlFields = []string{"Scheme", "Host", "Path", "RawQuery", "Fragment"}

// urlKind tells which net/url type a local variable of type t holds: a
// url.URL (or a pointer to one) or url.Values.
type urlKind int

const (
	notURL urlKind = iota
	isURL
	isValues
)

func kindOf(t types.Type) urlKind {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "net/url" {
		return notURL // the cheap test first: kindOf runs on every local of the package
	}
	switch match.TypeName(t) {
	case knowledge.URL:
		return isURL
	case knowledge.URLValues:
		return isValues
	}
	return notURL
}

// mutation is a field write (u.Path = ...) or a method call (q.Set(k, v))
// on a local net/url variable.
type mutation struct {
	stmt  ast.Stmt // the statement: the assignment, or the call's expression statement (nil when the call is not one)
	field string   // the field written, for a url.URL
	tok   token.Token
	rhs   ast.Expr
	call  *ast.CallExpr // the Set, Add or Del call, for a url.Values
}

// urlUse records a use of a local url.URL, *url.URL or url.Values (the
// last node of stack, an identifier) whose variable is not being assigned:
// reads and the writes the resolver replays are recorded, any other use
// (an argument, an alias, a pointer) makes the variable escape.
func (r *Resolver) urlUse(id *ast.Ident, l *local, stack []ast.Node) {
	n := len(stack)
	if n < 2 {
		l.escapes = true
		return
	}
	if as, ok := stack[n-2].(*ast.AssignStmt); ok && slices.Contains(as.Lhs, ast.Expr(id)) {
		return // the variable assigned: assignStmt's
	}
	sel, ok := stack[n-2].(*ast.SelectorExpr)
	if !ok || sel.X != id || n < 3 {
		l.escapes = true
		return
	}
	s := r.info.Selections[sel]
	if s == nil {
		l.escapes = true
		return
	}
	parent := stack[n-3]
	switch s.Kind() {
	case types.MethodVal:
		call, isCall := parent.(*ast.CallExpr)
		name := s.Obj().Name()
		switch {
		case !isCall || call.Fun != sel:
			l.escapes = true // a method value: it may be called anywhere
		case slices.Contains(valuesWriters, name) && kindOf(s.Recv()) == isValues:
			m := mutation{call: call}
			if n >= 4 {
				if es, ok := stack[n-4].(*ast.ExprStmt); ok {
					m.stmt = es
				}
			}
			l.writes = append(l.writes, m)
		case !slices.Contains(urlReaders, name):
			l.escapes = true
		}
	case types.FieldVal:
		switch p := parent.(type) {
		case *ast.AssignStmt:
			i := slices.Index(p.Lhs, ast.Expr(sel))
			if i < 0 {
				return // read on the right-hand side
			}
			if len(p.Lhs) != len(p.Rhs) || p.Tok != token.ASSIGN && p.Tok != token.ADD_ASSIGN {
				l.escapes = true
				return
			}
			l.writes = append(l.writes, mutation{stmt: p, field: sel.Sel.Name, tok: p.Tok, rhs: p.Rhs[i]})
		case *ast.UnaryExpr, *ast.IncDecStmt, *ast.RangeStmt:
			l.escapes = true // &u.Path: written through the pointer
		}
	default:
		l.escapes = true
	}
}

// urlString resolves x.String() for x a url.URL literal, a pointer to one,
// or a local variable holding one whose field writes are all visible.
func (r *Resolver) urlString(x ast.Expr, at token.Pos) []Value {
	fields, ok := r.urlLit(x, at)
	if !ok {
		return hole
	}
	return formatURL(fields)
}

// urlLit returns the values of the fields of the url.URL x holds at at.
func (r *Resolver) urlLit(x ast.Expr, at token.Pos) (map[string][]Value, bool) {
	x = match.Unaddr(ast.Unparen(x))
	switch e := x.(type) {
	case *ast.CompositeLit:
		if kindOf(match.TypeOf(r.info, e)) != isURL {
			return nil, false
		}
		fields := map[string][]Value{}
		sfs, _, _ := match.StructLit(r.info, e)
		if len(sfs) != len(e.Elts) {
			return nil, false
		}
		for _, f := range sfs {
			if !slices.Contains(urlFields, f.Var.Name()) {
				return nil, false
			}
			fields[f.Var.Name()] = r.str(f.Value)
		}
		return fields, true
	case *ast.Ident:
		v, def, ok := r.urlLocal(e, isURL)
		if !ok {
			return nil, false
		}
		fields, ok := r.urlLit(def.rhs, at)
		if !ok {
			return nil, false
		}
		list := r.stmtIn[def.stmt]
		for _, w := range r.locals[v].writes {
			if r.stmtIn[w.stmt] != list {
				return nil, false // written under a condition or in another block
			}
			if w.stmt.Pos() >= at {
				continue
			}
			if !slices.Contains(urlFields, w.field) {
				return nil, false
			}
			val := r.str(w.rhs)
			if w.tok == token.ADD_ASSIGN {
				val = concat(fieldOr(fields, w.field), val)
			}
			fields[w.field] = val
		}
		return fields, true
	}
	return nil, false
}

// urlLocal returns the local net/url variable of the given kind e uses,
// with its definition, when that is its only assignment: its writes can
// then be replayed in order.
func (r *Resolver) urlLocal(e *ast.Ident, kind urlKind) (*types.Var, assign, bool) {
	v, ok := r.info.Uses[e].(*types.Var)
	if !ok || kindOf(v.Type()) != kind {
		return nil, assign{}, false
	}
	as, ok := r.reaching(e, v)
	if !ok || len(as) != 1 || as[0].rhs == nil || as[0].tuple {
		return nil, assign{}, false
	}
	return v, as[0], true
}

func fieldOr(fields map[string][]Value, name string) []Value {
	if v, ok := fields[name]; ok {
		return v
	}
	return known("")
}

// formatURL writes a URL as (*url.URL).String does. With every field known
// it is that method's result; with holes, a known scheme and a non-empty
// host or path are needed (they decide the "//"), and each known part is
// escaped on its own.
func formatURL(fields map[string][]Value) []Value {
	if all, ok := knownFields(fields); ok {
		u := url.URL{Scheme: all["Scheme"], Host: all["Host"], Path: all["Path"], RawQuery: all["RawQuery"], Fragment: all["Fragment"]}
		return known(u.String())
	}
	scheme, okS := single(fieldOr(fields, "Scheme"))
	host := fieldOr(fields, "Host")
	path := fieldOr(fields, "Path")
	if !okS || scheme == "" || !nonEmpty(host) && !nonEmpty(path) {
		return hole // whether String writes "//" is unknown
	}
	vals := concat(known(scheme+"://"), mapKnown(host, escapeHost))
	if p := mapKnown(path, escapePath); nonEmpty(p) {
		if nonEmpty(host) {
			p = leadingSlash(p) // else an empty host writes none: the hole before stands for it
		}
		vals = concat(vals, p)
	} else if !isEmpty(p) {
		vals = concat(vals, hole)
	}
	if q := fieldOr(fields, "RawQuery"); nonEmpty(q) {
		vals = concat(vals, concat(known("?"), q))
	} else if !isEmpty(q) {
		vals = concat(vals, hole)
	}
	if f := fieldOr(fields, "Fragment"); nonEmpty(f) {
		vals = concat(vals, concat(known("#"), mapKnown(f, escapeFragment)))
	} else if !isEmpty(f) {
		vals = concat(vals, hole)
	}
	return vals
}

func knownFields(fields map[string][]Value) (map[string]string, bool) {
	out := map[string]string{}
	for name, vals := range fields {
		s, ok := single(vals)
		if !ok {
			return nil, false
		}
		out[name] = s
	}
	return out, true
}

// single returns the text of a one-valued, fully known value.
func single(vals []Value) (string, bool) {
	if len(vals) != 1 {
		return "", false
	}
	return vals[0].Known()
}

// nonEmpty reports whether every value has known text, so is not empty.
func nonEmpty(vals []Value) bool {
	for _, v := range vals {
		if !v.HasKnown() {
			return false
		}
	}
	return len(vals) > 0
}

// isEmpty reports whether every value is the empty string.
func isEmpty(vals []Value) bool {
	for _, v := range vals {
		if s, ok := v.Known(); !ok || s != "" {
			return false
		}
	}
	return true
}

// leadingSlash puts the "/" String writes between a host and a path that
// does not start with one, where the path starts with known text.
func leadingSlash(vals []Value) []Value {
	out := make([]Value, len(vals))
	for i, v := range vals {
		out[i] = v
		if len(v.Parts) > 0 && !v.Parts[0].Hole && !strings.HasPrefix(v.Parts[0].Text, "/") {
			out[i] = Value{Parts: merge(append([]Part{{Text: "/"}}, v.Parts...)), Via: v.Via}
		}
	}
	return out
}

func escapeHost(s string) string {
	return strings.TrimPrefix((&url.URL{Host: s}).String(), "//")
}

func escapePath(s string) string { return (&url.URL{Path: s}).EscapedPath() }

func escapeFragment(s string) string { return (&url.URL{Fragment: s}).EscapedFragment() }

// queryParam is one key of a url.Values: its values in order, or unknown
// (set under a condition, a list of unknown length).
type queryParam struct {
	vals    [][]Value
	unknown bool
}

// valuesEncode resolves x.Encode() for x a url.Values literal, make(url.Values),
// or a local variable holding one that is changed only by Set, Add and
// Del calls with constant keys. A key set under a condition is a hole at
// its place in the sorted query.
func (r *Resolver) valuesEncode(x ast.Expr, at token.Pos) []Value {
	params, ok := r.valuesOf(x, at)
	if !ok {
		return hole
	}
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	slices.Sort(keys) // Encode sorts by key
	vals := known("")
	sep := false // an "&" is due before the next known pair
	for _, k := range keys {
		p := params[k]
		if p.unknown {
			vals, sep = concat(vals, hole), false
			continue
		}
		for _, v := range p.vals {
			if sep {
				vals = concat(vals, known("&"))
			}
			vals = concat(vals, concat(known(url.QueryEscape(k)+"="), mapKnown(v, url.QueryEscape)))
			sep = true
		}
	}
	return vals
}

func (r *Resolver) valuesOf(x ast.Expr, at token.Pos) (map[string]*queryParam, bool) {
	x = ast.Unparen(x)
	switch e := x.(type) {
	case *ast.CompositeLit:
		if kindOf(match.TypeOf(r.info, e)) != isValues {
			return nil, false
		}
		params := map[string]*queryParam{}
		for _, elt := range e.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil, false
			}
			k, ok := match.String(r.info, kv.Key)
			if !ok {
				return nil, false
			}
			p := &queryParam{}
			elems, complete := r.strs(kv.Value)
			p.unknown = !complete
			for _, el := range elems {
				if el.Known {
					p.vals = append(p.vals, known(el.Text))
				} else {
					p.vals = append(p.vals, hole)
				}
			}
			params[k] = p
		}
		return params, true
	case *ast.CallExpr:
		if r.isBuiltin(e, "make") && len(e.Args) >= 1 && kindOf(match.TypeOf(r.info, e)) == isValues {
			return map[string]*queryParam{}, true
		}
	case *ast.Ident:
		v, def, ok := r.urlLocal(e, isValues)
		if !ok {
			return nil, false
		}
		params, ok := r.valuesOf(def.rhs, at)
		if !ok {
			return nil, false
		}
		list := r.stmtIn[def.stmt]
		for _, w := range r.locals[v].writes {
			if w.call == nil || len(w.call.Args) < 1 {
				return nil, false
			}
			k, ok := match.String(r.info, w.call.Args[0])
			if !ok {
				return nil, false // an unknown key may be any of them
			}
			if w.stmt == nil || r.stmtIn[w.stmt] != list {
				params[k] = &queryParam{unknown: true} // under a condition: maybe set
				continue
			}
			if w.call.Pos() >= at {
				continue
			}
			p := params[k]
			if p == nil {
				p = &queryParam{}
				params[k] = p
			}
			switch name := w.call.Fun.(*ast.SelectorExpr).Sel.Name; {
			case name == "Del":
				delete(params, k)
			case len(w.call.Args) != 2:
				return nil, false
			case name == "Set":
				*p = queryParam{vals: [][]Value{r.str(w.call.Args[1])}}
			default: // Add
				p.vals = append(p.vals, r.str(w.call.Args[1]))
			}
		}
		return params, true
	}
	return nil, false
}

func escapeFunc(name string) func(string) string {
	if name == pathEscape {
		return url.PathEscape
	}
	return url.QueryEscape
}
