package pemkey

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/secrets"
	"github.com/dslint/dslint/internal/timeexpr"
	"github.com/dslint/dslint/internal/values"
)

// secretChecker finds hardcoded client secrets (DS203) in one package.
type secretChecker struct {
	info *types.Info
	r    *report.Reporter
	pkg  *types.Package
	ins  *inspector.Inspector
	vals func() *values.Resolver // the package's value resolver, built on first use
	ds   int                     // DocuSign evidence in the package: 0 not computed, 1 yes, -1 no
}

// resolvedSecret returns how a non-constant value handed to a secret field
// is a hardcoded secret, or "": a field of the application's config type
// that this package, or the field's own package (through values facts),
// writes a constant to that is no placeholder, such as a default in
// Defaults() overridden from the environment only when set ("field
// ClientSecret"); else a value the resolver finds for e that is fully
// known text, such as a local variable's. A value from the environment or a
// parameter is a hole and never one; a field's name is never looked at.
func (c *secretChecker) resolvedSecret(e ast.Expr) string {
	r := c.vals()
	for _, s := range r.FieldConstants(e) {
		if !secrets.Placeholder(s) {
			return "field " + ast.Unparen(e).(*ast.SelectorExpr).Sel.Name
		}
	}
	for _, v := range r.String(e) {
		if s, ok := v.Known(); ok && s != "" && !secrets.Placeholder(s) {
			if len(v.Via) == 0 {
				return "a local value"
			}
			return v.Via[0]
		}
	}
	return ""
}

// localEndpoint reports whether a config literal sends its secret only to
// a server on this machine: its token URL (oauth2.Config's
// Endpoint.TokenURL, clientcredentials.Config's TokenURL) is a
// match.LocalURL such as an httptest server's. An endpoint not written in
// the literal is not known to be local.
func (c *secretChecker) localEndpoint(lit *ast.CompositeLit) bool {
	f, ok := match.LitField(c.info, lit, "TokenURL")
	if !ok {
		ep, found := match.LitField(c.info, lit, "Endpoint")
		inner, isLit := ast.Unparen(ep.Value).(*ast.CompositeLit)
		if !found || !isLit {
			return false
		}
		if f, ok = match.LitField(c.info, inner, "TokenURL"); !ok {
			return false
		}
	}
	return match.LocalURL(c.info, f.Value)
}

// advice ends every DS203 message: DocuSign's consequence
// where the package is demonstrably about DocuSign, the generic one for any
// other provider's secret.
func (c *secretChecker) advice() string {
	if c.docusign() {
		return "(public, and breaks at Go Live)"
	}
	return "(public to anyone with the source)"
}

// docusign reports whether the package is demonstrably about DocuSign.
func (c *secretChecker) docusign() bool {
	if c.ds == 0 {
		c.ds = -1
		if evidence.Package(c.pkg, c.ins, c.r.InScope) {
			c.ds = 1
		}
	}
	return c.ds > 0
}

// checkLit reports a constant secret in a config struct literal and a
// client_secret entry of a url.Values or map literal.
func (c *secretChecker) checkLit(lit *ast.CompositeLit) {
	info, r := c.info, c.r
	t := match.TypeOf(info, lit)
	if t == nil {
		return
	}
	if _, isMap := t.Underlying().(*types.Map); isMap {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if k, _ := match.String(info, kv.Key); k != "client_secret" {
				continue
			}
			v := kv.Value
			if inner, ok := ast.Unparen(v).(*ast.CompositeLit); ok && len(inner.Elts) == 1 {
				v = inner.Elts[0] // url.Values{"client_secret": {"..."}}
			}
			if s, ok := match.String(info, v); ok && !secrets.Placeholder(s) {
				r.Reportf("DS203", v, "client_secret form value is a hardcoded client secret %s", c.advice())
			}
		}
		return
	}
	name := match.TypeName(t)
	if name == "" {
		return
	}
	fields, _, _ := match.StructLit(info, lit)
	if c.r.InTestFile(lit.Pos()) && c.localEndpoint(lit) {
		return // a dummy secret for a test server
	}
	for _, f := range fields {
		field, ok := knowledge.SecretFields[name+"."+f.Var.Name()]
		if !ok {
			continue
		}
		var at ast.Node = f.Value
		if f.Key != nil {
			at = f.Key
		}
		if s, ok := match.String(info, f.Value); ok {
			if !secrets.Placeholder(s) {
				r.Reportf("DS203", at, "%s is a hardcoded client secret %s", field, c.advice())
			}
		} else if via := c.resolvedSecret(f.Value); via != "" {
			r.Reportf("DS203", at, "%s is a hardcoded secret (%s) %s", field, via, c.advice())
		}
	}
}

// checkAssign reports cfg.ClientSecret = "constant".
func (c *secretChecker) checkAssign(as *ast.AssignStmt) {
	info, r := c.info, c.r
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		field, ok := knowledge.SecretFields[fieldName(info, lhs)]
		if !ok {
			continue
		}
		at := ast.Unparen(lhs).(*ast.SelectorExpr).Sel
		if s, ok := match.String(info, as.Rhs[i]); ok {
			if !secrets.Placeholder(s) {
				r.Reportf("DS203", at, "%s is a hardcoded client secret %s", field, c.advice())
			}
		} else if via := c.resolvedSecret(as.Rhs[i]); via != "" {
			r.Reportf("DS203", at, "%s is a hardcoded secret (%s) %s", field, via, c.advice())
		}
	}
}

