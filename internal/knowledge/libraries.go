package knowledge

// JWTLibraries are the libraries Go code builds JWT assertions with (import
// path prefixes): the JWT packages themselves, the JWT-grant configs of
// x/oauth2 and its fork, and esign, whose JWTConfig signs its own.
var JWTLibraries = []string{
	"github.com/golang-jwt/jwt",
	"github.com/dgrijalva/jwt-go",
	"github.com/lestrrat-go/jwx",
	"github.com/go-jose/go-jose",
	"gopkg.in/square/go-jose.v2",
	"gopkg.in/go-jose/go-jose.v2",
	"golang.org/x/oauth2/jwt",
	"github.com/jfcote87/oauth2/jwt",
	"github.com/jfcote87/esign",
}

// OAuthLibraries are the OAuth client libraries that obtain and hold access
// tokens (import path prefixes): x/oauth2, the fork esign uses, and esign.
var OAuthLibraries = []string{
	"golang.org/x/oauth2",
	"github.com/jfcote87/oauth2",
	"github.com/jfcote87/esign",
}

// AuthLibraries are the OAuth and JWT libraries DocuSign integrations use
// (import path prefixes). A package that imports none of them and names no
// DocuSign host cannot build a DocuSign assertion or OAuth configuration
// through a library.
var AuthLibraries = append(append([]string(nil), JWTLibraries...), OAuthLibraries...)
