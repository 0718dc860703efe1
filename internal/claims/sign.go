package claims

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/dslint/dslint/internal/match"
)

// NewWithClaims are the golang-jwt constructors whose second argument is the
// claim set; the token they return is signed with SignedString.
var NewWithClaims = []string{
	"github.com/golang-jwt/jwt/v5.NewWithClaims",
	"github.com/golang-jwt/jwt/v4.NewWithClaims",
	"github.com/golang-jwt/jwt.NewWithClaims",
	"github.com/dgrijalva/jwt-go.NewWithClaims",
}

// Marshal are the calls that serialise a hand-rolled assertion's claims
// (a map or struct) before it is signed with crypto/rsa.
var Marshal = []string{"encoding/json.Marshal", "(*encoding/json.Encoder).Encode"}

// HMACMethods are the golang-jwt types of the HS256/HS384/HS512 signing
// methods. DocuSign's JWT grant takes RS256 assertions only, so claims
// signed with a shared secret are an application's own token.
var HMACMethods = []string{
	"github.com/golang-jwt/jwt/v5.SigningMethodHMAC",
	"github.com/golang-jwt/jwt/v4.SigningMethodHMAC",
	"github.com/golang-jwt/jwt.SigningMethodHMAC",
	"github.com/dgrijalva/jwt-go.SigningMethodHMAC",
}

// New are the golang-jwt constructors of a token without claims, whose
// Claims field is assigned before SignedString (the jwt-go style).
var New = []string{
	"github.com/golang-jwt/jwt/v5.New",
	"github.com/golang-jwt/jwt/v4.New",
	"github.com/golang-jwt/jwt.New",
	"github.com/dgrijalva/jwt-go.New",
}

// SignedString are the golang-jwt methods that sign a token.
var SignedString = []string{
	"(*github.com/golang-jwt/jwt/v5.Token).SignedString",
	"(*github.com/golang-jwt/jwt/v4.Token).SignedString",
	"(*github.com/golang-jwt/jwt.Token).SignedString",
	"(*github.com/dgrijalva/jwt-go.Token).SignedString",
}

// TokenSign are the jwx functions that sign the token in their first argument.
var TokenSign = []string{
	"github.com/lestrrat-go/jwx/v2/jwt.Sign",
	"github.com/lestrrat-go/jwx/v3/jwt.Sign",
	"github.com/lestrrat-go/jwx/jwt.Sign",
}

// TokenConstructors are the jwx functions that start an empty claim set:
// jwt.New() and jwt.NewBuilder().
var TokenConstructors = []string{
	"github.com/lestrrat-go/jwx/v2/jwt.New", "github.com/lestrrat-go/jwx/v2/jwt.NewBuilder",
	"github.com/lestrrat-go/jwx/v3/jwt.New", "github.com/lestrrat-go/jwx/v3/jwt.NewBuilder",
	"github.com/lestrrat-go/jwx/jwt.New", "github.com/lestrrat-go/jwx/jwt.NewBuilder",
}

// joseBuilders maps go-jose Builder interfaces to the function that starts
// a signed builder (jwt.Signed).
var joseBuilders = map[string]string{
	"github.com/go-jose/go-jose/v4/jwt.Builder": "github.com/go-jose/go-jose/v4/jwt.Signed",
	"github.com/go-jose/go-jose/v3/jwt.Builder": "github.com/go-jose/go-jose/v3/jwt.Signed",
	"gopkg.in/square/go-jose.v2/jwt.Builder":    "gopkg.in/square/go-jose.v2/jwt.Signed",
	"gopkg.in/go-jose/go-jose.v2/jwt.Builder":   "gopkg.in/go-jose/go-jose.v2/jwt.Signed",
}

// joseFinish are the go-jose Builder methods that produce the signed token.
var joseFinish = map[string]bool{"Serialize": true, "CompactSerialize": true, "FullSerialize": true, "Token": true}

