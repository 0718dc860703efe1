package esign

import (
	"context"
	"net/http"
	"net/url"
	"sync"

	"github.com/jfcote87/ctxclient"
	"github.com/jfcote87/oauth2"
	"github.com/jfcote87/oauth2/jwt"
)

type demoFlag bool

func (df demoFlag) tokenURI() string {
	if df {
		return "account-d.docusign.com"
	}
	return "account.docusign.com"
}

// OAuth2Config allows for 3-legged oauth via a code grant mechanism
// see https://developers.docusign.com/esign-rest-api/guides/authentication/oauth2-code-grant
type OAuth2Config struct {
	// see "Create integrator key and configure settings" at
	// https://developers.docusign.com/esign-rest-api/guides
	IntegratorKey string `json:"integrator_key,omitempty"`
	// Secret generated when setting up integration in DocuSign. Leave blank for
	// implicit grant.
	Secret string `json:"secret,omitempty"`
	// The redirect URI must exactly match one of those pre-registered for the
	// integrator key. This determines where to redirect the user after they
	// successfully authenticate.
	RedirURL string `json:"redir_url,omitempty"`
	// DocuSign users may have more than one account.  If AccountID is
	// not set then the user's default account will be used.
	AccountID string `json:"account_id,omitempty"`
	// if not nil, CacheFunc is called after a new token is created passing
	// the newly created Token and UserInfo.
	CacheFunc func(context.Context, oauth2.Token, UserInfo) `json:"cache_func,omitempty"`
	// Prompt indicates whether the authentication server will prompt
	// the user for re-authentication, even if they have an active login session.
	Prompt bool `json:"prompt,omitempty"`
	// List of the end-user’s preferred languages, represented as a
	// space-separated list of RFC5646 language tag values ordered by preference.
	// Note: can no longer find in docusign documentation.
	UIlocales []string `json:"u_ilocales,omitempty"`
	// Set to true to obtain an extended lifetime token (i.e. contains refresh token)
	ExtendedLifetime bool `json:"extended_lifetime,omitempty"`
	// Use developer sandbox
	IsDemo bool `json:"is_demo,omitempty"`
	// determines client used for oauth2 token calls.  If
	// nil, ctxclient.Default will be used.
	HTTPClientFunc ctxclient.Func `json:"-"`
}

// AuthURL returns a URL to DocuSign's OAuth 2.0 consent page with
// all appropriate query parmeters for starting 3-legged OAuth2Flow.
// If scopes are empty, {"signature"} is assumed.
func (c *OAuth2Config) AuthURL(state string, scopes ...string) string {
	return "https://" + demoFlag(c.IsDemo).tokenURI() + "/oauth/auth"
}

// Exchange converts an authorization code into a token.
func (c *OAuth2Config) Exchange(ctx context.Context, code string) (*OAuth2Credential, error) {
	return nil, nil
}

// Credential returns an *OAuth2Credential using the passed oauth2.Token
// as the starting authorization token.
func (c *OAuth2Config) Credential(tk *oauth2.Token, u *UserInfo) (*OAuth2Credential, error) {
	return nil, nil
}

// JWTConfig is used to create an OAuth2Credential based upon DocuSign's
// Service Integration Authentication.
type JWTConfig struct {
	// see https://developers.docusign.com/esign-rest-api/guides/authentication/oauth2-jsonwebtoken#prerequisites
	IntegratorKey string `json:"integrator_key,omitempty"`
	// Use developer sandbox
	IsDemo bool `json:"is_demo,omitempty"`
	// PEM encoding of an RSA Private Key.
	// see https://developers.docusign.com/esign-rest-api/guides/authentication/oauth2-jsonwebtoken#prerequisites
	// for how to create RSA keys to the application.
	PrivateKey string `json:"private_key,omitempty"`
	KeyPairID  string `json:"key_pair_id,omitempty"`
	// DocuSign users may have more than one account.  If AccountID is
	// not set then the user's default account will be used.
	AccountID string `json:"account_id,omitempty"`
	// Options can specify how long the token will be valid. DocuSign
	// limits this to 1 hour.  1 hour is assumed if left empty.  Offsets
	// for expiring token may also be used.  Do not set FormValues or Custom Claims.
	Options *jwt.ConfigOptions `json:"expires,omitempty"`
	// if not nil, CacheFunc is called after a new token is created passing
	// the newly created Token and UserInfo.
	CacheFunc func(context.Context, oauth2.Token, UserInfo) `json:"-"`
	// HTTPClientFunc determines client used for oauth2 token calls.  If
	// nil, ctxclient.DefaultClient will be used.
	HTTPClientFunc ctxclient.Func `json:"-"`
}

