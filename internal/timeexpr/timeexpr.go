// Package timeexpr evaluates time expressions relative to "now", the way a
// JWT claim is computed: time.Now(), .Add(d), .AddDate(y, m, d), .Unix(),
// .UnixMilli(), .UnixNano(), `+ n`, time.Duration constants,
// jwt.NewNumericDate(t) (golang-jwt v4/v5, go-jose) and local variables with a
// single definition (`now := time.Now(); now.Unix() + 3600`).
//
// A value is an offset from the instant the code runs, with the unit the
// expression is expressed in. Anything that depends on a parameter, a field
// or configuration is not evaluable.
package timeexpr

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"time"

	"github.com/dslint/dslint/internal/match"
)

// Unit is how an evaluated instant is represented.
type Unit int

// Units of an instant.
const (
	Unknown Unit = iota
	Time         // a time.Time, or a library NumericDate built from one
	Seconds      // Unix seconds
	Millis       // Unix milliseconds
	Micros       // Unix microseconds
	Nanos        // Unix nanoseconds
)

var unitNames = [...]string{"unknown", "time", "seconds", "milliseconds", "microseconds", "nanoseconds"}

// String returns the unit's name, as used in messages ("milliseconds").
func (u Unit) String() string {
	if int(u) < 0 || int(u) >= len(unitNames) {
		return unitNames[0]
	}
	return unitNames[u]
}

// Scale is the duration of one integer step in the unit (0 for Time and
// Unknown).
func (u Unit) Scale() time.Duration {
	switch u {
	case Seconds:
		return time.Second
	case Millis:
		return time.Millisecond
	case Micros:
		return time.Microsecond
	case Nanos:
		return time.Nanosecond
	}
	return 0
}

// Value is an evaluated instant: now + Offset, represented in Unit.
type Value struct {
	Unit   Unit
	Offset time.Duration
	// Unitless is set when the instant was moved by a number with no time
	// unit: an untyped constant taken as a time.Duration counts
	// nanoseconds, so now.Add(3600) is 3600 ns after now, not an hour.
	Unitless bool
	// Term is the expression that moved the instant away from now when
	// exactly one did and added to it: the argument of Add
	// (now.Add(24*time.Hour)), or the n of now.Unix()+n; nil otherwise.
	// A suggested fix rewrites it.
	Term ast.Expr
	// TermUnit is what Term counts: Nanos for a time.Duration (an Add
	// argument) with TermDuration set, or the unit of the integer it is
	// added to.
	TermUnit     Unit
	TermDuration bool
	// Conversion is the call of Unix, UnixMilli, UnixMicro or UnixNano
	// that gave the integer its Unit, when nothing moved it after (the
	// value is that call's result, maybe converted); nil otherwise.
	Conversion *ast.CallExpr
	moves      int // the number of terms that moved the instant
}

// move records that term (nil when the move has no single expression,
// such as AddDate's or a subtraction) moved the instant, counting unit.
func (v *Value) move(term ast.Expr, unit Unit, duration bool) {
	v.moves++
	v.Conversion = nil
	v.Term, v.TermUnit, v.TermDuration = nil, Unknown, false
	if v.moves == 1 && term != nil {
		v.Term, v.TermUnit, v.TermDuration = term, unit, duration
	}
}

// numericDates are the library constructors that wrap a time.Time.
var numericDates = map[string]bool{
	"github.com/golang-jwt/jwt/v5.NewNumericDate":      true,
	"github.com/golang-jwt/jwt/v4.NewNumericDate":      true,
	"github.com/go-jose/go-jose/v4/jwt.NewNumericDate": true,
	"github.com/go-jose/go-jose/v3/jwt.NewNumericDate": true,
	"gopkg.in/square/go-jose.v2/jwt.NewNumericDate":    true,
	"gopkg.in/go-jose/go-jose.v2/jwt.NewNumericDate":   true,
}

// unixUnits are the time.Time methods that turn an instant into an integer.
var unixUnits = map[string]Unit{
	"(time.Time).Unix": Seconds, "(time.Time).UnixMilli": Millis,
	"(time.Time).UnixMicro": Micros, "(time.Time).UnixNano": Nanos,
}

// fromUnix are the time package functions that build a Time from an integer.
var fromUnix = map[string]Unit{"time.Unix": Seconds, "time.UnixMilli": Millis, "time.UnixMicro": Micros}

// sameInstant are the time.Time methods that keep the instant (or round it
// by less than the precision that matters here).
var sameInstant = map[string]bool{
	"(time.Time).UTC": true, "(time.Time).Local": true, "(time.Time).In": true,
	"(time.Time).Round": true, "(time.Time).Truncate": true,
}

// Evaluator evaluates time expressions in one function body.
type Evaluator struct {
	info *types.Info
	defs *Defs
}

// New returns an Evaluator for expressions in body, whose local variables
// with a single definition are followed. body may be nil.
func New(info *types.Info, body ast.Node) *Evaluator {
	return &Evaluator{info: info, defs: NewDefs(info, body)}
}

// Defs returns the evaluator's index of local definitions.
func (ev *Evaluator) Defs() *Defs { return ev.defs }

// Eval evaluates e as an instant relative to now. ok is false when e is not
// such an instant or depends on values not known statically.
func (ev *Evaluator) Eval(e ast.Expr) (Value, bool) { return ev.eval(e, 0) }

