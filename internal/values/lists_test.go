package values

import (
	"go/ast"
	"strings"
	"testing"
)

// listSrc holds the list shapes Strings resolves, each `_ = list` with its
// elements: an unknown one as %s, a Merged one marked ~, and ... when the
// list may hold more; or `_ = strings.Join(list, sep)` with the String
// patterns of the result (a union of lists is no one string).
const listSrc = `package p

import (
	"encoding/json"
	"strings"
)

var admin = []string{"signature", "impersonation", "organisation_read", "user_read"}

var keyed = []string{2: "a"}

type grant struct {
	scopes []string
	fixed  []string
	norm   []string
	inner  []string
}

type Config struct {
	Scopes []string
}

type option func(*grant)

func newGrant(opts ...option) *grant {
	g := &grant{scopes: []string{"signature"}, fixed: []string{"x"}}
	for _, o := range opts {
		o(g)
	}
	return g
}

func withRooms() option {
	return func(g *grant) { g.scopes = append(g.scopes, "dtr.rooms.read,dtr.rooms.write") }
}

func WithScopes(s ...string) option {
	return func(g *grant) { g.scopes = append(g.scopes, s...) }
}

func withAdmin() option { return WithScopes(admin[2:]...) }

func extra(s ...string) []string { return s }

func pair(s []string) []string { return s }

func reassigned(s ...string) []string {
	s = strings.Fields(strings.Join(s, ","))
	return s
}

func normalize(g *grant, c *Config, d []byte) {
	g.norm = []string{"a,b"}
	g.norm = strings.Fields(strings.Join(g.norm, " "))
	g.inner = []string{"y"}
	g.inner[0] = "z"
	c.Scopes = []string{"signature"}
	_ = json.Unmarshal(d, c)
	var p Preset
	p.Scopes = []string{"signature"}
}

type Preset struct {
	Scopes []string
}

func use(g *grant, c Config, param []string) {
	_ = admin[2:] // want: organisation_read user_read
	_ = admin[1:2] // want: impersonation
	_ = admin[:5] // want: ...
	_ = keyed[1:] // want: ...
	_ = param[1:] // want: ...
	_ = g.scopes // want: ~signature ~dtr.rooms.read,dtr.rooms.write ~organisation_read ~user_read ...
	_ = g.fixed // want: x
	_ = append(g.fixed, "y") // want: x y
	_ = g.norm // want: ...
	_ = g.inner // want: ...
	_ = c.Scopes // want: ...
	_ = Preset{}.Scopes // want: signature ...
	_ = extra("a", "b") // want: ...
	_ = extra() // want: ...
	_ = pair([]string{"p"}) // want: ...
	_ = reassigned("r") // want: ...
}

func inside(s ...string) {
	_ = s // want: ~a ~b ~c
	_ = strings.Join(s, " ") // string: %s
	_ = strings.Join(admin[:2], " ") // string: signature impersonation
	_ = append(s[:0:0], "d") // want: d
}

func callers() {
	inside("a", "b")
	inside([]string{"c"}...)
}
`

func TestStrings(t *testing.T) {
	info, pkg, f := typecheck(t, listSrc)
	r := New(info, pkg, []*ast.File{f})
	wants, strs := map[int]string{}, map[int]bool{}
	for i, l := range strings.Split(listSrc, "\n") {
		if _, w, ok := strings.Cut(l, "// want: "); ok {
			wants[i+1] = w
		}
		if _, w, ok := strings.Cut(l, "// string: "); ok {
			wants[i+1], strs[i+1] = w, true
		}
	}
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		as, ok := node.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		if id, ok := as.Lhs[0].(*ast.Ident); !ok || id.Name != "_" {
			return true
		}
		line := int(as.Pos()) - int(f.FileStart)
		line = strings.Count(listSrc[:line], "\n") + 1
		want, ok := wants[line]
		if !ok {
			return true
		}
		n++
		var got []string
		if strs[line] {
			for _, v := range r.String(as.Rhs[0]) {
				got = append(got, v.Pattern())
			}
			if g := strings.Join(got, "|"); g != want {
				t.Errorf("line %d: got %q, want %q", line, g, want)
			}
			return true
		}
		elems, complete := r.Strings(as.Rhs[0])
		for _, el := range elems {
			s := "%s"
			if el.Known {
				s = el.Text
			}
			if el.Merged {
				s = "~" + s
			}
			got = append(got, s)
		}
		if !complete {
			got = append(got, "...")
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("line %d: got %q, want %q", line, g, want)
		}
		return true
	})
	if n != len(wants) {
		t.Errorf("checked %d of %d", n, len(wants))
	}
}
