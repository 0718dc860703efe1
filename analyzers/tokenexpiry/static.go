package tokenexpiry

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/match"
)

// staticSources wrap a token so that it is never refreshed.
var staticSources = map[string]string{
	"golang.org/x/oauth2.StaticTokenSource":        "oauth2.StaticTokenSource",
	"github.com/jfcote87/oauth2.StaticTokenSource": "oauth2.StaticTokenSource",
	"github.com/jfcote87/esign.TokenCredential":    "esign.TokenCredential",
}

// checkStatic reports DS503: a static token source or esign.TokenCredential
// over a DocuSign token whose result outlives the call (returned, stored,
// captured by a long-lived closure). One built per request over a freshly
// obtained token is fine.
func (c *checker) checkStatic() {
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				call, ok := in.(*ssa.Call)
				if !ok {
					continue
				}
				name, _ := calleeOf(call.Common())
				what, ok := staticSources[name]
				if !ok || len(call.Call.Args) == 0 {
					continue
				}
				arg := call.Call.Args[0]
				// Returning the wrapper counts only when this function also
				// obtained the token (fetch, wrap, return: a constructor).
				if !stored(call) && (c.token(arg) == nil || !escapes(call, 0)) {
					continue
				}
				grant := GrantUnknown
				switch {
				case what == "esign.TokenCredential":
					if s := c.token(arg); s != nil {
						grant = s.grant
					}
				case c.token(arg) != nil:
					grant = c.token(arg).grant
				case c.isDS && match.IsType(arg.Type(), tokenTypes...) && !handBuilt(arg):
					// A token of unknown origin in DocuSign code. One built
					// here or kept in a package variable from a value not
					// traced to DocuSign (a GitHub token from the
					// environment) is not assumed DocuSign's.
				default:
					continue
				}
				fix := "use cfg.TokenSource(ctx) wrapped in oauth2.ReuseTokenSource, or cfg.Client(ctx), which refresh"
				if what == "esign.TokenCredential" {
					fix = "use esign.JWTConfig.Credential or OAuth2Config.Exchange, which refresh"
				}
				c.r.Reportf("DS503", c.rangeOf(call), "%s over a DocuSign access token never refreshes it, and the result outlives this call: %s, %s; %s",
					what, grant.lifetime(), consequence, fix)
			}
		}
	}
}

// handBuilt reports whether v is a token literal built in this function
// (&oauth2.Token{AccessToken: ...}) or read from a package variable, whose
// origin the analysis would have traced if it were DocuSign's.
func handBuilt(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Alloc:
		return true
	case *ssa.UnOp:
		_, global := v.X.(*ssa.Global)
		return v.Op == token.MUL && global
	}
	return false
}
