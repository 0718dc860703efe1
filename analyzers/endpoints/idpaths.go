package endpoints

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/match"
)

// accountsSegment is the path segment an account ID follows; a package
// whose strings never contain it builds no account path.
const accountsSegment = "accounts/"

// mayHoldAccountPath reports whether a string literal of the package, or a
// constant it uses, contains the accounts path segment. The uses are
// indexed (idx) only when a constant the package declares or an import
// exports holds the segment: the constants a package can use.
func mayHoldAccountPath(info *types.Info, pkg *types.Package, insp *inspector.Inspector, idx func() constUses) bool {
	for n := range insp.PreorderSeq((*ast.BasicLit)(nil)) {
		if lit := n.(*ast.BasicLit); lit.Kind == token.STRING && accountPart(lit.Value) {
			return true
		}
	}
	if !declaresAccountConst(info, insp) && !evidence.ImportsString(pkg, accountPart, &accountConsts) {
		return false
	}
	for k := range idx() {
		if accountConst(k) {
			return true
		}
	}
	return false
}

// declaresAccountConst reports whether a constant declared in the package
// (at package level or in a function) holds the accounts path segment.
func declaresAccountConst(info *types.Info, insp *inspector.Inspector) bool {
	for n := range insp.PreorderSeq((*ast.ValueSpec)(nil)) {
		for _, name := range n.(*ast.ValueSpec).Names {
			if k, ok := info.Defs[name].(*types.Const); ok && accountConst(k) {
				return true
			}
		}
	}
	return false
}

// accountConst reports whether k is a string constant holding the accounts
// path segment.
func accountConst(k *types.Const) bool {
	return k.Val().Kind() == constant.String && accountPart(constant.StringVal(k.Val()))
}

// accountPart reports whether s contains the accounts path segment.
func accountPart(s string) bool { return strings.Contains(s, accountsSegment) }

// accountConsts caches, by package, whether it exports a string constant
// holding the accounts path segment.
var accountConsts match.PackageMemo[bool]

// accountPaths reports an account ID GUID in a DocuSign REST path
// (/restapi/v2.1/accounts/<guid>/envelopes, or /v2.1/accounts/<guid>
// relative to the base URI in a package about DocuSign), written in one literal or
// built by concatenation, fmt.Sprintf or a path join from constant parts. The finding
// goes where the GUID is written: a path held in a constant or variable is
// reported at its definition, not again where it is used.
func (c *ids) accountPaths(insp *inspector.Inspector) {
	for cur := range insp.Root().Preorder((*ast.BasicLit)(nil), (*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil)) {
		e := cur.Node().(ast.Expr)
		if !c.pathRoot(cur) || !c.r.InScope(e.Pos()) || match.InMessage(c.info, cur) ||
			match.Compared(c.info, cur) || onlyCompared(c.info, c.idx, cur) {
			continue
		}
		pieces := match.Pieces(c.info, e, c.resolver(cur))
		joined, offsets := match.Joined(pieces, docusign.UnknownPart)
		start, end, ok := c.accountPathID(joined)
		if !ok {
			c.presetPath(pieces)
			continue
		}
		if rng, ok := c.guidRange(e, pieces, offsets, start, end); ok {
			c.report("DS107", rng, accountIDMsg, "the REST path")
		}
	}
}

// presetPath reports a REST path whose account ID is read from a field of
// the application's config type that its package presets to a GUID
// ("/restapi/v2.1/accounts/" + cfg.AccountID): at the read, as accountID
// reports one handed to esign.
func (c *ids) presetPath(pieces []match.Piece) {
	for k, p := range pieces {
		if p.Known {
			continue
		}
		field, guids := c.presetGUIDs(p.Expr)
		for _, g := range guids {
			with := slices.Clone(pieces)
			with[k] = match.Piece{Expr: p.Expr, Text: g, Known: true}
			joined, offsets := match.Joined(with, docusign.UnknownPart)
			if start, end, ok := c.accountPathID(joined); ok && offsets[k] <= start && end <= offsets[k]+len(g) {
				c.report("DS107", p.Expr, accountIDMsg, "the REST path (field "+field+")")
				return
			}
		}
	}
}

// accountPathID finds the account ID of a DocuSign REST path in s: also
// one relative to the base URI (/v2.1/accounts/<guid>) in a package about
// DocuSign.
func (c *ids) accountPathID(s string) (start, end int, ok bool) {
	if c.dsPkg {
		return docusign.RelativeAccountPathID(s)
	}
	return docusign.AccountPathID(s)
}

// pathRoot reports whether the expression at cur is a whole string
// expression: a string literal, a concatenation or a builder call (Sprintf, a path join) that
// is not itself a part of a larger concatenation or Sprintf, an import path
// or a struct tag.
func (c *ids) pathRoot(cur inspector.Cursor) bool {
	switch n := cur.Node().(type) {
	case *ast.BasicLit:
		if n.Kind != token.STRING || cur.ParentEdgeKind() == edge.ImportSpec_Path || cur.ParentEdgeKind() == edge.Field_Tag {
			return false
		}
	case *ast.BinaryExpr:
		if n.Op != token.ADD || !match.IsString(c.info, n) {
			return false
		}
	case *ast.CallExpr:
		if !match.IsCallTo(c.info, n, match.Builders...) {
			return false
		}
	}
	for p := cur.Parent(); ; p = p.Parent() {
		switch x := p.Node().(type) {
		case *ast.ParenExpr:
			continue
		case *ast.BinaryExpr:
			return x.Op != token.ADD
		case *ast.CallExpr:
			return !match.IsCallTo(c.info, x, match.Builders...)
		}
		return true
	}
}

// guidRange returns where to report the GUID at [start, end) of the
// string built from pieces: inside the literal that holds it, or at the
// operand (a constant or variable) it comes from. ok is false when that
// operand holds a whole account path itself: it is reported at its own
// definition.
func (c *ids) guidRange(root ast.Expr, pieces []match.Piece, offsets []int, start, end int) (analysis.Range, bool) {
	k := -1
	for i, p := range pieces {
		if p.Known && offsets[i] <= start && end <= offsets[i]+len(p.Text) {
			k = i
		}
	}
	if k < 0 {
		return root, true // the GUID spans parts
	}
	p := pieces[k]
	if lit, ok := ast.Unparen(p.Expr).(*ast.BasicLit); ok {
		if raw := lit.Value; len(raw) >= 2 && raw[1:len(raw)-1] == p.Text {
			pos := lit.Pos() + 1 + token.Pos(start-offsets[k])
			return match.Span(pos, pos+token.Pos(end-start)), true
		}
		return lit, true
	}
	var own []match.Piece // the whole value of the operand the GUID is in
	for _, q := range pieces {
		if q.Expr == p.Expr {
			own = append(own, q)
		}
	}
	value, _ := match.Joined(own, docusign.UnknownPart)
	if _, _, whole := c.accountPathID(value); whole {
		return nil, false
	}
	return p.Expr, true
}
