package jwtclaims

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
	"time"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/timeexpr"
)

// maxLifetime is how long a DocuSign JWT access token lives, whatever exp says.
const maxLifetime = docusign.JWTAccessTokenLifetime

// clockSkew is how far back an iat may be set to allow for clock skew
// without its exp being measured from it.
const clockSkew = 5 * time.Minute

// check reports the problems of one claim set. Missing claims are reported
// only at a signing call that saw every write to a complete set.
func (f *function) check(s *claimSet, atSign bool) {
	if !assertionLike(s) || !f.isDocuSign(s) {
		return
	}
	exp, hasExp := s.last(claims.Exp)
	if s.anchor != nil && (s.fixed != nil || atSign && s.complete) {
		if s.missing(claims.Exp) {
			f.report("DS301", s.anchor, "DocuSign JWT assertion has no exp claim (invalid_grant, no_valid_keys_or_signatures)")
		}
		if s.missing(claims.Aud) {
			f.report("DS306", s.anchor, "DocuSign JWT assertion has no aud claim (invalid_grant, issuer_not_found)")
		}
	}
	iat, iatOK := f.instant(s, claims.Iat)
	if site, ok := s.last(claims.Iat); ok {
		f.checkIat(site, iat, iatOK)
	}
	// exp is measured from iat when iat is sane; a bad iat is reported
	// above, and exp is then measured from now.
	iatOK = iatOK && inSeconds(iat)
	// An iat a few minutes back (allowance for clock skew) counts as now.
	base, from := time.Duration(0), "now"
	if iatOK && iat.Offset <= 0 && -iat.Offset <= maxLifetime {
		from = "iat"
		if -iat.Offset > clockSkew {
			base = iat.Offset
		}
	}
	lo := time.Duration(0) // exp must lie after now, and after iat
	if iatOK && iat.Offset > lo {
		lo = iat.Offset
	}
	if hasExp {
		if v, ok := f.ev.Eval(exp.Value); ok {
			switch {
			case !inSeconds(v):
				f.reportFix(secondsUnitFix(v, exp.Value), "DS303", exp.Node, "exp is in %s, not Unix seconds (thousands of years ahead: invalid_grant)", v.Unit)
			case v.Unitless && v.Offset-base < time.Second:
				f.reportFix(f.unitlessFix(v, lo, base), "DS303", exp.Node, "exp adds a number without a time unit, nanoseconds, so exp equals iat (invalid_grant)")
			case v.Offset <= 0:
				f.report("DS303", exp.Node, "exp is %s, not in the future (invalid_grant, expired_grant)", ago(v.Offset))
			case iatOK && v.Offset <= iat.Offset:
				f.report("DS303", exp.Node, "exp is not after iat (invalid_grant, expired_grant)")
			case v.Offset-base > maxLifetime:
				f.reportFix(f.lifetimeFix(v, base), "DS303", exp.Node, "exp is %s after %s (no effect: DocuSign JWT access tokens live one hour)", human(v.Offset-base), from)
			}
		}
	}
	if site, ok := s.last(claims.Nbf); ok {
		if v, ok := f.ev.Eval(site.Value); ok && inSeconds(v) && v.Offset > 0 {
			f.report("DS302", site.Node, "nbf is %s in the future (invalid_grant until then)", human(v.Offset))
		}
	}
	if site, ok := s.last(claims.Sub); ok {
		f.checkSub(site.Node, site.Value)
	}
}

// checkIat reports an iat in ms/ns, in the future or over an hour old.
func (f *function) checkIat(site claims.Site, v timeexpr.Value, ok bool) {
	switch {
	case !ok:
	case !inSeconds(v):
		f.reportFix(secondsUnitFix(v, site.Value), "DS304", site.Node, "iat is in %s, not Unix seconds (invalid_grant)", v.Unit)
	case v.Offset > 0:
		f.report("DS304", site.Node, "iat is %s in the future (invalid_grant)", human(v.Offset))
	case -v.Offset > maxLifetime:
		f.report("DS304", site.Node, "iat is %s in the past (invalid_grant: over an hour old)", human(-v.Offset))
	}
}

// checkSub reports a constant sub that is an email or not a GUID.
func (f *function) checkSub(node ast.Node, value ast.Expr) {
	sub, ok := match.String(f.info, f.ev.Defs().Resolve(value))
	if !ok || sub == "" {
		return
	}
	switch {
	case isEmail(sub):
		f.report("DS305", node, "sub is an email address, not the DocuSign user ID GUID (invalid_grant, user_not_found)")
	case !docusign.IsGUID(sub):
		f.report("DS305", node, "sub is not a DocuSign user ID GUID (invalid_grant, user_not_found)")
	}
}