// UserConsentURL creates a url allowing a user to consent to impersonation
func (c *JWTConfig) UserConsentURL(redirectURL string, scopes ...string) string {
	return "https://" + demoFlag(c.IsDemo).tokenURI() + "/oauth/auth"
}

// ExternalAdminConsentURL creates a url for beginning external admin consent workflow.
func (c *JWTConfig) ExternalAdminConsentURL(redirectURL, authType, state string, prompt bool, scopes ...string) (string, error) {
	return "https://" + demoFlag(c.IsDemo).tokenURI() + "/oauth/auth", nil
}

// AdminConsentResponse is the response sent to the redirect url of and external admin consent
type AdminConsentResponse struct {
	Issuer    string   `json:"iss"`       // domain of integration key
	Audience  string   `json:"aud"`       // the integrator key (also known as client ID) of the application
	ExpiresAt int64    `json:"exp"`       // the datetime when the ID token will expire, in Unix epoch format
	IssuedAt  int64    `json:"iat"`       // the datetime when the ID token was issued, in Unix epoch format
	Subject   string   `json:"sub"`       //  user ID of the admin granting consent for the organization users
	SiteID    int64    `json:"siteid"`    // identifies the docusign server used.
	AuthTime  string   `json:"auth_time"` // The unix epoch datetime when the ID token was created.
	AMR       []string `json:"amr"`       // how the user authenticated
	COID      []string `json:"coid"`      //  list of organization IDs for the organizations whose admin has granted consent
}

// Credential returns an *OAuth2Credential.  The passed token will be refreshed
// as needed.  If no scopes listed, signature is assumed.
func (c *JWTConfig) Credential(apiUserName string, token *oauth2.Token, u *UserInfo, scopes ...string) (*OAuth2Credential, error) {
	return nil, nil
}

// OAuth2Credential authorizes op requests via DocuSign's oauth2 protocol.
type OAuth2Credential struct {
	accountID   string
	baseURI     *url.URL // baseURI for ops not token
	cachedToken *oauth2.Token
	refresher   func(context.Context, *oauth2.Token) (*oauth2.Token, error)
	cacheFunc   func(context.Context, oauth2.Token, UserInfo)
	userInfo    *UserInfo
	isDemo      demoFlag
	mu          sync.Mutex
	ctxclient.Func
}

// AuthDo set the authorization header and completes request's url
// with the users's baseURI and account id before sending the request
func (cred *OAuth2Credential) AuthDo(ctx context.Context, req *http.Request, v *APIVersion) (*http.Response, error) {
	return nil, nil
}

// WithAccountID creates a copy the current credential with a new accountID.
func (cred *OAuth2Credential) WithAccountID(accountID string) *OAuth2Credential { return cred }

// UserInfo returns user data returned from the /oauth/userinfo ednpoint.
func (cred *OAuth2Credential) UserInfo(ctx context.Context) (*UserInfo, error) { return nil, nil }

// Token checks where the cachedToken is valid.  If not it attempts to obtain
// a new token via the refresher.
func (cred *OAuth2Credential) Token(ctx context.Context) (*oauth2.Token, error) {
	return cred.cachedToken, nil
}

// SetClientFunc safely replaces the ctxclient.Func for the credential
func (cred *OAuth2Credential) SetClientFunc(f ctxclient.Func) *OAuth2Credential { return cred }

// SetCacheFunc safely replaces the caching function for the credential
func (cred *OAuth2Credential) SetCacheFunc(f func(context.Context, oauth2.Token, UserInfo)) *OAuth2Credential {
	return cred
}

// TokenCredential create a static credential without refresh capabilities.  When
// the token expires, ops will receive a 401 error,
func TokenCredential(accessToken string, isDemo bool) *OAuth2Credential {
	return &OAuth2Credential{
		cachedToken: &oauth2.Token{
			AccessToken: accessToken,
		},
		isDemo: demoFlag(isDemo),
	}
}

// UserInfo provides all account info for a specific user.  Data from
// the /oauth/userinfo op is unmarshaled into this struct.
type UserInfo struct {
	APIUsername string            `json:"sub"`
	Accounts    []UserInfoAccount `json:"accounts"`
	Name        string            `json:"name"`
	GivenName   string            `json:"given_name"`
	FamilyName  string            `json:"family_name"`
	Email       string            `json:"email"`
}

// UserInfoAccount contains the account information for a UserInfo
type UserInfoAccount struct {
	AccountID   string `json:"account_id"`
	IsDefault   bool   `json:"is_default"`
	AccountName string `json:"account_name"`
	BaseURI     string `json:"base_uri"`
}
