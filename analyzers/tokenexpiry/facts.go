package tokenexpiry

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// returnsToken returns, per result index, whether fn returns a fresh token.
// It is not cached: the token answers it combines are, and a recursive
// function's results are solved with the component they belong to.
func (c *checker) returnsToken(fn *ssa.Function) map[int]*src {
	m := map[int]*src{}
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for i, res := range ret.Results {
				if s := c.token(res); s != nil {
					m[i] = merged(m[i], s)
				}
			}
		}
	}
	return m
}

// returnedTokens is the summary of what fn returns, per result index: the
// fresh tokens it obtains (returnsToken) or, when it obtains none, the token
// it returns from a field its package keeps renewed (returnsKept). Callers
// in the package and, through the TokenFunc fact, in other packages hold a
// DocuSign token either way.
func (c *checker) returnedTokens(fn *ssa.Function) map[int]*src {
	if m := c.returnsToken(fn); len(m) > 0 {
		return m
	}
	return c.returnsKept(fn)
}

// returnsKept returns, per result index, the token fn returns from a field
// that the package only ever sets to tokens it obtains (or clears): a
// provider method that caches its token and renews it (return p.tok, or
// p.tok.AccessToken of a kept *oauth2.Token) hands
// a token to its callers as much as one that fetches on every call.
// The field's own reads are judged where they are (DS501).
// A result slot (under defer) is looked through.
func (c *checker) returnsKept(fn *ssa.Function) map[int]*src {
	m := map[int]*src{}
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for i, res := range ret.Results {
				for _, v := range slotValues(res) {
					if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL && m[i] == nil {
						if fa, ok := load.X.(*ssa.FieldAddr); ok {
							m[i] = c.keptToken(keptField(fa))
						}
					}
				}
			}
		}
	}
	for i, s := range m {
		if s == nil {
			delete(m, i)
		}
	}
	return m
}

// keptField returns the field a returned load reads the token from: the
// field fa addresses, or, for the AccessToken of a token kept in a field
// (return p.tok.AccessToken), that field.
func keptField(fa *ssa.FieldAddr) *types.Var {
	f := fieldOf(fa.X.Type(), fa.Field)
	if f == nil || f.Name() != "AccessToken" || !match.IsType(fa.X.Type(), knowledge.TokenTypes...) {
		return f
	}
	base := fa.X
	if load, ok := base.(*ssa.UnOp); ok && load.Op == token.MUL {
		base = load.X // p.tok of type *oauth2.Token
	}
	if inner, ok := base.(*ssa.FieldAddr); ok {
		return fieldOf(inner.X.Type(), inner.Field)
	}
	return nil
}

// slotValues returns the values stored into the local variable v loads
// (a result slot under defer), or v itself.
func slotValues(v ssa.Value) []ssa.Value {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return []ssa.Value{v}
	}
	a, ok := load.X.(*ssa.Alloc)
	if !ok || a.Heap {
		return []ssa.Value{v}
	}
	var out []ssa.Value
	for _, ref := range *a.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
			out = append(out, st.Val)
		}
	}
	return out
}

// keptToken returns the token field f holds when every store of the
// package into it is of a token or of a zero value, and there is one.
func (c *checker) keptToken(f *types.Var) *src {
	if f == nil {
		return nil
	}
	if c.fieldStores == nil {
		c.fieldStores = map[*types.Var][]ssa.Value{}
		for _, fn := range c.funcs {
			for _, b := range fn.Blocks {
				for _, in := range b.Instrs {
					if st, ok := in.(*ssa.Store); ok {
						if a, ok := st.Addr.(*ssa.FieldAddr); ok {
							if g := fieldOf(a.X.Type(), a.Field); g != nil {
								c.fieldStores[g] = append(c.fieldStores[g], st.Val)
							}
						}
					}
				}
			}
		}
	}
	var out *src
	for _, v := range c.fieldStores[f] {
		if k, ok := v.(*ssa.Const); ok && k.IsNil() || ok && k.Value != nil && k.Value.Kind() == constant.String && constant.StringVal(k.Value) == "" {
			continue // cleared
		}
		s := c.token(v)
		if s == nil {
			return nil
		}
		out = merged(out, s)
	}
	return out
}

