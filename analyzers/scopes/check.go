package scopes

import (
	"fmt"
	"go/ast"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/match"
)

// name is one scope name of a use, with the element it came from.
type name struct {
	name string
	el   *elem
}

// check applies DS401-DS405 to a scope use.
func (c *checker) check(u *use) {
	var names []name
	bad := map[*elem]string{}
	for i := range u.elems {
		el := &u.elems[i]
		ns, sep := splitScopes(el.value)
		if u.url {
			_, sep = splitURL(el.value)
		}
		if sep != "" {
			bad[el] = sep
		}
		for _, n := range ns {
			names = append(names, name{n, el})
		}
	}
	if !c.aboutDocuSign(u, names) {
		return
	}
	c.separators(u, bad)
	c.unknown(u, names, bad)
	c.grantRules(u, names)
}

// splitURL splits a decoded scope parameter: only , and ; are wrong there.
func splitURL(s string) ([]string, string) {
	ns, _ := splitScopes(s)
	if i := strings.IndexAny(s, ",;"); i >= 0 {
		return ns, s[i : i+1]
	}
	return ns, ""
}

// separators reports DS404: elements joined by , ; + or %20, and a
// strings.Join separator that is not a space.
func (c *checker) separators(u *use, bad map[*elem]string) {
	for i := range u.elems {
		el := &u.elems[i]
		sep := bad[el]
		if sep == "" || el.foreign && u.url || el.merged && !namesDocuSign(el.value) {
			continue
		}
		d := analysis.Diagnostic{Pos: el.expr.Pos(), End: el.expr.End(), Category: "DS404",
			Message: fmt.Sprintf("scopes %q in %s joined with %q (invalid_scope)", el.value, u.what, sep)}
		if !u.url {
			d.SuggestedFixes = splitFix(el, u.str)
		}
		c.report(d, "")
	}
	if u.sep == nil {
		return
	}
	if s, ok := match.String(c.info, u.sep); ok && strings.TrimSpace(s) != "" {
		d := analysis.Diagnostic{Pos: u.sep.Pos(), End: u.sep.End(), Category: "DS404",
			Message: fmt.Sprintf("scopes of the %s joined with %q (invalid_scope)", u.what, s)}
		if isLit(u.sep) {
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "join scopes with a space",
				TextEdits: []analysis.TextEdit{{Pos: u.sep.Pos(), End: u.sep.End(), NewText: []byte(`" "`)}}}}
		}
		c.report(d, "")
	}
}

// unknown reports DS405: names DocuSign does not define.
func (c *checker) unknown(u *use, names []name, bad map[*elem]string) {
	unknownIn := map[*elem]int{}
	for _, n := range names {
		if !docusign.IsScope(n.name) {
			unknownIn[n.el]++
		}
	}
	for _, n := range names {
		if docusign.IsScope(n.name) || n.el.foreign && u.url || n.el.merged && !docuSignSpecific(n.name) {
			continue // a merged element is judged when it is a near miss of a DocuSign scope
		}
		d := analysis.Diagnostic{Pos: n.el.expr.Pos(), End: n.el.expr.End(), Category: "DS405"}
		sug := suggest(n.name)
		if sug == "" {
			d.Message = fmt.Sprintf("unknown scope %q in %s (invalid_scope)", n.name, u.what)
		} else {
			d.Message = fmt.Sprintf("unknown scope %q in %s (invalid_scope; meant %q?)", n.name, u.what, sug)
			if n.el.lit != nil && bad[n.el] == "" && unknownIn[n.el] == 1 && !n.el.foreign {
				d.SuggestedFixes = renameFix(n.el, n.name, sug)
			}
		}
		c.report(d, n.name)
	}
}

// flush reports the DS402 findings held back for hand-built authorization
// requests. When the package also builds a code request without
// impersonation, that one is the login whose code is exchanged, and the
// impersonation request is the JWT consent URL: correct as it is.
func (c *checker) flush() {
	if c.handLogin {
		return
	}
	for _, d := range c.handDS402 {
		c.report(d, "")
	}
}

// grantRules reports DS401-DS403.
func (c *checker) grantRules(u *use, names []name) {
	has := map[string]bool{}
	for _, n := range names {
		has[n.name] = true
		if !docusign.IsScope(n.name) {
			has[suggest(n.name)] = true // a misspelling is reported as DS405 only
		}
		switch {
		case n.name == docusign.ScopeExtended && (u.grant == docusign.GrantJWT || u.grant == docusign.GrantImplicit):
			c.report(analysis.Diagnostic{Pos: n.el.expr.Pos(), End: n.el.expr.End(), Category: "DS401",
				Message: fmt.Sprintf("%q scope in %s: code grant only (invalid_scope or ignored)", n.name, u.what)}, "")
		case n.name == docusign.ScopeImpersonation && u.grant == docusign.GrantCode:
			d := analysis.Diagnostic{Pos: n.el.expr.Pos(), End: n.el.expr.End(), Category: "DS402",
				Message: fmt.Sprintf("%q scope in %s (JWT only: grants nothing)", n.name, u.what)}
			if u.hand {
				c.handDS402 = append(c.handDS402, d) // decided in flush
			} else {
				c.report(d, "")
			}
		}
	}
	if u.hand && !has[docusign.ScopeImpersonation] {
		c.handLogin = true
	}
	if u.grant != docusign.GrantJWT || u.addsImpersonation || !u.complete || has[docusign.ScopeImpersonation] || u.anchor == nil {
		return
	}
	also := ""
	if !has[docusign.ScopeSignature] {
		also = `, nor "signature"`
	}
	c.report(analysis.Diagnostic{Pos: u.anchor.Pos(), End: u.anchor.End(), Category: "DS403",
		Message: fmt.Sprintf("%s requests no %q scope%s (consent_required)", u.what, docusign.ScopeImpersonation, also)}, "")
}

// splitFix rewrites an element literal holding several scopes: into
// separate list elements, or (for a scope string) one space-separated
// string.
func splitFix(el *elem, str bool) []analysis.SuggestedFix {
	if el.lit == nil {
		return nil
	}
	names, _ := splitScopes(el.value)
	if len(names) == 0 {
		return nil
	}
	var text, msg string
	if str {
		text, msg = strconv.Quote(strings.Join(names, " ")), "separate the scopes with spaces"
	} else {
		q := make([]string, len(names))
		for i, n := range names {
			q[i] = strconv.Quote(n)
		}
		text, msg = strings.Join(q, ", "), "split into one element per scope"
	}
	return []analysis.SuggestedFix{{Message: msg, TextEdits: []analysis.TextEdit{{Pos: el.lit.Pos(), End: el.lit.End(), NewText: []byte(text)}}}}
}

// renameFix replaces a misspelled scope name in its literal.
func renameFix(el *elem, from, to string) []analysis.SuggestedFix {
	names, _ := splitScopes(el.value)
	for i, n := range names {
		if n == from {
			names[i] = to
		}
	}
	return []analysis.SuggestedFix{{Message: fmt.Sprintf("replace %q with %q", from, to),
		TextEdits: []analysis.TextEdit{{Pos: el.lit.Pos(), End: el.lit.End(), NewText: []byte(strconv.Quote(strings.Join(names, " ")))}}}}
}

func isLit(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.BasicLit)
	return ok
}
