package docusign

import "time"

// Scope is an OAuth scope DocuSign defines.
type Scope struct {
	Name   string
	API    string // the API family it belongs to
	Source string
}

const (
	srcScopesFAQ = "FAQ-0/FAQ-1: signature, extended, impersonation; scopes are space-separated"
	srcScopesDoc = "DocuSign authentication scopes reference (developers.docusign.com/platform/auth/reference/scopes)"
)

// Scope names with a grant rule attached.
const (
	ScopeSignature     = "signature"
	ScopeExtended      = "extended"      // Authorization Code grant only
	ScopeImpersonation = "impersonation" // JWT grant only; JWT needs "signature impersonation"
)

var scopes = []Scope{
	{"signature", "eSignature", srcScopesFAQ},
	{"extended", "eSignature", srcScopesFAQ},
	{"impersonation", "eSignature", srcScopesFAQ},
	{"openid", "OAuth", srcScopesDoc},
	{"cors", "eSignature", srcScopesDoc},
	{"click.manage", "Click", srcScopesDoc},
	{"click.send", "Click", srcScopesDoc},
	{"click.sign", "Click", srcScopesDoc},
	{"account_read", "Admin", srcScopesDoc},
	{"account_write", "Admin", srcScopesDoc},
	{"asset_group_account_read", "Admin", srcScopesDoc},
	{"asset_group_account_clone_read", "Admin", srcScopesDoc},
	{"asset_group_account_clone_write", "Admin", srcScopesDoc},
	{"connect_org_config_read_api", "Admin", srcScopesDoc},
	{"connect_org_config_write_api", "Admin", srcScopesDoc},
	{"connect_org_hmac_read_api", "Admin", srcScopesDoc},
	{"connect_org_hmac_write_api", "Admin", srcScopesDoc},
	{"connect_org_oauth_read_api", "Admin", srcScopesDoc},
	{"connect_org_oauth_write_api", "Admin", srcScopesDoc},
	{"domain_read", "Admin", srcScopesDoc},
	{"group_read", "Admin", srcScopesDoc},
	{"identity_provider_read", "Admin", srcScopesDoc},
	{"organization_read", "Admin", srcScopesDoc},
	{"organization_sub_account_read", "Admin", srcScopesDoc},
	{"organization_sub_account_write", "Admin", srcScopesDoc},
	{"permission_read", "Admin", srcScopesDoc},
	{"user_data_redact", "Admin", srcScopesDoc},
	{"user_read", "Admin", srcScopesDoc},
	{"user_write", "Admin", srcScopesDoc},
	{"dtr.rooms.read", "Rooms", srcScopesDoc},
	{"dtr.rooms.write", "Rooms", srcScopesDoc},
	{"dtr.documents.read", "Rooms", srcScopesDoc},
	{"dtr.documents.write", "Rooms", srcScopesDoc},
	{"dtr.profile.read", "Rooms", srcScopesDoc},
	{"dtr.profile.write", "Rooms", srcScopesDoc},
	{"dtr.company.read", "Rooms", srcScopesDoc},
	{"dtr.company.write", "Rooms", srcScopesDoc},
	{"room_forms", "Rooms", srcScopesDoc},
	{"notary_read", "Notary", srcScopesDoc},
	{"notary_write", "Notary", srcScopesDoc},
	{"webforms_read", "Web Forms", srcScopesDoc},
	{"webforms_instance_read", "Web Forms", srcScopesDoc},
	{"webforms_instance_write", "Web Forms", srcScopesDoc},
	{"aow_manage", "Maestro", srcScopesDoc},
	{"adm_store_unified_repo_read", "Navigator", srcScopesDoc},
	{"models_read", "Navigator", srcScopesDoc},
}

// Scopes returns the scope catalogue. The slice is a copy.
func Scopes() []Scope { return append([]Scope(nil), scopes...) }

// IsScope reports whether name is a scope DocuSign defines (exact, case-sensitive).
func IsScope(name string) bool {
	for _, s := range scopes {
		if s.Name == name {
			return true
		}
	}
	return false
}

// Token lifetimes (FAQ-0 "how long do access tokens last"; FAQ-1: tokens
// cannot be revoked or extended, and a longer exp in the JWT assertion has
// no effect).
const (
	JWTAccessTokenLifetime       = time.Hour     // JWT grant; no refresh token
	CodeGrantAccessTokenLifetime = 8 * time.Hour // Authorization Code grant
	ImplicitAccessTokenLifetime  = 8 * time.Hour // Implicit grant
	RefreshTokenLifetime         = 30 * 24 * time.Hour
	MaxAssertionAge              = time.Hour // an iat older than this is rejected
)

// JWT grant assertion facts (FAQ-1 invalid_grant list).
const (
	JWTBearerGrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer"
	TokenPath          = "/oauth/token"
	AuthPath           = "/oauth/auth"
	UserInfoPath       = "/oauth/userinfo"
)
