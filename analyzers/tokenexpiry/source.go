package tokenexpiry

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// token reports whether v is (or is derived from: a field, a "Bearer "+
// concatenation, a conversion) a freshly obtained DocuSign access token.
// Values loaded from variables and fields are not sources: they are reads.
func (c *checker) token(v ssa.Value) *src {
	if s := c.tokens.Get(v); s.at != nil {
		return &s
	}
	return nil
}

// tokenSummary is token's uncached step, for the solver.
func (c *checker) tokenSummary(v ssa.Value) src {
	if s := c.token1(v); s != nil {
		return *s
	}
	return src{}
}

func (c *checker) token1(v ssa.Value) *src {
	switch v := v.(type) {
	case *ssa.Call:
		return c.callToken(v, 0)
	case *ssa.Extract:
		switch t := v.Tuple.(type) {
		case *ssa.Call:
			return c.callToken(t, v.Index)
		case *ssa.TypeAssert:
			if v.Index == 0 {
				return c.token(t.X)
			}
		case *ssa.Lookup:
			if v.Index == 0 {
				return c.lookupToken(t)
			}
		}
	case *ssa.UnOp:
		if v.Op != token.MUL {
			return nil
		}
		if fa, ok := v.X.(*ssa.FieldAddr); ok {
			return c.fieldToken(v, fa.X, fieldOf(fa.X.Type(), fa.Field))
		}
		if a, ok := v.X.(*ssa.Alloc); ok && !a.Heap {
			return c.storedToken(a) // a local variable, e.g. a result slot under defer
		}
		if match.IsType(v.X.Type(), knowledge.TokenTypes...) {
			return c.token(v.X) // *tok, a copy of a fresh token
		}
	case *ssa.Field:
		return c.fieldToken(v, v.X, fieldOf(v.X.Type(), v.Field))
	case *ssa.Lookup:
		return c.lookupToken(v)
	case *ssa.TypeAssert:
		return c.token(v.X)
	case *ssa.ChangeType:
		return c.token(v.X)
	case *ssa.Convert:
		return c.token(v.X)
	case *ssa.MakeInterface:
		return c.token(v.X)
	case *ssa.Phi:
		var out *src
		for _, e := range v.Edges {
			if s := c.token(e); s != nil {
				out = merged(out, s)
			}
		}
		return out
	case *ssa.BinOp:
		if v.Op == token.ADD {
			if s := c.token(v.X); s != nil {
				return s
			}
			return c.token(v.Y)
		}
	case *ssa.Alloc:
		return c.literalToken(v)
	}
	return nil
}

// callToken classifies result i of a call.
func (c *checker) callToken(call *ssa.Call, i int) *src {
	name, obj := calleeOf(call.Common())
	if g, ok := knowledge.TokenCalls[name]; ok && i == 0 {
		if strings.HasPrefix(name, "(*github.com/jfcote87/esign.") {
			return &src{grant: g, at: call}
		}
		if !c.isDS {
			recv := call.Call.Value // ts.Token()
			if !call.Call.IsInvoke() && len(call.Call.Args) > 0 {
				recv = call.Call.Args[0] // cfg.Exchange(ctx, code)
			}
			if fg, ok := c.importedSource(recv, 0); ok {
				return &src{grant: fg, at: call}
			}
			return nil
		}
		if call.Call.IsInvoke() {
			var other bool
			if g, other = c.sourceGrant(call.Call.Value); other {
				return nil
			}
		} else if c.otherProvider(call.Pos()) {
			return nil // dropbox.Exchange(ctx, code)
		}
		return &src{grant: g, at: call}
	}
	if isFormat(name) {
		for _, a := range call.Call.Args {
			if s := c.varargToken(a); s != nil {
				return s
			}
		}
		return nil
	}
	if obj == nil {
		return nil
	}
	if fn := bodyOf(&call.Call); fn != nil && fn.Pkg == c.ssa {
		if s := c.returnedTokens(fn)[i]; s != nil {
			return &src{grant: s.grant, at: call}
		}
		return nil
	}
	var fact TokenFunc
	if usesFacts(c.pass) && c.pass.ImportObjectFact(obj, &fact) && fact.Result == i {
		return &src{grant: fact.Grant, at: call}
	}
	return nil
}

