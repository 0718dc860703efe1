package values

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/internal/testutil"
)

const src = `package p

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path"
	"strings"
)

const base = "https://account-d.docusign.com"

var scopes = []string{"signature", "impersonation"}

var written = []string{"a"}

func init() { written = nil }

func header(creds string) (string, string) { return "X-DocuSign-" + "Authentication", creds }

func either(b bool) string {
	if b {
		return "demo"
	}
	return "prod"
}

func loop() string { return loop() }

func use(param string, b bool) {
	u := base
	u += "/oauth/token"
	_ = u // want: https://account-d.docusign.com/oauth/token

	v := param + "/v2/oauth2/token"
	_ = v // want: %s/v2/oauth2/token

	w := "a"
	if b {
		w = "b"
	}
	_ = w // want: %s

	_ = fmt.Sprintf("https://%s/restapi/v2.1/accounts/%s", "demo.docusign.net", param) // want: https://demo.docusign.net/restapi/v2.1/accounts/%s
	_ = fmt.Sprint("a", param, "b") // want: a%sb
	_ = strings.Join(scopes, " ") // want: signature impersonation
	_ = strings.Join(append(scopes, "extended"), "%20") // want: signature%20impersonation%20extended
	_ = strings.Join(append(scopes, param), " ") // want: signature impersonation %s
	_ = strings.Join(written, " ") // want: %s
	_ = "scope=" + url.QueryEscape("signature impersonation") // want: scope=signature+impersonation
	name, _ := header(param)
	_ = name // want: X-DocuSign-Authentication
	_ = either(b) // want: demo|prod
	_ = loop() // want: %s
	z := "a"
	g := func() { z += "x" }
	g()
	_ = z // want: %s
}

func urls(param string, b bool) {
	_ = (&url.URL{Scheme: "https", Host: "account-d.docusign.com", Path: "/oauth/auth", RawQuery: "a=b c"}).String() // want: https://account-d.docusign.com/oauth/auth?a=b c
	_ = (&url.URL{Scheme: "https", Host: param, Path: "/oauth/auth"}).String() // want: https://%s/oauth/auth
	_ = (&url.URL{Scheme: "https", Host: param, Path: "oauth/auth"}).String() // want: https://%soauth/auth
	_ = (&url.URL{Scheme: "https", Host: "h", Path: "a b#"}).String() // want: https://h/a%20b%23
	_ = (&url.URL{Scheme: "https", Host: "h", Path: param}).String() // want: https://h%s
	_ = (&url.URL{Host: param}).String() // want: %s
	_ = (&url.URL{Scheme: "https", Host: "h", User: url.User(param)}).String() // want: %s
	q := url.Values{"response_type": {"token"}}
	q.Set("scope", "signature extended")
	q.Add("redirect_uri", "https://app.example.com/cb#done")
	q.Add("client_id", param)
	_ = q.Encode() // want: client_id=%s&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%23done&response_type=token&scope=signature+extended
	u := url.URL{Scheme: "https", Host: "account-d.docusign.com", Path: "/oauth/auth"}
	u.RawQuery = q.Encode()
	_ = u.String() // want: https://account-d.docusign.com/oauth/auth?client_id=%s&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%23done&response_type=token&scope=signature+extended
	c := make(url.Values)
	c.Set("a", "1")
	if b {
		c.Set("prompt", "login")
	}
	c.Set("z", "2")
	c.Del("gone")
	_ = c.Encode() // want: a=1%sz=2
	e := url.Values{}
	e.Set("a", "1")
	send(e)
	_ = e.Encode() // want: %s
	p := &url.URL{Scheme: "https", Host: "h"}
	p.Path = "/x"
	set(p)
	_ = p.String() // want: %s
	w := url.URL{Scheme: "https", Host: "h"}
	if b {
		w.Path = "/y"
	}
	_ = w.String() // want: %s
	k := url.Values{}
	k.Set(param, "1")
	_ = k.Encode() // want: %s
}

func send(url.Values) {}

const dsBase = "https://account-d.docusign.com"

func authBase(b bool) string {
	if b {
		return "https://account-d.docusign.com"
	}
	return "https://account.docusign.com"
}

func pick(b bool) string {
	if b {
		return "https://a.example.com/x"
	}
	return "https://b.example.com/y"
}

func parsed(param string, b bool) {
	u, err := url.Parse(dsBase)
	if err != nil {
		return
	}
	_ = u.String() // want: https://account-d.docusign.com
	u.Path = "/oauth/token"
	_ = u.String() // want: https://account-d.docusign.com/oauth/token
	_ = u.Host // want: account-d.docusign.com
	r, _ := url.ParseRequestURI("https://demo.docusign.net/restapi/v2.1/accounts/" + param + "/envelopes")
	_ = r.String() // want: https://demo.docusign.net/restapi/v2.1/accounts/%s
	a, _ := url.Parse("HTTPS://account-d.docusign.com/oauth/auth?response_type=code")
	q := a.Query()
	q.Set("redirect_uri", "https://app.example.com/cb#done")
	a.RawQuery = q.Encode()
	_ = a.String() // want: https://account-d.docusign.com/oauth/auth?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%23done&response_type=code
	j, _ := url.Parse(dsBase + "/")
	j = j.JoinPath("oauth", "token")
	_ = j.String() // want: https://account-d.docusign.com/oauth/token
	_ = j.Path // want: /oauth/token
	p, _ := url.Parse(dsBase)
	p.Path = path.Join(p.Path, "oauth/token")
	_ = p.String() // want: https://account-d.docusign.com/oauth/token
	s, _ := url.JoinPath(dsBase, "oauth", "token")
	_ = s // want: https://account-d.docusign.com/oauth/token
	ref, _ := url.Parse("../userinfo")
	_ = u.ResolveReference(ref).String() // want: https://account-d.docusign.com/userinfo
	ub, _ := url.Parse(dsBase + "/" + param)
	abs, _ := ub.Parse("/oauth/token")
	_ = abs.String() // want: https://account-d.docusign.com/oauth/token
	rel, _ := ub.Parse("token")
	_ = rel.String() // want: %s
	_ = ub.JoinPath("x").String() // want: https://account-d.docusign.com%s
	m, _ := url.Parse("https://h/a?x=" + param + "#frag")
	m.Path = "/b"
	_ = m.String() // want: https://h/b?x=%s
	n, _ := url.Parse("https://h/accounts/" + param + "/envelopes?x=1")
	n.RawQuery = "y=2"
	_ = n.String() // want: https://h/accounts/%s?y=2%s
	e, _ := url.Parse(authBase(b))
	e.Path = "/oauth/token"
	_ = e.String() // want: https://account-d.docusign.com/oauth/token|https://account.docusign.com/oauth/token
	g, _ := url.Parse(pick(b))
	_ = g.String() // want: %s
	g, _ = url.Parse(dsBase)
	_ = g.String() // want: https://account-d.docusign.com
	h, _ := url.Parse(param)
	h.Scheme, h.Host = "https", "h"
	_ = h.String() // want: %s
	k, _ := url.Parse("https://" + param + "/oauth/token")
	_ = k.String() // want: %s
	t, _ := url.Parse("https://account-d.docusign.com" + param)
	_ = t.String() // want: %s
	w, _ := url.Parse("https://user@h/x")
	_ = w.String() // want: %s
	c, _ := url.Parse(dsBase)
	if b {
		c.Path = "/y"
	}
	_ = c.String() // want: %s
	o, _ := url.Parse(dsBase)
	set(o)
	_ = o.String() // want: %s
	x, _ := url.Parse("https://h/a%2Fb")
	_ = x.String() // want: %s
	_ = path.Join("/restapi", param) // want: %s
	var z *url.URL
	z, _ = url.Parse(dsBase + "/oauth/token")
	_ = z.String() // want: https://account-d.docusign.com/oauth/token
}

func set(*url.URL) {}

type dsConfig struct {
	TokenURL string
	AuthHost string
}

type appConfig struct {
	DocuSign dsConfig
	Env      string
	Flagged  string
	Decoded  string
	Param    string
}

type decoded struct{ URL string }

func defaults() appConfig {
	return appConfig{DocuSign: dsConfig{TokenURL: "https://account-d.docusign.com/oauth/token", AuthHost: "account-d.docusign.com"}, Param: "x"}
}

func (c appConfig) authHost() string { return c.DocuSign.AuthHost }

func production(c *appConfig) {
	c.DocuSign.AuthHost = "account.docusign.com"
	c.Env = os.Getenv("ENV")
	c.Param = c.Env
}

func load(p string) {
	var c appConfig
	flag.StringVar(&c.Flagged, "f", "", "")
	var d decoded
	_ = json.Unmarshal([]byte(p), &d)
	_ = decoded{URL: "https://account-d.docusign.com"}
}

func fields(c appConfig, d decoded) {
	_ = c.DocuSign.TokenURL // want: https://account-d.docusign.com/oauth/token
	_ = c.authHost() // want: account-d.docusign.com|account.docusign.com
	_ = c.Env // want: %s
	_ = c.Flagged // want: %s
	_ = c.Param // want: %s
	_ = d.URL // want: %s
	_ = "https://" + c.DocuSign.AuthHost + "/oauth/token" // want: https://account-d.docusign.com/oauth/token|https://account.docusign.com/oauth/token
}
`

