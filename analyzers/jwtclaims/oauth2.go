package jwtclaims

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// configField is a field of a jwt.Config, set in the literal or assigned later.
type configField struct {
	key   ast.Node // the key in the literal, or the selector of the assignment
	value ast.Expr
	inLit bool
	elt   ast.Expr
}

// oauth2Config checks an x/oauth2/jwt.Config literal and the fields later
// assigned to the variable that holds it.
func (f *function) oauth2Config(lit *ast.CompositeLit) {
	fields := map[string]configField{}
	sfs, _, _ := match.StructLit(f.info, lit)
	for _, fd := range sfs {
		var key ast.Node = fd.Elt
		if fd.Key != nil {
			key = fd.Key
		}
		fields[fd.Var.Name()] = configField{key: key, value: fd.Value, inLit: true, elt: fd.Elt}
	}
	escapes := false
	if v := f.holder(lit); v != nil {
		scope := []ast.Node{f.body}
		if v.IsField() || v.Parent() == f.pass.Pkg.Scope() { // a struct field or package variable: set anywhere
			scope = nil
			for _, file := range f.pass.Files {
				scope = append(scope, file)
			}
		}
		for _, root := range scope {
			ast.Inspect(root, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.AssignStmt:
					for i, lhs := range n.Lhs {
						sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
						if ok && len(n.Lhs) == len(n.Rhs) && (f.rootIs(sel.X, v) || f.selects(sel.X, v)) && match.TypeName(match.TypeOf(f.info, sel.X)) == knowledge.XJWTConfig {
							fields[sel.Sel.Name] = configField{key: sel.Sel, value: n.Rhs[i]}
						}
					}
				case *ast.CallExpr:
					for _, a := range n.Args {
						if f.mentions(a, v) && !f.libraryFunc(match.Callee(f.info, n)) {
							escapes = true
						}
					}
				}
				return true
			})
		}
	}
	tokenURL, hasURL := fields["TokenURL"]
	aud, hasAud := fields["Audience"]
	var hosts []docusign.Mention
	if hasURL {
		hosts = evidence.ConstExpr(f.info, f.ev.Defs().Resolve(tokenURL.value))
	}
	if hasURL && len(hosts) == 0 {
		// A TokenURL from the application's config or a helper, resolved
		// where it is used: every value it may take names a DocuSign host.
		if hs, ok := evidence.ResolvedHosts(f.vals().String(tokenURL.value)); ok {
			hosts = hs
		}
	}
	if hasAud {
		if s, ok := match.String(f.info, aud.value); ok && s == "" {
			hasAud = false
		}
	}
	if hasURL && len(hosts) == 0 {
		if _, isConst := match.String(f.info, f.ev.Defs().Resolve(tokenURL.value)); isConst {
			return // another provider's token endpoint (Google's): not a DocuSign config
		}
		if !hasAud && !escapes && (f.impersonates(fields["Scopes"].value) || f.switchedHost(tokenURL.value)) {
			// The TokenURL comes from configuration, but only DocuSign's JWT
			// grant asks for impersonation, or it is built from a variable
			// that only ever holds DocuSign hosts.
			f.report("DS306", tokenURL.key, noAudience)
		}
	}
	if len(hosts) == 0 && !(hasAud && f.docuSignAudience(aud.value)) && !f.mentionsDocuSign() {
		return
	}
	if len(hosts) > 0 && !hasAud && !escapes {
		if name, one := oneHost(hosts); one {
			f.missingAudience(lit, tokenURL, aud, name)
		} else { // demo or production by configuration: no one Audience to suggest
			f.report("DS306", tokenURL.key, noAudience)
		}
	}
	if sub, ok := fields["Subject"]; ok {
		f.checkSub(sub.key, sub.value)
	}
	if exp, ok := fields["Expires"]; ok {
		if d, ok := f.ev.Int(exp.value); ok && d > 0 && d < int64(time.Second) && f.ev.Unitless(exp.value) {
			f.report("DS303", exp.key, "Expires of %d has no time unit, nanoseconds, so exp equals iat (invalid_grant)", d)
		} else if ok && d > int64(maxLifetime) {
			f.reportFix(f.durationFix(exp.value), "DS303", exp.key, "Expires of %s has no effect (DocuSign JWT access tokens live one hour)", human(time.Duration(d)))
		}
	}
}

// noAudience is DS306's message where no one host can be suggested.
const noAudience = "jwt.Config has no Audience: aud is TokenURL, not the bare auth host (invalid_grant)"

// docuSignAudience reports whether an Audience names a DocuSign host: a
// constant, or every value it may take where it is used.
func (f *function) docuSignAudience(e ast.Expr) bool {
	if len(evidence.ConstExpr(f.info, e)) > 0 {
		return true
	}
	_, ok := evidence.ResolvedHosts(f.vals().String(e))
	return ok
}

// oneHost returns the host all mentions name, if they name one.
func oneHost(hosts []docusign.Mention) (string, bool) {
	for _, h := range hosts[1:] {
		if h.Host.Name != hosts[0].Host.Name {
			return "", false
		}
	}
	return hosts[0].Host.Name, true
}

