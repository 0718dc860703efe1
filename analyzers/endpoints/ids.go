package endpoints

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/timeexpr"
	"github.com/dslint/dslint/internal/values"
)

// Messages of the ID rules: what is hardcoded, then the consequence.
const (
	userIDMsg    = "%s hardcodes a user ID GUID (user_not_found after Go Live)"
	accountIDMsg = "%s hardcodes a DocuSign account ID (USER_LACKS_MEMBERSHIP after Go Live)"
)

// ids follows the values that reach user and account IDs: a local
// variable's single definition, a package variable never reassigned, and
// constants of any package (through go/types).
type ids struct {
	info   *types.Info
	files  []*ast.File
	r      *report.Reporter
	idx    constUses                   // set before accountPaths
	inits  map[*types.Var]ast.Expr     // built on first use
	defs   map[ast.Node]*timeexpr.Defs // per function declaration
	ds     map[ast.Node]bool           // the function names DocuSign
	shared map[ast.Node]bool           // the function signs with a shared secret
	done   map[token.Pos]bool          // reported positions
	vals   func() *values.Resolver     // the package's value resolver, built on first use
	dsPkg  bool                        // the package is demonstrably about DocuSign (evidence.Package)
}

// checkIDs reports GUIDs hardcoded as the impersonated user (DS106) or as
// a DocuSign account ID (DS107). hosts says whether a DocuSign host may be
// named in the package (a literal or an imported constant): a sub is judged
// only in a DocuSign assertion, which needs one, or in an esign call.
func checkIDs(pass *analysis.Pass, insp *inspector.Inspector, idx func() constUses, vals func() *values.Resolver, r *report.Reporter, hosts bool) {
	if !r.Enabled("DS106") && !r.Enabled("DS107") {
		return
	}
	c := &ids{info: pass.TypesInfo, files: pass.Files, r: r, defs: map[ast.Node]*timeexpr.Defs{}, ds: map[ast.Node]bool{}, shared: map[ast.Node]bool{}, done: map[token.Pos]bool{}, vals: vals}
	if (hosts || match.ReachesAny(pass.Pkg, knowledge.DocuSignLibraries...)) && (evidence.UsesAuthLibrary(pass.Pkg) || match.ImportsAny(pass.Pkg, "encoding/json")) {
		c.subjects(insp)
	}
	if match.ImportsAny(pass.Pkg, knowledge.DocuSignLibraries...) {
		c.accountFields(insp)
	}
	if mayHoldAccountPath(pass.TypesInfo, pass.Pkg, insp, idx) {
		c.idx = idx()
		c.dsPkg = evidence.Package(pass.Pkg, insp, r.InScope)
		c.accountPaths(insp)
	}
}

// function returns the outermost function declaration around cur, or the
// package-level declaration cur is in.
func function(cur inspector.Cursor) ast.Node {
	var out ast.Node
	for e := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.GenDecl)(nil)) {
		out = e.Node()
	}
	return out
}

// resolver returns the function that maps an identifier at cur to the
// expression that defines it.
func (c *ids) resolver(cur inspector.Cursor) func(ast.Expr) ast.Expr {
	fn := function(cur)
	d, ok := c.defs[fn]
	if !ok {
		var body ast.Node
		if fd, isFunc := fn.(*ast.FuncDecl); isFunc {
			body = fd.Body
		}
		d = timeexpr.NewDefs(c.info, body)
		c.defs[fn] = d
	}
	return func(e ast.Expr) ast.Expr {
		e = d.Resolve(e)
		v := match.PackageVar(c.info, e)
		if v == nil {
			return e
		}
		if c.inits == nil {
			c.inits = match.PackageInits(c.info, c.files)
		}
		if init, ok := c.inits[v]; ok {
			return init
		}
		return e
	}
}

// guid reports whether the value of e at cur is a constant GUID, other
// than a placeholder.
func (c *ids) guid(cur inspector.Cursor, e ast.Expr) bool {
	s, ok := match.String(c.info, c.resolver(cur)(e))
	return ok && docusign.IsGUID(s) && !docusign.PlaceholderGUID(s)
}

func (c *ids) report(id string, rng analysis.Range, format string, what string) {
	if c.done[rng.Pos()] {
		return
	}
	c.done[rng.Pos()] = true
	c.r.Reportf(id, rng, format, what)
}

// subjects reports a constant GUID sent as the JWT grant's sub: a claim
// ("sub", Subject, jwx Subject(...)) of a DocuSign assertion, x/oauth2/jwt
// Config.Subject of a DocuSign config, or esign's JWTConfig.Credential
// apiUserName. The integration key (iss, Config.Email, IntegratorKey) keeps
// its GUID at Go Live and is not looked at.
func (c *ids) subjects(insp *inspector.Inspector) {
	for cur := range insp.Root().Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
		n := cur.Node()
		if call, ok := n.(*ast.CallExpr); ok {
			if i, ok := knowledge.SubjectArgs[match.CalleeName(c.info, call)]; ok && i < len(call.Args) && c.guid(cur, call.Args[i]) {
				c.report("DS106", call.Args[i], userIDMsg, "the apiUserName of esign JWTConfig.Credential")
			}
		}
		sites := claims.Sites(c.info, n)
		for _, s := range sites {
			if s.Claim != claims.Sub || s.Value == nil || !c.guid(cur, s.Value) || !c.docuSignClaims(cur, c.chainSites(cur, sites)) {
				continue
			}
			what := "JWT sub"
			if s.Owner == knowledge.XJWTConfig {
				what = "jwt.Config.Subject"
			}
			c.report("DS106", s.Value, userIDMsg, what)
		}
	}
}