// exportFacts exports a TokenFunc fact for every declared function or
// method of the package that returns a DocuSign token, a SourceFunc
// fact for one that returns a DocuSign token source or config, and the
// Container, StaticFunc, ExpiryCheck and Setter facts.
func (c *checker) exportFacts() {
	if !usesFacts(c.pass) {
		return
	}
	var setters []setterCandidate
	for _, fn := range c.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || fn.Synthetic != "" || !visible(obj) {
			continue
		}
		if s, ok := c.setterOf(fn, obj); ok {
			setters = append(setters, s)
		}
		if c.isDS {
			c.exportSources(fn, obj)
		}
		c.exportContainer(fn, obj)
		if w := c.staticHelper(fn); w.what != "" {
			c.pass.ExportObjectFact(obj, &StaticFunc{Param: w.param, What: w.what})
		}
		if i := c.checksParam(fn); i >= 0 {
			c.pass.ExportObjectFact(obj, &ExpiryCheck{Param: i})
		}
		m := c.returnedTokens(fn)
		for i := 0; i < fn.Signature.Results().Len(); i++ {
			if s := m[i]; s != nil && !isErr(fn.Signature.Results().At(i).Type()) {
				c.pass.ExportObjectFact(obj, &TokenFunc{Result: i, Grant: s.grant})
				break
			}
		}
	}
	c.exportSetters(setters)
}

// visible reports whether other packages can call fn: facts on anything
// else would only cost space.
func visible(fn *types.Func) bool {
	if !fn.Exported() {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return true
	}
	n := match.TypeName(recv.Type())
	return n == "" || ast.IsExported(n[strings.LastIndex(n, ".")+1:])
}

// ExpiryCheck is the fact exported for a function that returns a bool
// computed from the expiry of its token parameter Param (tokenutil.Fresh(tok
// *oauth2.Token) bool): calling it is an expiry check in any package. A
// predicate over a token that never looks at its expiry (HasToken) gets
// no fact and checks nothing.
type ExpiryCheck struct {
	Param int // index of the token among the SSA parameters (the receiver first)
}

// AFact marks ExpiryCheck as an analysis.Fact.
func (*ExpiryCheck) AFact() {}

// String describes the fact, as analysistest and -debug print it.
func (f *ExpiryCheck) String() string {
	return fmt.Sprintf("checks the expiry of parameter %d", f.Param)
}

// predicate reports whether sig returns only a bool and takes a token.
func predicate(sig *types.Signature) bool {
	if sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Typ[types.Bool]) {
		return false
	}
	for v := range sig.Params().Variables() {
		if match.IsType(v.Type(), knowledge.TokenTypes...) {
			return true
		}
	}
	return false
}

// checksParam returns the index of the token parameter whose expiry fn's
// bool result is computed from (a validity or time check, or an ordered
// comparison of an expiry, over a value derived from it), or -1.
func (c *checker) checksParam(fn *ssa.Function) int {
	if !predicate(fn.Signature) {
		return -1
	}
	for i, p := range fn.Params {
		if !match.IsType(p.Type(), knowledge.TokenTypes...) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				for _, v := range c.checkedValues(in) {
					if derived(v, p, 0) {
						return i
					}
				}
			}
		}
	}
	return -1
}

// derived reports whether v is computed from p: a field of it, a method of
// time over one (tok.Expiry.Add(-skew)), arithmetic or a conversion.
func derived(v, p ssa.Value, depth int) bool {
	if v == p {
		return true
	}
	if depth > maxChain {
		return false
	}
	switch x := v.(type) {
	case *ssa.UnOp:
		return derived(x.X, p, depth+1)
	case *ssa.FieldAddr:
		return derived(x.X, p, depth+1)
	case *ssa.Field:
		return derived(x.X, p, depth+1)
	case *ssa.Convert:
		return derived(x.X, p, depth+1)
	case *ssa.BinOp:
		return derived(x.X, p, depth+1) || derived(x.Y, p, depth+1)
	case *ssa.Call:
		for _, a := range x.Call.Args {
			if derived(a, p, depth+1) {
				return true
			}
		}
	}
	return false
}
