package polling

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/timeexpr"
)

// checker holds the package's evaluators.
type checker struct {
	info *types.Info
	durs *timeexpr.Durations
	// docuSign reports whether the package has DocuSign evidence, which a
	// path relative to the REST base needs (computed on first need).
	docuSign func() bool
}

// outerBody returns the body of the function declaration around cur, whose
// local definitions closures inside it share, or nil at package level.
func outerBody(cur inspector.Cursor) *ast.BlockStmt {
	for fd := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return fd.Node().(*ast.FuncDecl).Body
	}
	return nil
}

// statusRequest reports whether call requests envelope status: an esign
// status operation's Do, or a net/http GET of an envelope status path
// (relative to a REST base that ends in /restapi, in a package with
// DocuSign evidence).
func (c *checker) statusRequest(fn *ast.BlockStmt, call *ast.CallExpr) bool {
	name := match.CalleeName(c.info, call)
	if name == "" {
		return false
	}
	for _, op := range knowledge.EnvelopeStatusOps {
		if name == op {
			return true
		}
	}
	i, ok := knowledge.RequestURLArgs[name]
	if !ok || i >= len(call.Args) || !c.isGET(name, call) {
		return false
	}
	defs := c.durs.Defs(fn)
	url, _ := match.Joined(match.Pieces(c.info, call.Args[i], defs.Resolve), docusign.UnknownPart)
	return docusign.EnvelopeStatusPath(url) || docusign.RelativeEnvelopeStatusPath(url) && c.docuSign()
}

// isGET reports whether the request call sends or builds is a GET:
// http.Get, (*http.Client).Get, or NewRequest with a constant "GET" (or "",
// which net/http sends as GET).
func (c *checker) isGET(name string, call *ast.CallExpr) bool {
	switch {
	case slices.Contains(knowledge.GETRequests, name):
		return true
	case slices.Contains(knowledge.RequestBuilders, name):
		m, ok := match.String(c.info, call.Args[knowledge.RequestURLArgs[name]-1])
		return ok && (m == "" || m == "GET")
	}
	return false
}
