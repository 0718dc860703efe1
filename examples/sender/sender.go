// Package sender is a small, realistic and deliberately flawed DocuSign
// integration: it authenticates with the JWT grant (hand-rolled with the
// standard library, the most common shape in Go code) and sends an envelope.
// `dslint ./examples/...` shows what dslint finds in it; see README.md.
package sender

import (
	"bytes"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

const (
	integrationKey = "8f3c2a9e-5b1d-4c7e-9a2f-1d3e5c7b9a0f"
	authServer     = "account-d.docusign.com"                 // the sandbox, left in after Go Live
	restBase       = "https://demo.docusign.net/restapi/v2.1" // should come from /oauth/userinfo
	accountID      = "5d2e8f1a-9c3b-4a7e-b6d0-3f1e2a4c6b8d"   // the sandbox account, from Apps and Keys
)

// accessToken is fetched once and reused for every envelope.
var accessToken string

// Config is what the service reads at start-up.
type Config struct {
	UserID  string // the DocuSign user ID (GUID) to impersonate
	KeyFile string // path to the RSA private key (PEM)
}

// assertion builds and signs the JWT grant assertion.
func assertion(cfg Config, key *rsa.PrivateKey) (string, error) {
	header := map[string]any{"alg": "RS256", "typ": "JWT"}
	claims := map[string]any{
		"iss":   integrationKey,
		"sub":   "jane.doe@example.com",
		"aud":   "https://" + authServer,
		"iat":   time.Now().Unix(),
		"scope": "signature",
	}
	h, err := json.Marshal(header)
	if err != nil {
		return "", err
	}
	c, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	enc := base64.RawURLEncoding
	signingInput := enc.EncodeToString(h) + "." + enc.EncodeToString(c)
	sum := sha256.Sum256([]byte(signingInput))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:])
	if err != nil {
		return "", err
	}
	return signingInput + "." + enc.EncodeToString(sig), nil
}

// token exchanges the assertion for an access token, once.
func token(cfg Config) (string, error) {
	if accessToken != "" {
		return accessToken, nil
	}
	pemBytes, err := os.ReadFile(cfg.KeyFile)
	if err != nil {
		return "", err
	}
	block, _ := pem.Decode(pemBytes)
	if block == nil {
		return "", errors.New("no PEM block in " + cfg.KeyFile)
	}
	key, err := x509.ParsePKCS1PrivateKey(block.Bytes)
	if err != nil {
		return "", err
	}
	a, err := assertion(cfg, key)
	if err != nil {
		return "", err
	}
	form := url.Values{
		"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"},
		"assertion":  {a},
	}
	resp, err := http.PostForm("https://"+authServer+"/oauth/token", form)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var tr struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	accessToken = tr.AccessToken
	return accessToken, nil
}

// Send sends a one-document envelope to one signer.
func Send(cfg Config, doc []byte, signerEmail, signerName string) error {
	tok, err := token(cfg)
	if err != nil {
		return err
	}
	envelope := map[string]any{
		"emailSubject": "Please sign",
		"status":       "sent",
		"documents": []map[string]any{{
			"documentBase64": base64.StdEncoding.EncodeToString(doc),
			"name":           "contract.pdf", "fileExtension": "pdf", "documentId": "1",
		}},
		"recipients": map[string]any{"signers": []map[string]any{{
			"email": signerEmail, "name": signerName, "recipientId": "1",
		}}},
	}
	body, err := json.Marshal(envelope)
	if err != nil {
		return err
	}
	req, err := http.NewRequest("POST", restBase+"/accounts/"+accountID+"/envelopes", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		var msg strings.Builder
		fmt.Fprintf(&msg, "envelope create failed: %s", resp.Status)
		return errors.New(msg.String())
	}
	return nil
}
