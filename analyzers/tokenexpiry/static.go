package tokenexpiry

import (
	"fmt"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// checkStatic reports DS503: a static token source or esign.TokenCredential
// over a DocuSign token whose result outlives the call (returned, stored,
// captured by a long-lived closure). One built per request over a freshly
// obtained token is fine.
func (c *checker) checkStatic() {
	for call := range c.callInstrs() {
		name, _ := calleeOf(call.Common())
		what, ok := knowledge.StaticSources[name]
		msg := what + " over a DocuSign token"
		var arg ssa.Value
		if ok && len(call.Call.Args) > 0 {
			arg = call.Call.Args[0]
		} else if h, by := c.wrapperOf(call); h.what != "" && h.param < len(call.Call.Args) {
			what, msg, arg = h.what, h.what+" (built by "+by+") over a DocuSign token", call.Call.Args[h.param]
			if c.token(arg) == nil && what != "esign.TokenCredential" {
				continue // through a helper, only a token traced to DocuSign is judged
			} else if c.token(arg) == nil {
				msg = what + " built by " + by // an esign credential is DocuSign's, whatever the value it wraps
			}
		} else {
			continue
		}
		// Returning the wrapper counts only when this function also
		// obtained the token (fetch, wrap, return: a constructor).
		if !stored(call) && (c.token(arg) == nil || !escapes(call, 0)) {
			continue
		}
		grant := docusign.GrantUnknown
		switch {
		case what == "esign.TokenCredential":
			if s := c.token(arg); s != nil {
				grant = s.grant
			}
		case c.token(arg) != nil:
			grant = c.token(arg).grant
		case c.isDS && match.IsType(arg.Type(), knowledge.TokenTypes...) && !handBuilt(arg):
			// A token of unknown origin in DocuSign code. One built
			// here or kept in a package variable from a value not
			// traced to DocuSign (a GitHub token from the
			// environment) is not assumed DocuSign's.
		default:
			continue
		}
		at := c.rangeOf(call)
		c.r.Report(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: "DS503", Related: c.origin(c.token(arg)),
			Message: msg + ", kept past this call " + expired(grant)})
	}
}

// A wrapper describes a package function that returns a static source (or
// a client or credential built over one) wrapping its parameter: the
// helper "func static(tok *oauth2.Token) oauth2.TokenSource { return
// oauth2.StaticTokenSource(tok) }". The helper itself is fine (it may be
// called per request); its callers are judged as if they built the source.
type wrapper struct {
	what  string // the static source it returns, as staticSources names it
	param int    // index of the wrapped parameter in the call's arguments
}

// StaticFunc is the fact exported for a function that returns a static
// source or credential over its parameter Param (a wrapper): a caller in
// another package that keeps the result is judged as if it had built the
// source over the value it passes (worker.NewPoller storing
// client.SharedCredential(access, cfg) in its Poller).
type StaticFunc struct {
	Param int    // index of the wrapped parameter among the SSA parameters (the receiver first)
	What  string // the static source it returns, as knowledge.StaticSources names it
}

// AFact marks StaticFunc as an analysis.Fact.
func (*StaticFunc) AFact() {}

// String describes the fact, as analysistest and -debug print it.
func (f *StaticFunc) String() string {
	return fmt.Sprintf("returns %s over parameter %d", f.What, f.Param)
}

// wrapperOf returns the wrapper summary of the function call calls (of
// this package, or of another through its StaticFunc fact) and the name
// messages give it.
func (c *checker) wrapperOf(call *ssa.Call) (wrapper, string) {
	if fn := bodyOf(&call.Call); fn != nil && fn.Pkg == c.ssa {
		return c.staticHelper(fn), fn.Name()
	}
	var fact StaticFunc
	if _, obj := calleeOf(call.Common()); obj != nil && !call.Call.IsInvoke() && usesFacts(c.pass) && c.pass.ImportObjectFact(obj, &fact) {
		return wrapper{what: fact.What, param: fact.Param}, shortName(obj)
	}
	return wrapper{}, ""
}

