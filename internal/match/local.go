package match

import (
	"go/ast"
	"go/token"
	"go/types"
	"net"
	"net/url"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/knowledge"
)

// LocalURL reports whether e is the URL of a server on this machine: the
// URL field of a *net/http/httptest.Server, alone, followed by more text
// (ts.URL + "/token") or as the leading %s of fmt.Sprintf; or a constant
// URL whose host is localhost or a loopback address. Anything else,
// including a value not known here, is not local.
func LocalURL(info *types.Info, e ast.Expr) bool {
	e = ast.Unparen(e)
	if s, ok := String(info, e); ok {
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return false
		}
		h := u.Hostname()
		ip := net.ParseIP(h)
		return h == "localhost" || ip != nil && ip.IsLoopback()
	}
	switch e := e.(type) {
	case *ast.SelectorExpr:
		return e.Sel.Name == "URL" && IsType(TypeOf(info, e.X), "net/http/httptest.Server")
	case *ast.BinaryExpr:
		return e.Op == token.ADD && LocalURL(info, e.X)
	case *ast.CallExpr:
		if IsCallTo(info, e, "fmt.Sprintf") && len(e.Args) > 1 {
			f, ok := String(info, e.Args[0])
			return ok && strings.HasPrefix(f, "%s") && LocalURL(info, e.Args[1])
		}
	}
	return false
}

// bodyWrappers turn a request body into a reader without changing it.
var bodyWrappers = []string{"strings.NewReader", "bytes.NewReader", "bytes.NewBufferString", "bytes.NewBuffer"}

// SentLocally reports whether the value at cur (seen through parentheses,
// conversions and readers such as strings.NewReader) is the body of a
// request that never leaves the machine: one built by httptest.NewRequest
// for a handler under test, or sent by a net/http function to a LocalURL.
func SentLocally(info *types.Info, cur inspector.Cursor) bool {
	for {
		for {
			if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
				break
			}
			cur = cur.Parent()
		}
		if cur.ParentEdgeKind() != edge.CallExpr_Args {
			return false
		}
		call := cur.Parent().Node().(*ast.CallExpr)
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() || IsCallTo(info, call, bodyWrappers...) {
			cur = cur.Parent()
			continue
		}
		if IsCallTo(info, call, "net/http/httptest.NewRequest", "net/http/httptest.NewRequestWithContext") {
			return true
		}
		i, ok := knowledge.RequestURLArgs[CalleeName(info, call)]
		return ok && i < len(call.Args) && cur.ParentEdgeIndex() > i && LocalURL(info, call.Args[i])
	}
}
