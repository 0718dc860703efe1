package evidence

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/values"
)

// Attribution says whose an OAuth configuration, endpoint or URL is: the
// one answer to "is this DocuSign's or another provider's?" that every
// analyzer uses.
type Attribution uint8

// The attributions.
const (
	// Unattributed: nothing at the use says (a URL from configuration);
	// the package's evidence decides.
	Unattributed Attribution = iota
	// DocuSigns: a DocuSign host is named at the use.
	DocuSigns
	// OtherProviders: another provider's (a constant URL at another host
	// and none at DocuSign's, or an endpoint variable of x/oauth2).
	OtherProviders
)

// URL attributes the constant value of e (a literal, a named constant from
// any package, a concatenation): DocuSigns when it names a DocuSign host,
// OtherProviders when it names another dotted host, else Unattributed.
func URL(info *types.Info, e ast.Expr) Attribution {
	s, ok := match.String(info, e)
	switch {
	case !ok:
		return Unattributed
	case docusign.MaybeMentions(s) && len(docusign.FindHosts(s)) > 0:
		return DocuSigns
	case docusign.OtherHost(s):
		return OtherProviders
	}
	return Unattributed
}

// Config attributes lit, a literal of one of knowledge.OAuthConfigs (any
// other literal is Unattributed). When it has an Endpoint, by that alone:
// an endpoint variable of an x/oauth2 provider package (google.Endpoint,
// endpoints.Dropbox) is OtherProviders, a literal is judged by its AuthURL
// and TokenURL. Otherwise by its own TokenURL, AuthURL and Audience. A
// DocuSign URL in any of them makes it DocuSign's, else one naming another
// host makes it that provider's, and URLs from configuration leave it
// Unattributed. resolve maps an expression to the one that defines its
// value (a local variable's definition); nil for none.
//
// With vals, a URL that is not constant is attributed by the values it may
// take where it is used (Resolved): a field of the application's config
// preset to DocuSign's token URL, a method returning its auth host.
func Config(info *types.Info, lit *ast.CompositeLit, resolve func(ast.Expr) ast.Expr, vals func() *values.Resolver) Attribution {
	if !match.IsType(match.TypeOf(info, lit), knowledge.OAuthConfigs...) {
		return Unattributed
	}
	if resolve == nil {
		resolve = func(e ast.Expr) ast.Expr { return e }
	}
	if kv, ok := match.LitField(info, lit, "Endpoint"); ok {
		switch v := ast.Unparen(resolve(kv.Value)).(type) {
		case *ast.SelectorExpr:
			if obj, ok := info.Uses[v.Sel].(*types.Var); ok && obj.Pkg() != nil && strings.HasPrefix(obj.Pkg().Path(), knowledge.ProviderEndpoints) {
				return OtherProviders
			}
		case *ast.CompositeLit:
			return urlFields(info, v, resolve, vals, "AuthURL", "TokenURL")
		}
		return Unattributed
	}
	return urlFields(info, lit, resolve, vals, "TokenURL", "AuthURL", "Audience")
}

// urlFields attributes a literal by the named string fields it sets.
func urlFields(info *types.Info, lit *ast.CompositeLit, resolve func(ast.Expr) ast.Expr, vals func() *values.Resolver, names ...string) Attribution {
	out := Unattributed
	for _, name := range names {
		kv, ok := match.LitField(info, lit, name)
		if !ok {
			continue
		}
		a := URL(info, resolve(kv.Value))
		if a == Unattributed && vals != nil {
			a = Resolved(vals().String(kv.Value))
		}
		switch a {
		case DocuSigns:
			return DocuSigns
		case OtherProviders:
			out = OtherProviders
		}
	}
	return out
}

// OtherProvider reports whether lit, a literal of one of
// knowledge.OAuthConfigs, is demonstrably another provider's (Config).
func OtherProvider(info *types.Info, lit *ast.CompositeLit) bool {
	return Config(info, lit, nil, nil) == OtherProviders
}

// Resolved attributes the values an expression may take where it is used
// (internal/values): DocuSigns when each names a DocuSign host
// (ResolvedHosts), OtherProviders when each is known text naming another
// host, else Unattributed.
func Resolved(vals []values.Value) Attribution {
	if _, ok := ResolvedHosts(vals); ok {
		return DocuSigns
	}
	for _, v := range vals {
		s, ok := v.Known()
		if !ok || !docusign.OtherHost(s) || len(docusign.FindHosts(s)) > 0 {
			return Unattributed
		}
	}
	if len(vals) == 0 {
		return Unattributed
	}
	return OtherProviders
}

// ResolvedHosts returns, for values each of which names a DocuSign host in
// its known text before any unknown part, the first host of each; ok is
// false when one names none (an unknown host may be anyone's). The empty
// string, a field's unset value, is not among the values.
func ResolvedHosts(vals []values.Value) (hosts []docusign.Mention, ok bool) {
	for _, v := range vals {
		prefix, _, _ := strings.Cut(v.Marked("\x00"), "\x00")
		found := docusign.FindHosts(prefix)
		if len(found) == 0 {
			return nil, false
		}
		hosts = append(hosts, found[0])
	}
	return hosts, len(hosts) > 0
}
