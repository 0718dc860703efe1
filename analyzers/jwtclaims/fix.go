package jwtclaims

import (
	"go/ast"
	"go/types"
	"strconv"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/timeexpr"
)

// DS303's suggested fixes rewrite the one expression that moves exp away
// from now, and only when it is written out in place (literals and package
// time's constants, not a named constant or variable that other code may
// share) and the edited file still builds (time visible under its import
// name where a time.Duration is written).

// unitlessFix counts the number of a unitless now.Add(3600) in seconds
// (3600 * time.Second), when that puts exp after lo and at most an hour
// after base.
func (f *function) unitlessFix(v timeexpr.Value, lo, base time.Duration) []analysis.SuggestedFix {
	if v.Term == nil || !v.TermDuration || !f.inPlace(v.Term) {
		return nil
	}
	n, ok := f.ev.Int(v.Term)
	if !ok || n <= 0 || n > int64(maxLifetime/time.Second) {
		return nil
	}
	if secs := time.Duration(n) * time.Second; secs <= lo || secs-base > maxLifetime {
		return nil
	}
	tname := f.timeName(v.Term)
	if tname == "" {
		return nil
	}
	edits := []analysis.TextEdit{{Pos: v.Term.End(), End: v.Term.End(), NewText: []byte(" * " + tname + ".Second")}}
	if _, ok := v.Term.(*ast.BinaryExpr); ok {
		edits = []analysis.TextEdit{
			{Pos: v.Term.Pos(), End: v.Term.Pos(), NewText: []byte("(")},
			{Pos: v.Term.End(), End: v.Term.End(), NewText: []byte(") * " + tname + ".Second")},
		}
	}
	return []analysis.SuggestedFix{{Message: "count the number in seconds (* " + tname + ".Second)", TextEdits: edits}}
}

// lifetimeFix shortens an exp more than an hour after now to one hour:
// the term becomes time.Hour, or 3600 where it counts seconds (3600000
// for milliseconds). With an iat set in the past (base < 0) one hour from
// now is still too long, and the fix would be a guess.
func (f *function) lifetimeFix(v timeexpr.Value, base time.Duration) []analysis.SuggestedFix {
	if v.Term == nil || base != 0 || !f.inPlace(v.Term) {
		return nil
	}
	if v.TermDuration {
		return f.durationFix(v.Term)
	}
	scale := v.TermUnit.Scale()
	if scale <= 0 {
		return nil
	}
	n := strconv.FormatInt(int64(maxLifetime/scale), 10)
	return []analysis.SuggestedFix{{
		Message:   "expire one hour after now (" + n + ")",
		TextEdits: []analysis.TextEdit{{Pos: v.Term.Pos(), End: v.Term.End(), NewText: []byte(n)}},
	}}
}

// durationFix replaces a time.Duration written in place (x/oauth2/jwt's
// Expires: 8 * time.Hour, an Add argument) with time.Hour.
func (f *function) durationFix(e ast.Expr) []analysis.SuggestedFix {
	if !f.inPlace(e) {
		return nil
	}
	tname := f.timeName(e)
	if tname == "" {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "use " + tname + ".Hour",
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(tname + ".Hour")}},
	}}
}

// secondsFix replaces a number of seconds written in place (esign's
// SetExpiresIn(7200)) with 3600.
func (c *checker) secondsFix(e ast.Expr) []analysis.SuggestedFix {
	if !inPlace(c.pass.TypesInfo, e) {
		return nil
	}
	n := strconv.FormatInt(int64(maxLifetime/time.Second), 10)
	return []analysis.SuggestedFix{{
		Message:   "use " + n + " (one hour)",
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(n)}},
	}}
}

// secondsUnitFix renames the UnixMilli, UnixMicro or UnixNano call that
// puts a claim (exp, iat) in the wrong unit to Unix, when that call is
// written in the claim's value itself (a variable set from it may have
// other uses) and nothing was added to its result.
func secondsUnitFix(v timeexpr.Value, claim ast.Expr) []analysis.SuggestedFix {
	c := v.Conversion
	if c == nil || c.Pos() < claim.Pos() || c.End() > claim.End() {
		return nil
	}
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name == "Unix" {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "use Unix seconds (" + sel.Sel.Name + " -> Unix)",
		TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("Unix")}},
	}}
}

// timeName is the name package time is imported under and visible at e,
// or "".
func (f *function) timeName(e ast.Expr) string {
	return match.ImportName(f.pass.Pkg, f.info, f.pass.Files, e.Pos(), "time")
}

func (f *function) inPlace(e ast.Expr) bool { return inPlace(f.info, e) }

// inPlace reports whether e is written out where it stands: built from
// literals, package time's constants and types, and conversions to
// predeclared types (int64(24*time.Hour/time.Second)), with no named
// constant or variable of the program that the fix would bypass.
func inPlace(info *types.Info, e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		id, isID := n.(*ast.Ident)
		if !ok || !isID {
			return ok
		}
		switch obj := info.Uses[id].(type) {
		case *types.PkgName:
			ok = obj.Imported().Path() == "time"
		case *types.Const, *types.TypeName:
			ok = obj.Pkg() == nil || obj.Pkg().Path() == "time"
		default:
			ok = false
		}
		return ok
	})
	return ok
}