// impersonates reports whether a Scopes value asks for DocuSign's
// impersonation scope.
func (f *function) impersonates(scopes ast.Expr) bool {
	if scopes == nil {
		return false
	}
	for _, s := range f.strings(scopes) { // "signature impersonation" in one element is sent as is
		if slices.Contains(strings.Fields(s), docusign.ScopeImpersonation) {
			return true
		}
	}
	return false
}

// switchedHost reports whether a concatenation such as "https://" + host +
// "/oauth/token" uses a local variable whose every assignment is a constant
// naming a DocuSign host: the demo/production switch DS101 asks for.
func (f *function) switchedHost(e ast.Expr) bool {
	e = f.ev.Defs().Resolve(e)
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
		return f.switchedHost(b.X) || f.switchedHost(b.Y)
	}
	defs, ok := f.ev.Defs().All(e)
	if !ok {
		return false
	}
	for _, d := range defs {
		if len(evidence.ConstExpr(f.info, d)) == 0 {
			return false
		}
	}
	return true
}

// missingAudience reports a Config that sends its DocuSign TokenURL as aud,
// with a fix adding Audience: "<host>" to the literal.
func (f *function) missingAudience(lit *ast.CompositeLit, tokenURL, aud configField, host string) {
	d := analysis.Diagnostic{
		Pos: tokenURL.key.Pos(), End: tokenURL.key.End(), Category: "DS306",
		Message: fmt.Sprintf("jwt.Config has no Audience: aud is TokenURL, not %q (invalid_grant)", host),
	}
	switch {
	case aud.inLit: // Audience: ""
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "set Audience to " + strconv.Quote(host),
			TextEdits: []analysis.TextEdit{{Pos: aud.value.Pos(), End: aud.value.End(), NewText: []byte(strconv.Quote(host))}},
		}}
	case tokenURL.inLit:
		text := ", Audience: " + strconv.Quote(host)
		fset := f.pass.Fset
		if fset.Position(lit.Lbrace).Line != fset.Position(lit.Rbrace).Line {
			text = ",\nAudience: " + strconv.Quote(host)
		}
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "set Audience to " + strconv.Quote(host),
			TextEdits: []analysis.TextEdit{{Pos: tokenURL.elt.End(), End: tokenURL.elt.End(), NewText: []byte(text)}},
		}}
	}
	k := reportKey{"DS306", d.Pos}
	if !f.reported[k] {
		f.reported[k] = true
		f.r.Report(d)
	}
}

// holder returns the variable a literal is assigned to (cfg :=
// &jwt.Config{...}, var cfg = jwt.Config{...}), or the struct field it is
// stored in (&Client{cfg: &jwt.Config{...}}), or nil.
func (f *function) holder(lit *ast.CompositeLit) *types.Var {
	var out *types.Var
	ast.Inspect(f.body, func(n ast.Node) bool {
		var lhs []ast.Expr
		var rhs []ast.Expr
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok && match.Unaddr(n.Value) == lit {
				if v, ok := f.info.Uses[id].(*types.Var); ok && v.IsField() {
					out = v
				}
			}
			return out == nil
		case *ast.AssignStmt:
			lhs, rhs = n.Lhs, n.Rhs
		case *ast.ValueSpec:
			for _, id := range n.Names {
				lhs = append(lhs, id)
			}
			rhs = n.Values
		default:
			return out == nil
		}
		if len(lhs) != len(rhs) {
			return true
		}
		for i, r := range rhs {
			if match.Unaddr(r) == lit {
				if id, ok := lhs[i].(*ast.Ident); ok {
					out, _ = f.info.ObjectOf(id).(*types.Var)
				}
			}
		}
		return out == nil
	})
	return out
}

// esignOptions reports esign JWT configuration options (from
// github.com/jfcote87/oauth2/jwt) asking for more than an hour (SetExpiresIn)
// or moving iat out of the accepted window (SetIatOffset).
func (c *checker) esignOptions() {
	if !evidence.Package(c.pass.Pkg, c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector), c.r.InScope) {
		return
	}
	for _, file := range c.r.Files() {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			s, ok := match.Int(c.pass.TypesInfo, call.Args[0])
			if !ok {
				return true
			}
			hour := int64(maxLifetime.Seconds())
			switch name := match.CalleeName(c.pass.TypesInfo, call); {
			case name == knowledge.SetExpiresIn && s > hour:
				c.reportFix(c.secondsFix(call.Args[0]), "DS303", call.Args[0], "ExpiresIn of %d s has no effect (DocuSign JWT access tokens live one hour)", s)
			case name == knowledge.SetIatOffset && s > hour:
				c.report("DS304", call.Args[0], "IatOffset of %d s puts iat over an hour in the past (invalid_grant)", s)
			case name == knowledge.SetIatOffset && s < 0:
				c.report("DS304", call.Args[0], "negative IatOffset puts iat in the future (invalid_grant)")
			}
			return true
		})
	}
}
