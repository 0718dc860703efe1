package endpoints

import (
	"cmp"
	"go/constant"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
)

// A constUse is a use of another package's string constant that names a
// DocuSign host (dshosts.DemoAuth), other than a comparison or message text.
type constUse struct {
	cur   inspector.Cursor // the identifier or qualified identifier
	obj   *types.Const
	hosts []docusign.Mention
}

// foreignConsts returns the uses, in the files in scope, of constants of
// other packages that name DocuSign hosts. The package that declares them
// may hold the demo and the production value side by side (and is then not
// reported); the package that uses one of them chooses it.
func foreignConsts(pass *analysis.Pass, idx constUses, r *report.Reporter) []constUse {
	if len(pass.Files) == 0 || match.FilesInGoroot(pass.Fset, pass.Files) {
		return nil // the standard library names no DocuSign host
	}
	var out []constUse
	for k, uses := range idx {
		if k.Pkg() == nil || k.Pkg() == pass.Pkg || k.Val().Kind() != constant.String {
			continue
		}
		s := constant.StringVal(k.Val())
		if !docusign.MaybeMentions(s) {
			continue
		}
		hosts := docusign.FindHosts(s)
		if len(hosts) == 0 {
			continue
		}
		for _, cur := range uses {
			if u, ok := foreignUse(pass, r, cur, k, hosts); ok {
				out = append(out, u)
			}
		}
	}
	slices.SortFunc(out, func(a, b constUse) int { return cmp.Compare(a.cur.Node().Pos(), b.cur.Node().Pos()) })
	return out
}

// foreignUse returns the use of k at cur (its identifier), unless it is out
// of scope, a comparison or message text.
func foreignUse(pass *analysis.Pass, r *report.Reporter, cur inspector.Cursor, k *types.Const, hosts []docusign.Mention) (constUse, bool) {
	if !r.InScope(cur.Node().Pos()) {
		return constUse{}, false
	}
	if cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
		cur = cur.Parent() // dshosts.DemoAuth
	}
	if match.Compared(pass.TypesInfo, cur) || match.InMessage(pass.TypesInfo, cur) {
		return constUse{}, false
	}
	return constUse{cur: cur, obj: k, hosts: hosts}, true
}

// checkForeignConsts reports DS101 at a use of another package's demo or
// stage host constant unless a production host of the same API family
// reaches the same use (excused). Only a constant declared next to its
// production twin counts: that package was not reported (it holds both),
// and this one chose the demo one. A lone demo constant was reported at its
// declaration already.
func checkForeignConsts(pass *analysis.Pass, r *report.Reporter, uses []constUse, excused func(inspector.Cursor, docusign.Family) bool) {
	for _, u := range uses {
		for _, m := range u.hosts {
			h := m.Host
			if (h.Env == docusign.Demo || h.Env == docusign.Stage) && h.Family != "" && declaresProd(u.obj.Pkg(), h.Family) && !excused(u.cur, h.Family) {
				n := u.cur.Node()
				r.Reportf("DS101", n, "%s", demoMessage(h, r.InTestFile(n.Pos()), u.obj.Pkg().Name()+"."+u.obj.Name()))
				break
			}
		}
	}
}

// declaresProd reports whether pkg declares a string constant that names a
// production host of the family.
func declaresProd(pkg *types.Package, f docusign.Family) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok || k.Val().Kind() != constant.String {
			continue
		}
		for _, m := range docusign.FindHosts(constant.StringVal(k.Val())) {
			if m.Host.Env == docusign.Prod && m.Host.Family == f {
				return true
			}
		}
	}
	return false
}
