package knowledge

import "github.com/dslint/dslint/internal/docusign"

// Configuration types of golang.org/x/oauth2 and of github.com/jfcote87/oauth2,
// the fork esign uses.
const (
	// XJWTConfig is golang.org/x/oauth2/jwt.Config: it builds the JWT
	// assertion itself (exp = now + Expires or one hour, iat = now) and
	// sends TokenURL as aud unless Audience is set.
	XJWTConfig = "golang.org/x/oauth2/jwt.Config"
)

// OAuth2CodeConfigs are the OAuth client configurations of x/oauth2 and
// the fork, for the authorization code grant (AuthCodeURL, then Exchange).
var OAuth2CodeConfigs = []string{"golang.org/x/oauth2.Config", "github.com/jfcote87/oauth2.Config"}

// CodeConfigs are OAuth2CodeConfigs and esign's OAuth2Config.
var CodeConfigs = []string{OAuth2CodeConfigs[0], OAuth2CodeConfigs[1], EsignOAuth2Config}

// JWTConfigs are the configurations of the JWT bearer grant, which sign
// their own assertion.
var JWTConfigs = []string{XJWTConfig, "github.com/jfcote87/oauth2/jwt.Config"}

// OAuthConfigs are the OAuth client configurations of x/oauth2 and the
// fork, whose endpoints decide which provider issues their tokens.
var OAuthConfigs = []string{OAuth2CodeConfigs[0], OAuth2CodeConfigs[1], JWTConfigs[0], JWTConfigs[1]}

// ProviderEndpoints is the import path prefix of x/oauth2's provider
// packages, whose Endpoint variables are other providers' (google.Endpoint,
// endpoints.Dropbox).
const ProviderEndpoints = "golang.org/x/oauth2/"

// TokenTypes are the access token types.
var TokenTypes = []string{"golang.org/x/oauth2.Token", "github.com/jfcote87/oauth2.Token"}

// TokenSourceTypes are the token source interfaces.
var TokenSourceTypes = []string{"golang.org/x/oauth2.TokenSource", "github.com/jfcote87/oauth2.TokenSource"}

// TokenCalls are the calls that return a freshly obtained access token, with
// the grant that issued it. GrantUnknown for TokenSource.Token means "ask
// the receiver".
var TokenCalls = map[string]docusign.Grant{
	"(*golang.org/x/oauth2.Config).Exchange":              docusign.GrantCode,
	"(*github.com/jfcote87/oauth2.Config).Exchange":       docusign.GrantCode,
	"(*github.com/jfcote87/oauth2.Config).RefreshToken":   docusign.GrantCode,
	"(*github.com/jfcote87/oauth2/jwt.Config).Token":      docusign.GrantJWT,
	"(*github.com/jfcote87/esign.OAuth2Credential).Token": docusign.GrantUnknown,
	"(golang.org/x/oauth2.TokenSource).Token":             docusign.GrantUnknown,
	"(github.com/jfcote87/oauth2.TokenSource).Token":      docusign.GrantUnknown,
}

// SourceCalls create token sources, with the grant of the tokens they return.
var SourceCalls = map[string]docusign.Grant{
	"(*golang.org/x/oauth2/jwt.Config).TokenSource":        docusign.GrantJWT,
	"(*github.com/jfcote87/oauth2/jwt.Config).TokenSource": docusign.GrantJWT,
	"(*golang.org/x/oauth2.Config).TokenSource":            docusign.GrantCode,
	"(*github.com/jfcote87/oauth2.Config).TokenSource":     docusign.GrantCode,
}

// StaticSources wrap a token (their first argument) so that it is never
// refreshed, with the name messages use.
var StaticSources = map[string]string{
	"golang.org/x/oauth2.StaticTokenSource":        "oauth2.StaticTokenSource",
	"github.com/jfcote87/oauth2.StaticTokenSource": "oauth2.StaticTokenSource",
	"github.com/jfcote87/esign.TokenCredential":    "esign.TokenCredential",
}

// Authorizers are the calls whose argument (index in the SSA arguments, the
// receiver first) authorizes requests with a token. Config.Client is not
// one: it refreshes a token that has a refresh token.
var Authorizers = map[string]int{
	"(*golang.org/x/oauth2.Token).SetAuthHeader":        0,
	"(*github.com/jfcote87/oauth2.Token).SetAuthHeader": 0,
	"golang.org/x/oauth2.StaticTokenSource":             0,
	"github.com/jfcote87/oauth2.StaticTokenSource":      0,
	"github.com/jfcote87/esign.TokenCredential":         0,
}

