// Package basicother uses HTTP Basic auth with no DocuSign in sight: a CI
// bot's API token and a server checking inbound credentials. DS203 is about
// OAuth client secrets, and Basic auth carries one only to DocuSign's token
// endpoint here; a generic credential scanner is the tool for these.
package basicother

import (
	"crypto/subtle"
	"encoding/base64"
	"net/http"
)

func Trigger(req *http.Request) {
	req.SetBasicAuth("ci-bot", "jenkins-api-token-1234")
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("ci-bot:jenkins-api-token-1234")))
}

const want = "Basic YWRtaW46c3VwZXJzZWNyZXRwYXNz"

func Authorized(r *http.Request) bool {
	return r.Header.Get("Authorization") == "Basic YWRtaW46c3VwZXJzZWNyZXRwYXNz" ||
		subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), []byte(want)) == 1
}
