package tokenexpiry

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// Flow results of following a token value forward through one function.
const (
	flowNone    = 0
	flowSink    = 1 << iota // it authorizes a request
	flowReturns             // it is returned
	flowHeader              // it is returned as part of a built string ("Bearer " + tok)
)

// flow follows v forward within fn and reports whether it reaches an
// authorization sink (directly or through a function of this package) or
// a return.
func (c *checker) flow(v ssa.Value) int {
	out := flowNone
	seen := map[ssa.Value]bool{}
	built := map[ssa.Value]bool{}
	var walk func(v ssa.Value)
	walk = func(v ssa.Value) {
		if seen[v] || v.Referrers() == nil {
			return
		}
		seen[v] = true
		for _, ref := range *v.Referrers() {
			if rv, ok := ref.(ssa.Value); ok && built[v] {
				built[rv] = true
			}
			switch r := ref.(type) {
			case *ssa.Return:
				out |= flowReturns
				if built[v] {
					out |= flowHeader
				}
			case *ssa.UnOp:
				if r.Op == token.MUL {
					walk(r)
				}
			case *ssa.FieldAddr:
				if f := fieldOf(r.X.Type(), r.Field); f != nil && f.Name() == "AccessToken" {
					walk(r)
				}
			case *ssa.Field:
				if f := fieldOf(r.X.Type(), r.Field); f != nil && f.Name() == "AccessToken" {
					walk(r)
				}
			case *ssa.BinOp:
				if r.Op == token.ADD {
					built[r] = true
					walk(r)
				}
			case *ssa.MakeInterface, *ssa.ChangeType, *ssa.Convert, *ssa.Phi, *ssa.TypeAssert, *ssa.Extract:
				walk(r.(ssa.Value))
			case *ssa.Store:
				if r.Val != v {
					continue
				}
				var to ssa.Value
				switch a := r.Addr.(type) {
				case *ssa.IndexAddr:
					to = a.X // element of a ...any or []string argument
				case *ssa.Alloc:
					to = a // a local variable, e.g. a result under defer
				case *ssa.FieldAddr:
					if f := fieldOf(a.X.Type(), a.Field); f == nil || f.Name() != "AccessToken" || !match.IsType(a.X.Type(), knowledge.TokenTypes...) {
						continue
					}
					to = a.X // &oauth2.Token{AccessToken: tok}, handed to a sink
				default:
					continue
				}
				if built[v] {
					built[to] = true
				}
				walk(to)
			case *ssa.Slice:
				walk(r)
			case *ssa.MapUpdate: // req.Header["Authorization"] = ..., http.Header{"Authorization": ...}
				if r.Value == v && isConst(r.Key, "authorization") && match.IsType(r.Map.Type(), "net/http.Header") {
					out |= flowSink
				} else if r.Value == v && served(r.Map) {
					out |= flowSink // map[string]string{"access_token": tok}, encoded into a response
				}
			case *ssa.Call:
				out |= c.callFlow(r, v, walk, built)
			}
		}
	}
	walk(v)
	return out
}

// callFlow classifies a call that receives a token-derived value v.
func (c *checker) callFlow(call *ssa.Call, v ssa.Value, walk func(ssa.Value), built map[ssa.Value]bool) int {
	name, _ := calleeOf(call.Common())
	args := call.Call.Args
	if i, ok := knowledge.Authorizers[name]; ok && i < len(args) && args[i] == v {
		return flowSink
	}
	if responseEncode(call, v) {
		return flowSink
	}
	switch name {
	case "(net/http.Header).Set", "(net/http.Header).Add":
		if len(args) == 3 && args[2] == v && isConst(args[1], "authorization") {
			return flowSink
		}
		return flowNone
	}
	if isFormat(name) {
		built[call] = true
		walk(call)
		return flowNone
	}
	fn := bodyOf(&call.Call)
	if fn == nil || fn.Pkg != c.ssa || len(fn.Params) != len(args) {
		return flowNone
	}
	out := flowNone
	for i, a := range args {
		if a != v {
			continue
		}
		f := c.paramFlow(fn.Params[i])
		if f&flowSink != 0 {
			out |= flowSink
		}
		if f&flowReturns != 0 {
			walk(call)
		}
	}
	return out
}

// served reports whether v (a map holding a token) is encoded into an HTTP
// response, directly or as an interface.
func served(v ssa.Value) bool {
	for _, ref := range *v.Referrers() {
		switch r := ref.(type) {
		case *ssa.MakeInterface:
			if served(r) {
				return true
			}
		case *ssa.Call:
			if responseEncode(r, v) {
				return true
			}
		}
	}
	return false
}