// chain returns a literal through more calls than maxCallDepth allows.
const chain = `package p

func f1() string { return "x" }
func f2() string { return f1() }
func f3() string { return f2() }
func f4() string { return f3() }
func f5() string { return f4() }
func f6() string { return f5() }

func use() {
	_ = f6()
	_ = f3()
	_ = f1() + f6()
}
`

// TestOrder checks that answers do not depend on the order of queries,
// although results are cached.
func TestOrder(t *testing.T) {
	run := func(reverse bool) []string {
		info, pkg, f := typecheck(t, chain)
		r := New(info, pkg, []*ast.File{f})
		var exprs []ast.Expr
		ast.Inspect(f, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok {
				exprs = append(exprs, as.Rhs[0])
			}
			return true
		})
		out := make([]string, len(exprs))
		for k := range exprs {
			i := k
			if reverse {
				i = len(exprs) - 1 - k
			}
			out[i] = r.String(exprs[i])[0].Pattern()
		}
		return out
	}
	fwd, back := run(false), run(true)
	if strings.Join(fwd, ",") != strings.Join(back, ",") {
		t.Errorf("forward %q, backward %q", fwd, back)
	}
	if fwd[0] != "%s" || fwd[1] != "x" {
		t.Errorf("got %q; want f6 cut off (deeper than maxCallDepth) and f3 resolved", fwd)
	}
}

