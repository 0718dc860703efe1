package jwtclaims

import (
	"crypto/rsa"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v4"
	"github.com/jfcote87/esign"
)

// JWTGoStyle builds the assertion the jwt-go way (jwt.New, then the Claims
// field) and forgets exp: DS301.
func JWTGoStyle(key *rsa.PrivateKey) (string, error) {
	token := jwt.New(jwt.SigningMethodRS256)
	token.Claims = jwt.MapClaims{
		"iss":   os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
		"sub":   os.Getenv("DOCUSIGN_USER_ID"),
		"aud":   "account-d.docusign.com",
		"iat":   time.Now().Unix(),
		"scope": "signature impersonation",
	}
	return token.SignedString(key)
}

// LoginCallback finishes a DocuSign login, then issues the application's
// own HS256 session cookie in the same function: not an assertion.
func LoginCallback(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, "https://account-d.docusign.com/oauth/userinfo", nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	req.Header.Set("Authorization", r.Header.Get("Authorization"))
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
	}
	session, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": r.FormValue("user"), "iat": time.Now().Unix()}).SignedString([]byte(os.Getenv("SESSION_KEY")))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "session", Value: session, HttpOnly: true, Secure: true})
}

// ServiceCredential impersonates a user by email: esign sends apiUserName
// as sub, which must be the user ID GUID (DS305).
func ServiceCredential(cfg *esign.JWTConfig) (*esign.OAuth2Credential, error) {
	return cfg.Credential("integration@example.com", nil, nil)
}
