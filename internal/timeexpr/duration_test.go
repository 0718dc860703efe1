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

// TestDurations evaluates the argument of the last time.Sleep in f, with
// package-level declarations pkg and statements body before it.
func TestDurations(t *testing.T) {
	for _, tc := range []struct {
		pkg, body string
		want      Duration
		ok        bool
	}{
		{"", "time.Sleep(30 * time.Second)", Duration{D: 30 * time.Second}, true},
		{"const every = 2 * time.Minute", "time.Sleep(every / 2)", Duration{D: time.Minute}, true},
		{"", "d := 5 * time.Second; time.Sleep(d)", Duration{D: 5 * time.Second}, true},
		{"", "n := 3; time.Sleep(time.Duration(n) * time.Second)", Duration{D: 3 * time.Second}, true},
		{"var poll = 15 * time.Minute", "time.Sleep(poll)", Duration{D: 15 * time.Minute}, true},
		{"var poll = time.Minute; func set() { poll = time.Hour }", "time.Sleep(poll)", Duration{}, false},
		{"var Poll = time.Minute", "time.Sleep(Poll)", Duration{}, false}, // another package may set it
		{"", "time.Sleep(param)", Duration{}, false},
		{"", "d := time.Second; for { time.Sleep(d); d *= 2 }", Duration{D: time.Second, Growing: true}, true},
		{"", "d := time.Second; for { time.Sleep(d); d = min(d*2, time.Hour) }", Duration{D: time.Second, Growing: true}, true},
		{"", "d := time.Hour; for { time.Sleep(d); d = min(d*2, time.Minute) }", Duration{D: time.Minute, Growing: true}, true},
		{"", "d := time.Second; for { time.Sleep(d); d = min(d*2, param) }", Duration{}, false},
		{"", "d := time.Second; for { if d < time.Hour { d = time.Hour }; time.Sleep(d); d *= 2 }", Duration{}, false},
		{"", "d := time.Second; for { time.Sleep(d); d /= 2 }", Duration{}, false},
		{"", "d := time.Second; for { time.Sleep(d); d -= 1 }", Duration{}, false},
		{"type p struct{ every time.Duration }; var _ = p{every: time.Minute}; var _ = &p{every: 10 * time.Second}", "var x p; time.Sleep(x.every)", Duration{D: 10 * time.Second}, true},
		{"type p struct{ every time.Duration }; var _ = p{every: time.Minute}; func (x *p) slow() { x.every *= 2 }", "var x p; time.Sleep(x.every)", Duration{}, false},
		{"type P struct{ Every time.Duration }; var _ = P{Every: time.Minute}", "var x P; time.Sleep(x.Every)", Duration{}, false},
		{"type p struct{ every time.Duration }", "var x p; time.Sleep(x.every)", Duration{}, false},
	} {
		src := fmt.Sprintf("package p\nimport \"time\"\n%s\nfunc f(param time.Duration) {\n%s\n}\n", tc.pkg, tc.body)
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
		if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
			t.Fatalf("%s: %v", tc.body, err)
		}
		body := f.Decls[len(f.Decls)-1].(*ast.FuncDecl).Body
		var arg ast.Expr
		ast.Inspect(body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Sleep" {
					arg = call.Args[0]
				}
			}
			return true
		})
		got, ok := NewDurations(info, []*ast.File{f}).Eval(body, arg)
		if ok != tc.ok || got != tc.want {
			t.Errorf("%s | %s: got %v, %v; want %v, %v", tc.pkg, tc.body, got, ok, tc.want, tc.ok)
		}
	}
}
