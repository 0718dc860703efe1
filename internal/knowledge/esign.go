package knowledge

// APIs of github.com/jfcote87/esign, the Go DocuSign client.
const (
	// EsignPkg is esign's import path (a prefix of its API packages).
	EsignPkg = "github.com/jfcote87/esign"
	// EsignOAuth2Config is the authorization code grant's configuration.
	EsignOAuth2Config = EsignPkg + ".OAuth2Config"
	// EsignJWTConfig is the JWT grant's configuration; it signs its own
	// assertion and adds the impersonation scope itself.
	EsignJWTConfig = EsignPkg + ".JWTConfig"
	// EsignCredential is esign's JWT grant: its apiUserName argument is
	// the assertion's sub.
	EsignCredential = "(*" + EsignJWTConfig + ").Credential"
	// EsignLegacyPkg is esign's legacy (password, X-DocuSign-Authentication)
	// authentication.
	EsignLegacyPkg = EsignPkg + "/legacy"
)

// ScopeCall is an esign call that takes scopes, variadic from argument First.
type ScopeCall struct {
	First int
	// What names the call in messages.
	What string
	// Kind is the request the scopes go with.
	Kind ScopeCallKind
}

// ScopeCallKind is the request an esign call's scopes go with.
type ScopeCallKind uint8

// The kinds of ScopeCall.
const (
	// ScopesJWTCredential: a JWT grant that adds impersonation itself.
	ScopesJWTCredential ScopeCallKind = iota
	// ScopesConsentURL: a consent URL; the code is not exchanged.
	ScopesConsentURL
	// ScopesAuthURL: an authorization code URL, a code grant when the
	// configuration's code is exchanged.
	ScopesAuthURL
)

// ScopeCalls are esign's calls that take scopes.
var ScopeCalls = map[string]ScopeCall{
	EsignCredential: {First: 3, What: "esign JWTConfig.Credential", Kind: ScopesJWTCredential},
	"(*" + EsignJWTConfig + ").UserConsentURL":          {First: 1, What: "esign JWTConfig.UserConsentURL", Kind: ScopesConsentURL},
	"(*" + EsignJWTConfig + ").ExternalAdminConsentURL": {First: 4, What: "esign JWTConfig.ExternalAdminConsentURL", Kind: ScopesConsentURL},
	"(*" + EsignOAuth2Config + ").AuthURL":              {First: 1, What: "esign OAuth2Config.AuthURL", Kind: ScopesAuthURL},
}

// DemoFlags are the boolean fields that select DocuSign's developer sandbox.
var DemoFlags = []string{
	EsignJWTConfig + ".IsDemo",
	EsignOAuth2Config + ".IsDemo",
	EsignLegacyPkg + ".Config.IsDemoAccount",
	EsignLegacyPkg + ".OauthCredential.IsDemoAccount",
}

// DemoArg is a call's boolean argument that selects the sandbox.
type DemoArg struct {
	Index, Args int    // the argument's index, of this many
	What        string // the call with the flag set, for messages
}

// DemoFlagArgs are the calls whose boolean argument selects the sandbox.
var DemoFlagArgs = map[string]DemoArg{
	EsignPkg + ".TokenCredential": {Index: 1, Args: 2, What: "esign.TokenCredential(..., true)"},
}

// LegacyAPI are esign's legacy password-based types.
var LegacyAPI = []string{EsignLegacyPkg + ".Config"}

// DocuSignLibraries are import paths whose use alone shows a package talks
// to DocuSign.
var DocuSignLibraries = []string{EsignPkg}