// SenderPackages are the packages whose APIs send an access token: net/http
// (an Authorization header, a response a token is encoded into) and those
// of Authorizers. A package that imports none of them cannot send a token
// it keeps.
var SenderPackages = append([]string{"net/http"}, TokenLibraries...)

// TokenLibraries are the packages (and their subpackages) whose APIs obtain,
// hold, wrap or send an access token: x/oauth2, its fork and esign.
var TokenLibraries = []string{"golang.org/x/oauth2", "github.com/jfcote87/oauth2", EsignPkg}

// An ExpiryReader is a call that keeps a token argument and refreshes it
// only once its Expiry has passed (Token.Valid): given a token with a zero
// Expiry, it never refreshes.
type ExpiryReader struct {
	Token  int // the token's index in the SSA arguments, the receiver first
	Issuer int // index of the source or config whose provider issued it, or -1: the callee is DocuSign's
}

// ExpiryReaders are the calls that refresh a token argument only once it
// has expired: esign's credentials, ReuseTokenSource and the configs'
// TokenSource and Client (which wrap the token in a ReuseTokenSource).
var ExpiryReaders = map[string]ExpiryReader{
	EsignCredential: {Token: 2, Issuer: -1},
	"(*" + EsignOAuth2Config + ").Credential":          {Token: 1, Issuer: -1},
	"golang.org/x/oauth2.ReuseTokenSource":             {Token: 0, Issuer: 1},
	"golang.org/x/oauth2.ReuseTokenSourceWithExpiry":   {Token: 0, Issuer: 1},
	"github.com/jfcote87/oauth2.ReuseTokenSource":      {Token: 0, Issuer: 1},
	"(*golang.org/x/oauth2.Config).TokenSource":        {Token: 2, Issuer: 0},
	"(*golang.org/x/oauth2.Config).Client":             {Token: 2, Issuer: 0},
	"(*github.com/jfcote87/oauth2.Config).TokenSource": {Token: 1, Issuer: 0},
	"(*github.com/jfcote87/oauth2.Config).Client":      {Token: 1, Issuer: 0},
}

// ValidityChecks are the token methods that look at its expiry.
var ValidityChecks = []string{"(*golang.org/x/oauth2.Token).Valid", "(*github.com/jfcote87/oauth2.Token).Valid"}

// SourceWrappers are the calls whose result carries their token source (or
// credential) argument on: a client or source built over it.
var SourceWrappers = []string{
	"golang.org/x/oauth2.NewClient",
	"golang.org/x/oauth2.ReuseTokenSource",
	"golang.org/x/oauth2.ReuseTokenSourceWithExpiry",
	"github.com/jfcote87/oauth2.Client",
	"github.com/jfcote87/oauth2.ReuseTokenSource",
	"(*github.com/jfcote87/esign.OAuth2Credential).WithAccountID",
}

// RedirectFields are the struct fields that hold an OAuth redirect URI.
var RedirectFields = []string{
	"golang.org/x/oauth2.Config.RedirectURL",
	"github.com/jfcote87/oauth2.Config.RedirectURL",
	EsignOAuth2Config + ".RedirURL",
}

// SecretFields are the struct fields that hold an OAuth client secret, with
// the name messages use.
var SecretFields = map[string]string{
	"golang.org/x/oauth2.Config.ClientSecret":                   "oauth2.Config.ClientSecret",
	"golang.org/x/oauth2/clientcredentials.Config.ClientSecret": "clientcredentials.Config.ClientSecret",
	EsignOAuth2Config + ".Secret":                               "esign.OAuth2Config.Secret",
	"github.com/jfcote87/oauth2.Config.ClientSecret":            "oauth2.Config.ClientSecret (github.com/jfcote87/oauth2)",
}

// SecretPackages are the import paths (prefixes) through which a package
// can hand a client secret to an API in SecretFields or to a hand-built
// token request (url.Values, SetBasicAuth, a base64 Basic header).
var SecretPackages = []string{"golang.org/x/oauth2", "github.com/jfcote87", "net/url", "net/http", "encoding/base64"}

// Options of github.com/jfcote87/oauth2/jwt.Config (esign's JWTConfig takes
// them): the requested exp, in seconds after iat, and how many seconds
// before now iat is set.
const (
	SetExpiresIn = "(*github.com/jfcote87/oauth2/jwt.ConfigOptions).SetExpiresIn"
	SetIatOffset = "(*github.com/jfcote87/oauth2/jwt.ConfigOptions).SetIatOffset"
)
