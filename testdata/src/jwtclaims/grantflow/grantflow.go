// Package grantflow signs the assertion in a helper that names no DocuSign
// value; the caller posts it to the DocuSign token endpoint.
package grantflow

import (
	"net/http"
	"net/url"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const tokenURL = "https://account-d.docusign.com/oauth/token"

var key any

// makeAssertion's result is posted as the grant's assertion: it is checked.
func makeAssertion(ik, user, aud string) (string, error) {
	c := jwt.MapClaims{"iss": ik, "sub": user, "aud": aud, "iat": time.Now().Unix()} // want `DS301: DocuSign JWT assertion has no exp`
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

// helperSet's result is set with Values.Set: checked too.
func helperSet(ik, user, aud string) string {
	now := time.Now()
	c := jwt.MapClaims{"iss": ik, "sub": user, "aud": aud, "iat": now.Unix(), "exp": now.Add(2 * time.Hour).Unix()} // want `DS303: exp is 2h after iat`
	s, _ := jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
	return s
}

// sessionToken is the app's cookie, made in the same handler: not checked.
func sessionToken(user string) string {
	c := jwt.MapClaims{"sub": user, "iat": time.Now().Unix()}
	s, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
	return s
}

func login(w http.ResponseWriter, ik, user, aud string) error {
	a, err := makeAssertion(ik, user, aud)
	if err != nil {
		return err
	}
	resp, err := http.PostForm(tokenURL, url.Values{
		"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"},
		"assertion":  {a},
	})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	form := url.Values{}
	form.Set("assertion", helperSet(ik, user, aud))
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sessionToken(user)})
	return nil
}