// sourceGrant returns the grant of the tokens a TokenSource value returns,
// and whether the source is another provider's config.
func (c *checker) sourceGrant(v ssa.Value) (docusign.Grant, bool) {
	for range maxChain {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.Call:
			name, _ := calleeOf(x.Common())
			if g, ok := knowledge.SourceCalls[name]; ok {
				return g, c.otherProvider(x.Pos())
			}
			if strings.HasSuffix(name, ".ReuseTokenSource") || strings.HasSuffix(name, ".ReuseTokenSourceWithExpiry") {
				v = x.Call.Args[1]
				continue
			}
		}
		break
	}
	return c.grant, false
}

// fieldToken classifies a field read: the AccessToken of a fresh token, or
// a field tagged json:"access_token" of a decoded DocuSign token response.
func (c *checker) fieldToken(v, base ssa.Value, f *types.Var) *src {
	if f == nil {
		return nil
	}
	if match.IsType(base.Type(), knowledge.TokenTypes...) {
		if f.Name() == "AccessToken" {
			return c.token(base)
		}
		return nil
	}
	if jsonName(base.Type(), f) != "access_token" {
		return nil
	}
	if s := c.token(base); s != nil {
		return s // the access token of a response returned by a token function
	}
	if c.isDS && !c.legacy && !c.foreignFunc(fnOf(v)) {
		return &src{grant: c.grant, at: v}
	}
	return nil
}

// merged returns out with the grant of s merged in, or a copy of s when
// out is nil.
func merged(out, s *src) *src {
	if out == nil {
		cp := *s
		return &cp
	}
	out.grant = out.grant.Merge(s.grant)
	return out
}

// fnOf returns the function an SSA value is computed in, or nil.
func fnOf(v ssa.Value) *ssa.Function {
	if in, ok := v.(ssa.Instruction); ok {
		return in.Parent()
	}
	return nil
}

// lookupToken classifies m["access_token"] in a DocuSign package.
func (c *checker) lookupToken(l *ssa.Lookup) *src {
	if k, ok := l.Index.(*ssa.Const); ok && c.isDS && !c.legacy && k.Value != nil && k.Value.Kind() == constant.String &&
		constant.StringVal(k.Value) == "access_token" && !c.foreignFunc(l.Parent()) {
		if _, isMap := l.X.Type().Underlying().(*types.Map); isMap {
			return &src{grant: c.grant, at: l}
		}
	}
	return nil
}

// literalToken classifies &oauth2.Token{AccessToken: tok}, and a token
// response struct (a field tagged json:"access_token") of a DocuSign
// package, which holds the token it is decoded into: kept whole in a field,
// it is a cached token all the same.
func (c *checker) literalToken(a *ssa.Alloc) *src {
	oauth := match.IsType(a.Type(), knowledge.TokenTypes...)
	if !oauth && !isResponse(a.Type()) {
		return nil
	}
	for _, ref := range *a.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		if f := fieldOf(a.Type(), fa.Field); oauth && f.Name() != "AccessToken" || !oauth && jsonName(a.Type(), f) != "access_token" {
			continue
		}
		for _, ref2 := range *fa.Referrers() {
			if st, ok := ref2.(*ssa.Store); ok && st.Addr == fa {
				if s := c.token(st.Val); s != nil {
					return s
				}
			}
		}
	}
	if !oauth && c.isDS && !c.legacy && !c.foreignFunc(a.Parent()) {
		return &src{grant: c.grant, at: a} // decoded into
	}
	return nil
}

// storedToken reports whether a token is stored into a local variable.
func (c *checker) storedToken(a *ssa.Alloc) *src {
	for _, ref := range *a.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
			if s := c.token(st.Val); s != nil {
				return s
			}
		}
	}
	return nil
}

// varargToken looks through the ...any slice of a fmt call for a token.
func (c *checker) varargToken(v ssa.Value) *src {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return c.token(v)
	}
	arr, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	for _, ref := range *arr.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, ref2 := range *ia.Referrers() {
			if st, ok := ref2.(*ssa.Store); ok && st.Addr == ia {
				if s := c.token(st.Val); s != nil {
					return s
				}
			}
		}
	}
	return nil
}
