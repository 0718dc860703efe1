package evidence

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ast/inspector"
)

// srcImporter type-checks the packages of deps from source, on demand.
type srcImporter struct {
	fset *token.FileSet
	deps map[string]string
	pkgs map[string]*types.Package
}

func (im *srcImporter) Import(path string) (*types.Package, error) {
	if p, ok := im.pkgs[path]; ok {
		return p, nil
	}
	f, err := parser.ParseFile(im.fset, path+".go", im.deps[path], 0)
	if err != nil {
		return nil, err
	}
	p, err := (&types.Config{Importer: im}).Check(path, im.fset, []*ast.File{f}, nil)
	im.pkgs[path] = p
	return p, err
}

// checkSrc type-checks src as package p, importing deps from source.
func checkSrc(t *testing.T, deps map[string]string, src string) (*types.Package, *types.Info, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	im := &srcImporter{fset: fset, deps: deps, pkgs: map[string]*types.Package{}}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	pkg, err := (&types.Config{Importer: im}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return pkg, info, f
}

// TestPossible checks the fast path's answer with a twin for each kind of
// evidence: the same package without it must be skipped.
func TestPossible(t *testing.T) {
	deps := map[string]string{
		"dep/hosts":                 `package hosts; const Auth = "account-d.docusign.com"`,
		"dep/hidden":                `package hidden; const auth = "account-d.docusign.com"; const Name = "okta"`,
		"dep/scopes":                `package scopes; const JWT = "signature impersonation"`,
		"github.com/jfcote87/esign": `package esign; type JWTConfig struct{ IsDemo bool }`,
		"dep/wrap":                  `package wrap; import "github.com/jfcote87/esign"; type JWT = esign.JWTConfig`,
		"dep/plain":                 `package plain; const Host = "dev-1.okta.com"`,
	}
	for _, c := range []struct {
		name, src string
		inScope   bool
		want      bool
	}{
		{"demo host literal", `package p; var u = "https://demo.docusign.net/restapi"`, true, true},
		{"the same out of scope (a test file without -tests)", `package p; var u = "https://demo.docusign.net/restapi"`, false, false},
		{"impersonation scope literal", `package p; var s = "signature impersonation"`, true, true},
		{"another provider only", `package p; var u = "https://dev-1.okta.com/oauth2/v1/token"`, true, false},
		{"exported host constant of an import", `package p; import "dep/hosts"; var u = hosts.Auth`, true, true},
		{"only an unexported one", `package p; import "dep/hidden"; var u = hidden.Name`, true, false},
		{"exported scope constant of an import", `package p; import "dep/scopes"; var s = scopes.JWT`, true, true},
		{"esign reached through an alias", `package p; import "dep/wrap"; var c wrap.JWT`, true, true},
		{"an import without any", `package p; import "dep/plain"; var u = plain.Host`, true, false},
	} {
		pkg, _, f := checkSrc(t, deps, c.src)
		inScope := func(token.Pos) bool { return c.inScope }
		if got := Possible(pkg, inspector.New([]*ast.File{f}), inScope); got != c.want {
			t.Errorf("%s: Possible = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestConnectPossible checks connect's fast path with a twin for each kind
// of evidence: the same package without it is skipped.
func TestConnectPossible(t *testing.T) {
	deps := map[string]string{
		"dep/headers":               `package headers; const Sig = "X-DocuSign-Signature-1"; const Other = "X-Hub-Signature-256"`,
		"dep/models":                `package models; type Event struct{ Event string; Data struct{ EnvelopeID string } }`,
		"dep/plain":                 `package plain; type Event struct{ Event string; Data struct{ ID string } }`,
		"github.com/jfcote87/esign": `package esign; type ConnectData struct{ EnvelopeStatus struct{} }`,
		"dep/wrap":                  `package wrap; import "github.com/jfcote87/esign"; type Msg = esign.ConnectData`,
	}
	for _, c := range []struct {
		name, src string
		want      bool
	}{
		{"signature header literal", `package p; var h = "X-DocuSign-Signature-1"`, true},
		{"a prefix in another casing, numbered at run time", `package p; var h = "x-docusign-signature-"`, true},
		{"another webhook's header", `package p; var h = "X-Hub-Signature-256"`, false},
		{"XML root in a tag", "package p; type M struct{ XMLName struct{} `xml:\"DocuSignEnvelopeInformation\"` }", true},
		{"envelopeId JSON key in a tag", "package p; type M struct{ ID string `json:\"envelopeId\"` }", true},
		{"JSON event struct without tags", `package p; var ev struct{ Event string; Data struct{ EnvelopeID string } }`, true},
		{"event struct whose data has no envelope ID", `package p; var ev struct{ Event string; Data struct{ ID string } }`, false},
		{"exported header constant of an import", `package p; import "dep/headers"; var h = headers.Sig`, true},
		{"only another webhook's constant used", `package p; import "dep/headers"; var h = headers.Other`, true},
		{"Connect event type of an import", `package p; import "dep/models"; var ev models.Event`, true},
		{"an import's look-alike event", `package p; import "dep/plain"; var ev plain.Event`, false},
		{"esign reached through an alias", `package p; import "dep/wrap"; var m wrap.Msg`, true},
	} {
		pkg, info, f := checkSrc(t, deps, c.src)
		if got := ConnectPossible(pkg, info, inspector.New([]*ast.File{f})); got != c.want {
			t.Errorf("%s: ConnectPossible = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestLegacyHeaderPossible checks legacyauth's fast path for computed
// header names: a twin without the header's text is skipped.
func TestLegacyHeaderPossible(t *testing.T) {
	deps := map[string]string{
		"dep/names": `package names; const Auth = "X-DocuSign-" + "Authentication"; const Trace = "X-Trace-Id"`,
		"dep/trace": `package trace; const Trace = "X-Trace-Id"`,
	}
	none := func(func(string) bool) bool { return false }
	for _, c := range []struct {
		name, src string
		imported  func(func(string) bool) bool
		want      bool
	}{
		{"the header's prefix in a literal", `package p; var h = "X-DocuSign-" + kind; var kind = "x"`, none, true},
		{"its suffix in another casing", `package p; var h = "AUTHENTICATION"`, none, true},
		{"other headers only", `package p; var h = "X-Trace-" + "Id"`, none, false},
		{"an import's exported constant", `package p; import "dep/names"; var h = names.Trace`, none, true},
		{"an import without one", `package p; import "dep/trace"; var h = trace.Trace`, none, false},
		{"a value imported through facts", `package p; var h = ""`, func(f func(string) bool) bool { return f("X-DocuSign-Authentication") }, true},
	} {
		pkg, _, f := checkSrc(t, deps, c.src)
		if got := LegacyHeaderPossible(pkg, inspector.New([]*ast.File{f}), c.imported); got != c.want {
			t.Errorf("%s: LegacyHeaderPossible = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestEnvelopePathPossible checks polling's fast path for hand-built
// requests: a twin without the envelopes segment is skipped.
func TestEnvelopePathPossible(t *testing.T) {
	deps := map[string]string{
		"dep/paths": `package paths; const Envelopes = "/restapi/v2.1/accounts/%s/Envelopes"; const Users = "/restapi/v2.1/accounts/%s/users"`,
		"dep/other": `package other; const envelopes = "/envelopes"; const Orders = "/orders"`,
	}
	for _, c := range []struct {
		name, src string
		want      bool
	}{
		{"envelope path literal", `package p; var u = "/v2.1/accounts/" + "a" + "/envelopes/" + "e"`, true},
		{"a path without the segment", `package p; var u = "/v2.1/accounts/a/users"`, false},
		{"exported path constant of an import, any case", `package p; import "dep/paths"; var u = paths.Users`, true},
		{"only an unexported one", `package p; import "dep/other"; var u = other.Orders`, false},
	} {
		pkg, _, f := checkSrc(t, deps, c.src)
		if got := EnvelopePathPossible(pkg, inspector.New([]*ast.File{f})); got != c.want {
			t.Errorf("%s: EnvelopePathPossible = %v, want %v", c.name, got, c.want)
		}
	}
}