// JoseSigned recognises the end of a go-jose chain,
// jwt.Signed(sig).Claims(a).Claims(b).Serialize(), and returns the Claims
// arguments in source order. complete is true when the chain starts at
// jwt.Signed in the same expression, so no Claims call can be missing.
func JoseSigned(info *types.Info, call *ast.CallExpr) (args []ast.Expr, complete, ok bool) {
	fn := match.Callee(info, call)
	if fn == nil || !joseFinish[fn.Name()] {
		return nil, false, false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		return nil, false, false
	}
	signed, ok := joseBuilders[match.TypeName(sig.Recv().Type())]
	if !ok {
		return nil, false, false
	}
	x := call.Fun
	for {
		sel, isSel := ast.Unparen(x).(*ast.SelectorExpr)
		if !isSel {
			return args, false, true
		}
		inner, isCall := ast.Unparen(sel.X).(*ast.CallExpr)
		if !isCall {
			return args, false, true
		}
		f := match.Callee(info, inner)
		switch {
		case f != nil && f.Name() == "Claims" && len(inner.Args) == 1:
			args = append([]ast.Expr{inner.Args[0]}, args...)
			x = inner.Fun
		case match.FuncName(f) == signed:
			return args, true, true
		default:
			return args, false, true
		}
	}
}

// PayloadSigners sign bytes, a JWS signing input or its digest, with a
// private key: jwx's jws.Sign, go-jose's Signer, and the standard library's
// asymmetric signatures. An HMAC is none: a hand-rolled HS256 token is
// told from a webhook signature by nothing but its intent.
var PayloadSigners = []string{
	"github.com/lestrrat-go/jwx/v2/jws.Sign",
	"github.com/lestrrat-go/jwx/v3/jws.Sign",
	"github.com/lestrrat-go/jwx/jws.Sign",
	"(github.com/go-jose/go-jose/v4.Signer).Sign",
	"(github.com/go-jose/go-jose/v3.Signer).Sign",
	"(gopkg.in/square/go-jose.v2.Signer).Sign",
	"(gopkg.in/go-jose/go-jose.v2.Signer).Sign",
	"crypto/rsa.SignPKCS1v15", "crypto/rsa.SignPSS", "(*crypto/rsa.PrivateKey).Sign",
	"crypto/ecdsa.Sign", "crypto/ecdsa.SignASN1", "(*crypto/ecdsa.PrivateKey).Sign",
	"crypto/ed25519.Sign", "(crypto/ed25519.PrivateKey).Sign",
	"(crypto.Signer).Sign",
}

// A Use is what a call does with a value that may be JWT claims, for the
// summary of a function that signs its parameters: a function that
// serialises a value (Marshals) and signs a JWT (Signs) signs that value
// as claims.
type Use struct {
	Claims   []ast.Expr // the arguments it signs as claims: NewWithClaims's second, jwx jwt.Sign's token, a go-jose chain's Claims
	Marshals ast.Expr   // the value it serialises with encoding/json (Marshal), or nil
	Signs    bool       // it signs a JWT or the bytes of one: SignedString, jwt.Sign, a go-jose chain's end, PayloadSigners
}

// usePackages are the packages of the calls CallUse knows: the name of a
// call is only built for them.
var usePackages = func() map[string]bool {
	out := map[string]bool{}
	for _, list := range [][]string{NewWithClaims, TokenSign, SignedString, PayloadSigners, Marshal} {
		for _, name := range list {
			name = strings.TrimLeft(name, "(*")
			name, _, _ = strings.Cut(name, ")")
			out[name[:strings.LastIndex(name, ".")]] = true
		}
	}
	for _, signed := range joseBuilders {
		out[signed[:strings.LastIndex(signed, ".")]] = true
	}
	return out
}()

// CallUse returns what call does with JWT claims.
func CallUse(info *types.Info, call *ast.CallExpr) Use {
	fn := match.Callee(info, call)
	if fn == nil || !usePackages[match.PkgPath(fn.Pkg())] {
		return Use{}
	}
	name := match.FuncName(fn)
	switch {
	case slices.Contains(NewWithClaims, name) && len(call.Args) >= 2:
		return Use{Claims: call.Args[1:2]}
	case slices.Contains(TokenSign, name) && len(call.Args) >= 1:
		return Use{Claims: call.Args[:1], Signs: true}
	case slices.Contains(SignedString, name) || slices.Contains(PayloadSigners, name):
		return Use{Signs: true}
	case slices.Contains(Marshal, name) && len(call.Args) == 1:
		return Use{Marshals: call.Args[0]}
	}
	args, _, ok := JoseSigned(info, call)
	return Use{Claims: args, Signs: ok}
}
