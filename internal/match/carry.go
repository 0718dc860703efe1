package match

import (
	"go/ast"
	"go/types"
)

// carriers are standard-library functions whose first result is their
// first argument re-encoded or trimmed: the same value in another form.
var carriers = []string{
	"(*encoding/base64.Encoding).DecodeString", "(*encoding/base64.Encoding).EncodeToString",
	"encoding/hex.DecodeString", "encoding/hex.EncodeToString",
	"strings.TrimSpace", "strings.TrimPrefix", "strings.TrimSuffix", "strings.ToLower", "strings.ToUpper",
	"bytes.TrimSpace", "bytes.TrimPrefix", "bytes.TrimSuffix",
}

// Carried returns the argument whose value the call's (first) result
// carries: the operand of a conversion such as []byte(s), or the first
// argument of base64/hex encoding or decoding and of trimming. ok is false
// for any other call.
func Carried(info *types.Info, call *ast.CallExpr) (arg ast.Expr, ok bool) {
	if len(call.Args) == 0 {
		return nil, false
	}
	if tv, isType := info.Types[call.Fun]; isType && tv.IsType() {
		return call.Args[0], len(call.Args) == 1
	}
	if IsCallTo(info, call, carriers...) {
		return call.Args[0], true
	}
	return nil, false
}

// encoders serialise a Go value: their output is a new encoding of data
// that was decoded, not the bytes that were received.
var encoders = []string{"encoding/json.Marshal", "encoding/json.MarshalIndent", "encoding/xml.Marshal", "encoding/xml.MarshalIndent"}

// Encodes reports whether call serialises a Go value (json.Marshal,
// xml.MarshalIndent, ...).
func Encodes(info *types.Info, call *ast.CallExpr) bool {
	return IsCallTo(info, call, encoders...)
}
