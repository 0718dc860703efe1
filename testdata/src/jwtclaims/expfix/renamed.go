package expfix

import (
	tm "time"

	"github.com/golang-jwt/jwt/v5"
)

// time imported as tm: the fix writes tm.Hour and tm.Second.
func renamedDay() (string, error) {
	now := tm.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(24 * tm.Hour).Unix(), // want `DS303`
	})
}

func renamedNanoseconds() (string, error) {
	now := tm.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(3600).Unix(), // want `DS303`
	})
}
