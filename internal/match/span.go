package match

import (
	"go/token"

	"golang.org/x/tools/go/analysis"
)

// Span returns the analysis.Range [pos, end), for a diagnostic narrower
// than any node: the host inside a URL literal, one scope of a list.
func Span(pos, end token.Pos) analysis.Range { return span{pos, end} }

type span struct{ pos, end token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return s.end }
