package tokenexpiry

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/fixpoint"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// expiryValue reports whether v is a time, or integer seconds, that came
// from a token's expiry: a field or variable named exactly for it (Expiry,
// ExpiresAt, expires_in by its JSON tag, ...), one the package stores such a
// value into (c.deadline = tok.Expiry), a claim map's m["exp"], or an
// expression over one of these (exp.Unix(), time.Unix(exp, 0),
// time.Now().Add(time.Duration(tr.ExpiresIn)*time.Second), exp - skew).
// A field whose name merely contains "exp" (exportLimit, expected) is not.
func (c *checker) expiryValue(v ssa.Value, depth int) bool {
	return expiryValueIn(v, depth, c.expiryHolders())
}

func expiryValueIn(v ssa.Value, depth int, holders map[types.Object]bool) bool {
	if depth > maxChain {
		return false
	}
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op != token.MUL {
			return expiryValueIn(v.X, depth+1, holders)
		}
		switch a := v.X.(type) {
		case *ssa.Global:
			return claims.ExpiryName(a.Name()) || holders[a.Object()]
		case *ssa.FieldAddr:
			return expiryField(a.X.Type(), a.Field, holders)
		}
	case *ssa.Field:
		return expiryField(v.X.Type(), v.Field, holders)
	case *ssa.Call:
		callee := v.Call.StaticCallee()
		if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg.Path() != "time" {
			return false
		}
		for _, a := range v.Call.Args { // the receiver first: exp.Unix(), time.Unix(exp, 0)
			if expiryValueIn(a, depth+1, holders) {
				return true
			}
		}
	case *ssa.BinOp:
		return expiryValueIn(v.X, depth+1, holders) || expiryValueIn(v.Y, depth+1, holders)
	case *ssa.Convert:
		return expiryValueIn(v.X, depth+1, holders)
	case *ssa.ChangeType:
		return expiryValueIn(v.X, depth+1, holders)
	case *ssa.TypeAssert:
		return expiryValueIn(v.X, depth+1, holders)
	case *ssa.Extract:
		return expiryValueIn(v.Tuple, depth+1, holders)
	case *ssa.Lookup:
		k, ok := v.Index.(*ssa.Const)
		return ok && k.Value != nil && k.Value.Kind() == constant.String && claims.ExpiryKey(constant.StringVal(k.Value))
	case *ssa.Phi:
		for _, e := range v.Edges {
			if expiryValueIn(e, depth+1, holders) {
				return true
			}
		}
	}
	return false
}

// expiryField reports whether field i of the struct t (or *t) holds an
// expiry: named exactly for it, tagged with an expiry JSON key, or stored
// from an expiry value by the package.
func expiryField(t types.Type, i int, holders map[types.Object]bool) bool {
	f := fieldOf(t, i)
	return f != nil && (claims.ExpiryName(f.Name()) || claims.ExpiryKey(jsonName(t, f)) || holders[f])
}

// expiryHolders returns the fields and package variables the package stores
// an expiry value into, whatever their names (c.deadline = tok.Expiry,
// then time.Now().After(c.deadline)). It is solved to a fixpoint over the
// whole package (a holder copied into another holder), so the answer does
// not depend on the order of the functions.
func (c *checker) expiryHolders() map[types.Object]bool {
	if c.expiries != nil {
		return c.expiries
	}
	type target struct {
		obj types.Object
		val ssa.Value
	}
	var targets []target // stores to a package variable or a field, in function order
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				st, _ := in.(*ssa.Store)
				if st == nil {
					continue
				}
				switch a := st.Addr.(type) {
				case *ssa.Global:
					targets = append(targets, target{a.Object(), st.Val})
				case *ssa.FieldAddr:
					if f := fieldOf(a.X.Type(), a.Field); f != nil && !match.IsType(a.X.Type(), knowledge.TokenTypes...) {
						targets = append(targets, target{f, st.Val})
					}
				}
			}
		}
	}
	holders := map[types.Object]bool{}
	for range fixpoint.MaxRounds {
		changed := false
		for _, t := range targets {
			if !holders[t.obj] && expiryValueIn(t.val, 0, holders) {
				holders[t.obj], changed = true, true
			}
		}
		if !changed {
			break
		}
	}
	c.expiries = holders
	return holders
}

// nowDerived reports whether v is derived from time.Now (time.Now().Unix(),
// time.Now().Add(skew)).
func nowDerived(v ssa.Value, depth int) bool {
	if depth > maxChain {
		return false
	}
	switch v := v.(type) {
	case *ssa.Call:
		name, _ := calleeOf(v.Common())
		if name == "time.Now" {
			return true
		}
		if callee := v.Call.StaticCallee(); callee != nil && callee.Pkg != nil && callee.Pkg.Pkg.Path() == "time" &&
			callee.Signature.Recv() != nil && len(v.Call.Args) > 0 {
			return nowDerived(v.Call.Args[0], depth+1)
		}
	case *ssa.BinOp:
		return nowDerived(v.X, depth+1) || nowDerived(v.Y, depth+1)
	case *ssa.Convert:
		return nowDerived(v.X, depth+1)
	}
	return false
}