// responseEncode reports whether call encodes v into an HTTP response
// (json.NewEncoder(w).Encode(v) in a handler): the client it is handed to,
// a browser app, calls DocuSign with the token until it expires.
func responseEncode(call *ssa.Call, v ssa.Value) bool {
	args := call.Call.Args
	if len(args) != 2 || args[1] != v {
		return false
	}
	enc, ok := args[0].(*ssa.Call)
	if !ok || len(enc.Call.Args) != 1 {
		return false
	}
	name, _ := calleeOf(call.Common())
	ctor, _ := calleeOf(enc.Common())
	if m, ok := knowledge.ResponseEncoders[ctor]; !ok || m != name {
		return false
	}
	w := enc.Call.Args[0]
	switch x := w.(type) {
	case *ssa.ChangeInterface:
		w = x.X // an http.ResponseWriter as an io.Writer
	case *ssa.MakeInterface:
		w = x.X
	}
	return match.IsType(w.Type(), knowledge.ResponseWriter)
}

// paramFlow summarizes how a parameter of a package function flows.
func (c *checker) paramFlow(p *ssa.Parameter) int { return c.params.Get(p) }

// isConst reports whether v is a string constant equal (ignoring case) to s.
func isConst(v ssa.Value, s string) bool {
	k, ok := v.(*ssa.Const)
	return ok && k.Value != nil && k.Value.Kind() == constant.String && strings.EqualFold(constant.StringVal(k.Value), s)
}

// checked reports whether fn, a function of this package it calls, or the
// function it is nested in shows expiry evidence: a token validity check or
// a time comparison (knowledge.ValidityChecks, knowledge.TimeChecks; a
// TokenSource.Token call is not evidence by itself: fetching when the cache
// is empty is the bug, and fetching on every call stores a fresh token
// before the read, which storedBefore recognizes),
// or an ordered comparison of an expiry value (time.Now().Unix() >
// c.expiresAt; see expiryValue): comparing a field whose name merely
// contains "exp" (c.exportLimit < n) is not an expiry check.
func (c *checker) checked(fn *ssa.Function) bool {
	for f := fn; f != nil; f = f.Parent() {
		if c.evid.Get(f) {
			return true
		}
	}
	return false
}

// evidence is checked's summary of one function, for the solver: its own
// instructions or any function of the package it calls.
func (c *checker) evidence(fn *ssa.Function) bool {
	found := false
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			found = found || len(c.checkedValues(in)) > 0
			if call, ok := in.(ssa.CallInstruction); ok {
				if callee := bodyOf(call.Common()); callee != nil && callee.Pkg == c.ssa && c.evid.Get(callee) {
					found = true
				}
				found = found || c.foreignCheck(call.Common())
			}
		}
	}
	return found
}

// checkedValues returns the values an instruction checks an expiry with:
// the arguments of a validity or time check (tok.Valid(), time.Until(exp)),
// or the expiry operands of an ordered comparison (exp < now).
func (c *checker) checkedValues(in ssa.Instruction) []ssa.Value {
	switch in := in.(type) {
	case ssa.CallInstruction:
		if name, _ := calleeOf(in.Common()); slices.Contains(knowledge.ValidityChecks, name) || slices.Contains(knowledge.TimeChecks, name) {
			return in.Common().Args
		}
	case *ssa.BinOp:
		if in.Op == token.LSS || in.Op == token.GTR || in.Op == token.LEQ || in.Op == token.GEQ {
			return slices.DeleteFunc([]ssa.Value{in.X, in.Y}, func(v ssa.Value) bool { return !c.expiryValue(v, 0) })
		}
	}
	return nil
}

// foreignCheck reports whether cc calls a predicate of another package over a
// token or an expiry: a function returning bool given an oauth2.Token, a
// time.Time or an expiry value (tokenutil.Fresh(tok), dstoken.Valid(c.exp)).
// For a token argument, the predicate's ExpiryCheck fact says whether it
// looks at the expiry (without facts, its signature stands for the check);
// a time or expiry argument can only be compared.
// Standard library predicates (t.IsZero(), t.Equal(u)) are not expiry checks.
func (c *checker) foreignCheck(cc *ssa.CallCommon) bool {
	callee := cc.StaticCallee()
	if callee == nil || callee.Pkg == c.ssa || match.InGoroot(c.pass.Fset.Position(callee.Pos()).Filename) ||
		callee.Signature.Results().Len() != 1 ||
		!types.Identical(callee.Signature.Results().At(0).Type(), types.Typ[types.Bool]) {
		return false
	}
	var fact ExpiryCheck
	for i, arg := range cc.Args {
		if match.IsType(arg.Type(), knowledge.TokenTypes...) {
			if !usesFacts(c.pass) || c.pass.ImportObjectFact(callee.Object(), &fact) && fact.Param == i {
				return true // with facts, only a predicate known to look at the expiry
			}
		} else if match.IsType(arg.Type(), "time.Time") || c.expiryValue(arg, 0) || nowDerived(arg, 0) {
			return true
		}
	}
	return false
}
