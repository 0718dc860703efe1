package xmlhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"os"
)

// signed compares the header with the HMAC-SHA256 of the raw body.
func signed(body []byte, header string) bool {
	mac := hmac.New(sha256.New, []byte(os.Getenv("DS_CONNECT_HMAC")))
	mac.Write(body)
	sig, err := base64.StdEncoding.DecodeString(header)
	return err == nil && hmac.Equal(sig, mac.Sum(nil))
}