func typecheck(t *testing.T, src string) (*types.Info, *types.Package, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	return info, pkg, f
}

func TestString(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	r := New(info, pkg, []*ast.File{f})
	wants := map[int]string{}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if w, ok := strings.CutPrefix(c.Text, "// want: "); ok {
				wants[fset.Position(c.Pos()).Line] = w
			}
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
		line := fset.Position(as.Pos()).Line
		want, ok := wants[line]
		if !ok {
			return true
		}
		n++
		var got []string
		for _, v := range r.String(as.Rhs[0]) {
			got = append(got, v.Pattern())
		}
		if g := strings.Join(got, "|"); g != want {
			t.Errorf("line %d: got %q, want %q", line, g, want)
		}
		return true
	})
	if n != len(wants) {
		t.Errorf("checked %d of %d", n, len(wants))
	}
}

func TestListFacts(t *testing.T) {
	analysistest.Run(t, testutil.TestData(t), Analyzer, "values/lists")
}

func TestFieldFacts(t *testing.T) {
	analysistest.Run(t, testutil.TestData(t), Analyzer, "values/dsconfig", "values/dswriter")
}

// TestConcurrent resolves from several goroutines, as the analyzers sharing
// Analyzer's Resolver do under go vet (run with -race).
func TestConcurrent(t *testing.T) {
	info, pkg, f := typecheck(t, src)
	r := New(info, pkg, []*ast.File{f})
	var exprs []ast.Expr
	ast.Inspect(f, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
			exprs = append(exprs, as.Rhs[0])
		}
		return true
	})
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, e := range exprs {
				r.String(e)
				r.Strings(e)
			}
		}()
	}
	wg.Wait()
}

// queryOf has url.Values defined from a URL's Query() and otherwise.
const queryOf = `package p

import "net/url"

func f(param string) {
	u, _ := url.Parse("https://accounts.google.com/o/oauth2/v2/auth?response_type=code")
	q := u.Query()
	q.Set("redirect_uri", "a")
	p, _ := url.Parse(param)
	r := p.Query()
	r.Set("redirect_uri", "b")
	v := url.Values{}
	v.Set("redirect_uri", "c")
}
`

func TestQueryOf(t *testing.T) {
	info, pkg, f := typecheck(t, queryOf)
	r := New(info, pkg, []*ast.File{f})
	var got []string
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Set" {
				got = append(got, r.QueryOf(sel.X)[0].Pattern())
			}
		}
		return true
	})
	want := "https://accounts.google.com/o/oauth2/v2/auth?response_type=code,%s,%s"
	if g := strings.Join(got, ","); g != want {
		t.Errorf("got %q, want %q", g, want)
	}
}
