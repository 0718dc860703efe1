package connect

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/secrets"
)

// macSite is an hmac.New call whose MAC is compared with a Connect
// signature, with the call the walk reached it through (its parameters
// are bound to that call's arguments).
type macSite struct {
	call *ast.CallExpr
	fr   *frame
}

// macs returns the hmac.New calls whose MAC reaches e, the value compared
// with a signature: through mac.Sum(nil), its base64 or hex encoding,
// variables and in-package helpers that return it.
func (ix *index) macs(e ast.Expr) []macSite {
	var out []macSite
	ix.walk(e, nil, func(e ast.Expr, fr *frame) (ast.Expr, bool) {
		call, ok := e.(*ast.CallExpr)
		if !ok {
			return nil, false
		}
		switch match.CalleeName(ix.info, call) {
		case knowledge.HMACNew:
			out = append(out, macSite{call, fr})
			return nil, true
		case "(hash.Hash).Sum":
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				return sel.X, false
			}
		}
		return nil, false
	})
	return out
}

// hardcodedKey is a constant that reaches the key of a Connect HMAC.
type hardcodedKey struct {
	at    ast.Expr
	value string
}

// keys returns the constants (not placeholders) that reach the key
// argument of the site's hmac.New.
func (ix *index) keys(site macSite) []hardcodedKey {
	if len(site.call.Args) != 2 {
		return nil
	}
	var out []hardcodedKey
	ix.walk(site.call.Args[1], site.fr, func(e ast.Expr, _ *frame) (ast.Expr, bool) {
		if call, ok := e.(*ast.CallExpr); ok {
			if _, conv := match.Carried(ix.info, call); conv {
				return nil, false // report at the constant, not at []byte(key)
			}
		}
		s, ok := match.String(ix.info, e)
		if !ok {
			return nil, false
		}
		if !secrets.Placeholder(s) {
			out = append(out, hardcodedKey{e, s})
		}
		return nil, true
	})
	return out
}

// keyMessage describes a hardcoded key without printing it.
func keyMessage(info *types.Info, k hardcodedKey) string {
	desc := secrets.Describe(k.value)
	if c := match.ConstObject(info, k.at); c != nil {
		desc = c.Name() + ", " + desc
	}
	return "Connect HMAC key hardcoded (" + desc + "): " + forged
}

// wrongHash returns the hash constructor of the site's hmac.New when it is
// a known one other than SHA-256 (sha1.New, sha512.New, md5.New), or nil.
// A constructor dslint cannot name (a parameter, a closure) is not judged.
func (ix *index) wrongHash(site macSite) *types.Func {
	if len(site.call.Args) != 2 {
		return nil
	}
	var id *ast.Ident
	switch h := ast.Unparen(site.call.Args[0]).(type) {
	case *ast.Ident:
		id = h
	case *ast.SelectorExpr:
		id = h.Sel
	default:
		return nil
	}
	fn, _ := ix.info.Uses[id].(*types.Func)
	if fn == nil || fn.Pkg() == nil || match.FuncName(fn) == docusign.ConnectHash {
		return nil
	}
	if p := match.PkgPath(fn.Pkg()); strings.HasPrefix(p, "crypto/") || strings.HasPrefix(p, "golang.org/x/crypto/") {
		return fn
	}
	return nil
}

// reencoded returns the calls that serialise a decoded value (json.Marshal
// of the event) whose output the site's MAC is computed over.
func (ix *index) reencoded(site macSite) []*ast.CallExpr {
	mac := ix.holder[site.call]
	if mac == nil {
		return nil
	}
	var out []*ast.CallExpr
	for _, data := range ix.writes[mac] {
		ix.walk(data, site.fr, func(e ast.Expr, _ *frame) (ast.Expr, bool) {
			if call, ok := e.(*ast.CallExpr); ok && match.Encodes(ix.info, call) {
				out = append(out, call)
				return nil, true
			}
			return nil, false
		})
	}
	return out
}

// checkMACs reports, for each HMAC whose value is compared with the
// signature, a hash other than SHA-256 or data that is a re-encoding of the
// decoded message (DS802), and a hardcoded key (DS803).
func checkMACs(pass *analysis.Pass, ix *index, c comparison, once onceReporter) {
	for _, site := range ix.macs(c.other) {
		if fn := ix.wrongHash(site); fn != nil {
			once.reportf("DS802", site.call.Args[0], "Connect HMAC with %s.%s, not SHA-256 (every genuine Connect message rejected)", fn.Pkg().Name(), fn.Name())
		}
		for _, enc := range ix.reencoded(site) {
			fn := match.Callee(pass.TypesInfo, enc)
			once.reportf("DS802", enc.Fun, "Connect HMAC over %s.%s output, not the raw body (every genuine message rejected)", fn.Pkg().Name(), fn.Name())
		}
		for _, k := range ix.keys(site) {
			once.reportf("DS803", k.at, "%s", keyMessage(pass.TypesInfo, k))
		}
	}
}
