package claims

import (
	"go/ast"
	"go/types"

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

// ClaimArgs returns the arguments a JWT library call signs as claims: the
// claim set of golang-jwt's NewWithClaims, the token of jwx's jwt.Sign, the
// Claims arguments of a go-jose chain ending at call (see JoseSigned).
func ClaimArgs(info *types.Info, call *ast.CallExpr) []ast.Expr {
	switch {
	case match.IsCallTo(info, call, NewWithClaims...) && len(call.Args) >= 2:
		return call.Args[1:2]
	case match.IsCallTo(info, call, TokenSign...) && len(call.Args) >= 1:
		return call.Args[:1]
	}
	args, _, _ := JoseSigned(info, call)
	return args
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

// SignsJWT reports whether call signs a JWT or the bytes of one: golang-jwt's
// SignedString, jwx's jwt.Sign, the end of a go-jose chain (JoseSigned) or
// one of PayloadSigners. A function that serialises a value with
// encoding/json (Marshal) and makes such a call signs that value as JWT
// claims.
func SignsJWT(info *types.Info, call *ast.CallExpr) bool {
	if _, _, ok := JoseSigned(info, call); ok {
		return true
	}
	return match.IsCallTo(info, call, SignedString...) || match.IsCallTo(info, call, TokenSign...) || match.IsCallTo(info, call, PayloadSigners...)
}
