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
	if call, ok := stack[n-2].(*ast.CallExpr); ok && slices.Contains(call.Args, ast.Expr(id)) && match.IsCallTo(r.info, call, urlResolveRef) {
		return // the reference resolved against a URL: read, not changed
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

// urlLit returns the values of the fields of the url.URL x holds at at: a
// literal, a URL a net/url function makes (url.Parse, JoinPath, ...; see
// urlCall), or a local variable whose assignments and field writes are
// all visible, replayed in order.
func (r *Resolver) urlLit(x ast.Expr, at token.Pos) (map[string][]Value, bool) {
	if r.depth >= maxExprDepth {
		r.cuts++
		return nil, false
	}
	r.depth++
	defer func() { r.depth-- }()
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
	case *ast.CallExpr:
		return r.urlCall(e)
	case *ast.Ident:
		return r.urlVar(e, at)
	}
	return nil, false
}

// urlCall returns the fields of the URL a net/url call makes (its first
// result): url.Parse and url.ParseRequestURI of a resolvable string, and
// JoinPath, ResolveReference and Parse of a resolvable URL.
func (r *Resolver) urlCall(call *ast.CallExpr) (map[string][]Value, bool) {
	name := match.CalleeName(r.info, call)
	if call.Ellipsis.IsValid() {
		return nil, false
	}
	switch name {
	case knowledge.URLParse, knowledge.URLParseRequest:
		if len(call.Args) != 1 {
			return nil, false
		}
		return parsedURL(r.str(call.Args[0]), name == knowledge.URLParseRequest)
	case urlJoinPathM, urlResolveRef, urlRefParse:
	default:
		return nil, false
	}
	base, ok := r.receiverURL(call)
	if !ok {
		return nil, false
	}
	if name == urlJoinPathM {
		elems := make([][]Value, len(call.Args))
		for i, a := range call.Args {
			elems[i] = r.str(a)
		}
		return joinPath(base, elems)
	}
	if len(call.Args) != 1 {
		return nil, false
	}
	var ref map[string][]Value
	if name == urlRefParse {
		ref, ok = parsedURL(r.str(call.Args[0]), false)
	} else {
		ref, ok = r.urlLit(call.Args[0], call.Pos())
	}
	if !ok {
		return nil, false
	}
	return resolveReference(base, ref)
}

// receiverURL returns the fields of the URL the method call is on, where
// the call is made.
func (r *Resolver) receiverURL(call *ast.CallExpr) (map[string][]Value, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	return r.urlLit(sel.X, call.Pos())
}

// urlVar returns the fields of the local url.URL or *url.URL variable e
// uses, at at: its assignments (u, err := url.Parse(base); u =
// u.JoinPath("oauth")) and field writes (u.Path = ..., u.RawQuery +=
// ...) replayed in source order. Every assignment and write must be a
// statement of the list that defines it (none under a condition), and the
// variable must not escape.
func (r *Resolver) urlVar(e *ast.Ident, at token.Pos) (map[string][]Value, bool) {
	v, ok := r.info.Uses[e].(*types.Var)
	if !ok || kindOf(v.Type()) != isURL {
		return nil, false
	}
	as, ok := r.reaching(e, v)
	if !ok {
		return nil, false
	}
	list := r.stmtIn[as[0].stmt]
	writes := r.locals[v].writes
	for _, w := range writes {
		if r.stmtIn[w.stmt] != list {
			return nil, false // written under a condition or in another block
		}
	}
	_, pointer := types.Unalias(v.Type()).(*types.Pointer)
	var fields map[string][]Value
	for i, a := range as {
		switch {
		case a.rhs == nil && pointer:
			fields, ok = nil, false // nil until assigned
		case a.rhs == nil:
			fields, ok = map[string][]Value{}, true
		case a.tuple:
			call, isCall := ast.Unparen(a.rhs).(*ast.CallExpr)
			if !isCall || a.index != 0 {
				return nil, false
			}
			fields, ok = r.urlCall(call)
		default:
			fields, ok = r.urlLit(a.rhs, a.stmt.Pos())
		}
		end := at // the writes up to the next assignment, or up to at
		if i+1 < len(as) {
			end = as[i+1].stmt.Pos()
		}
		for _, w := range writes {
			if w.stmt.Pos() < a.stmt.End() || w.stmt.End() > end || !ok {
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
	}
	return fields, ok
}

// urlLocal returns the local url.Values variable e uses, with its
// definition, when that is its only assignment: its writes can then be
// replayed in order.
func (r *Resolver) urlLocal(e *ast.Ident) (*types.Var, assign, bool) {
	v, ok := r.info.Uses[e].(*types.Var)
	if !ok || kindOf(v.Type()) != isValues {
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
		if match.CalleeName(r.info, e) == urlQuery {
			return r.query(e)
		}
	case *ast.Ident:
		v, def, ok := r.urlLocal(e)
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

// QueryOf returns the values of the URL whose Query() the local url.Values
// variable q was defined from (q := u.Query(), its parameters set for u's
// RawQuery), or one hole when q is not so defined or u does not resolve.
func (r *Resolver) QueryOf(q ast.Expr) []Value {
	r.mu.Lock()
	defer r.mu.Unlock()
	id, ok := ast.Unparen(q).(*ast.Ident)
	if !ok {
		return hole
	}
	_, def, ok := r.urlLocal(id)
	if !ok {
		return hole
	}
	call, ok := ast.Unparen(def.rhs).(*ast.CallExpr)
	if !ok || match.CalleeName(r.info, call) != urlQuery {
		return hole
	}
	return r.urlString(call.Fun.(*ast.SelectorExpr).X, call.Pos())
}

// query returns the parameters u.Query() returns, the call, for a URL u
// whose raw query is known.
func (r *Resolver) query(call *ast.CallExpr) (map[string]*queryParam, bool) {
	fields, ok := r.receiverURL(call)
	if !ok {
		return nil, false
	}
	raw, ok := single(fieldOr(fields, "RawQuery"))
	if !ok {
		return nil, false // an unknown query may hold any key
	}
	params := map[string]*queryParam{}
	for k, vals := range (&url.URL{RawQuery: raw}).Query() {
		p := &queryParam{}
		for _, v := range vals {
			p.vals = append(p.vals, known(v))
		}
		params[k] = p
	}
	return params, true
}

func escapeFunc(name string) func(string) string {
	if name == pathEscape {
		return url.PathEscape
	}
	return url.QueryEscape
}