// staticHelper returns the wrapper summary of fn (the zero wrapper when fn
// returns no static source over a parameter on some path).
func (c *checker) staticHelper(fn *ssa.Function) wrapper {
	if fn == nil || fn.Pkg != c.ssa {
		return wrapper{}
	}
	return c.wrappers.Get(fn)
}

// wrapperSummary is staticHelper's step, for the solver: the first return
// of a static source over a parameter, built here or by a wrapper this
// function calls (of the package, solved with it, or of another through its
// StaticFunc fact), so that a wrapper of a wrapper is one too.
func (c *checker) wrapperSummary(fn *ssa.Function) wrapper {
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for _, r := range ret.Results {
				if w := c.wrapsParam(fn, r, 0); w.what != "" {
					return w
				}
			}
		}
	}
	return wrapper{}
}

// wrapsParam reports whether v, a returned value, is a static source over a
// parameter of fn (or a client or credential built over one).
func (c *checker) wrapsParam(fn *ssa.Function, v ssa.Value, depth int) wrapper {
	if depth > maxChain {
		return wrapper{}
	}
	switch v := v.(type) {
	case *ssa.MakeInterface:
		return c.wrapsParam(fn, v.X, depth+1)
	case *ssa.ChangeType:
		return c.wrapsParam(fn, v.X, depth+1)
	case *ssa.Call:
		name, _ := calleeOf(v.Common())
		if what, ok := knowledge.StaticSources[name]; ok && len(v.Call.Args) > 0 {
			if i := paramIndex(fn, builtOver(v.Call.Args[0])); i >= 0 {
				return wrapper{what, i}
			}
			return wrapper{}
		}
		if slices.Contains(knowledge.SourceWrappers, name) {
			for _, a := range v.Call.Args {
				if w := c.wrapsParam(fn, a, depth+1); w.what != "" {
					return w
				}
			}
			return wrapper{}
		}
		if w, _ := c.wrapperOf(v); w.what != "" && w.param < len(v.Call.Args) {
			if i := paramIndex(fn, builtOver(v.Call.Args[w.param])); i >= 0 {
				return wrapper{w.what, i}
			}
		}
	}
	return wrapper{}
}

// builtOver returns the value stored into the AccessToken of a token
// built in place (&oauth2.Token{AccessToken: access}, or new(oauth2.Token)
// given it field by field), or v itself.
func builtOver(v ssa.Value) ssa.Value {
	a, ok := v.(*ssa.Alloc)
	if !ok || !match.IsType(a.Type(), knowledge.TokenTypes...) {
		return v
	}
	var val ssa.Value
	for _, ref := range *a.Referrers() {
		if fa, ok := ref.(*ssa.FieldAddr); ok && fieldOf(a.Type(), fa.Field).Name() == "AccessToken" {
			for _, ref2 := range *fa.Referrers() {
				if st, ok := ref2.(*ssa.Store); ok && st.Addr == fa {
					if val != nil && val != st.Val {
						return v // written twice: not one parameter's
					}
					val = st.Val
				}
			}
		}
	}
	if val == nil {
		return v
	}
	return val
}

// paramIndex returns the index of the parameter of fn that v is (or whose
// AccessToken v reads), or -1.
func paramIndex(fn *ssa.Function, v ssa.Value) int {
	switch x := v.(type) {
	case *ssa.UnOp: // *(&tok.AccessToken)
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			if f := fieldOf(fa.X.Type(), fa.Field); f != nil && f.Name() == "AccessToken" && match.IsType(fa.X.Type(), knowledge.TokenTypes...) {
				v = fa.X
			}
		}
	case *ssa.Field:
		if f := fieldOf(x.X.Type(), x.Field); f != nil && f.Name() == "AccessToken" && match.IsType(x.X.Type(), knowledge.TokenTypes...) {
			v = x.X
		}
	}
	for i, p := range fn.Params {
		if p == v {
			return i
		}
	}
	return -1
}

// handBuilt reports whether v is a token literal built in this function
// (&oauth2.Token{AccessToken: ...}) or read from a package variable, whose
// origin the analysis would have traced if it were DocuSign's.
func handBuilt(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Alloc:
		return true
	case *ssa.UnOp:
		_, global := v.X.(*ssa.Global)
		return v.Op == token.MUL && global
	}
	return false
}