// checkCall reports v.Set("client_secret", "constant"),
// req.SetBasicAuth(id, "constant") and "Basic " + base64(id + ":constant").
func (c *secretChecker) checkCall(cur inspector.Cursor, call *ast.CallExpr) {
	info, r := c.info, c.r
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return
	}
	switch sel.Sel.Name {
	case "Set", "Add":
		if len(call.Args) == 2 && match.IsCallTo(info, call, knowledge.URLValuesSetters...) {
			if k, _ := match.String(info, call.Args[0]); k == "client_secret" {
				if s, ok := match.String(info, call.Args[1]); ok && !secrets.Placeholder(s) {
					r.Reportf("DS203", call.Args[1], "client_secret form value is a hardcoded client secret %s", c.advice())
				}
			}
		}
	case "SetBasicAuth":
		if len(call.Args) == 2 && match.IsCallTo(info, call, "(*net/http.Request).SetBasicAuth") && c.docusign() {
			if s, ok := match.String(info, call.Args[1]); ok && !secrets.Placeholder(s) {
				r.Reportf("DS203", call.Args[1], "Basic auth password is a hardcoded client secret %s", c.advice())
			}
		}
	case "EncodeToString":
		if len(call.Args) != 1 || !match.IsCallTo(info, call, "(*encoding/base64.Encoding).EncodeToString") || !afterBasic(info, cur) || !c.docusign() {
			return
		}
		arg := call.Args[0]
		for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			arg = timeexpr.NewDefs(info, fn.Node()).Resolve(unconvert(info, arg)) // cred := id + ":..."; []byte(cred)
			break
		}
		if at := basicSecret(info, arg); at != nil {
			r.Reportf("DS203", at, "Basic auth credentials hold a hardcoded client secret %s", c.advice())
		}
	}
}

// afterBasic reports whether the call at cur is the right operand of
// "Basic " + call.
func afterBasic(info *types.Info, cur inspector.Cursor) bool {
	cur = outer(cur)
	b, ok := cur.Parent().Node().(*ast.BinaryExpr)
	if !ok || b.Op != token.ADD || cur.ParentEdgeKind() != edge.BinaryExpr_Y {
		return false
	}
	s, ok := match.String(info, b.X)
	return ok && strings.EqualFold(strings.TrimSpace(s), "basic")
}

// unconvert strips a conversion such as []byte(x).
func unconvert(info *types.Info, e ast.Expr) ast.Expr {
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			return call.Args[0]
		}
	}
	return e
}

// basicSecret returns the constant secret part of "id:secret" (with
// []byte conversions, concatenations such as ik + ":" + secret or
// ik + ":secret", and fmt.Sprintf("%s:%s", ik, secret)), or nil.
func basicSecret(info *types.Info, e ast.Expr) ast.Expr {
	e = unconvert(info, e)
	if s, ok := match.String(info, e); ok {
		if _, secret, found := strings.Cut(s, ":"); found && !secrets.Placeholder(secret) {
			return e
		}
		return nil
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && match.IsCallTo(info, call, "fmt.Sprintf") && len(call.Args) == 3 {
		if f, _ := match.String(info, call.Args[0]); f == "%s:%s" || f == "%v:%v" {
			if secret, ok := match.String(info, call.Args[2]); ok && !secrets.Placeholder(secret) {
				return call.Args[2]
			}
		}
		return nil
	}
	ops := operands(e)
	for i, op := range ops {
		s, ok := match.String(info, op)
		if !ok || !strings.Contains(s, ":") {
			continue
		}
		_, secret, _ := strings.Cut(s, ":")
		for _, rest := range ops[i+1:] {
			v, ok := match.String(info, rest)
			if !ok {
				return nil // the secret comes from configuration
			}
			secret += v
		}
		if secret == "" || secrets.Placeholder(secret) {
			return nil
		}
		if strings.HasSuffix(s, ":") {
			return ops[i+1] // ik + ":" + "secret": at the secret
		}
		return op // ik + ":secret"
	}
	return nil
}

// checkString reports a constant form body or header with a client
// secret in it: "...&client_secret=value" or "Basic base64(id:secret)".
// A value only compared against (an inbound Authorization header checked
// by a server) is not sent anywhere, nor, in a test file, a body sent only
// to a server on this machine (match.SentLocally).
func (c *secretChecker) checkString(cur inspector.Cursor, s string) {
	r := c.r
	if !r.Enabled("DS203") || match.Compared(c.info, cur) || c.r.InTestFile(cur.Node().Pos()) && match.SentLocally(c.info, cur) {
		return
	}
	at := cur.Node().(ast.Expr)
	if _, v, ok := strings.Cut(s, "client_secret="); ok {
		v, _, _ = strings.Cut(v, "&")
		if !secrets.Placeholder(v) {
			r.Reportf("DS203", at, "client_secret form value is a hardcoded client secret %s", c.advice())
		}
		return
	}
	if rest, ok := strings.CutPrefix(s, "Basic "); ok && c.docusign() {
		if dec, ok := decodeB64(strings.TrimSpace(rest)); ok {
			if _, secret, found := strings.Cut(dec, ":"); found && !secrets.Placeholder(secret) {
				r.Reportf("DS203", at, "Basic auth credentials hold a hardcoded client secret %s", c.advice())
			}
		}
	}
}
