// Package constuse uses hosts declared in another package.
package constuse

import (
	"endpoints/constdef"
	"github.com/golang-jwt/jwt/v5"
)

var tokenURL = "https://" + constdef.AuthServer + "/oauth/token"

func Claims() jwt.MapClaims {
	return jwt.MapClaims{"aud": constdef.Audience} // want `DS103: JWT aud "https://account-d\.docusign\.com" has a scheme`
}
