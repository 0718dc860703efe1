package timeexpr

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
	"time"
)

// jwtStub stands in for github.com/golang-jwt/jwt/v5's NumericDate.
const jwtStub = `package jwt
import "time"
type NumericDate struct{ time.Time }
func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }
`

type stubImporter struct {
	std  types.Importer
	pkgs map[string]*types.Package
}

func (s stubImporter) Import(path string) (*types.Package, error) {
	if p, ok := s.pkgs[path]; ok {
		return p, nil
	}
	return s.std.Import(path)
}

// check type-checks a function body made of the given declarations and
// returns the info, the body and the expression assigned to `x`.
func check(t *testing.T, imp stubImporter, decls, expr string) (*types.Info, *ast.BlockStmt, ast.Expr) {
	t.Helper()
	src := fmt.Sprintf(`package p
import ("time"; "github.com/golang-jwt/jwt/v5")
var _ = jwt.NewNumericDate
var _ = time.Now
func f(param time.Time, n int64) {
	%s
	x := %s
	_ = x
}`, decls, expr)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	if _, err := (&types.Config{Importer: imp}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	body := f.Decls[len(f.Decls)-1].(*ast.FuncDecl).Body
	last := body.List[len(body.List)-2].(*ast.AssignStmt)
	return info, body, last.Rhs[0]
}

// jwtImporter imports std and the golang-jwt stub.
func jwtImporter(t *testing.T) stubImporter {
	fset := token.NewFileSet()
	std := importer.ForCompiler(fset, "gc", nil)
	f, err := parser.ParseFile(fset, "jwt.go", jwtStub, 0)
	if err != nil {
		t.Fatal(err)
	}
	jwt, err := (&types.Config{Importer: std}).Check("github.com/golang-jwt/jwt/v5", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return stubImporter{std: std, pkgs: map[string]*types.Package{"github.com/golang-jwt/jwt/v5": jwt}}
}

func TestEval(t *testing.T) {
	imp := jwtImporter(t)
	tests := []struct {
		decls, expr string
		want        Value
		ok          bool
	}{
		{"", "time.Now()", Value{Unit: Time, Offset: 0}, true},
		{"", "time.Now().Unix()", Value{Unit: Seconds, Offset: 0}, true},
		{"", "time.Now().UTC().Add(time.Hour).Unix()", Value{Unit: Seconds, Offset: time.Hour}, true},
		{"", "time.Now().Add(-5 * time.Minute)", Value{Unit: Time, Offset: -5 * time.Minute}, true},
		{"", "time.Now().Add(24 * time.Hour).Unix()", Value{Unit: Seconds, Offset: 24 * time.Hour}, true},
		{"", "time.Now().AddDate(0, 0, 1)", Value{Unit: Time, Offset: 24 * time.Hour}, true},
		{"", "time.Now().Unix() + 3600", Value{Unit: Seconds, Offset: time.Hour}, true},
		{"", "3600 + time.Now().Unix()", Value{Unit: Seconds, Offset: time.Hour}, true},
		{"", "time.Now().Unix() - 7200", Value{Unit: Seconds, Offset: -2 * time.Hour}, true},
		{"", "time.Now().Unix() + int64(time.Hour.Seconds())", Value{Unit: Seconds, Offset: time.Hour}, true},
		{"", "time.Now().UnixMilli()", Value{Unit: Millis, Offset: 0}, true},
		{"", "time.Now().UnixMilli() + 1000", Value{Unit: Millis, Offset: time.Second}, true},
		{"", "time.Now().UnixNano()", Value{Unit: Nanos, Offset: 0}, true},
		{"", "float64(time.Now().Unix())", Value{Unit: Seconds, Offset: 0}, true},
		{"", "jwt.NewNumericDate(time.Now().Add(2 * time.Hour))", Value{Unit: Time, Offset: 2 * time.Hour}, true},
		{"", "&jwt.NumericDate{Time: time.Now()}", Value{Unit: Time, Offset: 0}, true},
		{"", "time.Unix(time.Now().Unix()+60, 0)", Value{Unit: Time, Offset: time.Minute}, true},
		{"now := time.Now()", "now.Unix() + 3600", Value{Unit: Seconds, Offset: time.Hour}, true},
		{"now := time.Now(); exp := now.Add(time.Hour)", "exp.Unix()", Value{Unit: Seconds, Offset: time.Hour}, true},
		{"const ttl = 30 * time.Minute", "time.Now().Add(ttl)", Value{Unit: Time, Offset: 30 * time.Minute}, true},
		// A number without a unit is nanoseconds; Unix drops them.
		{"", "time.Now().Add(3600)", Value{Unit: Time, Offset: 3600, Unitless: true}, true},
		{"", "time.Now().Add(3600).Unix()", Value{Unit: Seconds, Offset: 0, Unitless: true}, true},
		{"const secs = 3600", "time.Now().Add(time.Duration(secs))", Value{Unit: Time, Offset: 3600, Unitless: true}, true},
		{"", "time.Now().Add(3600 * time.Second).Unix()", Value{Unit: Seconds, Offset: time.Hour}, true},
		{"", "time.Now().Add(1500 * time.Millisecond).Unix()", Value{Unit: Seconds, Offset: time.Second}, true},
		// Not evaluable: parameters, reassigned variables, non-constant durations, fixed constants.
		{"", "param.Unix()", Value{}, false},
		{"", "time.Now().Add(time.Duration(n) * time.Second)", Value{}, false},
		{"", "time.Now().Unix() + n", Value{}, false},
		{"now := time.Now(); now = param", "now.Unix()", Value{}, false},
		{"now := time.Now(); p := &now; _ = p", "now.Unix()", Value{}, false},
		{"", "int64(1700000000)", Value{}, false},
		{"", "time.Now().Unix() * 1000", Value{}, false},
		{"", "time.Now().Unix() + 1 - 1", Value{Unit: Seconds, Offset: 0}, true},
		{"", "jwt.NewNumericDate(param)", Value{}, false},
	}
	for _, tt := range tests {
		info, body, e := check(t, imp, tt.decls, tt.expr)
		got, ok := New(info, body).Eval(e)
		got = Value{Unit: got.Unit, Offset: got.Offset, Unitless: got.Unitless} // Term: TestTerm
		if ok != tt.ok || got != tt.want {
			t.Errorf("%s; %s = %v, %v; want %v, %v", tt.decls, tt.expr, got, ok, tt.want, tt.ok)
		}
	}
}

// TestTerm checks the one term that moved an instant from now, which
// DS303's fixes rewrite, and that there is none when several did.
func TestTerm(t *testing.T) {
	imp := jwtImporter(t)
	tests := []struct {
		decls, expr string
		term        string // "": no Term
		unit        Unit
		duration    bool
	}{
		{"", "time.Now().Add(24 * time.Hour).Unix()", "24 * time.Hour", Nanos, true},
		{"", "time.Now().Add(3600)", "3600", Nanos, true},
		{"now := time.Now()", "now.Unix() + 86400", "86400", Seconds, false},
		{"", "86400 + time.Now().Unix()", "86400", Seconds, false},
		{"", "time.Now().UnixMilli() + 7200000", "7200000", Millis, false},
		{"now := time.Now(); exp := now.Add(2 * time.Hour)", "exp.Unix()", "2 * time.Hour", Nanos, true},
		{"", "time.Now()", "", Unknown, false},
		{"", "time.Now().Unix() - 60", "", Unknown, false},
		{"", "time.Now().AddDate(0, 0, 1)", "", Unknown, false},
		{"", "time.Now().Add(time.Hour).Add(time.Hour)", "", Unknown, false},
		{"", "time.Now().Add(time.Hour).Unix() + 60", "", Unknown, false},
	}
	for _, tt := range tests {
		info, body, e := check(t, imp, tt.decls, tt.expr)
		v, ok := New(info, body).Eval(e)
		if !ok {
			t.Errorf("%s: not evaluated", tt.expr)
			continue
		}
		term := ""
		if v.Term != nil {
			term = types.ExprString(v.Term)
		}
		if term != tt.term || v.TermUnit != tt.unit || v.TermDuration != tt.duration {
			t.Errorf("%s; %s: Term %q (%v, duration %v), want %q (%v, %v)", tt.decls, tt.expr, term, v.TermUnit, v.TermDuration, tt.term, tt.unit, tt.duration)
		}
	}
}

// TestConversion checks the Unix* call that gave an integer instant its
// unit, which DS303/DS304's fixes rename, and that there is none once a
// number in that unit is added.
func TestConversion(t *testing.T) {
	imp := jwtImporter(t)
	for expr, want := range map[string]string{
		"time.Now().UnixMilli()":                        "time.Now().UnixMilli()",
		"time.Now().Add(time.Hour).UnixNano()":          "time.Now().Add(time.Hour).UnixNano()",
		"float64(time.Now().UnixMicro())":               "time.Now().UnixMicro()",
		"time.Now().Unix()":                             "time.Now().Unix()",
		"time.Now().UnixMilli() + 1000":                 "",
		"time.Now()":                                    "",
		"time.Unix(time.Now().Unix()+60, 0)":            "",
		"jwt.NewNumericDate(time.Now().Add(time.Hour))": "",
	} {
		info, body, e := check(t, imp, "", expr)
		v, ok := New(info, body).Eval(e)
		got := ""
		if v.Conversion != nil {
			got = types.ExprString(v.Conversion)
		}
		if !ok || got != want {
			t.Errorf("%s: Conversion %q (ok %v), want %q", expr, got, ok, want)
		}
	}
}
