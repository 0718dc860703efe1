// Package onlyuse compares the Connect signature with bytes.Equal, the
// file's only use of package bytes: rewriting it to hmac.Equal would leave
// the bytes import unused and the file would not build, so DS801 comes
// without a suggested fix here (compare's equalBytes, where bytes has
// other uses, gets one).
package onlyuse

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"net/http"
	"os"
)

func listener(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha256.New, []byte(os.Getenv("CONNECT_HMAC_KEY")))
	m.Write(body)
	raw, err := base64.StdEncoding.DecodeString(r.Header.Get("X-DocuSign-Signature-1"))
	if err != nil || !bytes.Equal(m.Sum(nil), raw) { // want `DS801: Connect signature compared with bytes.Equal`
		w.WriteHeader(http.StatusUnauthorized)
	}
}
