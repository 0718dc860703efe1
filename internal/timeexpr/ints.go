package timeexpr

import (
	"go/ast"
	"go/constant"
	"time"

	"github.com/dslint/dslint/internal/match"
)

// Int returns the value of a constant integer expression, including
// time.Duration constants and methods of constant durations such as
// time.Hour.Seconds() (truncated), and conversions of them.
func (ev *Evaluator) Int(e ast.Expr) (int64, bool) {
	e = ast.Unparen(e)
	if v := match.Const(ev.info, e); v != nil {
		v = constant.ToInt(v)
		if v.Kind() == constant.Int {
			return constant.Int64Val(v)
		}
		if f, ok := constant.Float64Val(match.Const(ev.info, e)); ok {
			return int64(f), true
		}
		return 0, false
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return 0, false
	}
	if tv, ok := ev.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return ev.Int(call.Args[0])
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return 0, false
	}
	d, ok := ev.Int(sel.X)
	if !ok {
		return 0, false
	}
	dur := time.Duration(d)
	switch match.CalleeName(ev.info, call) {
	case "(time.Duration).Seconds":
		return int64(dur.Seconds()), true
	case "(time.Duration).Minutes":
		return int64(dur.Minutes()), true
	case "(time.Duration).Hours":
		return int64(dur.Hours()), true
	case "(time.Duration).Milliseconds":
		return dur.Milliseconds(), true
	}
	return 0, false
}
