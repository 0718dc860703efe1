package claims

import "strings"

// expiryNames are the exact names (first letter in either case) of struct
// fields and variables that hold a token's expiry: oauth2.Token.Expiry,
// jwt's ExpiresAt, a response's ExpiresIn, a claim's Exp and their usual
// spellings. Substrings do not count: exportLimit and expected are not
// expiries.
var expiryNames = map[string]bool{
	"expiry": true, "expires": true, "expiresAt": true, "expiresIn": true, "expiresOn": true,
	"exp": true, "expiration": true, "expirationTime": true, "expiryTime": true, "expireAt": true,
}

// expiryKeys are the JSON keys (and claim map keys) that hold a token's
// expiry: the OAuth token response's expires_in, the JWT exp claim.
var expiryKeys = map[string]bool{
	"expires_in": true, "expires_at": true, "expires_on": true, Exp: true, "expiry": true, "expiration": true,
}

// ExpiryName reports whether name is exactly the name of a token expiry
// field or variable (Expiry, ExpiresAt, ExpiresIn, Exp, expiresAt, ...).
func ExpiryName(name string) bool {
	if name == "" {
		return false
	}
	return expiryNames[strings.ToLower(name[:1])+name[1:]]
}

// ExpiryKey reports whether key is a JSON or claim key that holds a token's
// expiry (expires_in, exp, ...).
func ExpiryKey(key string) bool { return expiryKeys[key] }
