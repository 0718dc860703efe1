package match

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Piece is one part of a string built by concatenation or fmt.Sprintf: a
// known constant text, or a part whose value is unknown.
type Piece struct {
	Expr  ast.Expr // the operand or argument as written where the string is built
	Text  string   // the constant text, when Known
	Known bool
}

// Builders are the calls whose result Pieces splits: fmt.Sprintf and the
// PathJoins.
var Builders = append([]string{"fmt.Sprintf"}, PathJoins...)

// PathJoins join path elements with slashes: path.Join, url.JoinPath and
// (*url.URL).JoinPath (whose receiver is an unknown first part).
var PathJoins = []string{"path.Join", "net/url.JoinPath", "(*net/url.URL).JoinPath"}

// maxPieceDepth bounds how many definitions Pieces follows through.
const maxPieceDepth = 4

// Pieces returns the parts of the string expression e in order: the
// operands of a + chain (also a constant one) and the format text and arguments of fmt.Sprintf
// (%s and %v take a constant argument's text; other verbs are unknown).
// resolve, when not nil, maps an identifier to the expression that defines
// it (a local variable's single definition, a package variable never
// reassigned) or returns it unchanged; a part read through a definition
// keeps the identifier as its Expr. A part that is not constant is one
// unknown piece.
func Pieces(info *types.Info, e ast.Expr, resolve func(ast.Expr) ast.Expr) []Piece {
	return pieces(info, e, nil, resolve, 0)
}

// pieces splits e; at is the identifier whose definition e is (the Expr of
// every piece), or nil when e is written where the string is built.
func pieces(info *types.Info, e, at ast.Expr, resolve func(ast.Expr) ast.Expr, depth int) []Piece {
	e = ast.Unparen(e)
	anchor := at
	if anchor == nil {
		anchor = e
	}
	if x, ok := e.(*ast.BinaryExpr); ok && x.Op == token.ADD && depth <= maxPieceDepth && IsString(info, x) {
		return append(pieces(info, x.X, at, resolve, depth+1), pieces(info, x.Y, at, resolve, depth+1)...)
	}
	if s, ok := String(info, e); ok {
		return []Piece{{Expr: anchor, Text: s, Known: true}}
	}
	unknown := []Piece{{Expr: anchor}}
	if depth > maxPieceDepth {
		return unknown
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		if IsCallTo(info, x, "fmt.Sprintf") && len(x.Args) > 0 {
			return sprintfPieces(info, x, at, resolve, depth)
		}
		if IsCallTo(info, x, PathJoins...) {
			return joinPieces(info, x, at, resolve, depth)
		}
	case *ast.Ident, *ast.SelectorExpr:
		if resolve != nil {
			if def := ast.Unparen(resolve(x)); def != e {
				return pieces(info, def, anchor, resolve, depth+1)
			}
		}
	}
	return unknown
}

// joinPieces splits a path join into its elements, with a "/" between two
// elements unless one of them already has it there (path.Join cleans the
// doubled slash away).
func joinPieces(info *types.Info, call *ast.CallExpr, at ast.Expr, resolve func(ast.Expr) ast.Expr, depth int) []Piece {
	var out []Piece
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && IsCallTo(info, call, "(*net/url.URL).JoinPath") {
		out = append(out, Piece{Expr: orAt(at, sel.X)})
	}
	for _, a := range call.Args {
		ps := pieces(info, a, at, resolve, depth+1)
		if len(out) > 0 && len(ps) > 0 {
			last, next := out[len(out)-1], ps[0]
			if !(last.Known && strings.HasSuffix(last.Text, "/")) && !(next.Known && strings.HasPrefix(next.Text, "/")) {
				out = append(out, Piece{Expr: orAt(at, a), Text: "/", Known: true})
			}
		}
		out = append(out, ps...)
	}
	return out
}

// orAt returns at when a part is read through a definition, else e.
func orAt(at, e ast.Expr) ast.Expr {
	if at != nil {
		return at
	}
	return e
}

// Joined returns the string the pieces make, each unknown one written as
// hole, and where each piece starts in it.
func Joined(pieces []Piece, hole string) (string, []int) {
	var b strings.Builder
	offsets := make([]int, len(pieces))
	for i, p := range pieces {
		offsets[i] = b.Len()
		if p.Known {
			b.WriteString(p.Text)
		} else {
			b.WriteString(hole)
		}
	}
	return b.String(), offsets
}

// IsString reports whether e has a string type (a named one included).
func IsString(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// sprintfPieces splits fmt.Sprintf(format, args...) into the format's text
// and its arguments. A format that is not constant, or uses argument
// indexes or * widths, is one unknown piece.
func sprintfPieces(info *types.Info, call *ast.CallExpr, at ast.Expr, resolve func(ast.Expr) ast.Expr, depth int) []Piece {
	anchor := func(e ast.Expr) ast.Expr { return orAt(at, e) }
	format, ok := String(info, call.Args[0])
	if !ok || strings.ContainsAny(format, "[*") {
		return []Piece{{Expr: anchor(call)}}
	}
	var out []Piece
	args := call.Args[1:]
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			out = append(out, Piece{Expr: anchor(call.Args[0]), Text: text.String(), Known: true})
			text.Reset()
		}
	}
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			text.WriteByte(format[i])
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.", format[j]) >= 0 {
			j++
		}
		if j == len(format) {
			return []Piece{{Expr: anchor(call)}}
		}
		switch verb := format[j]; {
		case verb == '%' && j == i+1:
			text.WriteByte('%')
		case len(args) == 0:
			return []Piece{{Expr: anchor(call)}} // a missing argument: vet's business
		case (verb == 's' || verb == 'v') && j == i+1:
			flush()
			out = append(out, pieces(info, args[0], at, resolve, depth+1)...)
			args = args[1:]
		default:
			flush()
			out = append(out, Piece{Expr: anchor(args[0])})
			args = args[1:]
		}
		i = j
	}
	flush()
	return out
}
