package knowledge

import (
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// names returns every row key of the catalogue that names a Go API
// (function, method, type or field), mapped to the table it is in.
func names() map[string]string {
	out := map[string]string{}
	add := func(table string, keys ...string) {
		for _, k := range keys {
			out[k] = table
		}
	}
	addMap := func(table string, m any) {
		switch m := m.(type) {
		case map[string]string:
			for k := range m {
				add(table, k)
			}
		case map[string]int:
			for k := range m {
				add(table, k)
			}
		case map[string]ExpiryReader:
			for k := range m {
				add(table, k)
			}
		}
	}
	add("consts", XJWTConfig, EsignOAuth2Config, EsignJWTConfig, EsignCredential, SetExpiresIn, SetIatOffset, URLValues, URLString, URLParse, URLParseRequest, HMACNew, ConnectDataType)
	add("CodeConfigs", CodeConfigs...)
	add("OAuthConfigs", OAuthConfigs...)
	add("TokenTypes", TokenTypes...)
	add("TokenSourceTypes", TokenSourceTypes...)
	for k := range TokenCalls {
		add("TokenCalls", k)
	}
	for k := range SourceCalls {
		add("SourceCalls", k)
	}
	for k := range ScopeCalls {
		add("ScopeCalls", k)
	}
	for k := range DemoFlagArgs {
		add("DemoFlagArgs", k)
	}
	addMap("StaticSources", StaticSources)
	addMap("Authorizers", Authorizers)
	addMap("ExpiryReaders", ExpiryReaders)
	addMap("SecretFields", SecretFields)
	addMap("KeyFields", KeyFields)
	addMap("KeyParsers", KeyParsers)
	addMap("Decoders", Decoders)
	addMap("RequestURLArgs", RequestURLArgs)
	addMap("SubjectArgs", SubjectArgs)
	addMap("AccountIDArgs", AccountIDArgs)
	addMap("ClientFuncArgs", ClientFuncArgs)
	add("ValidityChecks", ValidityChecks...)
	add("SourceWrappers", SourceWrappers...)
	add("RedirectFields", RedirectFields...)
	add("DemoFlags", DemoFlags...)
	add("LegacyAPI", LegacyAPI...)
	add("URLValuesSetters", URLValuesSetters...)
	add("URLParsers", URLParsers...)
	add("DefaultMuxRegistrations", DefaultMuxRegistrations...)
	add("MuxRegistrations", MuxRegistrations...)
	add("Servers", Servers...)
	add("consts", ResponseWriter)
	for k, v := range ResponseEncoders {
		add("ResponseEncoders", k, v)
	}
	add("ConstantTimeCompares", ConstantTimeCompares...)
	add("VariableTimeCompares", VariableTimeCompares...)
	add("GETRequests", GETRequests...)
	add("RequestBuilders", RequestBuilders...)
	add("OnceCalls", OnceCalls...)
	add("TimerCalls", TimerCalls...)
	add("TimeChecks", TimeChecks...)
	add("ClientSends", ClientSends...)
	add("ClientCertFields", ClientCertFields...)
	add("HTTPClientKeys", HTTPClientKeys...)
	add("AccountIDFields", AccountIDFields...)
	add("EnvelopeStatusOps", EnvelopeStatusOps...)
	add("ClientFuncFields", ClientFuncFields...)
	return out
}

// split turns a full name into its package path and the rest:
// "(*golang.org/x/oauth2.Config).Exchange" gives "golang.org/x/oauth2",
// "Config", "Exchange".
func split(name string) (pkg string, parts []string) {
	s := strings.TrimPrefix(strings.TrimPrefix(name, "("), "*")
	method := ""
	if i := strings.Index(s, ")."); i >= 0 {
		s, method = s[:i], s[i+2:]
	}
	slash := strings.LastIndexByte(s, '/')
	dot := strings.IndexByte(s[slash+1:], '.') + slash + 1
	pkg, parts = s[:dot], strings.Split(s[dot+1:], ".")
	if method != "" {
		parts = append(parts, method)
	}
	return pkg, parts
}

// TestRowsNameRealAPIs checks every row against the standard library and
// the stubs of testdata/src (which mirror the real modules): a row that
// names no declaration never matches, silently.
func TestRowsNameRealAPIs(t *testing.T) {
	rows := names()
	paths := map[string]bool{}
	for n := range rows {
		p, _ := split(n)
		paths[p] = true
	}
	gopath, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for p := range paths {
		patterns = append(patterns, p)
	}
	sort.Strings(patterns)
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: gopath,
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=")}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	loaded := map[string]*types.Package{}
	for _, p := range pkgs {
		if len(p.Errors) == 0 && p.Types != nil {
			loaded[p.PkgPath] = p.Types
		}
	}
	if x := loaded["golang.org/x/oauth2"]; x == nil || !declared(x, []string{"Config", "Exchange"}) || declared(x, []string{"Config", "Exchang"}) {
		t.Fatal("the stubs of golang.org/x/oauth2 did not load, or declared does not tell a method from a misspelling")
	}
	var missing []string
	for n, table := range rows {
		p, parts := split(n)
		pkg := loaded[p]
		if pkg == nil {
			t.Logf("%s (%s): package %s has no stub; not checked", n, table, p)
			continue
		}
		if !declared(pkg, parts) {
			missing = append(missing, n+" ("+table+")")
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("%s names no declaration", m)
	}
}

// Every Authorizers row is of a package SenderPackages names: a package
// that imports none of them is taken to send no token.
func TestSenderPackages(t *testing.T) {
	for name := range Authorizers {
		if p, _ := split(name); !slices.Contains(SenderPackages, p) {
			t.Errorf("Authorizers row %s: package %s is not in SenderPackages", name, p)
		}
	}
}

// declared reports whether pkg declares the object parts names: a
// package-level name, then fields or methods of its type.
func declared(pkg *types.Package, parts []string) bool {
	obj := pkg.Scope().Lookup(parts[0])
	if obj == nil {
		return false
	}
	t := obj.Type()
	for _, p := range parts[1:] {
		o, _, _ := types.LookupFieldOrMethod(t, true, pkg, p)
		if o == nil {
			return false
		}
		t = o.Type()
	}
	return true
}