func (ev *Evaluator) eval(e ast.Expr, depth int) (Value, bool) {
	if depth > 16 {
		return Value{}, false
	}
	e = ast.Unparen(e)
	if match.Const(ev.info, e) != nil {
		return Value{}, false // a fixed constant is not relative to now
	}
	switch e := e.(type) {
	case *ast.Ident:
		if x, ok := ev.defs.Def(e); ok {
			return ev.eval(x, depth+1)
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return ev.eval(e.X, depth+1)
		}
	case *ast.CompositeLit: // jwt.NumericDate{Time: t}
		if len(e.Elts) == 1 && isNumericDate(match.TypeOf(ev.info, e)) {
			x := e.Elts[0]
			if kv, ok := x.(*ast.KeyValueExpr); ok {
				x = kv.Value
			}
			return ev.eval(x, depth+1)
		}
	case *ast.BinaryExpr:
		return ev.binary(e, depth)
	case *ast.CallExpr:
		return ev.call(e, depth)
	}
	return Value{}, false
}

func (ev *Evaluator) binary(e *ast.BinaryExpr, depth int) (Value, bool) {
	if e.Op != token.ADD && e.Op != token.SUB {
		return Value{}, false
	}
	v, ok := ev.eval(e.X, depth+1)
	n, isConst := ev.Int(e.Y)
	term := e.Y
	if !ok || !isConst {
		if e.Op == token.SUB {
			return Value{}, false
		}
		// n + instant
		v, ok = ev.eval(e.Y, depth+1)
		n, isConst = ev.Int(e.X)
		term = e.X
		if !ok || !isConst {
			return Value{}, false
		}
	}
	if v.Unit == Time || v.Unit == Unknown {
		return Value{}, false
	}
	if e.Op == token.SUB {
		n = -n
		term = nil
	}
	v.Offset += time.Duration(n) * v.Unit.Scale()
	v.move(term, v.Unit, false)
	return v, true
}

func (ev *Evaluator) call(call *ast.CallExpr, depth int) (Value, bool) {
	if tv, ok := ev.info.Types[call.Fun]; ok && tv.IsType() { // conversion
		if len(call.Args) == 1 {
			return ev.eval(call.Args[0], depth+1)
		}
		return Value{}, false
	}
	name := match.CalleeName(ev.info, call)
	recv := func() (Value, bool) {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return Value{}, false
		}
		v, ok := ev.eval(sel.X, depth+1)
		if !ok || v.Unit != Time {
			return Value{}, false
		}
		return v, true
	}
	switch {
	case name == "time.Now":
		return Value{Unit: Time}, true
	case sameInstant[name]:
		return recv()
	case name == "(time.Time).Add" && len(call.Args) == 1:
		v, ok := recv()
		d, isConst := ev.Int(call.Args[0])
		if !ok || !isConst {
			return Value{}, false
		}
		v.Offset += time.Duration(d)
		v.Unitless = v.Unitless || ev.unitless(call.Args[0])
		v.move(call.Args[0], Nanos, true)
		return v, true
	case name == "(time.Time).AddDate" && len(call.Args) == 3:
		v, ok := recv()
		if !ok {
			return Value{}, false
		}
		days := int64(0)
		for i, per := range []int64{365, 30, 1} {
			n, isConst := ev.Int(call.Args[i])
			if !isConst {
				return Value{}, false
			}
			days += n * per
		}
		v.Offset += time.Duration(days) * 24 * time.Hour
		v.move(nil, Unknown, false)
		return v, true
	case unixUnits[name] != Unknown:
		v, ok := recv()
		if !ok {
			return Value{}, false
		}
		v.Unit = unixUnits[name]
		v.Offset = v.Offset.Truncate(v.Unit.Scale()) // the integer drops what is below its unit
		v.Conversion = call
		return v, true
	case fromUnix[name] != Unknown && len(call.Args) >= 1:
		v, ok := ev.eval(call.Args[0], depth+1)
		if !ok || v.Unit != fromUnix[name] {
			return Value{}, false
		}
		return Value{Unit: Time, Offset: v.Offset}, true
	case numericDates[name] && len(call.Args) == 1:
		v, ok := ev.eval(call.Args[0], depth+1)
		if !ok || v.Unit != Time {
			return Value{}, false
		}
		return v, true
	}
	return Value{}, false
}

func isNumericDate(t types.Type) bool {
	return strings.HasSuffix(match.TypeName(t), ".NumericDate")
}

// unitless reports whether the constant duration e is written without a
// time unit: no constant or variable of type time.Duration (time.Second,
// an own const ttl = time.Hour) takes part in it, as in 3600 or
// time.Duration(3600).
// Unitless reports whether e, a duration expression, names no time unit
// (no time.Duration constant or variable): 3600 taken as a time.Duration
// is 3600 ns.
func (ev *Evaluator) Unitless(e ast.Expr) bool { return ev.unitless(e) }

func (ev *Evaluator) unitless(e ast.Expr) bool {
	unit := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			switch obj := ev.info.Uses[id].(type) {
			case *types.Const:
				unit = unit || match.IsType(obj.Type(), "time.Duration")
			case *types.Var:
				unit = unit || match.IsType(obj.Type(), "time.Duration")
			}
		}
		return !unit
	})
	return !unit
}