// chainSites adds to the sites of a builder call (jwx's
// NewBuilder().Subject(s).Audience(a)) those of the other calls of its
// chain, so that the chain's aud decides whose token it is.
func (c *ids) chainSites(cur inspector.Cursor, sites []claims.Site) []claims.Site {
	call, ok := cur.Node().(*ast.CallExpr)
	if !ok {
		return sites
	}
	for x := call; ; { // down: the receivers
		sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if x, ok = ast.Unparen(sel.X).(*ast.CallExpr); !ok {
			break
		}
		sites = append(sites, claims.Sites(c.info, x)...)
	}
	for p := cur.Parent(); ; p = p.Parent() { // up: the calls on the result
		if _, ok := p.Node().(*ast.SelectorExpr); !ok {
			break
		}
		p = p.Parent()
		outer, ok := p.Node().(*ast.CallExpr)
		if !ok {
			break
		}
		sites = append(sites, claims.Sites(c.info, outer)...)
	}
	return sites
}

// docuSignClaims reports whether claims set together at cur (one literal,
// assignment or builder call) belong to a DocuSign assertion: an x/oauth2/jwt
// Config literal by its endpoints (evidence.Config), then the claims by
// what they say (evidence.Assertion, with an HMAC signing method anywhere in
// the function as the shared secret), and when neither says, the function
// around them names a DocuSign host.
func (c *ids) docuSignClaims(cur inspector.Cursor, sites []claims.Site) bool {
	resolve := c.resolver(cur)
	if lit, ok := cur.Node().(*ast.CompositeLit); ok {
		switch evidence.Config(c.info, lit, resolve, nil) {
		case evidence.DocuSigns:
			return true
		case evidence.OtherProviders:
			return false
		}
	}
	fn := function(cur)
	strs := func(e ast.Expr) []string {
		e = resolve(e)
		if v, isConst := match.String(c.info, e); isConst {
			return []string{v}
		}
		vals, _, _ := match.Strings(c.info, e)
		return vals
	}
	switch evidence.Assertion(sites, strs, fn != nil && c.hmac(fn)) {
	case evidence.DocuSigns:
		return true
	case evidence.OtherProviders:
		return false
	}
	ds, ok := c.ds[fn]
	if !ok {
		ds = fn != nil && evidence.Mentions(c.info, fn)
		c.ds[fn] = ds
	}
	return ds
}

// hmac reports whether the function fn signs with a shared secret,
// computed once per function.
func (c *ids) hmac(fn ast.Node) bool {
	h, ok := c.shared[fn]
	if !ok {
		h = c.sharedSecret(fn)
		c.shared[fn] = h
	}
	return h
}

// sharedSecret reports whether n uses an HMAC signing method (HS256...).
func (c *ids) sharedSecret(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && !found && match.IsType(match.TypeOf(c.info, e), claims.HMACMethods...) {
			found = true
		}
		return !found
	})
	return found
}

// accountFields reports a constant GUID in an esign account ID field
// (JWTConfig.AccountID, OAuth2Config.AccountID) or argument
// (OAuth2Credential.WithAccountID), also one preset in a field of the
// application's config type read there (cfg.AccountID).
func (c *ids) accountFields(insp *inspector.Inspector) {
	for cur := range insp.Root().Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			fields, typ, ok := match.StructLit(c.info, n)
			if !ok {
				continue
			}
			for _, f := range fields {
				if slices.Contains(knowledge.AccountIDFields, f.Name(typ)) {
					c.accountID(cur, f.Value, f.Var.Name())
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
				if ok && slices.Contains(knowledge.AccountIDFields, match.FieldOwner(c.info, sel)+"."+sel.Sel.Name) {
					c.accountID(cur, n.Rhs[i], sel.Sel.Name)
				}
			}
		case *ast.CallExpr:
			fn := match.Callee(c.info, n)
			if i, ok := knowledge.AccountIDArgs[match.FuncName(fn)]; ok && i < len(n.Args) {
				c.accountID(cur, n.Args[i], fn.Name())
			}
		}
	}
}

// accountID reports e, the account ID what is given at cur, when it is a
// constant GUID, or a field whose package writes one to it (a preset,
// reported where it is used as an account ID, as DS203 judges a preset
// secret: values.FieldConstants).
func (c *ids) accountID(cur inspector.Cursor, e ast.Expr, what string) {
	if c.guid(cur, e) {
		c.report("DS107", e, accountIDMsg, what)
		return
	}
	if field, guids := c.presetGUIDs(e); len(guids) > 0 {
		c.report("DS107", e, accountIDMsg, what+" (field "+field+")")
	}
}

// presetGUIDs returns, when e reads a field, its name and the GUIDs other
// than placeholders that the field's package writes to it. A library's
// account ID field (jc.AccountID) is judged where it is written.
func (c *ids) presetGUIDs(e ast.Expr) (field string, guids []string) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || slices.Contains(knowledge.AccountIDFields, match.FieldOwner(c.info, sel)+"."+sel.Sel.Name) {
		return "", nil
	}
	for _, s := range c.vals().FieldConstants(sel) {
		if docusign.IsGUID(s) && !docusign.PlaceholderGUID(s) {
			guids = append(guids, s)
		}
	}
	return sel.Sel.Name, guids
}