func (f *function) instant(s *claimSet, claim string) (timeexpr.Value, bool) {
	site, ok := s.last(claim)
	if !ok {
		return timeexpr.Value{}, false
	}
	return f.ev.Eval(site.Value)
}

func inSeconds(v timeexpr.Value) bool { return v.Unit == timeexpr.Seconds || v.Unit == timeexpr.Time }

// isDocuSign reports whether the claims are a DocuSign assertion: the claims
// say so (evidence.Assertion), or they do not say otherwise, are not a
// claimSet.fixed literal, and the function mentions a DocuSign host (the
// token endpoint it posts the assertion to).
func (f *function) isDocuSign(s *claimSet) bool {
	switch evidence.Assertion(s.sites, f.strings, s.hmac) {
	case evidence.DocuSigns:
		return true
	case evidence.OtherProviders:
		return false
	}
	return s.fixed == nil && f.mentionsDocuSign()
}

// strings returns the strings e may be, for evidence.Assertion: its
// constant strings, else the values the package's resolver gives it (a
// method of the application's config returning the auth host, a scope list
// joined), each unknown part written as docusign.UnknownPart.
func (f *function) strings(e ast.Expr) []string {
	if out := f.constStrings(e); len(out) > 0 {
		return out
	}
	return f.resolved(e)
}

// resolved returns the values the resolver gives e, a string or a literal
// of strings (jwt.ClaimStrings{cfg.AuthHost()}), that have known text.
func (f *function) resolved(e ast.Expr) []string {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := f.info.Types[call.Fun]; ok && tv.IsType() {
			return f.resolved(call.Args[0]) // jwt.ClaimStrings(list)
		}
	}
	var out []string
	if lit, ok := e.(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			out = append(out, f.resolved(elt)...)
		}
		return out
	}
	if t, ok := match.TypeOf(f.info, e).(*types.Basic); !ok || t.Info()&types.IsString == 0 {
		return nil
	}
	for _, v := range f.vals().String(e) {
		if v.HasKnown() {
			out = append(out, v.Marked(docusign.UnknownPart))
		}
	}
	return out
}

// constStrings returns the constant strings of e: a constant, a local variable
// defined by one, a package variable never reassigned, a []string /
// jwt.ClaimStrings / jose Audience literal, or strings.Join of such a list.
func (f *function) constStrings(e ast.Expr) []string {
	e = f.pkgInit(f.ev.Defs().Resolve(e))
	if s, ok := match.String(f.info, e); ok {
		return []string{s}
	}
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 2 && match.IsCallTo(f.info, call, "strings.Join") {
		if sep, ok := match.String(f.info, call.Args[1]); ok {
			if parts := f.constStrings(call.Args[0]); len(parts) > 0 {
				return []string{strings.Join(parts, sep)}
			}
		}
		return nil
	}
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 { // jwt.ClaimStrings{"..."} conversions
		if tv, ok := f.info.Types[call.Fun]; ok && tv.IsType() {
			return f.constStrings(call.Args[0])
		}
	}
	var out []string
	if lit, ok := e.(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if s, ok := match.String(f.info, f.ev.Defs().Resolve(elt)); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// pkgInit returns the initializer of the package variable e names, when it
// is never reassigned (var Scopes = []string{...}), or e.
func (f *function) pkgInit(e ast.Expr) ast.Expr {
	v := match.PackageVar(f.info, e)
	if v == nil || v.Pkg() != f.pass.Pkg {
		return e
	}
	if f.inits == nil {
		f.inits = match.PackageInits(f.info, f.pass.Files)
	}
	if init, ok := f.inits[v]; ok {
		return init
	}
	return e
}

// mentionsDocuSign reports whether the function mentions a DocuSign host,
// or its result is sent as the assertion of a DocuSign token request.
func (f *function) mentionsDocuSign() bool {
	if f.docusign == nil {
		found := f.feedsGrant || evidence.Mentions(f.info, f.body)
		f.docusign = &found
	}
	return *f.docusign
}

// isEmail reports whether s looks like an email address.
func isEmail(s string) bool {
	at := strings.LastIndexByte(s, '@')
	return at > 0 && strings.Contains(s[at+1:], ".") && !strings.ContainsAny(s, " \t")
}

// human formats a positive duration compactly: 2h, 90m, 45s.
func human(d time.Duration) string {
	switch {
	case d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	case d%time.Minute == 0:
		return fmt.Sprintf("%dm", d/time.Minute)
	default:
		return fmt.Sprintf("%ds", d/time.Second)
	}
}

// ago describes a non-positive offset from now.
func ago(d time.Duration) string {
	if d == 0 {
		return "now"
	}
	return human(-d) + " ago"
}
