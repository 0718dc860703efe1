package values

import (
	"go/ast"
	"strings"
	"testing"
)

// listDecls are the declarations the cases of TestStrings share.
const listDecls = `package p

import (
	"encoding/json"
	"strings"
)

var _, _ = json.Unmarshal, strings.Join

// check is what is resolved, as a list; checkString, as a string.
func check(any)       {}
func checkString(any) {}

var admin = []string{"signature", "impersonation", "organisation_read", "user_read"}

type grant struct{ scopes []string }

type option func(*grant)

func newGrant(opts ...option) *grant {
	g := &grant{scopes: []string{"signature"}}
	for _, o := range opts {
		o(g)
	}
	return g
}

func withRooms() option {
	return func(g *grant) { g.scopes = append(g.scopes, "dtr.rooms.read,dtr.rooms.write") }
}
`

// listCases are list shapes and the elements resolved: an unknown one as
// %s, a Merged one marked ~, and ... when the list may hold more; for
// checkString, the String patterns.
var listCases = []struct{ name, src, want string }{
	{"slice", `func f() { check(admin[2:]) }`, "organisation_read user_read"},
	{"slice both bounds", `func f() { check(admin[1:2]) }`, "impersonation"},
	{"slice out of range", `func f() { check(admin[:5]) }`, "..."},
	{"slice of keyed literal", `var keyed = []string{2: "a"}; func f() { check(keyed[1:]) }`, "..."},
	{"slice of parameter", `func f(p []string) { check(p[1:]) }`, "..."},
	{"slice with an unknown element", `func f(x string) { check(append(admin, x)[3:]) }`, "user_read %s"},
	{"slice of an incomplete list", `func f(x []string) { check(append(admin, x...)[1:]) }`, "..."},
	{"joined slice", `func f() { checkString(strings.Join(admin[:2], " ")) }`, "signature impersonation"},
	{"one write", `type t struct{ l []string }; var v = t{l: []string{"x"}}; func f(x t) { check(x.l) }`, "x"},
	{"appended to a field read", `type t struct{ l []string }; var v = t{l: []string{"x"}}; func f(x t) { check(append(x.l, "y")) }`, "x y"},
	{"option appends", `func f(g *grant) { check(g.scopes) }`, "~signature ~dtr.rooms.read,dtr.rooms.write"},
	{"option appends a parameter", `func WithScopes(s ...string) option { return func(g *grant) { g.scopes = append(g.scopes, s...) } }
func withAdmin() option { return WithScopes(admin[2:]...) }
func f(g *grant) { check(g.scopes) }`, "~signature ~dtr.rooms.read,dtr.rooms.write ~organisation_read ~user_read ..."},
	{"union joined", `func f(g *grant) { checkString(strings.Join(g.scopes, " ")) }`, "%s"},
	{"unresolved write", `func set(g *grant, l []string) { g.scopes = l }; func f(g *grant) { check(g.scopes) }`, "~signature ~dtr.rooms.read,dtr.rooms.write ..."},
	{"field read to write it", `func set(g *grant) { g.scopes = strings.Fields(strings.Join(g.scopes, ",")) }; func f(g *grant) { check(g.scopes) }`, "..."},
	{"element written", `func set(g *grant) { g.scopes[0] = "x" }; func f(g *grant) { check(g.scopes) }`, "..."},
	{"copied into", `func set(g *grant) { copy(g.scopes, admin) }; func f(g *grant) { check(g.scopes) }`, "..."},
	{"address taken", `func set(g *grant) { _ = json.Unmarshal(nil, &g.scopes) }; func f(g *grant) { check(g.scopes) }`, "..."},
	{"unexported field of a decoded value", `func set(g *grant) { _ = json.Unmarshal(nil, g) }; func f(g *grant) { check(g.scopes) }`, "~signature ~dtr.rooms.read,dtr.rooms.write"},
	{"exported field", `type C struct{ Scopes []string }; var c = C{Scopes: []string{"signature"}}; func f() { check(c.Scopes) }`, "signature ..."},
	{"exported field of a decoded value", `type C struct{ Scopes []string }; var c = C{Scopes: []string{"signature"}}; func set() { _ = json.Unmarshal(nil, &c) }; func f() { check(c.Scopes) }`, "..."},
	{"parameter", `func use(s ...string) { check(s) }; func f() { use("a", "b"); use([]string{"c"}...) }`, "~a ~b ~c"},
	{"parameter of one call", `func use(s []string) { check(s) }; func f() { use(admin[:1]) }`, "signature"},
	{"parameter of no call", `func use(s ...string) { check(s) }`, "..."},
	{"parameter of an exported function", `func Use(s ...string) { check(s) }; func f() { Use("a") }`, "a ..."},
	{"parameter of a method", `type t struct{}; func (t) use(s ...string) { check(s) }; func f() { t{}.use("a") }`, "a ..."},
	{"parameter of a function value", `func use(s ...string) { check(s) }; var u = use; func f() { use("a") }`, "a ..."},
	{"parameter assigned", `func use(s ...string) { s = strings.Fields(strings.Join(s, ",")); check(s) }; func f() { use("a,b") }`, "..."},
	{"parameter sliced", `func use(s ...string) { check(append(s[:0:0], "d")) }; func f() { use("a") }`, "d"},
}

// TestStrings resolves the list shapes of listCases.
func TestStrings(t *testing.T) {
	for _, c := range listCases {
		t.Run(c.name, func(t *testing.T) {
			info, pkg, f := typecheck(t, listDecls+c.src+"\n")
			r := New(info, pkg, []*ast.File{f})
			var got []string
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				switch id, _ := call.Fun.(*ast.Ident); {
				case id == nil:
				case id.Name == "checkString":
					for _, v := range r.String(call.Args[0]) {
						got = append(got, v.Pattern())
					}
				case id.Name == "check":
					got = append(got, listPattern(r.Strings(call.Args[0])))
				}
				return true
			})
			if g := strings.Join(got, "|"); g != c.want {
				t.Errorf("got %q, want %q", g, c.want)
			}
		})
	}
}

// listPattern writes a resolved list as listCases do.
func listPattern(elems []Elem, complete bool) string {
	var out []string
	for _, el := range elems {
		s := "%s"
		if el.Known {
			s = el.Text
		}
		if el.Merged {
			s = "~" + s
		}
		out = append(out, s)
	}
	if !complete {
		out = append(out, "...")
	}
	return strings.Join(out, " ")
}
